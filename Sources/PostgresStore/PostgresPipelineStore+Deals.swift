import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

// MARK: - Deals

extension PostgresPipelineStore {
    /// Saves a new deal at the top of its lane and records its creation in the history.
    @discardableResult
    public func addDeal(_ deal: Deal) throws -> Revised<Deal> {
        try revisedCreation { session in try Self.insertDeal(session, deal) }
    }

    /// The deal with this id.
    public func deal(id: Int64) throws -> Deal {
        // One statement sees one moment: no transaction around it (three exchanges instead of one).
        if session.inTransaction { return try Self.fetchDeal(session, id: id) }
        return try Self.fetchDeal(try liveSession(), id: id)
    }

    /// Deals matching a query, ordered by pipeline, stage order, lane order.
    public func deals(_ query: DealQuery) throws -> [Deal] {
        try read { session in try Self.fetchDeals(session, query) }
    }

    /// The deals a query matches and every pipeline, read in one snapshot.
    public func dealsWithPipelines(_ query: DealQuery) throws -> (deals: [Deal], pipelines: [Pipeline]) {
        try read { session in (try Self.fetchDeals(session, query), try Self.fetchPipelines(session)) }
    }

    static func fetchDeals(_ session: ServerSession, _ query: DealQuery) throws -> [Deal] {
        var statement = ServerSQL()
        let condition = query.condition(binding: &statement)
        statement.append("""
            SELECT deal.* FROM deal JOIN stage ON stage.id = deal.stage_id
            WHERE \(condition)
            ORDER BY deal.pipeline_id, stage.position, deal.status, deal.lane_position, deal.id
            """)
        if let limit = query.limit { statement.append(" LIMIT \(limit)") }
        return try session.namedRows(statement.query).map(Deal.init(serverRow:))
    }

    /// How many deals match a query.
    public func dealCount(_ query: DealQuery) throws -> Int {
        try read { session in
            var statement = ServerSQL()
            let condition = query.condition(binding: &statement)
            statement.append("SELECT count(*) FROM deal WHERE \(condition)")
            return try session.value(statement.query, as: Int.self) ?? 0
        }
    }

    /// Changes a deal's fields and, when `moveTo` is given, its stage, in one transaction.
    @discardableResult
    public func editDeal(
        id: Int64, now: Date, expectedVersion: Int? = nil, moveTo stageReference: String? = nil,
        _ edit: (inout Deal) throws -> Void
    ) throws -> Revised<Deal> {
        try revisedWrite(dealID: id) { session in
            let current = try Self.fetchDeal(session, id: id, locking: true)
            let change = try DealEdit(of: current, moving: stageReference != nil, edit)
            try Self.checkSeenVersion(session, current, expectedVersion: expectedVersion, writing: change.parts)
            if let saved = try change.saved(now: now) {
                try Self.updateColumns(session, saved)
            }
            if let stageReference {
                let pipeline = try Self.fetchPipeline(session, id: current.pipelineID)
                if let target = try change.moveTarget(stageReference, in: pipeline) {
                    try Self.applyMove(session, dealID: id, to: target, pipeline: pipeline, kind: .moved, now: now, expectedVersion: nil)
                }
            }
            return try Self.fetchDeal(session, id: id)
        }
    }

    /// Moves an open deal to another stage of its pipeline and records the move; nil when it is already there.
    @discardableResult
    public func moveDeal(
        id: Int64, toStageID stageID: Int64, now: Date, expectedVersion: Int? = nil, lanePosition: Double? = nil
    ) throws -> Revised<StageChange?> {
        try write(scope: .deals) { session in
            if let quick = try quickMove(session, id: id, toStageID: stageID, now: now, expectedVersion: expectedVersion, lanePosition: lanePosition) {
                return Revised(value: quick.value, revision: quick.revision)
            }
            return try generalMove(id: id, toStageID: stageID, now: now, expectedVersion: expectedVersion, lanePosition: lanePosition)
        }
    }

    /// A move the quick way cannot make (a stale version, a closed deal, a stage elsewhere, the same stage):
    /// read and checked one statement at a time, recorded by `revisedWrite`, in the transaction already open.
    private func generalMove(
        id: Int64, toStageID stageID: Int64, now: Date, expectedVersion: Int?, lanePosition: Double?
    ) throws -> Revised<StageChange?> {
        try revisedWrite(dealID: id) { session in
            let deal = try Self.fetchDeal(session, id: id, locking: true)
            try Self.checkSeenVersion(
                session, deal, expectedVersion: expectedVersion, writing: StaleWrite.moveSets)
            let pipeline = try Self.fetchPipeline(session, id: deal.pipelineID)
            let target = try pipeline.moveTarget(for: deal, stageID: stageID)
            if target.id == deal.stageID {
                if let lanePosition {
                    try session.execute("UPDATE deal SET lane_position = \(lanePosition), version = version + 1 WHERE id = \(id)")
                }
                return nil
            }
            return try Self.applyMove(
                session, dealID: id, to: target, pipeline: pipeline, kind: .moved, now: now,
                expectedVersion: nil, lanePosition: lanePosition)
        }
    }

