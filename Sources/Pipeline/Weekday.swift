/// A day of the week: `week_starts_on` in the config file.
public enum Weekday: String, CaseIterable, Sendable, Hashable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// ISO weekday number: Monday 1 ... Sunday 7 (`CalendarDay.weekday`).
    public var isoNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }
}
