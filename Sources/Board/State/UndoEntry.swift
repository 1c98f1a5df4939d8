import Pipeline

/// A saved change this session can take back: what the store recorded it did, and what to call it.
///
/// Every change made on the board (moves, won and lost, new deals, edits, qualification, snooze,
/// park and unpark, activities, review decisions) is one `DealRevision`, undone and redone by one
/// store call each. An entry without a revision stands for a change that cannot be taken back: `u`
/// says so and undoes nothing, rather than skipping it to undo an older change.
public struct UndoEntry: Sendable, Hashable {
    /// What the store recorded; nil for a change that cannot be undone.
    public var revision: DealRevision?
    /// What happened, for messages: "Moved 'Acme renewal' to Contact".
    public var summary: String

    public init(_ revision: DealRevision, summary: String) {
        self.revision = revision
        self.summary = summary
    }

    /// A change that cannot be undone, kept so `u` says so instead of undoing an older change.
    public static func cannotBeUndone(summary: String) -> UndoEntry {
        UndoEntry(revision: nil, summary: summary)
    }

    private init(revision: DealRevision?, summary: String) {
        self.revision = revision
        self.summary = summary
    }

    /// The deal the change was made to.
    public var dealID: Int64? { revision?.dealID }

    /// Taking back (or putting again) a change of stage that left the deal open on both sides and
    /// changed nothing else is a move between lanes: the deal goes from `after` to `before` (undone)
    /// or the other way (redone).
    public func move(undone: Bool) -> SavedMove? {
        guard let revision, !revision.history.isEmpty, revision.activities.isEmpty, revision.reviewProgress.isEmpty,
              let before = revision.before, let after = revision.after,
              before.status == .open, after.status == .open, before.stageID != after.stageID else { return nil }
        return undone ? SavedMove(before: after, after: before) : SavedMove(before: before, after: after)
    }
}
