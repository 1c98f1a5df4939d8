import Foundation
import GRDB
import FunnelStore
import Pipeline
import Wording

// MARK: - Deals

extension SQLitePipelineStore {
    /// Saves a new deal at the top of its lane and records its creation in the history.
    ///
    /// The deal's stage must belong to its pipeline; `createdAt` and `stageEnteredAt` are kept
    /// as given, so an imported deal keeps its real age.
    @discardableResult
    public func addDeal(_ deal: Deal) throws -> Revised<Deal> {
        try revisedCreation("the new deal") { db in try Self.insertDeal(db, deal) }
    }

    /// The deal with this id.
    public func deal(id: Int64) throws -> Deal {
        try read { db in try Self.fetchDeal(db, id: id) }
    }

    /// Deals matching a query, ordered by pipeline, stage order, lane order.
    public func deals(_ query: DealQuery) throws -> [Deal] {
        try read { db in try Self.fetchDeals(db, query) }
    }

    /// The deals a query matches and every pipeline, read in one snapshot: each deal's pipeline is among
    /// them even when another process adds a pipeline and moves deals into it meanwhile.
    public func dealsWithPipelines(_ query: DealQuery) throws -> (deals: [Deal], pipelines: [Pipeline]) {
        try read { db in (try Self.fetchDeals(db, query), try Self.fetchPipelines(db)) }
    }

