import GRDB
import FunnelStore
import Pipeline

/// The transaction of a change being recorded by `SQLitePipelineStore.revising`: the store's own writes and
/// reads made inside the change join it (so several writes are one transaction), and the review
/// decisions they write are noted as they are made, with the row each replaced.
final class RevisionCapture: @unchecked Sendable {
    /// The change being recorded on this task, if any.
    @TaskLocal static var current: RevisionCapture?

    let db: Database
    /// The store connection the transaction belongs to: another store's writes do not join it.
    let writer: ObjectIdentifier
    /// The change this one is part of (a log of several activity writes), which notes its decisions too.
    let enclosing: RevisionCapture?
    private(set) var reviewProgress: [DealRevision.ReviewChange] = []

    init(db: Database, writer: ObjectIdentifier, enclosing: RevisionCapture? = nil) {
        self.db = db
        self.writer = writer
        self.enclosing = enclosing
    }

    /// The transaction to join for a store on `writer`, when a change on it is being recorded.
    static func joining(_ writer: ObjectIdentifier) -> Database? {
        guard let current, current.writer == writer else { return nil }
        return current.db
    }

    /// Notes a review decision written: the first row it replaced and the last one written.
    func noteReview(before: ReviewProgress?, after: ReviewProgress) {
        enclosing?.noteReview(before: before, after: after)
        if let index = reviewProgress.firstIndex(where: { $0.after?.dealID == after.dealID && $0.after?.mark.day == after.mark.day }) {
            reviewProgress[index].after = after
        } else {
            reviewProgress.append(DealRevision.ReviewChange(before: before, after: after))
        }
    }
}
