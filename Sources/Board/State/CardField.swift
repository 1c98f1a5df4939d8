import Pipeline
import Wording

/// A piece of detail a board card can show under its title: `card_fields` in the config file.
///
/// A card keeps its three rows whatever is chosen: the title, then a line for who the deal is
/// with (organization, person, owner), then a line for its figures (value, close date,
/// probability, priority, temperature) with the badges on the right, where days in stage go.
/// Chosen fields appear in the config's order within their line, separated by ` · `; a field
/// the deal has no value for is left out.
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

    /// Which row of a card a field goes on.
    public enum Row: Sendable {
        /// The second row: who the deal is with.
        case who
        /// The third row, left: the deal's figures.
        case figures
        /// The third row, right, before the badges: days in stage.
        case badges
    }

    public var row: Row {
        switch self {
        case .organization, .person, .owner: .who
        case .value, .closeDate, .temperature, .priority, .probability: .figures
        case .daysInStage: .badges
        }
    }

    /// The field's text on a card, or nil when the deal has none.
    ///
    /// `organization` shows the person instead when the deal has no organization and the card
    /// does not show the person too.
    public func text(
        for deal: Deal, stageProbability: Int, dateFormat: DateFormat, showsPerson: Bool, language: Language = .english
    ) -> String? {
        switch self {
        case .value: deal.value.compact
        case .organization: deal.organization ?? (showsPerson ? nil : deal.person.name)
        case .person: deal.person.name
        case .owner: deal.owner.map { "@" + $0 }
        case .daysInStage: nil
        case .closeDate: deal.expectedClose.map { Text.cardCloseDate(date: dateFormat.format($0)).rendered(in: language) }
        case .temperature: deal.temperature.rawValue
        case .priority: deal.priority > 0 ? "P\(deal.priority)" : nil
        case .probability: "\(deal.probabilityOverride ?? stageProbability)%"
        }
    }
}
