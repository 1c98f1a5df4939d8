/// The revisions the engines put together from what they read around a change, the same way whatever the database.
extension DealRevision {
    /// The revision of a recorded change to deal `id`, from the deal and its activities read before and after it:
    /// the activities that differ, in id order (a nil side: the row did not exist), and of the review decisions
    /// written meanwhile (`reviewDecisions`), those on this deal that changed something.
    public static func recorded(
        dealID id: Int64, before: Deal?, after: Deal?, history: [StageChange],
        activitiesBefore: [Activity], activitiesAfter: [Activity], reviewDecisions: [ReviewChange]
    ) -> DealRevision {
        var activities: [ActivityChange] = []
        for activityID in Set(activitiesBefore.map(\.id)).union(activitiesAfter.map(\.id)).sorted() {
            let old = activitiesBefore.first { $0.id == activityID }
            let new = activitiesAfter.first { $0.id == activityID }
            if old != new { activities.append(ActivityChange(before: old, after: new)) }
        }
        let review = reviewDecisions.filter { $0.after?.dealID == id && $0.before != $0.after }
        return DealRevision(
            dealID: id, before: before, after: after, history: history, activities: activities, reviewProgress: review)
    }

    /// The revision that takes back `change`, known by its history entry alone: the deal goes from `current` back
    /// to `before`. Undoing a won or lost plans again the activities that close cancelled (`cancelled`, read only
    /// then: those it marked cancelled).
    public static func undoing(
        _ change: StageChange, restoring before: Deal, from current: Deal, cancelled: () throws -> [Activity]
    ) rethrows -> DealRevision {
        var revision = DealRevision(dealID: before.id, before: before, after: current, history: [change])
        if change.kind == .won || change.kind == .lost {
            revision.activities = try cancelled().map { cancelled in
                var planned = cancelled
                planned.cancelledAt = nil
                return ActivityChange(before: planned, after: cancelled)
            }
        }
        return revision
    }

    /// The revision that makes `change` again, known by its history entry alone: the deal goes from `current` to
    /// `after`. A won or lost made again cancels the deal's planned activities again (`activities`, the deal's
    /// activities now, read only then), at the close.
    public static func redoing(
        _ change: StageChange, applying after: Deal, from current: Deal, activities: () throws -> [Activity]
    ) rethrows -> DealRevision {
        var revision = DealRevision(dealID: after.id, before: current, after: after, history: [change])
        if after.status != .open, change.kind == .won || change.kind == .lost {
            revision.activities = try activities().filter(\.isPlanned).map { planned in
                var cancelled = planned
                cancelled.cancelledAt = after.closedAt ?? after.updatedAt
                return ActivityChange(before: planned, after: cancelled)
            }
        }
        return revision
    }
}
