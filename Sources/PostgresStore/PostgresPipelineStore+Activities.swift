import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

// MARK: - Activities

extension PostgresPipelineStore {
    /// Saves a new activity (planned or done) on a deal and updates the deal's follow-up columns; with a
    /// `review` mark, the review decision is recorded in the same transaction.
    @discardableResult
    public func addActivity(_ activity: Activity, review: ReviewMark? = nil, now: Date? = nil) throws -> Revised<Activity> {
        try revisedWrite(dealID: activity.dealID) { session in
            let saved = try Self.insertActivity(session, activity)
            if let review { try recordReviewMark(session, dealID: activity.dealID, mark: review, now: now ?? activity.createdAt) }
            return saved
        }
    }

    /// Marks a planned activity done at `now`; refused when it is already done or cancelled, or changed since `expected`.
    @discardableResult
    public func completeActivity(id: Int64, now: Date, review: ReviewMark? = nil, expected: Activity? = nil) throws -> Revised<Activity> {
        try revisedActivityWrite(id: id, expected: expected) { session in
            let activity = try Self.fetchActivity(session, id: id, expected: expected)
            let done = try activity.completed(at: now)
            try session.execute("UPDATE activity SET done_at = \(done.doneAt.map(Timestamp.seconds)) WHERE id = \(id)")
            try Self.refreshFollowUp(session, dealID: activity.dealID, now: now)
            if let review { try recordReviewMark(session, dealID: activity.dealID, mark: review, now: now) }
            return try Self.fetchActivity(session, id: id)
        }
    }

    /// Reschedules or edits an activity (`ActivityEdit.applied(to:)`'s rules) and updates its deal's follow-up.
    @discardableResult
    public func editActivity(id: Int64, _ edit: ActivityEdit, now: Date, expected: Activity? = nil) throws -> Revised<Activity> {
        try revisedActivityWrite(id: id, expected: expected) { session in
            let activity = try Self.fetchActivity(session, id: id, expected: expected)
            let edited = try edit.applied(to: activity)
            guard edited != activity else { return activity }
            try session.execute("""
                UPDATE activity SET kind = \(edited.kind.rawValue), subject = \(edited.subject), due = \(edited.due?.description),
                    note = \(edited.note)
                WHERE id = \(id)
                """)
            try Self.refreshFollowUp(session, dealID: activity.dealID, now: now)
            return try Self.fetchActivity(session, id: id)
        }
    }

    /// Deletes an activity for good and updates its deal's follow-up; returns what was deleted.
    @discardableResult
    public func deleteActivity(id: Int64, now: Date, expected: Activity? = nil) throws -> Revised<Activity> {
        try revisedActivityWrite(id: id, expected: expected) { session in
            let activity = try Self.fetchActivity(session, id: id, expected: expected)
            try session.execute("DELETE FROM activity WHERE id = \(id)")
            try Self.refreshFollowUp(session, dealID: activity.dealID, now: now)
            return activity
        }
    }

    /// The activity with this id.
    public func activity(id: Int64) throws -> Activity {
        try read { session in try Self.fetchActivity(session, id: id) }
    }

    /// A deal's activities: planned ones first by due date, then done and cancelled ones, latest first.
    public func activities(dealID: Int64) throws -> [Activity] {
        try read { session in
            _ = try Self.fetchDeal(session, id: dealID)
            return try session.namedRows("""
                SELECT * FROM activity WHERE deal_id = \(dealID)
                ORDER BY done_at IS NOT NULL OR cancelled_at IS NOT NULL,
                    CASE WHEN done_at IS NULL AND cancelled_at IS NULL THEN due END NULLS FIRST,
                    coalesce(done_at, cancelled_at) DESC NULLS LAST, id
                """).map(Activity.init(serverRow:))
        }
    }

    /// Planned activities by due date, of one deal or of every deal; `dueBefore` exclusive, `dueFrom` inclusive.
    public func plannedActivities(dealID: Int64? = nil, dueBefore: CalendarDay? = nil, dueFrom: CalendarDay? = nil) throws -> [Activity] {
        try read { session in
            if let dealID { _ = try Self.fetchDeal(session, id: dealID) }
            var statement = ServerSQL()
            var conditions = ["done_at IS NULL AND cancelled_at IS NULL"]
            if let dealID { conditions.append("deal_id = \(statement.bind(dealID))") }
            if let dueBefore { conditions.append("due < \(statement.bind(dueBefore.description))") }
            if let dueFrom { conditions.append("due >= \(statement.bind(dueFrom.description))") }
            statement.append("SELECT * FROM activity WHERE \(conditions.joined(separator: " AND ")) ORDER BY due NULLS FIRST, id")
            return try session.namedRows(statement.query).map(Activity.init(serverRow:))
        }
    }

    /// Activities of these deals (all, or planned only), grouped by deal, by due date.
    public func activities(dealIDs: [Int64], plannedOnly: Bool = false) throws -> [Int64: [Activity]] {
        guard !dealIDs.isEmpty else { return [:] }
        return try read { session in
            var grouped: [Int64: [Activity]] = [:]
            let planned = plannedOnly ? " AND done_at IS NULL AND cancelled_at IS NULL" : ""
            var statement = ServerSQL()
            statement.append("SELECT * FROM activity WHERE deal_id = ANY(\(statement.bind(dealIDs)))\(planned) ORDER BY due NULLS FIRST, id")
            for row in try session.namedRows(statement.query) {
                let activity = try Activity(serverRow: row)
                grouped[activity.dealID, default: []].append(activity)
            }
            return grouped
        }
    }

