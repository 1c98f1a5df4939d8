import Foundation

/// One deal's decision in a day's review, as kept: the mark, and the deal's version it left.
///
/// The review leaves a deal out for the rest of the day while its version is still `dealVersion`.
public struct ReviewProgress: Hashable, Sendable {
    public var dealID: Int64
    public var mark: ReviewMark
    public var dealVersion: Int
    public var at: Date

    public init(dealID: Int64, mark: ReviewMark, dealVersion: Int, at: Date) {
        self.dealID = dealID
        self.mark = mark
        self.dealVersion = dealVersion
        self.at = at
    }
}
