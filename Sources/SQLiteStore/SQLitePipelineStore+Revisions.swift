import Foundation
import GRDB
import FunnelStore
import Pipeline
import Wording

// MARK: - Recording changes, undo and redo

extension SQLitePipelineStore {
    /// Runs the writes of one change to a deal as ONE transaction and returns, with their result, what
    /// the change did (`DealRevision`): the deal, its activities and its review decisions before and
    /// after, and the history entries it appended, all read inside that transaction.
    ///
    /// The store's own methods called in `change` join the transaction; anything thrown rolls all of it back.
    /// The contract's changes to a deal each record themselves this way (`revisedWrite`); this stays for tests.
    public func revising<T>(dealID: Int64, _ change: () throws -> T) throws -> (result: T, revision: DealRevision) {
        try recording(knownID: { _ in dealID }, nil, change) { _ in dealID }
    }

    /// Like `revising`, for a change that creates the deal it returns: undo deletes it, redo creates it again.
    public func revisingCreation(_ change: () throws -> Deal) throws -> DealRevision {
        try recording(knownID: { _ in nil }, nil, change) { $0.id }.revision
    }

    /// One write to the deal `dealID`, recorded: `updates` runs in the transaction that reads the revision.
    /// `change` names what is saved for a refusal ("the change to deal 12").
    func revisedWrite<T>(dealID: Int64, _ change: String, _ updates: (Database) throws -> T) throws -> Revised<T> {
        let (value, revision) = try recording(knownID: { _ in dealID }, change, { try write(change, updates) }) { _ in dealID }
        return Revised(value: value, revision: revision)
    }

    /// One write that creates a deal, recorded: undo deletes the deal, redo creates it again.
    func revisedCreation(_ change: String, _ updates: (Database) throws -> Deal) throws -> Revised<Deal> {
        let (value, revision) = try recording(knownID: { _ in nil }, change, { try write(change, updates) }) { $0.id }
        return Revised(value: value, revision: revision)
    }

    /// One write to an activity, recorded on its deal (`expected`'s, else the one it belongs to now).
    func revisedActivityWrite(
        id: Int64, expected: Activity?, _ change: String, _ updates: (Database) throws -> Activity
    ) throws -> Revised<Activity> {
        let (value, revision) = try recording(
            knownID: { db in
                if let expected { return expected.dealID }
                return try Int64.fetchOne(db, sql: "SELECT deal_id FROM activity WHERE id = ?", arguments: [id])
            },
            change, { try write(change, updates) }
        ) { $0.dealID }
        return Revised(value: value, revision: revision)
    }

    /// Saves an `a` or review log in one transaction: the done part (a planned activity marked done, or
    /// one logged as done), then the next step; the review mark goes with the last write.
    public func logActivity(_ log: ActivityLog, now: Date) throws -> Revised<LoggedActivity> {
        let (logged, revision) = try recording(knownID: { _ in log.dealID }, nil, {
            try LoggedActivity.saving(log, now: now, in: self)
        }) { _ in log.dealID }
        return Revised(value: logged, revision: revision)
    }

    /// Takes a recorded change back in one transaction: the deal, its activities and review decisions
    /// return to `before`, the history entries it appended are marked undone (a deal it created is deleted).
    ///
    /// Refused with a sentence, nothing written, when the deal changed since the change (its version is not
    /// the one the change left). Returns the revision with `before` as now saved (its new version).
    @discardableResult
    public func undo(_ revision: DealRevision) throws -> DealRevision {
        try write { db in try Self.restoreLogged(db, revision, undoing: true, own: ownChanges) }
    }

    /// Puts an undone change back in one transaction: the deal, its activities and review decisions become
    /// `after` again and its history entries count again. Refused like `undo`; returns `after` as now saved.
    @discardableResult
    public func redo(_ revision: DealRevision) throws -> DealRevision {
        try write { db in try Self.restoreLogged(db, revision, undoing: false, own: ownChanges) }
    }

    // MARK: - Inside a transaction