    // MARK: - Inside a transaction

    static func insertActivity(_ session: ServerSession, _ activity: Activity) throws -> Activity {
        _ = try fetchDeal(session, id: activity.dealID, locking: true)
        guard activity.due != nil || activity.doneAt != nil else {
            throw PipelineError.invalidValue(ErrorText.activityNeedsDueOrDone.string)
        }
        let id = try session.value("""
            INSERT INTO activity (deal_id, kind, subject, due, done_at, note, owner, created_at, author)
            VALUES (\(activity.dealID), \(activity.kind.rawValue), \(activity.subject), \(activity.due?.description),
                \(activity.doneAt.map(Timestamp.seconds)), \(activity.note), \(activity.owner), \(Timestamp.seconds(activity.createdAt)),
                \(WriteAuthor.name))
            RETURNING id
            """, as: Int64.self)!
        try refreshFollowUp(session, dealID: activity.dealID, now: activity.createdAt)
        return try fetchActivity(session, id: id)
    }

    static func fetchActivity(_ session: ServerSession, id: Int64) throws -> Activity {
        guard let row = try session.namedRows("SELECT * FROM activity WHERE id = \(id)").first else {
            throw PipelineError.notFound(ErrorText.noActivityWithID(id: id).string)
        }
        return try Activity(serverRow: row)
    }

    /// The activity with this id, refused as changed elsewhere when it is no longer `expected`, naming who
    /// changed it from its deal's change log (`StaleWrite.activity`).
    static func fetchActivity(_ session: ServerSession, id: Int64, expected: Activity?) throws -> Activity {
        let activity = try fetchActivity(session, id: id)
        if let expected, expected != activity {
            let log = try session.namedRows(
                "SELECT * FROM deal_change WHERE deal_id = \(activity.dealID) ORDER BY id DESC LIMIT \(StaleWrite.activityLogDepth)"
            ).map(DealChange.init(serverRow:)).reversed()
            throw StoreError.activityChangedElsewhere(
                activityID: id, stale: StaleWrite.activity(seen: expected, current: activity, log: Array(log)))
        }
        return activity
    }

    static func fetchActivities(_ session: ServerSession, dealID: Int64) throws -> [Activity] {
        try session.namedRows(activitiesQuery(dealID: dealID)).map(Activity.init(serverRow:))
    }

    /// The statement `fetchActivities` sends, for a write that sends it with others at once.
    static func activitiesQuery(dealID: Int64) -> PostgresQuery {
        "SELECT * FROM activity WHERE deal_id = \(dealID) ORDER BY id"
    }

    /// The activities of a deal that its won or lost history entry `changeID` cancelled, by id.
    static func fetchActivities(_ session: ServerSession, dealID: Int64, cancelledBy changeID: Int64) throws -> [Activity] {
        try session.namedRows("""
            SELECT * FROM activity WHERE deal_id = \(dealID) AND cancelled_by = \(changeID) AND cancelled_at IS NOT NULL ORDER BY id
            """).map(Activity.init(serverRow:))
    }

    /// Cancels a deal's planned activities as `change` (its won or lost entry) closes it.
    static func cancelPlannedActivities(_ session: ServerSession, dealID: Int64, by change: StageChange, now: Date) throws {
        let cancelled = try session.execute("""
            UPDATE activity SET cancelled_at = \(Timestamp.seconds(now)), cancelled_by = \(change.id)
            WHERE deal_id = \(dealID) AND done_at IS NULL AND cancelled_at IS NULL
            """)
        if cancelled > 0 {
            try session.execute(PostgresQuery(unsafeSQL: "UPDATE deal SET \(followUpAssignments) WHERE id = $1", binds: binding(dealID)))
        }
    }

    /// Plans again the activities a close cancelled: those of entry `changeID`, or every cancelled one (a reopen).
    static func restoreCancelledActivities(_ session: ServerSession, dealID: Int64, cancelledBy changeID: Int64? = nil) throws {
        let restored = if let changeID {
            try session.execute("""
                UPDATE activity SET cancelled_at = NULL, cancelled_by = NULL
                WHERE deal_id = \(dealID) AND cancelled_at IS NOT NULL AND cancelled_by = \(changeID)
                """)
        } else {
            try session.execute("""
                UPDATE activity SET cancelled_at = NULL, cancelled_by = NULL WHERE deal_id = \(dealID) AND cancelled_at IS NOT NULL
                """)
        }
        if restored > 0 {
            try session.execute(PostgresQuery(unsafeSQL: "UPDATE deal SET \(followUpAssignments) WHERE id = $1", binds: binding(dealID)))
        }
    }

    /// Recomputes a deal's last done, last contact and next due columns from its activities and bumps its version.
    static func refreshFollowUp(_ session: ServerSession, dealID: Int64, now: Date) throws {
        var bindings = PostgresBindings()
        bindings.append(Timestamp.seconds(now))
        bindings.append(dealID)
        try session.execute(PostgresQuery(
            unsafeSQL: "UPDATE deal SET \(followUpAssignments), updated_at = $1, version = version + 1 WHERE id = $2", binds: bindings))
    }

    /// One bound value.
    static func binding<Value: PostgresNonThrowingEncodable>(_ value: Value) -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(value)
        return bindings
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
