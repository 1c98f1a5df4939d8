import Foundation
import FunnelStore
import Pipeline

/// The SQL mirrors `StallRule`; tests check that both agree.
extension StallCheck {
    /// Stalled: the stage has a threshold, the deal has been idle past it, and it is not snoozed today.
    static let condition = """
        (SELECT stall_days FROM stage WHERE stage.id = deal.stage_id) > 0
        AND max(deal.stage_entered_at, coalesce(deal.last_done_at, 0)) <= ? - ((SELECT stall_days FROM stage WHERE stage.id = deal.stage_id) + 1) * 86400
        AND (deal.snoozed_until IS NULL OR deal.snoozed_until <= ?)
        """

    /// The same rule for a query that joins `stage` to `deal` (stage columns read directly).
    static let stageJoinCondition = """
        stage.stall_days > 0
        AND max(deal.stage_entered_at, coalesce(deal.last_done_at, 0)) <= ? - (stage.stall_days + 1) * 86400
        AND (deal.snoozed_until IS NULL OR deal.snoozed_until <= ?)
        """

    var arguments: [any DatabaseValueConvertibleSendable] {
        [Timestamp.seconds(now), CalendarDay(now, in: timeZone).description]
    }
}
