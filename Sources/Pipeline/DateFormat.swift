import Foundation
import Wording

/// How days are shown to people: `date_format` in the config file.
///
/// Only what people read uses it (the board, the CLI's tables and sentences); JSON, CSV and
/// stored values keep `YYYY-MM-DD` so files stay portable.
public enum DateFormat: String, CaseIterable, Sendable, Hashable {
    case iso = "YYYY-MM-DD"
    case dayMonthYear = "DD/MM/YYYY"
    case monthDayYear = "MM/DD/YYYY"
    case dotted = "DD.MM.YYYY"
    case dayMonthName = "D MMM YYYY"
    /// `2026年12月6日`, the default under Chinese; a due date adds its weekday (`2026年12月11日 周五 14:00`).
    case chinese = "YYYY年M月D日"

    /// How days are shown when the config does not say: `2026年12月6日` in Chinese, `6 Dec 2026` otherwise.
    public static func `default`(for language: Language) -> DateFormat {
        switch language {
        case .english: .dayMonthName
        case .simplifiedChinese: .chinese
        }
    }

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
        case .chinese: "\(day.year)年\(day.month)月\(day.day)日"
        }
    }

    /// A due date in this format, with its time when it has one: `29/11/2026 09:30`
    /// (`2026-11-29T09:30`, the stored form, in the ISO format).
    public func format(_ due: ActivityDue) -> String {
        guard self != .iso else { return due.description }
        // A weekday helps with a date to keep: Chinese names it, as a paper diary does.
        let day = self == .chinese ? format(due.day) + " " + due.day.chineseWeekdayName : format(due.day)
        guard let minute = due.minuteOfDay else { return day }
        return day + " " + String(format: "%02d:%02d", minute / 60, minute % 60)
    }

    /// The day a moment falls on in a time zone, in this format.
    public func format(_ date: Date, in timeZone: TimeZone) -> String {
        format(CalendarDay(date, in: timeZone))
    }

    /// A moment as people read it, on the wall clock of a time zone to the minute: `2026-11-29 09:30` in
    /// the ISO format, `29/11/2026 09:30` or `29 Nov 2026 09:30` in the others. Never raw UTC: JSON keeps that.
    public func formatMoment(_ date: Date, in timeZone: TimeZone) -> String {
        guard self == .iso else { return formatMinute(date, in: timeZone) }
        let minute = ActivityDue.minuteOfDay(date, in: timeZone)
        return CalendarDay(date, in: timeZone).description + " " + String(format: "%02d:%02d", minute / 60, minute % 60)
    }

    /// A moment as a day and minute on the wall clock of a time zone: `29/11/2026 09:30`, `2026年11月29日 09:30`.
    public func formatMinute(_ date: Date, in timeZone: TimeZone) -> String {
        let minute = ActivityDue.minuteOfDay(date, in: timeZone)
        return format(CalendarDay(date, in: timeZone)) + " " + String(format: "%02d:%02d", minute / 60, minute % 60)
    }
}
