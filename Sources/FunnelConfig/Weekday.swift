/// A day of the week: `week_starts_on` in the config file.
public enum Weekday: String, CaseIterable, Sendable, Hashable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
}
