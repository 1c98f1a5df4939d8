import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

// MARK: - Recording changes, undo and redo

/// The review decisions written while one change is recorded, with the row each replaced.
final class ReviewDecisionsNoted {
    private(set) var changes: [DealRevision.ReviewChange] = []

    /// Notes a review decision written: the first row it replaced and the last one written.
    func note(before: ReviewProgress?, after: ReviewProgress) {
        if let index = changes.firstIndex(where: { $0.after?.dealID == after.dealID && $0.after?.mark.day == after.mark.day }) {
            changes[index].after = after
        } else {
            changes.append(DealRevision.ReviewChange(before: before, after: after))
        }
    }
}

extension PostgresPipelineStore {
    /// One write to the deal `dealID`, recorded as its `DealRevision`, in one transaction.
    func revisedWrite<T>(dealID: Int64, _ updates: (ServerSession) throws -> T) throws -> Revised<T> {
        let (value, revision) = try recording(knownID: { _ in dealID }, { try write(updates) }) { _ in dealID }
        return Revised(value: value, revision: revision)
    }

    /// One write that creates a deal, recorded: undo deletes the deal, redo creates it again.
    func revisedCreation(_ updates: (ServerSession) throws -> Deal) throws -> Revised<Deal> {
        let (value, revision) = try recording(knownID: { _ in nil }, { try write(updates) }) { $0.id }
        return Revised(value: value, revision: revision)
    }

    /// One write to an activity, recorded on its deal (`expected`'s, else the one it belongs to now).
    func revisedActivityWrite(id: Int64, expected: Activity?, _ updates: (ServerSession) throws -> Activity) throws -> Revised<Activity> {
        let (value, revision) = try recording(
            knownID: { session in
                if let expected { return expected.dealID }
                return try session.value("SELECT deal_id FROM activity WHERE id = \(id)", as: Int64.self)
            },
            { try write(updates) }
        ) { $0.dealID }
        return Revised(value: value, revision: revision)
    }

    /// Saves an `a` or review log in one transaction: the done part, then the next step; the review mark goes
    /// with the last write.
    public func logActivity(_ log: ActivityLog, now: Date) throws -> Revised<LoggedActivity> {
        let (logged, revision) = try recording(knownID: { _ in log.dealID }, {
            try LoggedActivity.saving(log, now: now, in: self)
        }) { _ in log.dealID }
        return Revised(value: logged, revision: revision)
    }

    /// Takes a recorded change back in one transaction; refused with a sentence when the deal changed since.
    @discardableResult
    public func undo(_ revision: DealRevision) throws -> DealRevision {
        try write(scope: .deals) { session in try Self.restoreLogged(session, revision, undoing: true, own: ownChanges) }
    }

    /// Puts an undone change back in one transaction; refused like `undo`.
    @discardableResult
    public func redo(_ revision: DealRevision) throws -> DealRevision {
        try write(scope: .deals) { session in try Self.restoreLogged(session, revision, undoing: false, own: ownChanges) }
    }

    /// Takes back a stage change known by its history entry alone: the deal returns to `before`.
    @discardableResult
    public func undo(change: StageChange, restoring before: Deal, expectedVersion: Int) throws -> Deal {
        try write(scope: .deals) { session in
            let current = try Self.fetchDeal(session, id: before.id, locking: true)
            guard current.version == expectedVersion else {
                throw StoreError.changedElsewhere(dealID: before.id, stale: try Self.restoringRefused(
                    session, .undo(title: before.shownTitle), dealID: before.id, seen: expectedVersion, own: ownChanges))
            }
            let revision = try DealRevision.undoing(change, restoring: before, from: current) {
                try Self.fetchActivities(session, dealID: before.id, cancelledBy: change.id)
            }
            return try Self.restoreLogged(session, revision, undoing: true, own: ownChanges).before ?? current
        }
    }

    /// Puts an undone change back: replays the same change and clears its undone mark.
    @discardableResult
    public func redo(change: StageChange, applying after: Deal, expectedVersion: Int) throws -> Deal {
        try write(scope: .deals) { session in
            let current = try Self.fetchDeal(session, id: after.id, locking: true)
            guard current.version == expectedVersion else {
                throw StoreError.changedElsewhere(dealID: after.id, stale: try Self.restoringRefused(
                    session, .redo(title: after.shownTitle), dealID: after.id, seen: expectedVersion, own: ownChanges))
            }
            let revision = try DealRevision.redoing(change, applying: after, from: current) {
                try Self.fetchActivities(session, dealID: after.id)
            }
            return try Self.restoreLogged(session, revision, undoing: false, own: ownChanges).after ?? current
        }
    }

