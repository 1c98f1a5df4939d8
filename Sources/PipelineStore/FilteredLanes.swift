import Foundation
import GRDB
import Pipeline

/// The board's lanes under a `/` filter, inside one read: the matching open deals are found once through
/// the search index, with their lane keys and money, into the connection's `temp.filter_match`; the lane
/// totals and every lane's keyset page then read that, so a key typed costs what the filter finds,
/// not what the pipeline holds.
///
/// The filter's meaning is the one it had since v1: Unicode lower case of both sides (Swift's
/// `lowercased()`, in SQL `funnel_lower`), substring of the title, organization or person. Texts of three
/// or more characters go through the trigram index (`deal_search_trigram`); shorter ones scan the folded
/// texts (`deal_search`) with `instr`, in C.
///
/// Use it only inside the `PipelineStore.readFilteredLanes` closure that made it.
public struct FilteredLanes: LaneSource {
    let db: Database
    /// The filter as typed.
    public let text: String
    /// How many open deals match (in the pipeline, when one was given).
    public let matchCount: Int

    /// Finds the open deals (of a pipeline, when given) matching `text` into `temp.filter_match`.
    init(_ db: Database, pipelineID: Int64?, text: String) throws {
        self.db = db
        self.text = text
        // Made once per connection (asking first: a CREATE, even one that does nothing, makes GRDB drop its cached statements).
        let made = try Bool.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM temp.sqlite_master WHERE name = 'filter_match'")) ?? false
        if !made {
            try db.execute(sql: """
                CREATE TEMP TABLE filter_match (
                    stage_id INTEGER NOT NULL,
                    lane_position REAL NOT NULL,
                    deal_id INTEGER NOT NULL,
                    currency TEXT NOT NULL,
                    value INTEGER NOT NULL,
                    probability_override INTEGER,
                    PRIMARY KEY (stage_id, lane_position, deal_id)
                ) WITHOUT ROWID
                """)
        }
        try db.cachedStatement(sql: "DELETE FROM temp.filter_match").execute()
        let search = Self.search(text)
        var arguments = search.arguments
        var inPipeline = ""
        if let pipelineID {
            inPipeline = " AND deal.pipeline_id = ?"
            arguments += [pipelineID]
        }
        // Each match's lane key and money come from `deal_open_card`, not from its whole row.
        try db.cachedStatement(sql: """
            INSERT INTO temp.filter_match (stage_id, lane_position, deal_id, currency, value, probability_override)
            SELECT deal.stage_id, deal.lane_position, deal.id, deal.currency, deal.value, deal.probability_override
            FROM (\(search.sql)) AS found CROSS JOIN deal INDEXED BY deal_open_card ON deal.id = found.id
            WHERE deal.status = 'open'\(inPipeline)
            """).execute(arguments: arguments)
        matchCount = db.changesCount
    }

    /// The query for the ids (column `id`) of the open deals matching `text`, and its arguments.
    static func search(_ text: String) -> (sql: String, arguments: StatementArguments) {
        let needle = text.lowercased()
        if needle.unicodeScalars.count >= 3 {
            // One FTS5 string: every character literal, a double quote doubled.
            let phrase = "\"" + needle.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return ("SELECT rowid AS id FROM deal_search_trigram WHERE deal_search_trigram MATCH ?", [phrase])
        }
        return ("""
            SELECT deal_id AS id FROM deal_search
            WHERE instr(title, ?) > 0 OR instr(organization, ?) > 0 OR instr(person, ?) > 0
            """, [needle, needle, needle])
    }

    // MARK: - Lane totals

