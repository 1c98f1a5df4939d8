import Foundation
import GRDB
import GRDBSQLite
import FunnelStore
import Pipeline

/// The board's lanes under a `/` filter, inside one read: the matching open deals are found once
/// (`FilterMatches`: through the search index, or narrowed from a shorter filter's matches), with their lane
/// keys and money; the lane totals come from them and each lane's page is a keyset page of its matches' keys.
///
/// The filter's meaning is the one it had since v1: Unicode lower case of both sides (Swift's
/// `lowercased()`, in SQL `funnel_lower`), substring of the title, organization, person or owner (issue 15). Texts of three
/// or more characters go through the trigram index (`deal_search_trigram`); shorter ones read the folded
/// texts (`deal_search`) beside the cards of every open deal.
///
/// Use it only inside the `SQLitePipelineStore.readFilteredLanes` closure that made it.
public struct FilteredLanes: LaneSource {
    let db: Database
    /// The filter as typed.
    public let text: String
    /// Only the stalled matches at this moment, when set (the `s` filter as well).
    public let stalledAt: StallCheck?
    /// How many open deals match (in the pipeline, when one was given).
    public var matchCount: Int { matches.count }
    /// The matches, per stage in lane order.
    let matches: FilterMatches
    /// Deals read at this version of the database before (by id): a page takes them instead of reading them.
    let known: [Int64: Deal]
    /// Where the deals this read reads go, when they may be kept.
    let shelf: Shelf?

    /// Finds the open deals (of a pipeline, when given) matching `text`, stalled at `stalledAt` when given.
    init(_ db: Database, pipelineID: Int64?, text: String, stalledAt: StallCheck? = nil) throws {
        self.init(db, matches: try FilterMatches.read(db, pipelineID: pipelineID, text: text, stalledAt: stalledAt), text: text, stalledAt: stalledAt)
    }

    /// The lanes of matches found already (read in this transaction, or kept from one that saw the same data).
    init(_ db: Database, matches: FilterMatches, text: String, stalledAt: StallCheck?, known: [Int64: Deal] = [:], shelf: Shelf? = nil) {
        self.db = db
        self.text = text
        self.stalledAt = stalledAt
        self.matches = matches
        self.known = known
        self.shelf = shelf
    }

    /// A stage's matches in lane order.
    func lane(_ stageID: Int64) -> [FilterMatches.Card] {
        matches.lanes.first { $0.stageID == stageID }?.cards ?? []
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
            WHERE instr(title, ?) > 0 OR instr(organization, ?) > 0 OR instr(person, ?) > 0 OR instr(owner, ?) > 0
            """, [needle, needle, needle, needle])
    }

    // MARK: - Lane totals

    /// Counts and totals of the matches in each stage of a pipeline.
    ///
    /// Weighted totals as `stageSummaries` makes them: `sum(value × probability) / 100` per currency, rounded
    /// half up once, a deal's own probability winning over its stage's.
    public func summaries(pipelineID: Int64) throws -> [StageSummary] {
        let pipeline = try SQLitePipelineStore.fetchPipeline(db, id: pipelineID)
        return try pipeline.stages.map { stage in
            var summary = StageSummary(stageID: stage.id)
            for sum in matches.lanes.first(where: { $0.stageID == stage.id })?.sums ?? [] {
                guard let currency = sum.currency else { continue }
                guard !sum.overflowed else { throw MoneyTotals.tooLarge(currency) }
                try summary.add(
                    deals: sum.deals, value: Money(minorUnits: sum.total, currency: currency),
                    weighted: Money.weightedTotal(
                        stageWeighted: sum.stageWeighted, stageProbability: stage.probability,
                        ownHundredths: sum.ownHundredths, currency: currency),
                    stageWeighted: sum.stageWeighted)
            }
            return summary
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

        /// True once a sum went past 64 bits (a database edited by hand): `summaries` refuses it.
        var overflowed = false

        mutating func add(value: Int64, probability: Int64?) {
            deals += 1
            var overflow: Bool
            (total, overflow) = total.addingReportingOverflow(value)
            if let probability {
                let (product, productOverflow) = value.multipliedReportingOverflow(by: probability)
                let sumOverflow: Bool
                (ownHundredths, sumOverflow) = ownHundredths.addingReportingOverflow(product)
                overflow = overflow || productOverflow || sumOverflow
            } else {
                let sumOverflow: Bool
                (stageWeighted, sumOverflow) = stageWeighted.addingReportingOverflow(value)
                overflow = overflow || sumOverflow
            }
            if overflow { overflowed = true }
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

    /// A keyset page of one lane's matches, as `SQLitePipelineStore.lanePage`: from `pivot` (or the top) plus `skip`.
    ///
    /// The stall check is the one the lanes were read with (`stalledAt` here only says whether one applies).
    public func lanePage(stageID: Int64, pivot: LaneKey?, skip: Int, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int) {
        let lane = lane(stageID)
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
        let lane = lane(stageID)
        let from = max(0, lane.count - limit)
        guard from < lane.count else { return ([], 0) }
        return (try deals(lane[from...]), from)
    }

    /// Where an open deal sits in a lane now; nil when it is not open in that stage any more.
    public func laneKey(dealID: Int64, stageID: Int64) throws -> LaneKey? {
        try SQLitePipelineStore.fetchLaneKey(db, dealID: dealID, stageID: stageID)
    }

    /// The deals of a page, in the keys' order: those read already at this version from `known`, the others
    /// by primary key (and put on `shelf`, for `filterResults` to keep once the read proves unchanged).
    func deals(_ keys: ArraySlice<FilterMatches.Card>) throws -> [Deal] {
        let missing = keys.lazy.map(\.id).filter { known[$0] == nil }
        var byID: [Int64: Deal] = [:]
        if !missing.isEmpty {
            let ids = Array(missing)
            let statement = try db.cachedStatement(sql: Self.dealsSQL(count: ids.count))
            let found = try Deal.fetchAll(statement, arguments: StatementArguments(ids))
            byID = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            shelf?.deals += found
        }
        return keys.compactMap { known[$0.id] ?? byID[$0.id] }
    }

    /// Deals read inside one `readFilteredLanes`, for `FilterResults` to keep.
    final class Shelf {
        var deals: [Deal] = []
    }

    /// The deals with `count` ids.
    static func dealsSQL(count: Int) -> String {
        "SELECT * FROM deal WHERE id IN (\(Array(repeating: "?", count: count).joined(separator: ", ")))"
    }
}
