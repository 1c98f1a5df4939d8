import Foundation
import GRDB
import Pipeline

// MARK: - Activities

extension PipelineStore {
    /// Saves a new activity (planned or done) on a deal and updates the deal's follow-up columns.
    ///
    /// With a `review` mark, the review decision is recorded in the same transaction.
    @discardableResult
    public func addActivity(_ activity: Activity, review: ReviewMark? = nil, now: Date? = nil) throws -> Activity {
        try write("the new activity of deal \(activity.dealID)") { db in
            let saved = try Self.insertActivity(db, activity)
            if let review { try Self.recordReviewMark(db, dealID: activity.dealID, mark: review, now: now ?? activity.createdAt) }
            return saved
        }
    }

    /// Marks a planned activity done at `now`; refused when it is already done.
    @discardableResult
    public func completeActivity(id: Int64, now: Date, review: ReviewMark? = nil) throws -> Activity {
        try write("the change to activity \(id)") { db in
            let activity = try Self.fetchActivity(db, id: id)
            if let doneAt = activity.doneAt {
                throw PipelineError.refused("activity \(id) was already done at \(Timestamp.string(doneAt))")
            }
            try db.execute(sql: "UPDATE activity SET done_at = ? WHERE id = ?", arguments: [Timestamp.seconds(now), id])
            try Self.refreshFollowUp(db, dealID: activity.dealID, now: now)
            if let review { try Self.recordReviewMark(db, dealID: activity.dealID, mark: review, now: now) }
            return try Self.fetchActivity(db, id: id)
        }
    }

    /// The activity with this id.
    public func activity(id: Int64) throws -> Activity {
        try read { db in try Self.fetchActivity(db, id: id) }
    }

    /// A deal's activities: planned ones first by due date, then done ones, latest first.
    public func activities(dealID: Int64) throws -> [Activity] {
        try read { db in
            _ = try Self.fetchDeal(db, id: dealID)
            return try Row.fetchAll(db, sql: """
                SELECT * FROM activity WHERE deal_id = ?
                ORDER BY done_at IS NOT NULL, CASE WHEN done_at IS NULL THEN due END, done_at DESC, id
                """, arguments: [dealID]).map(Activity.init(row:))
        }
    }

    /// Planned (not done) activities, by due date: of one deal, or of every deal.
    ///
    /// `dueBefore` keeps only those due before that day (exclusive); `dueFrom` those due on or after it.
    public func plannedActivities(dealID: Int64? = nil, dueBefore: CalendarDay? = nil, dueFrom: CalendarDay? = nil) throws -> [Activity] {
        try read { db in
            if let dealID { _ = try Self.fetchDeal(db, id: dealID) }
            var conditions = ["done_at IS NULL"]
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

    /// Activities of these deals (done and planned, or planned only), grouped by deal, by due date.
    public func activities(dealIDs: [Int64], plannedOnly: Bool = false) throws -> [Int64: [Activity]] {
        guard !dealIDs.isEmpty else { return [:] }
        return try read { db in
            var grouped: [Int64: [Activity]] = [:]
            // Chunks keep each statement under SQLite's parameter limit.
            for start in stride(from: 0, to: dealIDs.count, by: 500) {
                let chunk = Array(dealIDs[start..<min(start + 500, dealIDs.count)])
                let rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM activity WHERE deal_id IN (\(chunk.map { _ in "?" }.joined(separator: ", ")))\(plannedOnly ? " AND done_at IS NULL" : "") ORDER BY due, id",
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
            throw PipelineError.invalidValue("an activity needs a due date or to be done: add --due DATE or --done")
        }
        try db.execute(
            sql: """
                INSERT INTO activity (deal_id, kind, subject, due, done_at, note, owner, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                activity.dealID, activity.kind.rawValue, activity.subject, activity.due?.description,
                activity.doneAt.map(Timestamp.seconds), activity.note, activity.owner, Timestamp.seconds(activity.createdAt),
            ])
        let id = db.lastInsertedRowID
        try refreshFollowUp(db, dealID: activity.dealID, now: activity.createdAt)
        return try fetchActivity(db, id: id)
    }

    static func fetchActivity(_ db: Database, id: Int64) throws -> Activity {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM activity WHERE id = ?", arguments: [id]) else {
            throw PipelineError.notFound("no activity with id \(id): 'funnel activity list' shows planned activities")
        }
        return Activity(row: row)
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
            next_due = (SELECT min(due) FROM activity WHERE deal_id = deal.id AND done_at IS NULL)
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
            createdAt: Timestamp.date(seconds: row["created_at"]))
    }
}