    /// Counts and totals of the matches in each stage of a pipeline (only the stalled ones with `stalledAt`).
    public func summaries(pipelineID: Int64, stalledAt: StallCheck? = nil) throws -> [StageSummary] {
        let sql = stalledAt == nil ? Self.summariesSQL : Self.stalledSummariesSQL
        let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments([pipelineID] + (stalledAt?.arguments ?? [])))
        return try PipelineStore.summaries(db, pipelineID: pipelineID, rows: rows)
    }

    /// Per stage and currency over the matches: no deal is read.
    static let summariesSQL = """
        SELECT m.stage_id, m.currency, count(*) AS deals, sum(m.value) AS total,
               sum(m.value * coalesce(m.probability_override, stage.probability)) AS weighted_hundredths
        FROM temp.filter_match AS m JOIN stage ON stage.id = m.stage_id
        WHERE stage.pipeline_id = ?
        GROUP BY m.stage_id, m.currency
        """

    /// Per stage and currency over the stalled matches: each match's deal by primary key for its idle time.
    static let stalledSummariesSQL = """
        SELECT m.stage_id, m.currency, count(*) AS deals, sum(m.value) AS total,
               sum(m.value * coalesce(m.probability_override, stage.probability)) AS weighted_hundredths
        FROM temp.filter_match AS m JOIN stage ON stage.id = m.stage_id CROSS JOIN deal ON deal.id = m.deal_id
        WHERE stage.pipeline_id = ? AND \(StallCheck.stageJoinCondition)
        GROUP BY m.stage_id, m.currency
        """

    // MARK: - Lane pages

    /// A keyset page of one lane's matches, as `PipelineStore.lanePage`: from `pivot` (or the top) plus `skip`.
    public func lanePage(stageID: Int64, pivot: LaneKey?, skip: Int, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int) {
        let stalled = stalledAt.map { _ in " AND " + StallCheck.condition } ?? ""
        let stalledArguments = stalledAt?.arguments ?? []
        let pivotKey = pivot ?? LaneKey(lanePosition: -Double.greatestFiniteMagnitude, id: Int64.min)
        var deals: [Deal] = []
        if skip < 0 {
            let above = try Deal.fetchAll(db.cachedStatement(sql: """
                SELECT deal.* FROM temp.filter_match AS m CROSS JOIN deal ON deal.id = m.deal_id
                WHERE m.stage_id = ? AND (m.lane_position, m.deal_id) < (?, ?)\(stalled)
                ORDER BY m.lane_position DESC, m.deal_id DESC LIMIT ?
                """), arguments: StatementArguments([stageID, pivotKey.lanePosition, pivotKey.id] + stalledArguments + [-skip]))
            deals = above.reversed()
        }
        let rest = max(0, limit - deals.count)
        if rest > 0 {
            let below = try Deal.fetchAll(db.cachedStatement(sql: """
                SELECT deal.* FROM temp.filter_match AS m CROSS JOIN deal ON deal.id = m.deal_id
                WHERE m.stage_id = ? AND (m.lane_position, m.deal_id) >= (?, ?)\(stalled)
                ORDER BY m.lane_position, m.deal_id LIMIT ? OFFSET ?
                """), arguments: StatementArguments([stageID, pivotKey.lanePosition, pivotKey.id] + stalledArguments + [rest, max(0, skip)]))
            deals += below
        }
        guard let first = deals.first else { return ([], 0) }
        if pivot == nil && skip <= 0 { return (deals, 0) }
        return (deals, try count(stageID: stageID, before: LaneKey(lanePosition: first.lanePosition, id: first.id), stalledAt: stalledAt))
    }

    /// The last `limit` matches of a lane and the index of the first of them.
    public func lastLanePage(stageID: Int64, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int) {
        let stalled = stalledAt.map { _ in " AND " + StallCheck.condition } ?? ""
        let rows = try Deal.fetchAll(db.cachedStatement(sql: """
            SELECT deal.* FROM temp.filter_match AS m CROSS JOIN deal ON deal.id = m.deal_id
            WHERE m.stage_id = ?\(stalled)
            ORDER BY m.lane_position DESC, m.deal_id DESC LIMIT ?
            """), arguments: StatementArguments([stageID] + (stalledAt?.arguments ?? []) + [limit]))
        let deals = Array(rows.reversed())
        guard let first = deals.first else { return ([], 0) }
        return (deals, try count(stageID: stageID, before: LaneKey(lanePosition: first.lanePosition, id: first.id), stalledAt: stalledAt))
    }

    /// Where an open deal sits in a lane now; nil when it is not open in that stage any more.
    public func laneKey(dealID: Int64, stageID: Int64) throws -> LaneKey? {
        try PipelineStore.fetchLaneKey(db, dealID: dealID, stageID: stageID)
    }

    /// How many of a lane's matches come before a key: a range of `filter_match`.
    func count(stageID: Int64, before key: LaneKey, stalledAt: StallCheck?) throws -> Int {
        guard let stalledAt else {
            return try Int.fetchOne(db.cachedStatement(sql: """
                SELECT count(*) FROM temp.filter_match AS m WHERE m.stage_id = ? AND (m.lane_position, m.deal_id) < (?, ?)
                """), arguments: [stageID, key.lanePosition, key.id]) ?? 0
        }
        return try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM temp.filter_match AS m CROSS JOIN deal ON deal.id = m.deal_id
            WHERE m.stage_id = ? AND (m.lane_position, m.deal_id) < (?, ?) AND \(StallCheck.condition)
            """), arguments: StatementArguments([stageID, key.lanePosition, key.id] + stalledAt.arguments)) ?? 0
    }
}
