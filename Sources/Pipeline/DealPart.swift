/// One part of a deal a person changes on its own: what a write names, so two people changing different
/// parts of one deal both succeed, and what the team's change log says was changed.
///
/// Figures the store derives (version, times, next activity, last contact) are not fields: they follow the
/// changes that make them.
public enum DealPart: String, Sendable, Hashable, CaseIterable, Comparable {
    case title
    case value
    case stage
    case status
    case position
    case expectedClose
    case owner
    case organization
    case person
    case jobTitle
    case email
    case phone
    case source
    case temperature
    case qualification
    case priority
    case probability
    case notes
    case snooze
    case revisit

    public static func < (lhs: DealPart, rhs: DealPart) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The fields whose values differ between two states of one deal.
    public static func changed(from before: Deal, to after: Deal) -> Set<DealPart> {
        Set(allCases.filter { !$0.isSame(before, after) })
    }

    /// True when `a` and `b` hold the same value for this field.
    public func isSame(_ a: Deal, _ b: Deal) -> Bool {
        switch self {
        case .title: a.title == b.title
        case .value: a.value == b.value
        case .stage: a.pipelineID == b.pipelineID && a.stageID == b.stageID
        case .status: a.status == b.status && a.lostReason == b.lostReason
        case .position: a.lanePosition == b.lanePosition
        case .expectedClose: a.expectedClose == b.expectedClose
        case .owner: a.owner == b.owner
        case .organization: a.organization == b.organization
        case .person: a.person.name == b.person.name
        case .jobTitle: a.person.jobTitle == b.person.jobTitle
        case .email: a.person.email == b.person.email
        case .phone: a.person.phone == b.person.phone
        case .source: a.source == b.source
        case .temperature: a.temperature == b.temperature && a.temperatureSetByHand == b.temperatureSetByHand
        case .qualification: a.qualification == b.qualification
        case .priority: a.priority == b.priority
        case .probability: a.probabilityOverride == b.probabilityOverride
        case .notes: a.notes == b.notes
        case .snooze: a.snoozedUntil == b.snoozedUntil && a.snoozeReason == b.snoozeReason
        case .revisit: a.revisitOn == b.revisitOn
        }
    }

    /// Sets this field of `target` to its value in `source`, leaving every other field as it is: how a
    /// write from an older version is applied to the deal as it is now (`StaleWrite`).
    public func copy(from source: Deal, to target: inout Deal) {
        switch self {
        case .title: target.title = source.title
        case .value: target.value = source.value
        case .stage:
            target.pipelineID = source.pipelineID
            target.stageID = source.stageID
        case .status:
            target.status = source.status
            target.lostReason = source.lostReason
        case .position: target.lanePosition = source.lanePosition
        case .expectedClose: target.expectedClose = source.expectedClose
        case .owner: target.owner = source.owner
        case .organization: target.organization = source.organization
        case .person: target.person.name = source.person.name
        case .jobTitle: target.person.jobTitle = source.person.jobTitle
        case .email: target.person.email = source.person.email
        case .phone: target.person.phone = source.person.phone
        case .source: target.source = source.source
        case .temperature:
            target.temperature = source.temperature
            target.temperatureSetByHand = source.temperatureSetByHand
        case .qualification: target.qualification = source.qualification
        case .priority: target.priority = source.priority
        case .probability: target.probabilityOverride = source.probabilityOverride
        case .notes: target.notes = source.notes
        case .snooze:
            target.snoozedUntil = source.snoozedUntil
            target.snoozeReason = source.snoozeReason
        case .revisit: target.revisitOn = source.revisitOn
        }
    }

    /// The fields as stored in the change log: their names in order, comma-separated.
    public static func stored(_ fields: Set<DealPart>) -> String {
        fields.sorted().map(\.rawValue).joined(separator: ",")
    }

    /// The fields read back from the change log; names this version does not know are left out.
    public static func parsed(_ stored: String) -> Set<DealPart> {
        Set(stored.split(separator: ",").compactMap { DealPart(rawValue: String($0)) })
    }
}

extension DealPart {
    /// The deal as it is now with what the user changed from the version they saw: the fields where `mine`
    /// differs from `seen` take `mine`'s values, every other field keeps `current`'s, so a write never puts
    /// back a stale value someone else has changed since.
    public static func merged(_ mine: Deal, seen: Deal, onto current: Deal) -> Deal {
        var merged = current
        for field in changed(from: seen, to: mine) { field.copy(from: mine, to: &merged) }
        return merged
    }
}

extension DealPart {
    /// The field's name in English, as a refusal says it (`ErrorText.fieldName` gives it in Chinese).
    public var spokenName: String {
        switch self {
        case .expectedClose: "close date"
        case .jobTitle: "job title"
        case .position: "place in the lane"
        case .snooze: "snooze day"
        case .revisit: "revisit day"
        default: rawValue
        }
    }
}