    // MARK: - Inside a transaction

    /// Records `change` in one transaction: `knownID` names the deal before it (nil for a deal it creates),
    /// `dealID` the deal from its result.
    ///
    /// What the revision is made of is read in two exchanges with the server: the deal (locked), its activities,
    /// its history and the last history entry before the change, sent at once; the same after it. Inside another
    /// recorded change (a log's done part and next step) nothing is read: the enclosing change records the whole,
    /// and the revision returned is empty.
    private func recording<T>(
        knownID: (ServerSession) throws -> Int64?, _ change: () throws -> T, dealID: (T) -> Int64
    ) throws -> (result: T, revision: DealRevision) {
        try write(scope: .deals) { session in
            if !reviewNotes.isEmpty {
                let result = try change()
                return (result, DealRevision(dealID: dealID(result), before: nil, after: nil))
            }
            let noted = ReviewDecisionsNoted()
            let knownID = try knownID(session)
            let (before, activitiesBefore, lastEntry) = try Self.readBefore(session, dealID: knownID)
            reviewNotes.append(noted)
            let result: T
            do {
                defer { reviewNotes.removeLast() }
                result = try change()
            }
            let id = dealID(result)
            let (after, activitiesAfter, history, tellStays) = try Self.readAfter(session, dealID: id, after: lastEntry)
            let revision = DealRevision.recorded(
                dealID: id, before: before, after: after, history: history,
                activitiesBefore: activitiesBefore, activitiesAfter: activitiesAfter, reviewDecisions: noted.changes)
            try Self.appendToChangeLog(session, DealChange.of(revision, by: WriteAuthor.name, clock: Date()))
            // The change log is no part of the history: the history read above is still the deal's.
            tellStays()
            return (result, revision)
        }
    }

    /// What a recorded change reads before it, in one exchange: the deal (locked, its stays noted), its
    /// activities and the last history entry of all.
    private static func readBefore(_ session: ServerSession, dealID: Int64?) throws -> (Deal?, [Activity], Int64) {
        let lastEntryQuery: PostgresQuery = "SELECT coalesce(max(id), 0)::bigint FROM stage_change"
        guard let id = dealID else {
            return (nil, [], try session.value(lastEntryQuery, as: Int64.self) ?? 0)
        }
        // The lock first: what follows is read as the deal is once nobody else can change it.
        let cached = session.lockedDeals.contains(id) ? session.lockedDealsRead[id] : nil
        let read = try session.executeQueued([
            cached == nil ? lockingDealQuery(id: id) : "SELECT NULL",
            lastEntryQuery, activitiesQuery(dealID: id), StageHistoryWalk.query(dealIDs: [id]),
        ])
        let deal = try cached ?? read[0].first.map { try Deal(serverRow: ServerRow($0)) }
        let lastEntry = try read[1].first?.decode(Int64.self) ?? 0
        let activities = try read[2].map { try Activity(serverRow: ServerRow($0)) }
        let history = try StageHistoryWalk.histories(read[3])[id] ?? (events: [], won: false)
        session.stageStays?.willChange(dealID: id, history: history.events, won: history.won)
        noteRead(session, id: id, deal, locked: true)
        return (deal, activities, lastEntry)
    }

    /// What a recorded change reads after it, in one exchange: the deal, its activities, its history entries
    /// after `lastEntry`, and its history as a whole, for the kept stays (told by `tell`, once the change is
    /// logged: `StageStayUpkeep.changed`).
    private static func readAfter(
        _ session: ServerSession, dealID id: Int64, after lastEntry: Int64
    ) throws -> (Deal?, [Activity], [StageChange], tell: () -> Void) {
        let cached = session.lockedDeals.contains(id) ? session.lockedDealsRead[id] : nil
        var reads: [PostgresQuery] = [
            activitiesQuery(dealID: id), historyQuery(dealID: id, after: lastEntry), StageHistoryWalk.query(dealIDs: [id]),
        ]
        if cached == nil { reads.append("SELECT * FROM deal WHERE id = \(id)") }
        let read = try session.executeQueued(reads)
        let activities = try read[0].map { try Activity(serverRow: ServerRow($0)) }
        let history = try read[1].map { try StageChange(serverRow: ServerRow($0)) }
        let walked = try StageHistoryWalk.histories(read[2])[id] ?? (events: [], won: false)
        let deal = try cached ?? read[3].first.map { try Deal(serverRow: ServerRow($0)) }
        noteRead(session, id: id, deal, locked: false)
        return (deal, activities, history, { session.stageStays?.changed(session, dealID: id, history: walked.events, won: walked.won) })
    }

