import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

extension PostgresPipelineStore {
    /// A move of an open deal to another stage of its pipeline from the version it has now (what a salesperson
    /// does all day), in two exchanges with the server instead of one per statement.
    ///
    /// The first sends the deal's row lock and every read the move needs at once: the deal, its history (for the
    /// kept stage stays), its pipeline's stages with the bottom of the target lane. The second is one statement:
    /// the update, the history entry and the change-log entry. The revision, the change-log entry and the stage stays
    /// after the move are worked out here from what was read, by the same rules as a recorded write (`recording`,
    /// `StageStayUpkeep`), so nothing is read back. Returns nil, having written nothing, when the move is not
    /// that simple (a closed deal, a stage of another pipeline, the deal's own stage, a move inside a recorded
    /// change): `moveDeal` then takes the general way, in the same transaction. A move from an older version is
    /// refused or made here, as `StaleWrite` says.
    func quickMove(
        _ session: ServerSession, id: Int64, toStageID stageID: Int64, now: Date, expectedVersion: Int?, lanePosition: Double?
    ) throws -> (value: StageChange, revision: DealRevision)? {
        guard reviewNotes.isEmpty else { return nil }
        // The lock first: what follows is read as the deal is once nobody else can change it.
        let read = try session.executeQueued([
            Self.lockingDealQuery(id: id),
            StageHistoryWalk.query(dealIDs: [id]),
            """
            SELECT s.*, p.name AS pipeline_name, p.kind AS pipeline_kind, (
                SELECT lane_position FROM deal WHERE stage_id = \(stageID) AND status = 'open' AND id <> \(id)
                ORDER BY lane_position DESC, id DESC LIMIT 1) AS funnel_lane_bottom
            FROM stage s JOIN pipeline p ON p.id = s.pipeline_id
            WHERE s.pipeline_id = (SELECT pipeline_id FROM deal WHERE id = \(id)) ORDER BY s.position
            """,
        ])
        guard let dealRow = read[0].first else { return nil }
        let deal = try Deal(serverRow: ServerRow(dealRow))
        // The deal is locked: its stays as they are now are the ones the move changes.
        let history = try StageHistoryWalk.histories(read[1])[id] ?? (events: [], won: false)
        session.stageStays?.willChange(dealID: id, history: history.events, won: history.won)
        // From an older version: refused here, naming who changed what, unless what changed since leaves the move
        // alone (`StaleWrite`).
        try Self.checkSeenVersion(session, deal, expectedVersion: expectedVersion, writing: StaleWrite.moveSets)
        let pipeline = try Self.pipeline(fromStageRows: read[2])
        guard deal.status == .open, let pipeline,
              pipeline.id == deal.pipelineID, let target = pipeline.stage(id: stageID), target.id != deal.stageID
        else { return nil }

        let bottom: Double? = try read[2].first.flatMap { try ServerRow($0)["funnel_lane_bottom"] }
        let position = lanePosition ?? bottom.map { $0 + 1 } ?? 0
        let seconds = Timestamp.seconds(now)
        let from = pipeline.stage(id: deal.stageID)
        let entry = StageChange(
            dealID: id, fromStageID: from?.id, toStageID: target.id, fromStageName: from?.name, toStageName: target.name,
            kind: .moved, at: Timestamp.date(seconds: seconds), by: WriteAuthor.name)
        var expected = deal
        expected.pipelineID = target.pipelineID
        expected.stageID = target.id
        expected.stageEnteredAt = Timestamp.date(seconds: seconds)
        expected.updatedAt = Timestamp.date(seconds: seconds)
        expected.lanePosition = position
        expected.version += 1
        guard let logged = DealChange.of(
            DealRevision(dealID: id, before: deal, after: expected, history: [entry]), by: WriteAuthor.name, clock: Date())
        else { return nil }

        let written = try session.namedRows("""
            WITH moved AS (
                UPDATE deal SET pipeline_id = \(target.pipelineID), stage_id = \(target.id), stage_entered_at = \(seconds),
                    updated_at = \(seconds), lane_position = \(position), version = version + 1
                WHERE id = \(id)
                RETURNING *
            ), entry AS (
                INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at, author)
                VALUES (\(id), \(from?.id), \(target.id), \(from?.name), \(target.name), \(StageChange.Kind.moved.rawValue), \(seconds),
                    \(WriteAuthor.name))
                RETURNING id
            ), logged AS (
                INSERT INTO deal_change (deal_id, version, author, at, kind, title, stage, subject, fields)
                VALUES (\(logged.dealID), \(logged.version), \(logged.by), \(Timestamp.seconds(logged.at)), \(logged.kind.rawValue),
                    \(logged.title), \(logged.stageName), \(logged.activitySubject), \(DealPart.stored(logged.fields)))
                RETURNING id
            )
            SELECT moved.*, entry.id AS funnel_entry_id, logged.id AS funnel_logged_id FROM moved, entry, logged
            """)
        guard let afterRow = written.first else { throw StoreError.changedElsewhere(dealID: id) }
        let entryID: Int64 = try afterRow["funnel_entry_id"]
        OwnChangeLog.appended(try afterRow["funnel_logged_id"])
        let after = try Deal(serverRow: afterRow)

        // The history after the move: the entry read, with the new one in its place by time (then by id, the
        // newest last), as `StageHistoryWalk` would read it.
        var events = history.events
        let event = StageFlowTally.Event(kind: .moved, stageID: target.id, fromNowhere: from == nil, at: seconds)
        events.insert(event, at: (events.lastIndex { $0.at <= seconds }).map { $0 + 1 } ?? 0)
        session.stageStays?.changed(session, dealID: id, history: events, won: false)

        var recorded = entry
        recorded.id = entryID
        var value = recorded
        value.at = now
        return (value, DealRevision(dealID: id, before: deal, after: after, history: [recorded]))
    }

    /// A pipeline from rows of its stages joined with its name and kind (`quickMove`'s read); nil for no rows.
    static func pipeline(fromStageRows rows: [PostgresRow]) throws -> Pipeline? {
        let named = rows.map(ServerRow.init)
        guard let first = named.first else { return nil }
        let stages = try named.map(Stage.init(serverRow:))
        return Pipeline(
            id: try first["pipeline_id"], name: try first["pipeline_name"],
            kind: Pipeline.Kind(rawValue: try first["pipeline_kind"]) ?? .sales, stages: stages)
    }
}
