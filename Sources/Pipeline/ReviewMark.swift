/// A decision taken on a review item, stored with the change it made so the item stays handled today.
public struct ReviewMark: Hashable, Sendable {
    /// The day of the review, in the user's time zone.
    public var day: CalendarDay
    public var reason: ReviewReason
    public var decision: ReviewDecision

    public init(day: CalendarDay, reason: ReviewReason, decision: ReviewDecision) {
        self.day = day
        self.reason = reason
        self.decision = decision
    }
}
