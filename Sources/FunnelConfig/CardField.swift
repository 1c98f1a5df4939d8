/// A line of detail a board card can show under its title.
public enum CardField: String, CaseIterable, Sendable, Hashable {
    case value
    case organization
    case person
    case owner
    case daysInStage = "days_in_stage"
    case closeDate = "close_date"
    case temperature
    case priority
    case probability

    /// What a card shows when the config says nothing.
    public static let defaults: [CardField] = [.value, .organization, .daysInStage]
}