    /// Marks an open deal won and records it; its planned activities are cancelled with it.
    @discardableResult
    public func markWon(id: Int64, now: Date, expectedVersion: Int? = nil) throws -> Revised<StageChange> {
        try revisedWrite(dealID: id) { session in
            try Self.applyClose(session, id: id, as: .won, reason: nil, now: now, expectedVersion: expectedVersion)
        }
    }

    /// Marks an open deal lost with a reason and records it; its planned activities are cancelled with it.
    @discardableResult
    public func markLost(id: Int64, reason rawReason: String, now: Date, expectedVersion: Int? = nil) throws -> Revised<StageChange> {
        let reason = try DealTextField.validLostReason(rawReason, ifEmpty: .lostReasonEmpty)
        return try revisedWrite(dealID: id) { session in
            try Self.applyClose(session, id: id, as: .lost, reason: reason, now: now, expectedVersion: expectedVersion)
        }
    }

    /// Reopens a won or lost deal, in its last stage or the one named, records it, and plans again the
    /// activities its close cancelled.
    @discardableResult
    public func reopen(id: Int64, stage stageReference: String?, now: Date) throws -> StageChange {
        try write(scope: .deals) { session in
            let deal = try Self.fetchDeal(session, id: id, locking: true)
            guard deal.status != .open else { throw PipelineError.refused(ErrorText.dealAlreadyOpen(id: id).string) }
            let pipeline = try Self.fetchPipeline(session, id: deal.pipelineID)
            let target = try stageReference.map { ref throws(PipelineError) in try pipeline.stage(named: ref) }
                ?? pipeline.stage(id: deal.stageID) ?? pipeline.stages[0]
            let position = try Self.topPosition(session, stageID: target.id)
            let nowSeconds = Timestamp.seconds(now)
            try session.execute("""
                UPDATE deal SET status = 'open', closed_at = NULL, lost_reason = NULL, stage_id = \(target.id),
                    stage_entered_at = \(nowSeconds), updated_at = \(nowSeconds), lane_position = \(position), version = version + 1
                WHERE id = \(id)
                """)
            try Self.restoreCancelledActivities(session, dealID: id)
            let change = try Self.insertChange(session, dealID: id, from: pipeline.stage(id: deal.stageID), to: target, kind: .reopened, at: now)
            try Self.appendToChangeLog(session, DealChange.of(
                DealRevision(dealID: id, before: deal, after: try Self.fetchDealIfAny(session, id: id), history: [change]),
                by: WriteAuthor.name, clock: now))
            return change
        }
    }

    /// Deletes a deal and its history for good; with `expectedVersion`, only if nobody changed it since.
    public func deleteDeal(id: Int64, expectedVersion: Int? = nil) throws {
        try write(scope: .deals) { session in
            let deal = try Self.fetchDeal(session, id: id, locking: true)
            try Self.checkSeenVersion(session, deal, expectedVersion: expectedVersion, writing: StaleWrite.deletionSets)
            try session.execute("DELETE FROM deal WHERE id = \(id)")
            try Self.appendToChangeLog(session, DealChange.of(
                DealRevision(dealID: id, before: deal, after: nil), by: WriteAuthor.name, clock: Date()))
        }
    }

    /// A deal's stage history, oldest first, with stage names as they are now where the stage still exists.
    public func history(dealID: Int64) throws -> [StageChange] {
        try read { session in
            _ = try Self.fetchDeal(session, id: dealID)
            return try Self.fetchHistory(session, dealID: dealID, after: nil)
        }
    }

    /// Lost reasons used before, most used first, for choosing one again: one per reason whatever its case or
    /// spacing (`LostReasonSpellings`).
    public func lostReasons(limit: Int = 20) throws -> [String] {
        try read { session in
            var spellings = LostReasonSpellings()
            for row in try session.rows("""
                SELECT lost_reason, count(*) FROM deal WHERE status = 'lost' AND lost_reason IS NOT NULL GROUP BY lost_reason
                """) {
                let (reason, deals) = try row.decode((String, Int).self)
                spellings.add(reason, deals: deals)
            }
            return spellings.mostUsed(limit: limit)
        }
    }

