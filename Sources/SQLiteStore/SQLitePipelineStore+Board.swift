import Foundation
import GRDB
import FunnelStore
import Pipeline
import Wording

// MARK: - The board's lanes

extension SQLitePipelineStore {
    /// A page of one lane's open deals by keyset pagination on `deal_on_open_lane`.
    ///
    /// With a `pivot`, the page starts `skip` cards after it (the pivot itself is at 0; a negative
    /// skip starts that many cards above it); without one, at the top of the lane plus `skip`.
    /// Returns the deals in lane order and the index of the first one in the whole (filtered) lane.
    /// Closed deals never load, and only `limit` cards are read, however long the lane.
    public func lanePage(
        stageID: Int64, text: String?, pivot: LaneKey?, skip: Int, limit: Int, stalledAt: StallCheck? = nil
    ) throws -> (deals: [Deal], firstIndex: Int) {
        if let text, !text.isEmpty {
            return try readFilteredLanes(pipelineID: nil, text: text, stalledAt: stalledAt) { lanes in
                try lanes.lanePage(stageID: stageID, pivot: pivot, skip: skip, limit: limit, stalledAt: stalledAt)
            }
        }
        return try read { db in
            let filter = Self.laneFilter(stalledAt: stalledAt)
            var deals: [Deal] = []
            let pivotKey = pivot ?? LaneKey(lanePosition: -Double.greatestFiniteMagnitude, id: Int64.min)
            if skip < 0 {
                let above = try Deal.fetchAll(db, sql: """
                    SELECT * FROM deal INDEXED BY deal_on_open_lane
                    WHERE stage_id = ? AND status = 'open' AND (lane_position, id) < (?, ?)\(filter.sql)
                    ORDER BY lane_position DESC, id DESC LIMIT ?
                    """, arguments: StatementArguments([stageID, pivotKey.lanePosition, pivotKey.id] + filter.arguments + [-skip]))
                deals = above.reversed()
            }
            let rest = max(0, limit - deals.count)
            if rest > 0 {
                let below = try Deal.fetchAll(db, sql: """
                    SELECT * FROM deal INDEXED BY deal_on_open_lane
                    WHERE stage_id = ? AND status = 'open' AND (lane_position, id) >= (?, ?)\(filter.sql)
                    ORDER BY lane_position, id LIMIT ? OFFSET ?
                    """, arguments: StatementArguments([stageID, pivotKey.lanePosition, pivotKey.id] + filter.arguments + [rest, max(0, skip)]))
                deals += below
            }
            guard let first = deals.first else {
                return ([], try Self.laneCount(db, stageID: stageID, filter: filter, before: nil))
            }
            return (deals, try Self.laneCount(db, stageID: stageID, filter: filter, before: LaneKey(lanePosition: first.lanePosition, id: first.id)))
        }
    }

    /// The last `limit` cards of a lane and the index of the first of them.
    public func lastLanePage(stageID: Int64, text: String?, limit: Int, stalledAt: StallCheck? = nil) throws -> (deals: [Deal], firstIndex: Int) {
        if let text, !text.isEmpty {
            return try readFilteredLanes(pipelineID: nil, text: text, stalledAt: stalledAt) { lanes in
                try lanes.lastLanePage(stageID: stageID, limit: limit, stalledAt: stalledAt)
            }
        }
        return try read { db in
            let filter = Self.laneFilter(stalledAt: stalledAt)
            let deals: [Deal] = try Deal.fetchAll(db, sql: """
                SELECT * FROM deal INDEXED BY deal_on_open_lane
                WHERE stage_id = ? AND status = 'open'\(filter.sql)
                ORDER BY lane_position DESC, id DESC LIMIT ?
                """, arguments: StatementArguments([stageID] + filter.arguments + [limit])).reversed()
            guard let first = deals.first else { return ([], 0) }
            return (deals, try Self.laneCount(db, stageID: stageID, filter: filter, before: LaneKey(lanePosition: first.lanePosition, id: first.id)))
        }
    }

    /// Where an open deal sits in a lane now; nil when it is not open in that stage any more.
    public func laneKey(dealID: Int64, stageID: Int64) throws -> LaneKey? {
        try read { db in try Self.fetchLaneKey(db, dealID: dealID, stageID: stageID) }
    }

    /// Moves an open deal to a stage (or within its lane) and puts it at a place named by a
    /// neighbour, with a lane position between that neighbour and the next card, in one transaction.
    ///
    /// Returns the history entry, or nil when the deal stayed in its stage (only its place changed).
    /// A place in the same lane keeps the deal's version: the order of a lane is the board's
    /// arrangement, not the deal, so it neither makes someone else's copy stale nor stops the move
    /// before it from being undone.
    @discardableResult
    public func placeDeal(
        id: Int64, toStageID stageID: Int64, place: LanePlace, now: Date, expectedVersion: Int? = nil
    ) throws -> Revised<StageChange?> {
        try revisedWrite(dealID: id, "the change to deal \(id)") { db in
            let deal = try Self.fetchDeal(db, id: id)
            try Self.checkSeenVersion(
                db, deal, expectedVersion: expectedVersion, writing: StaleWrite.moveSets)
            let pipeline = try Self.fetchPipeline(db, id: deal.pipelineID)
            let target = try pipeline.moveTarget(for: deal, stageID: stageID)
            let position = try Self.lanePosition(db, stageID: stageID, place: place, excluding: id)
            if target.id == deal.stageID {
                try db.execute(
                    sql: "UPDATE deal SET lane_position = ? WHERE id = ?", arguments: [position, id])
                return nil
            }
            return try Self.applyMove(
                db, dealID: id, to: target, pipeline: pipeline, kind: .moved, now: now,
                expectedVersion: nil, lanePosition: position)
        }
    }

