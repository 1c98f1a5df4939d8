import Foundation
import GRDB
import FunnelStore
import Pipeline
import Wording

// MARK: - Activities

extension SQLitePipelineStore {
    /// Saves a new activity (planned or done) on a deal and updates the deal's follow-up columns.
    ///
    /// With a `review` mark, the review decision is recorded in the same transaction.
    @discardableResult
    public func addActivity(_ activity: Activity, review: ReviewMark? = nil, now: Date? = nil) throws -> Revised<Activity> {
        try revisedWrite(dealID: activity.dealID, "the new activity of deal \(activity.dealID)") { db in
            let saved = try Self.insertActivity(db, activity)
            if let review { try Self.recordReviewMark(db, dealID: activity.dealID, mark: review, now: now ?? activity.createdAt) }
            return saved
        }
    }

    /// Marks a planned activity done at `now`; refused when it is already done or cancelled.
    ///
    /// With `expected` (the activity as the user saw it), nothing is saved when it changed since.
    @discardableResult
    public func completeActivity(id: Int64, now: Date, review: ReviewMark? = nil, expected: Activity? = nil) throws -> Revised<Activity> {
        try revisedActivityWrite(id: id, expected: expected, "the change to activity \(id)") { db in
            let activity = try Self.fetchActivity(db, id: id, expected: expected)
            let done = try activity.completed(at: now)
            try db.execute(sql: "UPDATE activity SET done_at = ? WHERE id = ?", arguments: [done.doneAt.map(Timestamp.seconds), id])
            try Self.refreshFollowUp(db, dealID: activity.dealID, now: now)
            if let review { try Self.recordReviewMark(db, dealID: activity.dealID, mark: review, now: now) }
            return try Self.fetchActivity(db, id: id)
        }
    }

    /// Reschedules or edits an activity (due date, kind, subject, note) and updates its deal's follow-up.
    ///
    /// The rules are `ActivityEdit.applied(to:)`'s; with `expected` (the activity as the user saw
    /// it), nothing is saved when it changed since.
    @discardableResult
    public func editActivity(id: Int64, _ edit: ActivityEdit, now: Date, expected: Activity? = nil) throws -> Revised<Activity> {
        try revisedActivityWrite(id: id, expected: expected, "the change to activity \(id)") { db in
            let activity = try Self.fetchActivity(db, id: id, expected: expected)
            let edited = try edit.applied(to: activity)
            guard edited != activity else { return activity }
            try db.execute(
                sql: "UPDATE activity SET kind = ?, subject = ?, due = ?, note = ? WHERE id = ?",
                arguments: [edited.kind.rawValue, edited.subject, edited.due?.description, edited.note, id])
            try Self.refreshFollowUp(db, dealID: activity.dealID, now: now)
            return try Self.fetchActivity(db, id: id)
        }
    }

    /// Deletes an activity for good and updates its deal's follow-up; returns what was deleted.
    ///
    /// With `expected` (the activity as the user saw it), nothing is deleted when it changed since.
    @discardableResult
    public func deleteActivity(id: Int64, now: Date, expected: Activity? = nil) throws -> Revised<Activity> {
        try revisedActivityWrite(id: id, expected: expected, "the deletion of activity \(id)") { db in
            let activity = try Self.fetchActivity(db, id: id, expected: expected)
            try db.execute(sql: "DELETE FROM activity WHERE id = ?", arguments: [id])
            try Self.refreshFollowUp(db, dealID: activity.dealID, now: now)
            return activity
        }
    }

    /// The activity with this id.
    public func activity(id: Int64) throws -> Activity {
        try read { db in try Self.fetchActivity(db, id: id) }
    }

    /// A deal's activities: planned ones first by due date, then done and cancelled ones, latest first.
    public func activities(dealID: Int64) throws -> [Activity] {
        try read { db in
            _ = try Self.fetchDeal(db, id: dealID)
            return try Row.fetchAll(db, sql: """
                SELECT * FROM activity WHERE deal_id = ?
                ORDER BY done_at IS NOT NULL OR cancelled_at IS NOT NULL,
                    CASE WHEN done_at IS NULL AND cancelled_at IS NULL THEN due END, coalesce(done_at, cancelled_at) DESC, id
                """, arguments: [dealID]).map(Activity.init(row:))
        }
    }