    // MARK: - Inside a transaction

    /// A deal's history entries, oldest first, with current stage names; only those after entry `after` when given.
    static func fetchHistory(_ session: ServerSession, dealID: Int64, after: Int64?) throws -> [StageChange] {
        try session.namedRows(historyQuery(dealID: dealID, after: after)).map(StageChange.init(serverRow:))
    }

    /// The statement `fetchHistory` sends, for a write that sends it with others at once.
    static func historyQuery(dealID: Int64, after: Int64?) -> PostgresQuery {
        """
        SELECT stage_change.*, f.name AS from_name, t.name AS to_name
        FROM stage_change
        LEFT JOIN stage f ON f.id = stage_change.from_stage_id
        LEFT JOIN stage t ON t.id = stage_change.to_stage_id
        WHERE deal_id = \(dealID) AND stage_change.id > \(after ?? 0) ORDER BY at, stage_change.id
        """
    }

    /// The statement that reads a deal and locks its row until the transaction ends (`fetchDealIfAny`).
    static func lockingDealQuery(id: Int64) -> PostgresQuery {
        "SELECT * FROM deal WHERE id = \(id) FOR UPDATE"
    }

    /// The deal with this id; `locking` holds its row until the transaction ends, so two users' writes to one
    /// deal take turns and the second sees the first's version.
    static func fetchDeal(_ session: ServerSession, id: Int64, locking: Bool = false) throws -> Deal {
        guard let deal = try fetchDealIfAny(session, id: id, locking: locking) else {
            throw PipelineError.notFound(ErrorText.noDealWithID(id: id).string)
        }
        return deal
    }

    /// The deal with this id, if any. `locking` is how a write says it may change the deal: the deal's stage
    /// stays are noted then, as they are before the write (`StageStayUpkeep`), even when the deal is not there
    /// (an undo may bring it back).
    ///
    /// A deal this transaction locked and read since it last wrote anything is not read again
    /// (`ServerSession.lockedDealsRead`).
    static func fetchDealIfAny(_ session: ServerSession, id: Int64, locking: Bool = false) throws -> Deal? {
        if session.lockedDeals.contains(id), let read = session.lockedDealsRead[id] {
            if locking { try session.stageStays?.willChange(session, dealID: id) }
            return read
        }
        let rows = locking
            ? try session.namedRows(lockingDealQuery(id: id))
            : try session.namedRows("SELECT * FROM deal WHERE id = \(id)")
        if locking { try session.stageStays?.willChange(session, dealID: id) }
        let deal = try rows.first.map(Deal.init(serverRow:))
        noteRead(session, id: id, deal, locked: locking)
        return deal
    }

    /// Notes a deal's row as read in this transaction, for `fetchDealIfAny` to reuse while it holds the row's lock.
    static func noteRead(_ session: ServerSession, id: Int64, _ deal: Deal?, locked: Bool) {
        guard session.inTransaction else { return }
        if locked { session.lockedDeals.insert(id) }
        guard session.lockedDeals.contains(id) else { return }
        session.lockedDealsRead[id] = deal
    }

    static func insertDeal(_ session: ServerSession, _ deal: Deal) throws -> Deal {
        _ = try Money.validAmount(deal.value)
        let pipeline = try fetchPipeline(session, id: deal.pipelineID)
        guard let stage = pipeline.stage(id: deal.stageID) else {
            throw PipelineError.notFound(ErrorText.stageNotInPipeline(stage: deal.stageID, pipeline: pipeline.name).string)
        }
        var bindings = PostgresBindings()
        deal.appendServerValues(to: &bindings)
        bindings.append(try topPosition(session, stageID: stage.id))
        var columns = Deal.serverColumns + ["lane_position"]
        if deal.id != 0 {
            bindings.append(deal.id)
            columns.append("id")
        }
        let placeholders = (1...columns.count).map { "$\($0)" }.joined(separator: ", ")
        let id = try session.value(
            PostgresQuery(unsafeSQL: "INSERT INTO deal (\(columns.joined(separator: ", "))) VALUES (\(placeholders)) RETURNING id", binds: bindings),
            as: Int64.self)!
        if deal.id != 0 { try session.advanceIdentity(of: "deal") }
        session.stageStays?.willCreate(dealIDs: [id])
        // One entry even when the deal entered its stage after its creation (an imported deal).
        _ = try insertChange(session, dealID: id, from: nil, to: stage, kind: .created, at: deal.createdAt)
        if deal.status != .open, let closedAt = deal.closedAt {
            _ = try insertChange(session, dealID: id, from: stage, to: stage, kind: deal.status == .won ? .won : .lost, at: closedAt)
        }
        return try fetchDeal(session, id: id)
    }

