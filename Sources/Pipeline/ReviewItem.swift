/// One deal in today's review, under its most urgent reason.
public struct ReviewItem: Hashable, Sendable, Identifiable {
    public var deal: Deal
    public var reason: ReviewReason
    /// Every reason the deal is in the review, most urgent first (the first is `reason`).
    public var allReasons: [ReviewReason]
    public var idleDays: Int
    public var stalled: Bool

    public var id: Int64 { deal.id }

    public init(deal: Deal, reason: ReviewReason, allReasons: [ReviewReason]? = nil, idleDays: Int, stalled: Bool) {
        self.deal = deal
        self.reason = reason
        self.allReasons = allReasons ?? [reason]
        self.idleDays = idleDays
        self.stalled = stalled
    }
}
