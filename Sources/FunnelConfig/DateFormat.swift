import Pipeline

/// How days are shown: `date_format` in the config file.
public enum DateFormat: String, CaseIterable, Sendable, Hashable {
    case iso = "YYYY-MM-DD"
    case dayMonthYear = "DD/MM/YYYY"
    case monthDayYear = "MM/DD/YYYY"
    case dotted = "DD.MM.YYYY"
    case dayMonthName = "D MMM YYYY"

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A day in this format.
    public func format(_ day: CalendarDay) -> String {
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
        return switch self {
        case .iso: day.description
        case .dayMonthYear: "\(two(day.day))/\(two(day.month))/\(day.year)"
        case .monthDayYear: "\(two(day.month))/\(two(day.day))/\(day.year)"
        case .dotted: "\(two(day.day)).\(two(day.month)).\(day.year)"
        case .dayMonthName: "\(day.day) \(DateFormat.monthNames[day.month - 1]) \(day.year)"
        }
    }
}