    /// `restore`, logged in the change log as an undo or a redo by the write's author.
    static func restoreLogged(_ session: ServerSession, _ revision: DealRevision, undoing: Bool, own: OwnChangeLog) throws -> DealRevision {
        let restored = try restore(session, revision, undoing: undoing, own: own)
        try appendToChangeLog(session, DealChange.ofRestoring(
            revision, undoing: undoing, now: try fetchDealIfAny(session, id: revision.dealID), by: WriteAuthor.name, clock: Date()))
        return restored
    }

    /// Appends one entry to the change log (`deal_change`), in the transaction of the write it describes.
    static func appendToChangeLog(_ session: ServerSession, _ change: DealChange?) throws {
        guard let change else { return }
        let id = try session.value(changeLogInsert(change), as: Int64.self)
        if let id { OwnChangeLog.appended(id) }
    }

    /// The statement that appends `change` to the change log and returns its id.
    static func changeLogInsert(_ change: DealChange) -> PostgresQuery {
        """
        INSERT INTO deal_change (deal_id, version, author, at, kind, title, stage, subject, fields)
        VALUES (\(change.dealID), \(change.version), \(change.by), \(Timestamp.seconds(change.at)), \(change.kind.rawValue),
            \(change.title), \(change.stageName), \(change.activitySubject), \(DealPart.stored(change.fields)))
        RETURNING id
        """
    }

    /// Writes a day's review decision on a deal, noting it for the change being recorded.
    func recordReviewMark(_ session: ServerSession, dealID: Int64, mark: ReviewMark, now: Date) throws {
        let version = try session.value("SELECT version FROM deal WHERE id = \(dealID)", as: Int.self) ?? 0
        let progress = ReviewProgress(dealID: dealID, mark: mark, dealVersion: version, at: now)
        if let noted = reviewNotes.last {
            noted.note(before: try Self.fetchReviewProgress(session, day: mark.day, dealID: dealID), after: progress)
        }
        try Self.writeReviewProgress(session, progress)
    }

    /// Writes a day's decision on a deal, replacing the one it had that day.
    static func writeReviewProgress(_ session: ServerSession, _ progress: ReviewProgress) throws {
        try session.execute("""
            INSERT INTO review_progress (day, deal_id, reason, decision, deal_version, at)
            VALUES (\(progress.mark.day.description), \(progress.dealID), \(progress.mark.reason.rawValue),
                \(progress.mark.decision.rawValue), \(progress.dealVersion), \(Timestamp.seconds(progress.at)))
            ON CONFLICT (day, deal_id) DO UPDATE SET
                reason = excluded.reason, decision = excluded.decision, deal_version = excluded.deal_version, at = excluded.at
            """)
    }

    /// A day's decision on a deal, if it has one.
    static func fetchReviewProgress(_ session: ServerSession, day: CalendarDay, dealID: Int64) throws -> ReviewProgress? {
        guard let row = try session.namedRows("""
            SELECT reason, decision, deal_version, at FROM review_progress WHERE day = \(day.description) AND deal_id = \(dealID)
            """).first else { return nil }
        guard let reason = ReviewReason(rawValue: try row["reason"]), let decision = ReviewDecision(rawValue: try row["decision"]) else {
            return nil
        }
        return ReviewProgress(
            dealID: dealID, mark: ReviewMark(day: day, reason: reason, decision: decision), dealVersion: try row["deal_version"],
            at: Timestamp.date(seconds: try row["at"]))
    }

    /// Why an undo or redo of the change that left the deal at version `seen` is refused, naming the change in its
    /// way from the change log (`StaleWrite.restoring`); nil when the log cannot tell.
    static func restoringRefused(
        _ session: ServerSession, _ restoring: StaleWrite.Restoring, dealID: Int64, seen: Int, own: OwnChangeLog
    ) throws -> StaleWrite? {
        let log = try session.namedRows("SELECT * FROM deal_change WHERE deal_id = \(dealID) AND version >= \(seen) ORDER BY id")
            .map(DealChange.init(serverRow:))
        return StaleWrite.restoring(restoring, dealID: dealID, seen: seen, log: log, author: WriteAuthor.name) { own.contains($0.id) }
    }

