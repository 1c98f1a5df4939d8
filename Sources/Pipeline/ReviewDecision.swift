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
    public var summaryLabel: String {
        switch self {
        case .loggedContact: "contacts logged"
        case .scheduledNextStep: "next steps scheduled"
        case .advanced: "advanced a stage"
        case .snoozed: "snoozed"
        case .parked: "parked in Revisit"
        case .markedLost: "marked lost"
        case .skipped: "skipped"
        }
    }
}
