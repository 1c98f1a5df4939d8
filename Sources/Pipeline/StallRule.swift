import Foundation

/// Decides when an open deal has sat idle too long in its stage ("deal rotting").
///
/// Idle days are whole days (24-hour periods) from the later of the time the deal entered
/// its stage and the time its last activity was done, to now. A deal is stalled when its
/// idle days exceed the stage's threshold: with a threshold of 7, day 7 is fine and day 8
/// is stalled. A threshold of 0 never stalls; won and lost deals never stall; a snoozed
/// deal does not stall before its snooze day.
public struct StallRule: Hashable, Sendable {
    /// Days a deal may sit idle; 0 means never stalled.
    public var thresholdDays: Int

    public init(thresholdDays: Int) {
        self.thresholdDays = thresholdDays
    }

    public init(stage: Stage) {
        self.init(thresholdDays: stage.stallDays)
    }

    /// The moment the deal's idle clock started: entering its stage or its last done activity.
    public static func idleSince(_ deal: Deal) -> Date {
        guard let last = deal.lastActivityAt, last > deal.stageEnteredAt else { return deal.stageEnteredAt }
        return last
    }

    /// Whole days the deal has been idle at `now`.
    public static func idleDays(_ deal: Deal, now: Date) -> Int {
        CalendarDay.wholeDays(from: idleSince(deal), to: now)
    }

    /// True when the deal is stalled at `now`; `timeZone` decides which day it is for the snooze.
    public func isStalled(_ deal: Deal, now: Date, timeZone: TimeZone) -> Bool {
        guard deal.status == .open, thresholdDays > 0 else { return false }
        return isStalled(deal, at: LocalNow(now, in: timeZone))
    }

    /// True when the deal is stalled at a moment read on the user's clock.
    public func isStalled(_ deal: Deal, at local: LocalNow) -> Bool {
        guard deal.status == .open, thresholdDays > 0 else { return false }
        if deal.isSnoozed(today: local.today) { return false }
        return StallRule.idleDays(deal, now: local.now) > thresholdDays
    }

    /// The most steps `rot(idleDays:)` gives.
    public static let deepestRot = 3

    /// How far past the threshold a stalled deal has sat, in steps a card can be tinted by: 0 up to the
    /// threshold, 1 once stalled, 2 past twice the threshold, 3 past three times it. With a threshold of 7:
    /// day 8 is 1, day 15 is 2, day 22 and later are 3. A threshold of 0 never rots.
    public func rot(idleDays: Int) -> Int {
        guard thresholdDays > 0, idleDays > thresholdDays else { return 0 }
        return min(Self.deepestRot, (idleDays - 1) / thresholdDays)
    }

    /// The latest idle-since moment at which a deal is stalled at `now` (ignoring snoozes):
    /// a store can fetch candidates with `idleSince <= cutoff` through an index.
    public func stalledCutoff(now: Date) -> Date {
        now.addingTimeInterval(-Double(thresholdDays + 1) * 86_400)
    }
}
