import Foundation
import Wording

/// A part of a deal that a deal file can set, as a re-import weighs the file's value against Funnel's.
///
/// What travels with a field goes with it: the stage carries the time the deal entered it, the
/// status its close time. Texts compare values: two equal texts are one value.
public enum ImportedField: Int, CaseIterable, Sendable, Hashable {
    case title
    case value
    case stage
    case status
    case lostReason
    case organization
    case person
    case jobTitle
    case email
    case phone
    case source
    case owner
    case temperature
    case budget
    case authority
    case need
    case timing
    case priority
    case probability
    case expectedClose
    case notes
    case createdAt

    /// The field as a conflict names it.
    public var label: String {
        switch self {
        case .title: "title"
        case .value: "value"
        case .stage: "stage"
        case .status: "status"
        case .lostReason: "lost reason"
        case .organization: "organization"
        case .person: "person"
        case .jobTitle: "job title"
        case .email: "email"
        case .phone: "phone"
        case .source: "source"
        case .owner: "owner"
        case .temperature: "temperature"
        case .budget: "budget"
        case .authority: "authority"
        case .need: "need"
        case .timing: "timing"
        case .priority: "priority"
        case .probability: "probability"
        case .expectedClose: "expected close date"
        case .notes: "notes"
        case .createdAt: "creation time"
        }
    }

    /// The field's value in a deal as text: equal texts are equal values (the stage by its ids).
    public func text(of deal: Deal) -> String {
        switch self {
        case .title: deal.title
        case .value: "\(deal.value.minorUnits) \(deal.value.currency.code)"
        case .stage: "\(deal.pipelineID)/\(deal.stageID)"
        case .status: deal.status.rawValue
        case .lostReason: deal.lostReason ?? ""
        case .organization: deal.organization ?? ""
        case .person: deal.person.name ?? ""
        case .jobTitle: deal.person.jobTitle ?? ""
        case .email: deal.person.email ?? ""
        case .phone: deal.person.phone ?? ""
        case .source: deal.source?.name ?? ""
        case .owner: deal.owner ?? ""
        case .temperature: deal.temperature.rawValue + (deal.temperatureSetByHand ? " by hand" : "")
        case .budget: deal.qualification.budget.rawValue
        case .authority: deal.qualification.authority.rawValue
        case .need: deal.qualification.need.rawValue
        case .timing: deal.qualification.timing.rawValue
        case .priority: String(deal.priority)
        case .probability: deal.probabilityOverride.map(String.init) ?? ""
        case .expectedClose: deal.expectedClose?.description ?? ""
        case .notes: deal.notes ?? ""
        case .createdAt: String(Timestamp.seconds(deal.createdAt))
        }
    }

    /// The field's value as a person reads it in a conflict; `stageName` names a stage by its id.
    public func shownText(of deal: Deal, stageName: (Int64) -> String?) -> String {
        // The run's language: a conflict is shown by the command that imports.
        let nothing = CommandText.conflictNothing.string
        func orNothing(_ text: String?) -> String { text.map { "'\($0)'" } ?? nothing }
        return switch self {
        case .title: "'\(deal.title)'"
        case .value: deal.value.formatted
        case .stage: stageName(deal.stageID) ?? "stage \(deal.stageID)"
        case .status: deal.status.rawValue
        case .temperature: deal.temperature.rawValue
        case .budget, .authority, .need, .timing, .priority: text(of: deal)
        case .probability: deal.probabilityOverride.map { "\($0)%" } ?? nothing
        case .expectedClose: deal.expectedClose?.description ?? nothing
        case .createdAt: Timestamp.string(deal.createdAt)
        case .lostReason: orNothing(deal.lostReason)
        case .organization: orNothing(deal.organization)
        case .person: orNothing(deal.person.name)
        case .jobTitle: orNothing(deal.person.jobTitle)
        case .email: orNothing(deal.person.email)
        case .phone: orNothing(deal.person.phone)
        case .source: orNothing(deal.source?.name)
        case .owner: orNothing(deal.owner)
        case .notes: orNothing(deal.notes)
        }
    }

    /// Sets this field of `deal` to its value in `other`, with what travels with it.
    public func copy(from other: Deal, into deal: inout Deal) {
        switch self {
        case .title: deal.title = other.title
        case .value: deal.value = other.value
        case .stage:
            deal.pipelineID = other.pipelineID
            deal.stageID = other.stageID
            deal.stageEnteredAt = other.stageEnteredAt
        case .status:
            deal.status = other.status
            deal.closedAt = other.closedAt
        case .lostReason: deal.lostReason = other.lostReason
        case .organization: deal.organization = other.organization
        case .person: deal.person.name = other.person.name
        case .jobTitle: deal.person.jobTitle = other.person.jobTitle
        case .email: deal.person.email = other.person.email
        case .phone: deal.person.phone = other.person.phone
        case .source: deal.source = other.source
        case .owner: deal.owner = other.owner
        case .temperature:
            deal.temperature = other.temperature
            deal.temperatureSetByHand = other.temperatureSetByHand
        case .budget: deal.qualification.budget = other.qualification.budget
        case .authority: deal.qualification.authority = other.qualification.authority
        case .need: deal.qualification.need = other.qualification.need
        case .timing: deal.qualification.timing = other.qualification.timing
        case .priority: deal.priority = other.priority
        case .probability: deal.probabilityOverride = other.probabilityOverride
        case .expectedClose: deal.expectedClose = other.expectedClose
        case .notes: deal.notes = other.notes
        case .createdAt: deal.createdAt = other.createdAt
        }
    }
}