    /// Writes one side of a revision back, after checking the deal is exactly as the other side left it.
    static func restore(_ session: ServerSession, _ revision: DealRevision, undoing: Bool, own: OwnChangeLog) throws -> DealRevision {
        let expected = undoing ? revision.after : revision.before
        let target = undoing ? revision.before : revision.after
        let current = try fetchDealIfAny(session, id: revision.dealID, locking: true)
        let title = (expected ?? target)?.shownTitle ?? "deal \(revision.dealID)"
        guard current?.version == expected?.version, (current == nil) == (expected == nil) else {
            // Who changed the deal since, from the change log, when it can tell.
            if let seen = expected?.version, current != nil, let stale = try restoringRefused(
                session, undoing ? .undo(title: title) : .redo(title: title), dealID: revision.dealID, seen: seen, own: own) {
                throw StoreError.changedElsewhere(dealID: revision.dealID, stale: stale)
            }
            throw PipelineError.refused(
                undoing ? ErrorText.undoChangedElsewhere(title: title).string : ErrorText.redoChangedElsewhere(title: title).string)
        }
        var result = revision
        guard let target else {
            // The change created the deal: taking it back deletes it with its history (the rows cascade).
            try session.execute("DELETE FROM deal WHERE id = \(revision.dealID)")
            if undoing { result.before = nil } else { result.after = nil }
            return result
        }
        let stageThere = try session.value(
            "SELECT count(*) FROM stage WHERE id = \(target.stageID) AND pipeline_id = \(target.pipelineID)", as: Int.self) ?? 0
        guard stageThere > 0 else {
            throw PipelineError.refused(
                undoing ? ErrorText.undoStageRemoved(title: target.shownTitle).string : ErrorText.redoStageRemoved(title: target.shownTitle).string)
        }
        var restored = target
        let recreated = current == nil
        restored.version = (current?.version ?? target.version) + 1
        try writeWholeDeal(session, restored, inserting: recreated)
        if recreated {
            // The deal comes back with its history; the entries get new ids.
            var history: [StageChange] = []
            for entry in revision.history {
                var again = entry
                again.id = try session.value("""
                    INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at, author)
                    VALUES (\(entry.dealID), \(entry.fromStageID), \(entry.toStageID), \(entry.fromStageName), \(entry.toStageName),
                        \(entry.kind.rawValue), \(Timestamp.seconds(entry.at)), \(entry.by))
                    RETURNING id
                    """, as: Int64.self)!
                history.append(again)
            }
            result.history = history
        } else if !revision.history.isEmpty {
            try session.execute("UPDATE stage_change SET undone = \(undoing) WHERE id = ANY(\(revision.history.map(\.id)))")
        }
        for index in result.activities.indices {
            let change = result.activities[index]
            let wanted = try restoreActivity(session, undoing ? change.before : change.after, replacing: undoing ? change.after : change.before)
            if undoing { result.activities[index].before = wanted } else { result.activities[index].after = wanted }
        }
        for index in result.reviewProgress.indices {
            let change = result.reviewProgress[index]
            var wanted = undoing ? change.before : change.after
            // A decision that was left at the restored state's version counts for its new version.
            if wanted?.dealVersion == target.version { wanted?.dealVersion = restored.version }
            if let wanted {
                try writeReviewProgress(session, wanted)
            } else if let replacing = undoing ? change.after : change.before {
                try session.execute(
                    "DELETE FROM review_progress WHERE day = \(replacing.mark.day.description) AND deal_id = \(replacing.dealID)")
            }
            if undoing { result.reviewProgress[index].before = wanted } else { result.reviewProgress[index].after = wanted }
        }
        let saved = try fetchDeal(session, id: revision.dealID)
        if undoing { result.before = saved } else { result.after = saved }
        return result
    }

