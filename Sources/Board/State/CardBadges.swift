import Foundation
import Pipeline

/// What the stalled-deals work adds to a card: the next-activity state, the stalled flag with its idle days, the snooze mark.
///
/// The card keeps a slot for each even while nothing fills them, so adding them later
/// changes no layout.
public struct CardBadges: Sendable, Hashable {
    public var nextActivity: NextActivity
    public var stalled: Bool
    /// Whole days idle (since entering the stage or the last done activity).
    public var idleDays: Int
    /// Snoozed: shown with a `z` mark and never flagged stalled until the snooze day.
    public var snoozed: Bool
    /// How far past its stage's threshold a stalled deal is (`StallRule.rot`): 0 for a deal that is not
    /// stalled, up to 3; on colour terminals the whole card is tinted by it.
    public var rot: Int

    public init(nextActivity: NextActivity = .unknown, stalled: Bool = false, idleDays: Int = 0, snoozed: Bool = false, rot: Int = 0) {
        self.nextActivity = nextActivity
        self.stalled = stalled
        self.idleDays = idleDays
        self.snoozed = snoozed
        self.rot = rot
    }

    /// The badges of an open deal in a stage at a moment read on the user's clock.
    public init(deal: Deal, stage: Stage, at local: LocalNow) {
        let next: NextActivity = switch deal.nextActivityState(at: local) {
        case .overdue: .overdue
        case .dueToday: .dueToday
        case .upcoming: .planned
        case .none: .none
        }
        let rule = StallRule(stage: stage)
        let stalled = rule.isStalled(deal, at: local)
        let idleDays = StallRule.idleDays(deal, now: local.now)
        self.init(
            nextActivity: next, stalled: stalled, idleDays: idleDays, snoozed: deal.isSnoozed(today: local.today),
            rot: stalled ? rule.rot(idleDays: idleDays) : 0)
    }

    /// Whether something is planned for the deal.
    public enum NextActivity: Sendable, Hashable {
        /// Not known yet (nothing reports activities): the slot stays blank.
        case unknown
        case none
        case planned
        case dueToday
        case overdue

        /// One column: blank, `○` none planned, `◷` planned, `●` due today, `!` overdue.
        public var symbol: String {
            switch self {
            case .unknown: " "
            case .none: "○"
            case .planned: "◷"
            case .dueToday: "●"
            case .overdue: "!"
            }
        }
    }
}