    static func updateColumns(_ session: ServerSession, _ deal: Deal) throws {
        var bindings = PostgresBindings()
        deal.appendServerValues(to: &bindings)
        bindings.append(deal.id)
        let assignments = Deal.serverColumns.enumerated().map { "\($0.element) = $\($0.offset + 1)" }.joined(separator: ", ")
        try session.execute(PostgresQuery(
            unsafeSQL: "UPDATE deal SET \(assignments), version = version + 1 WHERE id = $\(bindings.count)", binds: bindings))
    }

    /// Moves a deal (already checked to be open) and appends the history entry; it joins the end of its new
    /// lane unless a position is given.
    @discardableResult
    static func applyMove(
        _ session: ServerSession, dealID: Int64, to target: Stage, pipeline: Pipeline, kind: StageChange.Kind,
        now: Date, expectedVersion: Int?, lanePosition: Double? = nil
    ) throws -> StageChange {
        let deal = try fetchDeal(session, id: dealID, locking: true)
        if let expectedVersion, expectedVersion != deal.version { throw StoreError.changedElsewhere(dealID: dealID) }
        let fromPipeline = deal.pipelineID == pipeline.id ? pipeline : try fetchPipeline(session, id: deal.pipelineID)
        let position = try lanePosition ?? Self.lanePosition(session, stageID: target.id, place: .bottom, excluding: dealID)
        let nowSeconds = Timestamp.seconds(now)
        try session.execute("""
            UPDATE deal SET pipeline_id = \(target.pipelineID), stage_id = \(target.id), stage_entered_at = \(nowSeconds),
                updated_at = \(nowSeconds), lane_position = \(position), version = version + 1
            WHERE id = \(dealID)
            """)
        return try insertChange(session, dealID: dealID, from: fromPipeline.stage(id: deal.stageID), to: target, kind: kind, at: now)
    }

    static func insertChange(_ session: ServerSession, dealID: Int64, from: Stage?, to: Stage, kind: StageChange.Kind, at: Date) throws -> StageChange {
        let id = try session.value("""
            INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at, author)
            VALUES (\(dealID), \(from?.id), \(to.id), \(from?.name), \(to.name), \(kind.rawValue), \(Timestamp.seconds(at)),
                \(WriteAuthor.name))
            RETURNING id
            """, as: Int64.self)!
        return StageChange(
            id: id, dealID: dealID, fromStageID: from?.id, toStageID: to.id,
            fromStageName: from?.name, toStageName: to.name, kind: kind, at: at, by: WriteAuthor.name)
    }

    /// A lane position above every open card of a stage: new and reopened cards go on top.
    static func topPosition(_ session: ServerSession, stageID: Int64) throws -> Double {
        let top = try session.value(
            "SELECT min(lane_position) FROM deal WHERE stage_id = \(stageID) AND status = 'open'", as: Double?.self) ?? nil
        return (top ?? 1) - 1
    }

    /// Marks an open deal won or lost, appends the history entry and cancels the deal's planned activities.
    static func applyClose(
        _ session: ServerSession, id: Int64, as status: DealStatus, reason: String?, now: Date, expectedVersion: Int?
    ) throws -> StageChange {
        let deal = try fetchDeal(session, id: id, locking: true)
        try checkSeenVersion(session, deal, expectedVersion: expectedVersion, writing: StaleWrite.closeSets)
        guard deal.status == .open else {
            throw PipelineError.refused(ErrorText.dealAlreadyClosed(id: id, status: deal.status.rawValue).string)
        }
        let pipeline = try fetchPipeline(session, id: deal.pipelineID)
        guard let stage = pipeline.stage(id: deal.stageID) else {
            throw PipelineError.notFound(ErrorText.dealStageGone(id: id).string)
        }
        let nowSeconds = Timestamp.seconds(now)
        try session.execute("""
            UPDATE deal SET status = \(status.rawValue), lost_reason = \(reason), closed_at = \(nowSeconds),
                updated_at = \(nowSeconds), version = version + 1
            WHERE id = \(id)
            """)
        let change = try insertChange(session, dealID: id, from: stage, to: stage, kind: status == .won ? .won : .lost, at: now)
        try cancelPlannedActivities(session, dealID: id, by: change, now: now)
        return change
    }
}