    /// Writes every column of a deal (its version as given), as an update or, for a deal deleted since, an insert with its id.
    static func writeWholeDeal(_ session: ServerSession, _ deal: Deal, inserting: Bool) throws {
        var bindings = PostgresBindings()
        deal.appendServerValues(to: &bindings)
        bindings.append(deal.lanePosition)
        bindings.append(deal.version)
        bindings.append(deal.lastActivityAt.map(Timestamp.seconds))
        bindings.append(deal.lastContactAt.map(Timestamp.seconds))
        bindings.append(deal.nextActivityDue?.description)
        bindings.append(deal.snoozedUntil?.description)
        bindings.append(deal.snoozeReason)
        bindings.append(deal.revisitOn?.description)
        bindings.append(deal.id)
        let columns = Deal.serverColumns + [
            "lane_position", "version", "last_done_at", "last_contact_at", "next_due", "snoozed_until", "snooze_reason", "revisit_on",
        ]
        if inserting {
            let placeholders = (1...bindings.count).map { "$\($0)" }.joined(separator: ", ")
            try session.execute(PostgresQuery(
                unsafeSQL: "INSERT INTO deal (\(columns.joined(separator: ", ")), id) VALUES (\(placeholders))", binds: bindings))
            // An id given by hand leaves the identity sequence behind: the next new deal must not take it.
            try session.advanceIdentity(of: "deal")
        } else {
            let assignments = columns.enumerated().map { "\($0.element) = $\($0.offset + 1)" }.joined(separator: ", ")
            try session.execute(PostgresQuery(unsafeSQL: "UPDATE deal SET \(assignments) WHERE id = $\(bindings.count)", binds: bindings))
        }
    }

    /// Puts an activity back as `wanted` (nil: it did not exist) where `replacing` is; returns it as saved.
    static func restoreActivity(_ session: ServerSession, _ wanted: Activity?, replacing: Activity?) throws -> Activity? {
        guard let wanted else {
            if let replacing { try session.execute("DELETE FROM activity WHERE id = \(replacing.id)") }
            return nil
        }
        let cancelledAt = wanted.cancelledAt.map(Timestamp.seconds)
        let closingEntry = "(SELECT max(id) FROM stage_change WHERE deal_id = activity.deal_id AND kind IN ('won', 'lost') AND NOT undone)"
        let exists = try session.value(
            "SELECT count(*) FROM activity WHERE id = \(wanted.id) AND deal_id = \(wanted.dealID)", as: Int.self) ?? 0
        if exists > 0 {
            var statement = ServerSQL()
            statement.append("""
                UPDATE activity SET deal_id = \(statement.bind(wanted.dealID)), kind = \(statement.bind(wanted.kind.rawValue)),
                    subject = \(statement.bind(wanted.subject)), due = \(statement.bind(wanted.due?.description)),
                    done_at = \(statement.bind(wanted.doneAt.map(Timestamp.seconds))), note = \(statement.bind(wanted.note)),
                    owner = \(statement.bind(wanted.owner)), created_at = \(statement.bind(Timestamp.seconds(wanted.createdAt))),
                    author = \(statement.bind(wanted.by)), cancelled_at = \(statement.bind(cancelledAt)),
                    cancelled_by = CASE WHEN \(statement.bind(cancelledAt))::bigint IS NULL THEN NULL ELSE coalesce(cancelled_by, \(closingEntry)) END
                WHERE id = \(statement.bind(wanted.id))
                """)
            try session.execute(statement.query)
            return wanted
        }
        // Deleted since: it comes back with its id, or a new one when another deal's activity has taken that id.
        let idTaken = (try session.value("SELECT count(*) FROM activity WHERE id = \(wanted.id)", as: Int.self) ?? 0) > 0
        let closing = "(SELECT max(id) FROM stage_change WHERE deal_id = \(wanted.dealID) AND kind IN ('won', 'lost') AND NOT undone)"
        var statement = ServerSQL()
        let idColumn = idTaken ? "" : "id, "
        let idValue = idTaken ? "" : "\(statement.bind(wanted.id)), "
        statement.append("""
            INSERT INTO activity (\(idColumn)deal_id, kind, subject, due, done_at, note, owner, created_at, author, cancelled_at, cancelled_by)
            VALUES (\(idValue)\(statement.bind(wanted.dealID)), \(statement.bind(wanted.kind.rawValue)), \(statement.bind(wanted.subject)),
                \(statement.bind(wanted.due?.description)), \(statement.bind(wanted.doneAt.map(Timestamp.seconds))),
                \(statement.bind(wanted.note)), \(statement.bind(wanted.owner)), \(statement.bind(Timestamp.seconds(wanted.createdAt))),
                \(statement.bind(wanted.by)), \(statement.bind(cancelledAt)), CASE WHEN \(statement.bind(cancelledAt))::bigint IS NULL THEN NULL ELSE \(closing) END)
            RETURNING id
            """)
        var saved = wanted
        saved.id = try session.value(statement.query, as: Int64.self)!
        if !idTaken { try session.advanceIdentity(of: "activity") }
        return saved
    }
}