    /// Planned (not done, not cancelled) activities, by due date: of one deal, or of every deal.
    ///
    /// `dueBefore` keeps only those due before that day (exclusive); `dueFrom` those due on or after it.
    public func plannedActivities(dealID: Int64? = nil, dueBefore: CalendarDay? = nil, dueFrom: CalendarDay? = nil) throws -> [Activity] {
        try read { db in
            if let dealID { _ = try Self.fetchDeal(db, id: dealID) }
            var conditions = ["done_at IS NULL AND cancelled_at IS NULL"]
            var arguments: [any DatabaseValueConvertible] = []
            if let dealID {
                conditions.append("deal_id = ?")
                arguments.append(dealID)
            }
            if let dueBefore {
                conditions.append("due < ?")
                arguments.append(dueBefore.description)
            }
            if let dueFrom {
                conditions.append("due >= ?")
                arguments.append(dueFrom.description)
            }
            return try Row.fetchAll(
                db, sql: "SELECT * FROM activity WHERE \(conditions.joined(separator: " AND ")) ORDER BY due, id",
                arguments: StatementArguments(arguments)).map(Activity.init(row:))
        }
    }

    /// Activities of these deals (all of them, or planned only: not done, not cancelled), grouped by deal, by due date.
    public func activities(dealIDs: [Int64], plannedOnly: Bool = false) throws -> [Int64: [Activity]] {
        guard !dealIDs.isEmpty else { return [:] }
        return try read { db in
            var grouped: [Int64: [Activity]] = [:]
            // Chunks keep each statement under SQLite's parameter limit.
            for start in stride(from: 0, to: dealIDs.count, by: 500) {
                let chunk = Array(dealIDs[start..<min(start + 500, dealIDs.count)])
                let rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM activity WHERE deal_id IN (\(chunk.map { _ in "?" }.joined(separator: ", ")))\(plannedOnly ? " AND done_at IS NULL AND cancelled_at IS NULL" : "") ORDER BY due, id",
                    arguments: StatementArguments(chunk))
                for row in rows {
                    let activity = Activity(row: row)
                    grouped[activity.dealID, default: []].append(activity)
                }
            }
            return grouped
        }
    }

    // MARK: - Inside a transaction

    static func insertActivity(_ db: Database, _ activity: Activity) throws -> Activity {
        _ = try fetchDeal(db, id: activity.dealID)
        guard activity.due != nil || activity.doneAt != nil else {
            throw PipelineError.invalidValue(ErrorText.activityNeedsDueOrDone.string)
        }
        try db.execute(
            sql: """
                INSERT INTO activity (deal_id, kind, subject, due, done_at, note, owner, created_at, author)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                activity.dealID, activity.kind.rawValue, activity.subject, activity.due?.description,
                activity.doneAt.map(Timestamp.seconds), activity.note, activity.owner, Timestamp.seconds(activity.createdAt),
                WriteAuthor.name,
            ])
        let id = db.lastInsertedRowID
        try refreshFollowUp(db, dealID: activity.dealID, now: activity.createdAt)
        return try fetchActivity(db, id: id)
    }

    static func fetchActivity(_ db: Database, id: Int64) throws -> Activity {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM activity WHERE id = ?", arguments: [id]) else {
            throw PipelineError.notFound(ErrorText.noActivityWithID(id: id).string)
        }
        return Activity(row: row)
    }

    /// The activity with this id, refused as changed elsewhere when it is no longer `expected`, naming who
    /// changed it from its deal's change log (`StaleWrite.activity`).
    static func fetchActivity(_ db: Database, id: Int64, expected: Activity?) throws -> Activity {
        let activity = try fetchActivity(db, id: id)
        if let expected, expected != activity {
            let log = try Row.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM deal_change WHERE deal_id = ? ORDER BY id DESC LIMIT ?"),
                arguments: [activity.dealID, StaleWrite.activityLogDepth]
            ).map(DealChange.init(row:)).reversed()
            throw StoreError.activityChangedElsewhere(
                activityID: id, stale: StaleWrite.activity(seen: expected, current: activity, log: Array(log)))
        }
        return activity
    }

    /// Cancels a deal's planned activities as `change` (its won or lost entry) closes it, and
    /// clears its next due date; the deal's version moves with the close itself.
    static func cancelPlannedActivities(_ db: Database, dealID: Int64, by change: StageChange, now: Date) throws {
        // Most closes find nothing to cancel: one lookup on `activity_on_deal` and no write.
        let hasOpenActivity = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM activity WHERE deal_id = ? AND done_at IS NULL)"), arguments: [dealID])
        guard hasOpenActivity == true else { return }
        try db.execute(
            sql: "UPDATE activity SET cancelled_at = ?, cancelled_by = ? WHERE deal_id = ? AND done_at IS NULL AND cancelled_at IS NULL",
            arguments: [Timestamp.seconds(now), change.id, dealID])
        if db.changesCount > 0 {
            try db.execute(sql: "UPDATE deal SET \(followUpAssignments) WHERE id = ?", arguments: [dealID])
        }
    }

    /// Plans again the activities a close cancelled: those of the history entry `changeID`, or
    /// every cancelled activity of the deal (a reopen); the deal's version moves with the reopen or undo.
    static func restoreCancelledActivities(_ db: Database, dealID: Int64, cancelledBy changeID: Int64? = nil) throws {
        try db.execute(
            sql: "UPDATE activity SET cancelled_at = NULL, cancelled_by = NULL WHERE deal_id = ? AND cancelled_at IS NOT NULL"
                + (changeID == nil ? "" : " AND cancelled_by = ?"),
            arguments: StatementArguments([dealID] + (changeID.map { [$0] } ?? [])))
        if db.changesCount > 0 {
            try db.execute(sql: "UPDATE deal SET \(followUpAssignments) WHERE id = ?", arguments: [dealID])
        }
    }

    /// The activities of a deal that its won or lost history entry `changeID` cancelled, by id.
    static func fetchActivities(_ db: Database, dealID: Int64, cancelledBy changeID: Int64) throws -> [Activity] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM activity WHERE deal_id = ? AND cancelled_by = ? AND cancelled_at IS NOT NULL ORDER BY id",
            arguments: [dealID, changeID]).map(Activity.init(row:))
    }

    /// Recomputes a deal's last done, last contact and next due columns from its activities and bumps its version.
    static func refreshFollowUp(_ db: Database, dealID: Int64, now: Date) throws {
        try db.execute(
            sql: "UPDATE deal SET \(followUpAssignments), updated_at = ?, version = version + 1 WHERE id = ?",
            arguments: [Timestamp.seconds(now), dealID])
    }

    /// Sets a deal's last done, last contact and next due columns from its activities (inside `UPDATE deal SET`).
    static let followUpAssignments: String = {
        let contactKinds = Activity.Kind.allCases.filter(\.isContact).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return """
            last_done_at = (SELECT max(done_at) FROM activity WHERE deal_id = deal.id),
            last_contact_at = (SELECT max(done_at) FROM activity WHERE deal_id = deal.id AND kind IN (\(contactKinds))),
            next_due = (SELECT min(due) FROM activity WHERE deal_id = deal.id AND done_at IS NULL AND cancelled_at IS NULL)
            """
    }()
}

extension Activity {
    /// Reads an activity from an `activity` row.
    init(row: Row) {
        self.init(
            id: row["id"], dealID: row["deal_id"],
            kind: Activity.Kind(rawValue: row["kind"]) ?? .task,
            subject: row["subject"],
            due: (row["due"] as String?).flatMap(ActivityDue.init(stored:)),
            doneAt: (row["done_at"] as Int64?).map(Timestamp.date(seconds:)),
            note: row["note"], owner: row["owner"],
            createdAt: Timestamp.date(seconds: row["created_at"]),
            cancelledAt: (row["cancelled_at"] as Int64?).map(Timestamp.date(seconds:)),
            by: row["author"])
    }
}
