import Foundation
import FunnelStore
import Pipeline

/// The SQL mirrors `StallRule`, as the SQLite engine's does; the conformance suite checks both agree with it.
extension StallCheck {
    /// Stalled: the stage has a threshold, the deal has been idle past it, and it is not snoozed today.
    /// Binds its two values into `statement`.
    func condition(binding statement: inout ServerSQL, stageJoined: Bool = false) -> String {
        let stallDays = stageJoined ? "stage.stall_days" : "(SELECT stall_days FROM stage WHERE stage.id = deal.stage_id)"
        let nowValue = statement.bind(Timestamp.seconds(self.now))
        let today = statement.bind(CalendarDay(self.now, in: timeZone).description)
        return """
            \(stallDays) > 0
            AND greatest(deal.stage_entered_at, coalesce(deal.last_done_at, 0)) <= \(nowValue)::bigint - (\(stallDays) + 1) * 86400
            AND (deal.snoozed_until IS NULL OR deal.snoozed_until <= \(today))
            """
    }
}
