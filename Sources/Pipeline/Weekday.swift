/// A day of the week: `week_starts_on` in the config file.
public enum Weekday: String, CaseIterable, Sendable, Hashable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// ISO weekday number: Monday 1 ... Sunday 7 (`CalendarDay.weekday`).
    public var isoNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }

    /// The short Chinese names, Monday first: 周一 … 周日.
    static let chineseNames = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
}

extension CalendarDay {
    /// The weekday as Chinese writes it beside a date: `周五`.
    public var chineseWeekdayName: String { Weekday.chineseNames[weekday - 1] }
}