    // MARK: - Inside a transaction

    static func fetchLaneKey(_ db: Database, dealID: Int64, stageID: Int64) throws -> LaneKey? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT lane_position, id FROM deal WHERE id = ? AND stage_id = ? AND status = 'open'"),
            arguments: [dealID, stageID])
            .map { LaneKey(lanePosition: $0["lane_position"], id: $0["id"]) }
    }

    static func laneFilter(stalledAt: StallCheck? = nil) -> (sql: String, arguments: [any DatabaseValueConvertibleSendable]) {
        var sql = ""
        var arguments: [any DatabaseValueConvertibleSendable] = []
        if let stalledAt {
            sql += " AND " + StallCheck.condition
            arguments += stalledAt.arguments
        }
        return (sql, arguments)
    }

    static func laneCount(
        _ db: Database, stageID: Int64, filter: (sql: String, arguments: [any DatabaseValueConvertibleSendable]), before key: LaneKey?
    ) throws -> Int {
        guard let key else { return 0 }
        return try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM deal INDEXED BY deal_on_open_lane
            WHERE stage_id = ? AND status = 'open' AND (lane_position, id) < (?, ?)\(filter.sql)
            """), arguments: StatementArguments([stageID, key.lanePosition, key.id] + filter.arguments)) ?? 0
    }

    /// A lane position for a card placed next to a neighbour, strictly between it and the card on its other side.
    ///
    /// When halving runs out of precision the lane is renumbered 0, 1, 2, ... in its order first.
    static func lanePosition(_ db: Database, stageID: Int64, place: LanePlace, excluding movingID: Int64, renumbered: Bool = false) throws -> Double {
        func key(_ id: Int64) throws -> LaneKey? {
            try Row.fetchOne(db, sql: "SELECT lane_position, id FROM deal WHERE id = ? AND stage_id = ? AND status = 'open' AND id != ?", arguments: [id, stageID, movingID])
                .map { LaneKey(lanePosition: $0["lane_position"], id: $0["id"]) }
        }
        func neighbour(of key: LaneKey, after: Bool) throws -> Double? {
            try Double.fetchOne(db, sql: """
                SELECT lane_position FROM deal INDEXED BY deal_on_open_lane
                WHERE stage_id = ? AND status = 'open' AND id != ? AND (lane_position, id) \(after ? ">" : "<") (?, ?)
                ORDER BY lane_position \(after ? "ASC" : "DESC"), id \(after ? "ASC" : "DESC") LIMIT 1
                """, arguments: [stageID, movingID, key.lanePosition, key.id])
        }
        let low: Double?
        let high: Double?
        switch place {
        case .below(let id):
            guard let anchor = try key(id) else { return try lanePosition(db, stageID: stageID, place: .top, excluding: movingID) }
            low = anchor.lanePosition
            high = try neighbour(of: anchor, after: true)
        case .above(let id):
            guard let anchor = try key(id) else { return try lanePosition(db, stageID: stageID, place: .top, excluding: movingID) }
            low = try neighbour(of: anchor, after: false)
            high = anchor.lanePosition
        case .top:
            low = nil
            high = try Double.fetchOne(
                db, sql: "SELECT min(lane_position) FROM deal WHERE stage_id = ? AND status = 'open' AND id != ?",
                arguments: [stageID, movingID])
        case .bottom:
            // Cached: every L on the board comes here.
            low = try Double.fetchOne(
                db.cachedStatement(sql: """
                    SELECT lane_position FROM deal INDEXED BY deal_on_open_lane
                    WHERE stage_id = ? AND status = 'open' AND id != ? ORDER BY lane_position DESC, id DESC LIMIT 1
                    """),
                arguments: [stageID, movingID])
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
            try renumberLane(db, stageID: stageID, excluding: movingID)
            return try lanePosition(db, stageID: stageID, place: place, excluding: movingID, renumbered: true)
        }
    }

    /// Spreads a lane's cards out to whole-number positions, keeping their order.
    static func renumberLane(_ db: Database, stageID: Int64, excluding movingID: Int64) throws {
        let ids = try Int64.fetchAll(db, sql: """
            SELECT id FROM deal INDEXED BY deal_on_open_lane WHERE stage_id = ? AND status = 'open' AND id != ?
            ORDER BY lane_position, id
            """, arguments: [stageID, movingID])
        for (index, id) in ids.enumerated() {
            try db.execute(sql: "UPDATE deal SET lane_position = ? WHERE id = ?", arguments: [Double(index), id])
        }
    }
}

extension SQLitePipelineStore: LaneSource {
    /// A page of a lane's open deals, unfiltered (see `lanePage(stageID:text:...)`).
    public func lanePage(stageID: Int64, pivot: LaneKey?, skip: Int, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int) {
        try lanePage(stageID: stageID, text: nil, pivot: pivot, skip: skip, limit: limit, stalledAt: stalledAt)
    }

    /// The last page of a lane's open deals, unfiltered.
    public func lastLanePage(stageID: Int64, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int) {
        try lastLanePage(stageID: stageID, text: nil, limit: limit, stalledAt: stalledAt)
    }
}
