import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

// MARK: - The board's lanes

extension PostgresPipelineStore: LaneSource {
    /// A page of one lane's open deals by keyset pagination on `deal_on_open_lane`, and the index of its first
    /// card in the lane; only `limit` cards are read, however long the lane.
    public func lanePage(stageID: Int64, pivot: LaneKey?, skip: Int, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int) {
        try read { session in
            let pivotKey = pivot ?? LaneKey(lanePosition: -Double.greatestFiniteMagnitude, id: Int64.min)
            var deals: [Deal] = []
            if skip < 0 {
                var statement = ServerSQL()
                let stalled = stalledAt.map { " AND " + $0.condition(binding: &statement) } ?? ""
                statement.append("""
                    SELECT * FROM deal
                    WHERE stage_id = \(statement.bind(stageID)) AND status = 'open'
                        AND (lane_position, id) < (\(statement.bind(pivotKey.lanePosition)), \(statement.bind(pivotKey.id)))\(stalled)
                    ORDER BY lane_position DESC, id DESC LIMIT \(-skip)
                    """)
                deals = try session.namedRows(statement.query).map(Deal.init(serverRow:)).reversed()
            }
            let rest = max(0, limit - deals.count)
            if rest > 0 {
                var statement = ServerSQL()
                let stalled = stalledAt.map { " AND " + $0.condition(binding: &statement) } ?? ""
                statement.append("""
                    SELECT * FROM deal
                    WHERE stage_id = \(statement.bind(stageID)) AND status = 'open'
                        AND (lane_position, id) >= (\(statement.bind(pivotKey.lanePosition)), \(statement.bind(pivotKey.id)))\(stalled)
                    ORDER BY lane_position, id LIMIT \(rest) OFFSET \(max(0, skip))
                    """)
                deals += try session.namedRows(statement.query).map(Deal.init(serverRow:))
            }
            guard let first = deals.first else { return ([], 0) }
            return (deals, try Self.laneCount(session, stageID: stageID, stalledAt: stalledAt, before: LaneKey(lanePosition: first.lanePosition, id: first.id)))
        }
    }

    /// The last `limit` cards of a lane and the index of the first of them.
    public func lastLanePage(stageID: Int64, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int) {
        try read { session in
            var statement = ServerSQL()
            let stalled = stalledAt.map { " AND " + $0.condition(binding: &statement) } ?? ""
            statement.append("""
                SELECT * FROM deal WHERE stage_id = \(statement.bind(stageID)) AND status = 'open'\(stalled)
                ORDER BY lane_position DESC, id DESC LIMIT \(limit)
                """)
            let deals: [Deal] = try session.namedRows(statement.query).map(Deal.init(serverRow:)).reversed()
            guard let first = deals.first else { return ([], 0) }
            return (deals, try Self.laneCount(session, stageID: stageID, stalledAt: stalledAt, before: LaneKey(lanePosition: first.lanePosition, id: first.id)))
        }
    }

    /// Where an open deal sits in a lane now; nil when it is not open in that stage any more.
    public func laneKey(dealID: Int64, stageID: Int64) throws -> LaneKey? {
        try read { session in try Self.fetchLaneKey(session, dealID: dealID, stageID: stageID) }
    }

    /// Moves an open deal to a stage (or within its lane) and puts it at a place named by a neighbour, in one
    /// transaction. A place in the same lane keeps the deal's version (the lane's order is the board's
    /// arrangement, not the deal).
    @discardableResult
    public func placeDeal(
        id: Int64, toStageID stageID: Int64, place: LanePlace, now: Date, expectedVersion: Int? = nil
    ) throws -> Revised<StageChange?> {
        try write(scope: .deals) { session in
            // To the bottom of another lane: a move, the quick way when it can be.
            if case .bottom = place,
               let quick = try quickMove(session, id: id, toStageID: stageID, now: now, expectedVersion: expectedVersion, lanePosition: nil) {
                return Revised(value: quick.value, revision: quick.revision)
            }
            return try generalPlace(id: id, toStageID: stageID, place: place, now: now, expectedVersion: expectedVersion)
        }
    }

    /// A placing the quick way cannot make: read and checked one statement at a time, recorded by `revisedWrite`,
    /// in the transaction already open.
    private func generalPlace(
        id: Int64, toStageID stageID: Int64, place: LanePlace, now: Date, expectedVersion: Int?
    ) throws -> Revised<StageChange?> {
        try revisedWrite(dealID: id) { session in
            let deal = try Self.fetchDeal(session, id: id, locking: true)
            try Self.checkSeenVersion(
                session, deal, expectedVersion: expectedVersion, writing: StaleWrite.moveSets)
            let pipeline = try Self.fetchPipeline(session, id: deal.pipelineID)
            let target = try pipeline.moveTarget(for: deal, stageID: stageID)
            let position = try Self.lanePosition(session, stageID: stageID, place: place, excluding: id)
            if target.id == deal.stageID {
                try session.execute("UPDATE deal SET lane_position = \(position) WHERE id = \(id)")
                return nil
            }
            return try Self.applyMove(
                session, dealID: id, to: target, pipeline: pipeline, kind: .moved, now: now,
                expectedVersion: nil, lanePosition: position)
        }
    }

