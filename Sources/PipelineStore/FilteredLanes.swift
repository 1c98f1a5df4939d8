import Foundation
import GRDB
import GRDBSQLite
import Pipeline

/// The board's lanes under a `/` filter, inside one read: the matching open deals are found once through
/// the search index, with their lane keys and money from `deal_open_card`, in one pass; the lane totals come
/// from that pass and each lane's page is a keyset page of its matches' keys, so a key typed costs what the
/// filter finds, never what the pipeline holds.
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
    /// Only the stalled matches at this moment, when set (the `s` filter as well).
    public let stalledAt: StallCheck?
    /// How many open deals match (in the pipeline, when one was given).
    public let matchCount: Int
    /// Each stage's matches in lane order.
    private let keys: [Int64: [LaneKey]]
    /// Each stage's matches summed per currency.
    private let sums: [Int64: [CurrencySum]]

    /// Finds the open deals (of a pipeline, when given) matching `text`, stalled at `stalledAt` when given.
    init(_ db: Database, pipelineID: Int64?, text: String, stalledAt: StallCheck? = nil) throws {
        self.db = db
        self.text = text
        self.stalledAt = stalledAt
        let search = Self.matchesSQL(text, pipelineID: pipelineID, stalled: stalledAt != nil)
        let statement = try db.cachedStatement(sql: search.sql)
        try statement.setArguments(search.arguments + StatementArguments(stalledAt?.arguments ?? []))
        // Read through SQLite's C API: GRDB's row decoding, one boxed value at a time, cost more than the search.
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        // A few stages, a few currencies: arrays searched from the last one used, not dictionaries.
        var lanes: [StageMatches] = []
        var lane = -1
        var count = 0
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            count += 1
            let stageID = sqlite3_column_int64(handle, 0)
            if lane < 0 || lanes[lane].stageID != stageID {
                lane = lanes.firstIndex { $0.stageID == stageID } ?? {
                    lanes.append(StageMatches(stageID: stageID))
                    return lanes.count - 1
                }()
            }
            let probability: Int64? = sqlite3_column_type(handle, 5) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 5)
            lanes[lane].add(
                key: LaneKey(lanePosition: sqlite3_column_double(handle, 1), id: sqlite3_column_int64(handle, 2)),
                currency: CurrencySum.key(sqlite3_column_text(handle, 3), length: sqlite3_column_bytes(handle, 3)),
                value: sqlite3_column_int64(handle, 4), probability: probability)
        }
        var keys: [Int64: [LaneKey]] = [:]
        var sums: [Int64: [CurrencySum]] = [:]
        for var matches in lanes {
            matches.keys.sort { ($0.lanePosition, $0.id) < ($1.lanePosition, $1.id) }
            keys[matches.stageID] = matches.keys
            sums[matches.stageID] = matches.sums
        }
        self.keys = keys
        self.sums = sums
        matchCount = count
    }

    /// The query for the matches' stage, lane key and money (arguments: the search's, the pipeline id when
    /// given, then the stall check's when `stalled`).
    static func matchesSQL(_ text: String, pipelineID: Int64?, stalled: Bool) -> (sql: String, arguments: StatementArguments) {
        let search = Self.search(text)
        var arguments = search.arguments
        var conditions = "deal.status = 'open'"
        if let pipelineID {
            conditions += " AND deal.pipeline_id = ?"
            arguments += [pipelineID]
        }
        // Each match's lane key and money from `deal_open_card`, not its whole row (unless its idle time is needed).
        var deal = "deal INDEXED BY deal_open_card"
        if stalled {
            conditions += " AND " + StallCheck.condition
            deal = "deal"
        }
        return ("""
            SELECT deal.stage_id, deal.lane_position, deal.id, deal.currency, deal.value, deal.probability_override
            FROM (\(search.sql)) AS found CROSS JOIN \(deal) ON deal.id = found.id
            WHERE \(conditions)
            """, arguments)
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

    /// Counts and totals of the matches in each stage of a pipeline.
    ///
    /// Weighted totals as `stageSummaries` makes them: `sum(value × probability) / 100` per currency, rounded
    /// half up once, a deal's own probability winning over its stage's.
    public func summaries(pipelineID: Int64) throws -> [StageSummary] {
        let pipeline = try PipelineStore.fetchPipeline(db, id: pipelineID)
        return pipeline.stages.map { stage in
            var summary = StageSummary(stageID: stage.id)
            for sum in sums[stage.id] ?? [] {
                guard let currency = sum.currency else { continue }
                summary.dealCount += sum.deals
                summary.total.add(Money(minorUnits: sum.total, currency: currency))
                let hundredths = sum.ownHundredths + sum.stageWeighted * Int64(stage.probability)
                summary.weighted.add(Money(minorUnits: (hundredths + 50) / 100, currency: currency))
            }
            return summary
        }
    }

    /// One stage's matches while they are read: their keys and their sums per currency.
    struct StageMatches {
        let stageID: Int64
        var keys: [LaneKey] = []
        var sums: [CurrencySum] = []
        var lastSum = -1

        mutating func add(key: LaneKey, currency: Int, value: Int64, probability: Int64?) {
            keys.append(key)
            if lastSum < 0 || sums[lastSum].key != currency {
                if let index = sums.firstIndex(where: { $0.key == currency }) {
                    lastSum = index
                } else {
                    sums.append(CurrencySum(key: currency))
                    lastSum = sums.count - 1
                }
            }
            sums[lastSum].add(value: value, probability: probability)
        }
    }

    /// The running count and sums of one stage's matches in one currency.
    struct CurrencySum {
        /// The three letters of the currency code packed into an integer.
        let key: Int
        var deals = 0
        var total: Int64 = 0
        /// Value × probability of the deals with their own probability.
        var ownHundredths: Int64 = 0
        /// Value of the deals weighted by their stage's probability.
        var stageWeighted: Int64 = 0

        mutating func add(value: Int64, probability: Int64?) {
            deals += 1
            total += value
            if let probability {
                ownHundredths += value * probability
            } else {
                stageWeighted += value
            }
        }

        var currency: Currency? {
            let letters = [UInt8(truncatingIfNeeded: key >> 16), UInt8(truncatingIfNeeded: key >> 8), UInt8(truncatingIfNeeded: key)]
            return Currency(code: String(decoding: letters, as: UTF8.self))
        }

        /// A code's key; anything but three bytes (never stored: the deal table checks it) gets -1.
        static func key(_ text: UnsafePointer<UInt8>?, length: Int32) -> Int {
            guard let text, length == 3 else { return -1 }
            return Int(text[0]) << 16 | Int(text[1]) << 8 | Int(text[2])
        }
    }

    // MARK: - Lane pages

    /// A keyset page of one lane's matches, as `PipelineStore.lanePage`: from `pivot` (or the top) plus `skip`.
    ///
    /// The stall check is the one the lanes were read with (`stalledAt` here only says whether one applies).
    public func lanePage(stageID: Int64, pivot: LaneKey?, skip: Int, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int) {
        let lane = keys[stageID] ?? []
        // The first match at or after the pivot.
        var start = 0
        if let pivot {
            var low = 0
            var high = lane.count
            while low < high {
                let middle = (low + high) / 2
                if (lane[middle].lanePosition, lane[middle].id) < (pivot.lanePosition, pivot.id) { low = middle + 1 } else { high = middle }
            }
            start = low
        }
        let first = skip < 0 ? max(0, start + skip) : start + skip
        let above = skip < 0 ? start - first : 0
        let end = min(lane.count, (skip < 0 ? start : first) + max(0, limit - above))
        let from = min(first, lane.count)
        guard from < end else { return ([], 0) }
        return (try deals(lane[from..<end]), from)
    }

    /// The last `limit` matches of a lane and the index of the first of them.
    public func lastLanePage(stageID: Int64, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int) {
        let lane = keys[stageID] ?? []
        let from = max(0, lane.count - limit)
        guard from < lane.count else { return ([], 0) }
        return (try deals(lane[from...]), from)
    }

    /// Where an open deal sits in a lane now; nil when it is not open in that stage any more.
    public func laneKey(dealID: Int64, stageID: Int64) throws -> LaneKey? {
        try PipelineStore.fetchLaneKey(db, dealID: dealID, stageID: stageID)
    }

    /// The deals of a page, in the keys' order, each by primary key.
    func deals(_ keys: ArraySlice<LaneKey>) throws -> [Deal] {
        let statement = try db.cachedStatement(sql: Self.dealsSQL(count: keys.count))
        let found = try Deal.fetchAll(statement, arguments: StatementArguments(keys.map(\.id)))
        let byID = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return keys.compactMap { byID[$0.id] }
    }

    /// The deals with `count` ids.
    static func dealsSQL(count: Int) -> String {
        "SELECT * FROM deal WHERE id IN (\(Array(repeating: "?", count: count).joined(separator: ", ")))"
    }
}