    static func fetchDeals(_ db: Database, _ query: DealQuery) throws -> [Deal] {
        let clause = query.whereClause
        var sql = """
            SELECT deal.* FROM deal JOIN stage ON stage.id = deal.stage_id
            WHERE \(clause.sql.replacingOccurrences(of: "pipeline_id", with: "deal.pipeline_id"))
            ORDER BY deal.pipeline_id, stage.position, deal.status, deal.lane_position, deal.id
            """
        if let limit = query.limit { sql += " LIMIT \(limit)" }
        return try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(clause.arguments)).map(Deal.init(row:)).reduce(into: []) { $0.append($1) }
    }

    /// How many deals match a query.
    public func dealCount(_ query: DealQuery) throws -> Int {
        try read { db in
            let clause = query.whereClause
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM deal WHERE \(clause.sql)", arguments: StatementArguments(clause.arguments)) ?? 0
        }
    }

    /// Changes a deal's fields and, when `moveTo` is given, its stage, in one transaction.
    ///
    /// `edit` receives the current deal and may change any field but id, pipeline, stage,
    /// status and times; when `expectedVersion` is given and the deal has moved on, nothing is saved.
    @discardableResult
    public func editDeal(
        id: Int64, now: Date, expectedVersion: Int? = nil, moveTo stageReference: String? = nil,
        _ edit: (inout Deal) throws -> Void
    ) throws -> Revised<Deal> {
        try revisedWrite(dealID: id, "the change to deal \(id)") { db in
            let current = try Self.fetchDeal(db, id: id)
            let change = try DealEdit(of: current, moving: stageReference != nil, edit)
            try Self.checkSeenVersion(db, current, expectedVersion: expectedVersion, writing: change.parts)
            if let saved = try change.saved(now: now) {
                try Self.updateColumns(db, saved)
            }
            if let stageReference {
                let pipeline = try Self.fetchPipeline(db, id: current.pipelineID)
                if let target = try change.moveTarget(stageReference, in: pipeline) {
                    try Self.applyMove(db, dealID: id, to: target, pipeline: pipeline, kind: .moved, now: now, expectedVersion: nil)
                }
            }
            return try Self.fetchDeal(db, id: id)
        }
    }

    /// Moves an open deal to another stage of its pipeline and records the move.
    ///
    /// Returns nil when the deal is already in that stage (nothing is written).
    /// `lanePosition` places the card in the target lane; by default it goes on top.
    @discardableResult
    public func moveDeal(
        id: Int64, toStageID stageID: Int64, now: Date, expectedVersion: Int? = nil, lanePosition: Double? = nil
    ) throws -> Revised<StageChange?> {
        try revisedWrite(dealID: id, "the change to deal \(id)") { db in
            let deal = try Self.fetchDeal(db, id: id)
            // Checked first: a deal someone else already moved into the target stage is a change made elsewhere too.
            try Self.checkSeenVersion(
                db, deal, expectedVersion: expectedVersion, writing: StaleWrite.moveSets)
            let pipeline = try Self.fetchPipeline(db, id: deal.pipelineID)
            let target = try pipeline.moveTarget(for: deal, stageID: stageID)
            if target.id == deal.stageID {
                if let lanePosition {
                    try db.execute(
                        sql: "UPDATE deal SET lane_position = ?, version = version + 1 WHERE id = ?",
                        arguments: [lanePosition, id])
                }
                return nil
            }
            return try Self.applyMove(
                db, dealID: id, to: target, pipeline: pipeline, kind: .moved, now: now,
                expectedVersion: nil, lanePosition: lanePosition)
        }
    }

    /// Marks an open deal won and records it; its planned activities are cancelled with it.
    @discardableResult
    public func markWon(id: Int64, now: Date, expectedVersion: Int? = nil) throws -> Revised<StageChange> {
        try close(id: id, as: .won, reason: nil, now: now, expectedVersion: expectedVersion)
    }

    /// Marks an open deal lost with a reason and records it; its planned activities are cancelled with it.
    @discardableResult
    public func markLost(id: Int64, reason rawReason: String, now: Date, expectedVersion: Int? = nil) throws -> Revised<StageChange> {
        let reason = try DealTextField.validLostReason(rawReason, ifEmpty: .lostReasonEmpty)
        return try close(id: id, as: .lost, reason: reason, now: now, expectedVersion: expectedVersion)
    }

    /// Reopens a won or lost deal, in its last stage or the one named, records it, and plans
    /// again the activities its close cancelled.
    @discardableResult
    public func reopen(id: Int64, stage stageReference: String?, now: Date) throws -> StageChange {
        try write("the change to deal \(id)") { db in try Self.restaying(db) { stays in
            try stays.willChange(db, dealID: id)
            let deal = try Self.fetchDeal(db, id: id)
            guard deal.status != .open else { throw PipelineError.refused(ErrorText.dealAlreadyOpen(id: id).string) }
            let pipeline = try Self.fetchPipeline(db, id: deal.pipelineID)
            let target = try stageReference.map { ref throws(PipelineError) in try pipeline.stage(named: ref) }
                ?? pipeline.stage(id: deal.stageID) ?? pipeline.stages[0]
            let position = try Self.topPosition(db, stageID: target.id)
            try db.execute(
                sql: """
                    UPDATE deal SET status = 'open', closed_at = NULL, lost_reason = NULL, stage_id = ?,
                        stage_entered_at = ?, updated_at = ?, lane_position = ?, version = version + 1
                    WHERE id = ?
                    """,
                arguments: [target.id, Timestamp.seconds(now), Timestamp.seconds(now), position, id])
            try Self.restoreCancelledActivities(db, dealID: id)
            let change = try Self.insertChange(
                db, dealID: id, from: pipeline.stage(id: deal.stageID), to: target, kind: .reopened, at: now)
            try Self.appendToChangeLog(db, DealChange.of(
                DealRevision(dealID: id, before: deal, after: try Self.fetchDealIfAny(db, id: id), history: [change]),
                by: WriteAuthor.name, clock: now))
            return change
        } }
    }

    /// Deletes a deal and its history for good; with `expectedVersion`, only if nobody changed it since.
    public func deleteDeal(id: Int64, expectedVersion: Int? = nil) throws {
        try write("the change to deal \(id)") { db in
            let deal = try Self.fetchDeal(db, id: id)
            try Self.checkSeenVersion(db, deal, expectedVersion: expectedVersion, writing: StaleWrite.deletionSets)
            try Self.restaying(db) { stays in
                try stays.willChange(db, dealID: id)
                try db.execute(sql: "DELETE FROM deal WHERE id = ?", arguments: [id])
            }
            try Self.appendToChangeLog(db, DealChange.of(
                DealRevision(dealID: id, before: deal, after: nil), by: WriteAuthor.name, clock: Date()))
        }
    }

    /// A deal's stage history, oldest first, with stage names as they are now where the stage still exists.
    public func history(dealID: Int64) throws -> [StageChange] {
        try read { db in
            _ = try Self.fetchDeal(db, id: dealID)
            return try Row.fetchAll(db, sql: """
                SELECT stage_change.*, f.name AS from_name, t.name AS to_name
                FROM stage_change
                LEFT JOIN stage f ON f.id = stage_change.from_stage_id
                LEFT JOIN stage t ON t.id = stage_change.to_stage_id
                WHERE deal_id = ? ORDER BY at, stage_change.id
                """, arguments: [dealID]).map(StageChange.init(row:))
        }
    }

    /// Lost reasons used before, most used first, for choosing one again: one per reason whatever its case or
    /// spacing (`LostReasonSpellings`).
    public func lostReasons(limit: Int = 20) throws -> [String] {
        try read { db in
            var spellings = LostReasonSpellings()
            for row in try Row.fetchAll(db, sql: """
                SELECT lost_reason, count(*) AS deals FROM deal WHERE status = 'lost' AND lost_reason IS NOT NULL GROUP BY lost_reason
                """) {
                spellings.add(row["lost_reason"], deals: row["deals"])
            }
            return spellings.mostUsed(limit: limit)
        }
    }

    /// Takes back a stage change: the deal returns exactly to `before` (stage, stage entered at,
    /// status, closed at, lost reason, lane place) and the history entry is marked undone.
    ///
    /// Undoing a won or lost plans again the activities that close cancelled (those it marked
    /// `cancelled_by`). Refused when the deal changed since (its version is not the one the change
    /// produced). The same undo as a recorded `DealRevision`'s, for a change known by its history entry alone.
    @discardableResult
    public func undo(change: StageChange, restoring before: Deal, expectedVersion: Int) throws -> Deal {
        try write("the undo of a change to deal \(change.dealID)") { db in
            let current = try Self.fetchDeal(db, id: before.id)
            guard current.version == expectedVersion else {
                throw StoreError.changedElsewhere(dealID: before.id, stale: try Self.restoringRefused(
                    db, .undo(title: before.shownTitle), dealID: before.id, seen: expectedVersion, own: ownChanges))
            }
            let revision = try DealRevision.undoing(change, restoring: before, from: current) {
                try Self.fetchActivities(db, dealID: before.id, cancelledBy: change.id)
            }
            return try Self.restoreLogged(db, revision, undoing: true, own: ownChanges).before ?? current
        }
    }

    /// Puts an undone change back: replays the same change and clears its undone mark; a won or
    /// lost cancels the deal's planned activities again.
    @discardableResult
    public func redo(change: StageChange, applying after: Deal, expectedVersion: Int) throws -> Deal {
        try write("the redo of a change to deal \(change.dealID)") { db in
            let current = try Self.fetchDeal(db, id: after.id)
            guard current.version == expectedVersion else {
                throw StoreError.changedElsewhere(dealID: after.id, stale: try Self.restoringRefused(
                    db, .redo(title: after.shownTitle), dealID: after.id, seen: expectedVersion, own: ownChanges))
            }
            let revision = try DealRevision.redoing(change, applying: after, from: current) {
                try Self.fetchActivities(db, dealID: after.id)
            }
            return try Self.restoreLogged(db, revision, undoing: false, own: ownChanges).after ?? current
        }
    }

    // MARK: - Inside a transaction

    /// Refuses an undo or redo that would put `deal` back into a stage removed since (SQLite would
    /// otherwise fail it with a bare foreign-key error).
    static func checkStageStillThere(_ db: Database, for deal: Deal, undoing: Bool) throws {
        let exists = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM stage WHERE id = ? AND pipeline_id = ?)",
            arguments: [deal.stageID, deal.pipelineID]) ?? false
        guard exists else {
            throw PipelineError.refused(
                undoing ? ErrorText.undoStageRemoved(title: deal.shownTitle).string : ErrorText.redoStageRemoved(title: deal.shownTitle).string)
        }
    }

    static func fetchDeal(_ db: Database, id: Int64) throws -> Deal {
        guard let deal = try Deal.fetchAll(db, sql: "SELECT * FROM deal WHERE id = ?", arguments: [id]).first else {
            throw PipelineError.notFound(ErrorText.noDealWithID(id: id).string)
        }
        return deal
    }

    static func insertDeal(_ db: Database, _ deal: Deal) throws -> Deal {
        _ = try Money.validAmount(deal.value)
        let pipeline = try fetchPipeline(db, id: deal.pipelineID)
        guard let stage = pipeline.stage(id: deal.stageID) else {
            throw PipelineError.notFound(ErrorText.stageNotInPipeline(stage: deal.stageID, pipeline: pipeline.name).string)
        }
        var columns = deal.columnValues
        columns.append(("lane_position", try topPosition(db, stageID: stage.id)))
        if deal.id != 0 { columns.append(("id", deal.id)) }
        try db.execute(
            sql: "INSERT INTO deal (\(columns.map(\.0).joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
            arguments: StatementArguments(columns.map { $0.1?.databaseValue ?? .null }))
        let id = db.lastInsertedRowID
        // One entry even when the deal entered its stage after its creation (an imported deal): a `moved` from no
        // stage would be a move that never happened (issue 15 item 12); `stage_entered_at` keeps when it got there.
        _ = try insertChange(db, dealID: id, from: nil, to: stage, kind: .created, at: deal.createdAt)
        if deal.status != .open, let closedAt = deal.closedAt {
            _ = try insertChange(db, dealID: id, from: stage, to: stage, kind: deal.status == .won ? .won : .lost, at: closedAt)
        }
        return try fetchDeal(db, id: id)
    }

    static func updateColumns(_ db: Database, _ deal: Deal) throws {
        let columns = deal.columnValues
        try db.execute(
            sql: "UPDATE deal SET \(columns.map { "\($0.0) = ?" }.joined(separator: ", ")), version = version + 1 WHERE id = ?",
            arguments: StatementArguments(columns.map { $0.1?.databaseValue ?? .null } + [deal.id.databaseValue]))
    }

    /// Moves a deal (already checked to be open) and appends the history entry.
    ///
    /// Unless a position is given, the deal joins the end of its new lane, wherever the move comes
    /// from (the board's `L`, `funnel move`, the review, parking): the lane stays in the order deals
    /// arrived in, and the one that has waited longest stays on top (docs/DECISIONS.md).
    @discardableResult
    static func applyMove(
        _ db: Database, dealID: Int64, to target: Stage, pipeline: Pipeline, kind: StageChange.Kind,
        now: Date, expectedVersion: Int?, lanePosition: Double? = nil
    ) throws -> StageChange {
        let deal = try fetchDeal(db, id: dealID)
        if let expectedVersion, expectedVersion != deal.version { throw StoreError.changedElsewhere(dealID: dealID) }
        let fromPipeline = deal.pipelineID == pipeline.id ? pipeline : try fetchPipeline(db, id: deal.pipelineID)
        let position = try lanePosition ?? Self.lanePosition(db, stageID: target.id, place: .bottom, excluding: dealID)
        // Cached: an UPDATE of a deal compiles the lane-total triggers with it, so prepare it once.
        try db.cachedStatement(
            sql: """
                UPDATE deal SET pipeline_id = ?, stage_id = ?, stage_entered_at = ?, updated_at = ?,
                    lane_position = ?, version = version + 1
                WHERE id = ?
                """).execute(
            arguments: [target.pipelineID, target.id, Timestamp.seconds(now), Timestamp.seconds(now), position, dealID])
        return try insertChange(db, dealID: dealID, from: fromPipeline.stage(id: deal.stageID), to: target, kind: kind, at: now)
    }

    static func insertChange(_ db: Database, dealID: Int64, from: Stage?, to: Stage, kind: StageChange.Kind, at: Date) throws -> StageChange {
        var arguments: StatementArguments = [dealID, from?.id, to.id, from?.name, to.name, kind.rawValue, Timestamp.seconds(at)]
        // Without a name the entry is written as before names were kept (the upgrade tests write older databases so).
        if let author = WriteAuthor.name { arguments += [author] }
        try db.cachedStatement(
            sql: """
                INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at\(WriteAuthor.name == nil ? "" : ", author"))
                VALUES (?, ?, ?, ?, ?, ?, ?\(WriteAuthor.name == nil ? "" : ", ?"))
                """).execute(arguments: arguments)
        return StageChange(
            id: db.lastInsertedRowID, dealID: dealID, fromStageID: from?.id, toStageID: to.id,
            fromStageName: from?.name, toStageName: to.name, kind: kind, at: at, by: WriteAuthor.name)
    }

    /// A lane position above every open card of a stage: new and reopened cards go on top.
    static func topPosition(_ db: Database, stageID: Int64) throws -> Double {
        let top = try Double.fetchOne(
            db.cachedStatement(sql: "SELECT min(lane_position) FROM deal WHERE stage_id = ? AND status = 'open'"), arguments: [stageID])
        return (top ?? 1) - 1
    }

    private func close(id: Int64, as status: DealStatus, reason: String?, now: Date, expectedVersion: Int?) throws -> Revised<StageChange> {
        try revisedWrite(dealID: id, "the change to deal \(id)") { db in
            try Self.applyClose(db, id: id, as: status, reason: reason, now: now, expectedVersion: expectedVersion)
        }
    }

    /// Marks an open deal won or lost, appends the history entry and cancels the deal's planned
    /// activities (kept, marked cancelled by that entry), inside a transaction.
    static func applyClose(_ db: Database, id: Int64, as status: DealStatus, reason: String?, now: Date, expectedVersion: Int?) throws -> StageChange {
        do {
            let deal = try Self.fetchDeal(db, id: id)
            try Self.checkSeenVersion(db, deal, expectedVersion: expectedVersion, writing: StaleWrite.closeSets)
            guard deal.status == .open else {
                throw PipelineError.refused(ErrorText.dealAlreadyClosed(id: id, status: deal.status.rawValue).string)
            }
            let pipeline = try Self.fetchPipeline(db, id: deal.pipelineID)
            guard let stage = pipeline.stage(id: deal.stageID) else {
                throw PipelineError.notFound(ErrorText.dealStageGone(id: id).string)
            }
            try db.execute(
                sql: "UPDATE deal SET status = ?, lost_reason = ?, closed_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                arguments: [status.rawValue, reason, Timestamp.seconds(now), Timestamp.seconds(now), id])
            let change = try Self.insertChange(db, dealID: id, from: stage, to: stage, kind: status == .won ? .won : .lost, at: now)
            try Self.cancelPlannedActivities(db, dealID: id, by: change, now: now)
            return change
        }
    }
}
