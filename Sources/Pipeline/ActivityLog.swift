/// What to save for one `a` or review decision, all in one transaction: mark `completeID` done (or
/// save `done`), then save `next`; the review mark goes with the last write.
public struct ActivityLog: Sendable, Hashable {
    public var dealID: Int64
    public var completeID: Int64?
    public var done: Activity?
    public var next: Activity?
    public var review: ReviewMark?

    public init(dealID: Int64, completeID: Int64? = nil, done: Activity? = nil, next: Activity? = nil, review: ReviewMark? = nil) {
        self.dealID = dealID
        self.completeID = completeID
        self.done = done
        self.next = next
        self.review = review
    }
}