    // MARK: - Inside a transaction

    static func fetchLaneKey(_ session: ServerSession, dealID: Int64, stageID: Int64) throws -> LaneKey? {
        try session.namedRows("SELECT lane_position, id FROM deal WHERE id = \(dealID) AND stage_id = \(stageID) AND status = 'open'")
            .first.map { LaneKey(lanePosition: try $0["lane_position"], id: try $0["id"]) }
    }

    /// How many cards of the lane (matching the stall check, when given) come before `key`.
    static func laneCount(_ session: ServerSession, stageID: Int64, stalledAt: StallCheck?, before key: LaneKey) throws -> Int {
        var statement = ServerSQL()
        let stalled = stalledAt.map { " AND " + $0.condition(binding: &statement) } ?? ""
        statement.append("""
            SELECT count(*) FROM deal
            WHERE stage_id = \(statement.bind(stageID)) AND status = 'open'
                AND (lane_position, id) < (\(statement.bind(key.lanePosition)), \(statement.bind(key.id)))\(stalled)
            """)
        return try session.value(statement.query, as: Int.self) ?? 0
    }

    /// A lane position for a card placed next to a neighbour, strictly between it and the card on its other
    /// side; when halving runs out of precision the lane is renumbered 0, 1, 2, ... in its order first.
    static func lanePosition(
        _ session: ServerSession, stageID: Int64, place: LanePlace, excluding movingID: Int64, renumbered: Bool = false
    ) throws -> Double {
        func key(_ id: Int64) throws -> LaneKey? {
            try session.namedRows("""
                SELECT lane_position, id FROM deal WHERE id = \(id) AND stage_id = \(stageID) AND status = 'open' AND id <> \(movingID)
                """).first.map { LaneKey(lanePosition: try $0["lane_position"], id: try $0["id"]) }
        }
        func neighbour(of key: LaneKey, after: Bool) throws -> Double? {
            let rows = after
                ? try session.rows("""
                    SELECT lane_position FROM deal
                    WHERE stage_id = \(stageID) AND status = 'open' AND id <> \(movingID) AND (lane_position, id) > (\(key.lanePosition), \(key.id))
                    ORDER BY lane_position, id LIMIT 1
                    """)
                : try session.rows("""
                    SELECT lane_position FROM deal
                    WHERE stage_id = \(stageID) AND status = 'open' AND id <> \(movingID) AND (lane_position, id) < (\(key.lanePosition), \(key.id))
                    ORDER BY lane_position DESC, id DESC LIMIT 1
                    """)
            return try rows.first.map { try $0.decode(Double.self) }
        }
        let low: Double?
        let high: Double?
        switch place {
        case .below(let id):
            guard let anchor = try key(id) else { return try lanePosition(session, stageID: stageID, place: .top, excluding: movingID) }
            low = anchor.lanePosition
            high = try neighbour(of: anchor, after: true)
        case .above(let id):
            guard let anchor = try key(id) else { return try lanePosition(session, stageID: stageID, place: .top, excluding: movingID) }
            low = try neighbour(of: anchor, after: false)
            high = anchor.lanePosition
        case .top:
            low = nil
            high = try session.value(
                "SELECT min(lane_position) FROM deal WHERE stage_id = \(stageID) AND status = 'open' AND id <> \(movingID)", as: Double?.self) ?? nil
        case .bottom:
            low = try session.rows("""
                SELECT lane_position FROM deal WHERE stage_id = \(stageID) AND status = 'open' AND id <> \(movingID)
                ORDER BY lane_position DESC, id DESC LIMIT 1
                """).first.map { try $0.decode(Double.self) }
            high = nil
        }
        switch (low, high) {
        case (nil, nil): return 0
        case (let low?, nil): return low + 1
        case (nil, let high?): return high - 1
        case (let low?, let high?):
            let middle = low + (high - low) / 2
            if middle > low && middle < high { return middle }
            guard !renumbered else { return middle }
            try session.execute("""
                UPDATE deal SET lane_position = renumbered.position
                FROM (SELECT id, (row_number() OVER (ORDER BY lane_position, id) - 1)::double precision AS position
                      FROM deal WHERE stage_id = \(stageID) AND status = 'open' AND id <> \(movingID)) AS renumbered
                WHERE deal.id = renumbered.id
                """)
            return try lanePosition(session, stageID: stageID, place: place, excluding: movingID, renumbered: true)
        }
    }
}
