/// What one saved change did to a deal, as its states before and after: undo puts `before` back, redo `after`.
///
/// The store records it inside the change's own transaction, so both sides are exactly what the
/// change found and left. `before` is nil for a deal the change created (undo deletes it), `after`
/// for one it deleted. The history entries the change appended are marked undone by an undo and
/// count again after a redo; the activities and review decisions it touched are put back row by row
/// (a nil side: the row did not exist). Every kind of change (moves, won and lost, edits,
/// qualification, snooze, park and unpark, activities, review decisions) is this one value.
public struct DealRevision: Hashable, Sendable {
    /// An activity of the deal before and after the change.
    public struct ActivityChange: Hashable, Sendable {
        public var before: Activity?
        public var after: Activity?

        public init(before: Activity?, after: Activity?) {
            self.before = before
            self.after = after
        }
    }

    /// A day's review decision on the deal before and after the change.
    public struct ReviewChange: Hashable, Sendable {
        public var before: ReviewProgress?
        public var after: ReviewProgress?

        public init(before: ReviewProgress?, after: ReviewProgress?) {
            self.before = before
            self.after = after
        }
    }

    public var dealID: Int64
    public var before: Deal?
    public var after: Deal?
    /// The history entries the change appended (a move, won, lost, parked, unparked; a creation's entries).
    public var history: [StageChange]
    public var activities: [ActivityChange]
    public var reviewProgress: [ReviewChange]

    public init(
        dealID: Int64, before: Deal?, after: Deal?, history: [StageChange] = [], activities: [ActivityChange] = [],
        reviewProgress: [ReviewChange] = []
    ) {
        self.dealID = dealID
        self.before = before
        self.after = after
        self.history = history
        self.activities = activities
        self.reviewProgress = reviewProgress
    }

    /// True when the change wrote nothing: the deal, its activities and its review decisions are as they were.
    public var isEmpty: Bool {
        before == after && history.isEmpty && activities.isEmpty && reviewProgress.isEmpty
    }

    /// The deal's title for messages, as the change left it (or found it, for a deal it deleted).
    public var shownTitle: String {
        (after ?? before)?.shownTitle ?? "deal \(dealID)"
    }
}