    /// Records `change` in one transaction: `knownID` names the deal before it (nil for a deal it
    /// creates), `dealID` the deal from its result; `label` names what is saved for a refusal. Inside another
    /// recorded change the enclosing one records the whole, and the revision returned is empty.
    private func recording<T>(
        knownID: (Database) throws -> Int64?, _ label: String?, _ change: () throws -> T, dealID: (T) -> Int64
    ) throws -> (result: T, revision: DealRevision) {
        try write(label) { db in
            let writer = ObjectIdentifier(dbWriter)
            let enclosing = RevisionCapture.current.flatMap { $0.writer == writer ? $0 : nil }
            if enclosing != nil {
                // Inside another recorded change (a log's done part and next step): that one records the whole and
                // notes the review decisions; nothing is read for a revision of this part, which comes back empty.
                let knownID = try knownID(db)
                let result = try Self.restaying(db) { stays in
                    if let knownID { try stays.willChange(db, dealID: knownID) }
                    let result = try change()
                    if knownID == nil { stays.willCreate(dealIDs: [dealID(result)]) }
                    return result
                }
                return (result, DealRevision(dealID: dealID(result), before: nil, after: nil))
            }
            let capture = RevisionCapture(db: db, writer: writer, enclosing: enclosing)
            let knownID = try knownID(db)
            let before = try knownID.flatMap { try Self.fetchDealIfAny(db, id: $0) }
            let activitiesBefore = try knownID.map { try Self.fetchActivities(db, dealID: $0) } ?? []
            let lastEntry = try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM stage_change")) ?? 0
            // A change may move, close, reopen or create the deal: its stage stays follow in this transaction.
            let result = try Self.restaying(db) { stays in
                if let knownID { try stays.willChange(db, dealID: knownID) }
                let result = try RevisionCapture.$current.withValue(capture) { try change() }
                if knownID == nil { stays.willCreate(dealIDs: [dealID(result)]) }
                return result
            }
            let id = dealID(result)
            let after = try Self.fetchDealIfAny(db, id: id)
            let activitiesAfter = try Self.fetchActivities(db, dealID: id)
            let history = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT stage_change.*, f.name AS from_name, t.name AS to_name
                FROM stage_change
                LEFT JOIN stage f ON f.id = stage_change.from_stage_id
                LEFT JOIN stage t ON t.id = stage_change.to_stage_id
                WHERE deal_id = ? AND stage_change.id > ? ORDER BY at, stage_change.id
                """), arguments: [id, lastEntry]).map(StageChange.init(row:))
            let revision = DealRevision.recorded(
                dealID: id, before: before, after: after, history: history,
                activitiesBefore: activitiesBefore, activitiesAfter: activitiesAfter, reviewDecisions: capture.reviewProgress)
            try Self.appendToChangeLog(db, DealChange.of(revision, by: WriteAuthor.name, clock: Date()))
            return (result, revision)
        }
    }

    /// `restore`, logged in the change log as an undo or a redo by the write's author.
    static func restoreLogged(_ db: Database, _ revision: DealRevision, undoing: Bool, own: OwnChangeLog) throws -> DealRevision {
        let restored = try restore(db, revision, undoing: undoing, own: own)
        try appendToChangeLog(db, DealChange.ofRestoring(
            revision, undoing: undoing, now: try fetchDealIfAny(db, id: revision.dealID), by: WriteAuthor.name, clock: Date()))
        return restored
    }

    /// Appends one entry to the change log (`deal_change`), in the transaction of the write it describes.
    static func appendToChangeLog(_ db: Database, _ change: DealChange?) throws {
        guard let change else { return }
        try db.cachedStatement(sql: """
            INSERT INTO deal_change (deal_id, version, author, at, kind, title, stage, subject, fields)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                change.dealID, change.version, change.by, Timestamp.seconds(change.at), change.kind.rawValue, change.title,
                change.stageName, change.activitySubject, DealPart.stored(change.fields),
            ])
        OwnChangeLog.appended(db.lastInsertedRowID)
    }

    /// Writes one side of a revision back, after checking the deal is exactly as the other side left it.
    static func restore(_ db: Database, _ revision: DealRevision, undoing: Bool, own: OwnChangeLog) throws -> DealRevision {
        try restaying(db) { stays in
            try stays.willChange(db, dealID: revision.dealID)
            return try restoreDeal(db, revision, undoing: undoing, own: own)
        }
    }

    /// `restore`'s writes, inside the stage stays' upkeep.
    private static func restoreDeal(_ db: Database, _ revision: DealRevision, undoing: Bool, own: OwnChangeLog) throws -> DealRevision {
        let expected = undoing ? revision.after : revision.before
        let target = undoing ? revision.before : revision.after
        let current = try fetchDealIfAny(db, id: revision.dealID)
        // Named as the change left it: a deal created again since may have taken the id.
        let title = (expected ?? target)?.shownTitle ?? "deal \(revision.dealID)"
        guard current?.version == expected?.version, (current == nil) == (expected == nil) else {
            // Who changed the deal since, from the change log, when it can tell.
            if let seen = expected?.version, current != nil, let stale = try restoringRefused(
                db, undoing ? .undo(title: title) : .redo(title: title), dealID: revision.dealID, seen: seen, own: own) {
                throw StoreError.changedElsewhere(dealID: revision.dealID, stale: stale)
            }
            throw PipelineError.refused(
                undoing ? ErrorText.undoChangedElsewhere(title: title).string : ErrorText.redoChangedElsewhere(title: title).string)
        }
        var result = revision
        guard let target else {
            // The change created the deal: taking it back deletes it with its history (the rows cascade).
            try db.execute(sql: "DELETE FROM deal WHERE id = ?", arguments: [revision.dealID])
            if undoing { result.before = nil } else { result.after = nil }
            return result
        }
        try checkStageStillThere(db, for: target, undoing: undoing)
        var restored = target
        let recreated = current == nil
        restored.version = (current?.version ?? target.version) + 1
        try writeWholeDeal(db, restored, inserting: recreated)
        if recreated {
            // The deal comes back with its history; the entries get new ids.
            var history: [StageChange] = []
            for entry in revision.history {
                try db.execute(
                    sql: """
                        INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at, author)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        entry.dealID, entry.fromStageID, entry.toStageID, entry.fromStageName, entry.toStageName,
                        entry.kind.rawValue, Timestamp.seconds(entry.at), entry.by,
                    ])
                var again = entry
                again.id = db.lastInsertedRowID
                history.append(again)
            }
            result.history = history
        } else if !revision.history.isEmpty {
            let ids = revision.history.map(\.id)
            try db.execute(
                sql: "UPDATE stage_change SET undone = ? WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))",
                arguments: StatementArguments([undoing.databaseValue] + ids.map(\.databaseValue)))
        }
        for index in result.activities.indices {
            let change = result.activities[index]
            let wanted = try restoreActivity(db, undoing ? change.before : change.after, replacing: undoing ? change.after : change.before)
            if undoing { result.activities[index].before = wanted } else { result.activities[index].after = wanted }
        }
        for index in result.reviewProgress.indices {
            let change = result.reviewProgress[index]
            var wanted = undoing ? change.before : change.after
            // A decision that was left at the restored state's version counts for its new version.
            if wanted?.dealVersion == target.version { wanted?.dealVersion = restored.version }
            try restoreReviewProgress(db, wanted, replacing: undoing ? change.after : change.before)
            if undoing { result.reviewProgress[index].before = wanted } else { result.reviewProgress[index].after = wanted }
        }
        let saved = try fetchDeal(db, id: revision.dealID)
        if undoing { result.before = saved } else { result.after = saved }
        return result
    }

    /// Why an undo or redo of the change that left the deal at version `seen` is refused, naming the change in its
    /// way from the change log (`StaleWrite.restoring`); nil when the log cannot tell.
    static func restoringRefused(
        _ db: Database, _ restoring: StaleWrite.Restoring, dealID: Int64, seen: Int, own: OwnChangeLog
    ) throws -> StaleWrite? {
        let log = try Row.fetchAll(
            db, sql: "SELECT * FROM deal_change WHERE deal_id = ? AND version >= ? ORDER BY id", arguments: [dealID, seen]
        ).map(DealChange.init(row:))
        return StaleWrite.restoring(restoring, dealID: dealID, seen: seen, log: log, author: WriteAuthor.name) { own.contains($0.id) }
    }

    /// Writes every column of a deal (its version as given), as an update or, for a deal deleted since, an insert with its id.
    static func writeWholeDeal(_ db: Database, _ deal: Deal, inserting: Bool) throws {
        let columns = deal.columnValues + [
            ("lane_position", deal.lanePosition),
            ("version", deal.version),
            ("last_done_at", deal.lastActivityAt.map(Timestamp.seconds)),
            ("last_contact_at", deal.lastContactAt.map(Timestamp.seconds)),
            ("next_due", deal.nextActivityDue?.description),
            ("snoozed_until", deal.snoozedUntil?.description),
            ("snooze_reason", deal.snoozeReason),
            ("revisit_on", deal.revisitOn?.description),
        ]
        let values = columns.map { $0.1?.databaseValue ?? .null }
        if inserting {
            try db.execute(
                sql: "INSERT INTO deal (id, \(columns.map(\.0).joined(separator: ", "))) VALUES (?\(String(repeating: ", ?", count: columns.count)))",
                arguments: StatementArguments([deal.id.databaseValue] + values))
        } else {
            // Cached: an UPDATE of a deal compiles every trigger on `deal` with it, and the columns are always the same.
            try db.cachedStatement(sql: "UPDATE deal SET \(columns.map { "\($0.0) = ?" }.joined(separator: ", ")) WHERE id = ?")
                .execute(arguments: StatementArguments(values + [deal.id.databaseValue]))
        }
    }

    /// Puts an activity back as `wanted` (nil: it did not exist) where `replacing` is; returns it as saved.
    ///
    /// A cancelled activity keeps the close that cancelled it (`cancelled_by`), or, cancelled again, is
    /// cancelled by the deal's won or lost entry that counts now (the restore marks history first).
    static func restoreActivity(_ db: Database, _ wanted: Activity?, replacing: Activity?) throws -> Activity? {
        guard let wanted else {
            if let replacing { try db.execute(sql: "DELETE FROM activity WHERE id = ?", arguments: [replacing.id]) }
            return nil
        }
        let cancelledAt = wanted.cancelledAt.map(Timestamp.seconds)
        let values: [(any DatabaseValueConvertible)?] = [
            wanted.dealID, wanted.kind.rawValue, wanted.subject, wanted.due?.description,
            wanted.doneAt.map(Timestamp.seconds), wanted.note, wanted.owner, Timestamp.seconds(wanted.createdAt), wanted.by,
            cancelledAt,
        ]
        let arguments = StatementArguments(values.map { $0?.databaseValue ?? .null })
        let closingEntry = """
            (SELECT max(id) FROM stage_change WHERE deal_id = ? AND kind IN ('won', 'lost') AND undone = 0)
            """
        let cancelledBy: StatementArguments = [cancelledAt, wanted.dealID]
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM activity WHERE id = ? AND deal_id = ?)", arguments: [wanted.id, wanted.dealID]) == true {
            try db.execute(
                sql: """
                    UPDATE activity SET deal_id = ?, kind = ?, subject = ?, due = ?, done_at = ?, note = ?, owner = ?, created_at = ?,
                        author = ?, cancelled_at = ?, cancelled_by = CASE WHEN ? IS NULL THEN NULL ELSE coalesce(cancelled_by, \(closingEntry)) END
                    WHERE id = ?
                    """,
                arguments: arguments + cancelledBy + [wanted.id])
            return wanted
        }
        // Deleted since: it comes back with its id, or a new one when another deal's activity has taken that id.
        let idTaken = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM activity WHERE id = ?)", arguments: [wanted.id]) ?? false
        try db.execute(
            sql: """
                INSERT INTO activity (id, deal_id, kind, subject, due, done_at, note, owner, created_at, author, cancelled_at, cancelled_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? IS NULL THEN NULL ELSE \(closingEntry) END)
                """,
            arguments: StatementArguments([idTaken ? DatabaseValue.null : wanted.id.databaseValue]) + arguments + cancelledBy)
        var saved = wanted
        saved.id = db.lastInsertedRowID
        return saved
    }

    /// Puts a day's review decision on a deal back as `wanted` (nil: there was none).
    static func restoreReviewProgress(_ db: Database, _ wanted: ReviewProgress?, replacing: ReviewProgress?) throws {
        guard let wanted else {
            if let replacing {
                try db.execute(
                    sql: "DELETE FROM review_progress WHERE day = ? AND deal_id = ?",
                    arguments: [replacing.mark.day.description, replacing.dealID])
            }
            return
        }
        try writeReviewProgress(db, wanted)
    }

    static func fetchDealIfAny(_ db: Database, id: Int64) throws -> Deal? {
        try Deal.fetchAll(db, sql: "SELECT * FROM deal WHERE id = ?", arguments: [id]).first
    }

    static func fetchActivities(_ db: Database, dealID: Int64) throws -> [Activity] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM activity WHERE deal_id = ? ORDER BY id"), arguments: [dealID])
            .map(Activity.init(row:))
    }
}
