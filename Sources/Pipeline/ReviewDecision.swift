import Wording

/// What the user decided about one review item; recorded so the item does not come back today.
public enum ReviewDecision: String, Sendable, Hashable, CaseIterable {
    case loggedContact = "logged_contact"
    case scheduledNextStep = "scheduled_next_step"
    case advanced
    case snoozed
    case parked
    case markedLost = "marked_lost"
    case skipped

    /// Words for the end-of-review summary: "3 contacts logged".
    /// The decision as today's summary counts it, in the table's languages.
    public var summaryName: Text {
        switch self {
        case .loggedContact: .decisionLoggedContact
        case .scheduledNextStep: .decisionScheduledNextStep
        case .advanced: .decisionAdvanced
        case .snoozed: .decisionSnoozed
        case .parked: .decisionParked
        case .markedLost: .decisionMarkedLost
        case .skipped: .decisionSkipped
        }
    }
}
