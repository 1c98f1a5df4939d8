import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

/// The open deals a `/` filter found on the server, per stage in lane order, with what the lanes need of each
/// (lane key, money) and the text the filter searched in, so a longer filter is found among them without asking
/// the server again: the server's counterpart of the SQLite engine's `FilterMatches`.
///
/// The text kept for each match is the server's own: `DealQuery.searchedText` (title, organization, person and
/// owner, lower-cased by the server and joined by chr(1)), the text the trigram index holds and `LIKE` reads. A
/// deal matches when that text holds the filter, lower-cased by Swift, as a run of bytes, which is what
/// `LIKE '%…%'` with its wildcards escaped asks of UTF-8 text; a text holding a longer filter holds every
/// part of it, so the longer filter's matches are exactly the shorter one's whose texts hold it.
struct ServerFilterMatches: Sendable {
    /// One match: its place in its lane, its money and where its searched text is in `texts`.
    struct Card: Sendable {
        var id: Int64
        var lanePosition: Double
        var value: Int64
        /// The deal's own probability, nil when it follows its stage's.
        var probability: Int64?
        var currency: String
        /// The searched text, `texts[textStart..<textEnd]`.
        var textStart: Int
        var textEnd: Int
    }

    /// One stage's matches in lane order.
    struct Lane: Sendable {
        var stageID: Int64
        var cards: [Card]
    }

    /// The filter's pipeline; nil for every pipeline.
    var pipelineID: Int64?
    /// The filter lower-cased by Swift, as UTF-8: what the searched texts must hold.
    var needle: [UInt8]
    var lanes: [Lane]
    var count: Int
    /// The matches' searched texts, one after another (shared with the matches this was narrowed from); nil when
    /// not kept, past `maximumTextBytes`.
    var texts: [UInt8]?

    /// Texts kept for narrowing at most: a one-letter filter over 50,000 open deals keeps about 3 MB.
    static let maximumTextBytes = 16 << 20

    /// The filter as the searched texts are compared with it: Swift's lower case, as UTF-8 (as `DealQuery`
    /// lower-cases the pattern it sends).
    static func needle(_ text: String) -> [UInt8] { Array(text.lowercased().utf8) }

    /// A stage's matches in lane order.
    func lane(_ stageID: Int64) -> [Card] {
        lanes.first { $0.stageID == stageID }?.cards ?? []
    }

    // MARK: - Reading and narrowing

    /// The open deals (of a pipeline, when given) whose searched text holds `text`, read from the server in one
    /// query with their lane keys, money and searched texts.
    static func read(_ session: ServerSession, pipelineID: Int64?, text: String) throws -> ServerFilterMatches {
        var statement = ServerSQL()
        let condition = DealQuery(pipelineID: pipelineID, statuses: [.open], text: text).condition(binding: &statement)
        statement.append("""
            SELECT stage_id, lane_position, id, currency, value, probability_override, \(DealQuery.searchedText("deal"))
            FROM deal WHERE \(condition)
            """)
        var lanes: [Lane] = []
        var laneOfStage: [Int64: Int] = [:]
        var texts: [UInt8]? = []
        var count = 0
        for row in try session.rows(statement.query) {
            let (stageID, lanePosition, id, currency, value, probability, searched): (Int64, Double, Int64, String, Int64, Int64?, String)
            do {
                (stageID, lanePosition, id, currency, value, probability, searched) = try row.decode(
                    (Int64, Double, Int64, String, Int64, Int64?, String).self)
            } catch {
                throw StoreError.failed(ErrorText.unreadableStoredValue(column: "deal").string)
            }
            var card = Card(id: id, lanePosition: lanePosition, value: value, probability: probability, currency: currency, textStart: 0, textEnd: 0)
            if texts != nil {
                card.textStart = texts!.count
                texts!.append(contentsOf: searched.utf8)
                card.textEnd = texts!.count
                if texts!.count > maximumTextBytes { texts = nil }
            }
            let lane = laneOfStage[stageID] ?? {
                lanes.append(Lane(stageID: stageID, cards: []))
                laneOfStage[stageID] = lanes.count - 1
                return lanes.count - 1
            }()
            lanes[lane].cards.append(card)
            count += 1
        }
        for index in lanes.indices {
            lanes[index].cards.sort { ($0.lanePosition, $0.id) < ($1.lanePosition, $1.id) }
        }
        return ServerFilterMatches(pipelineID: pipelineID, needle: needle(text), lanes: lanes, count: count, texts: texts)
    }

    /// The matches of a longer filter (`needle` holds `self.needle`) among these, without the server; nil when
    /// the texts were not kept.
    func narrowed(to needle: [UInt8]) -> ServerFilterMatches? {
        guard let texts, Self.holds(needle, self.needle) else { return nil }
        var lanes: [Lane] = []
        var count = 0
        texts.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { piece in
                for lane in self.lanes {
                    var kept = Lane(stageID: lane.stageID, cards: [])
                    for card in lane.cards
                    where Self.holds(haystack.baseAddress! + card.textStart, card.textEnd - card.textStart, piece.baseAddress!, piece.count) {
                        kept.cards.append(card)
                    }
                    count += kept.cards.count
                    if !kept.cards.isEmpty { lanes.append(kept) }
                }
            }
        }
        return ServerFilterMatches(pipelineID: pipelineID, needle: needle, lanes: lanes, count: count, texts: texts)
    }

    /// True when `whole` holds `part` as a run of bytes, so whatever holds `whole` holds `part`.
    static func holds(_ whole: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= whole.count else { return false }
        if part.isEmpty { return true }
        return whole.withUnsafeBufferPointer { haystack in
            part.withUnsafeBufferPointer { piece in holds(haystack.baseAddress!, haystack.count, piece.baseAddress!, piece.count) }
        }
    }

    /// True when the `count` bytes at `haystack` hold the `needleCount` bytes at `needle`: `memchr` for the first
    /// byte, `memcmp` for the rest.
    static func holds(_ haystack: UnsafePointer<UInt8>, _ count: Int, _ needle: UnsafePointer<UInt8>, _ needleCount: Int) -> Bool {
        if needleCount == 0 { return true }
        guard count >= needleCount else { return false }
        let first = Int32(needle.pointee)
        let lastStart = haystack + (count - needleCount)
        var start = haystack
        while start <= lastStart {
            guard let found = memchr(start, first, lastStart - start + 1) else { return false }
            if memcmp(found, needle, needleCount) == 0 { return true }
            start = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return false
    }

    // MARK: - Lane totals

    /// Counts and totals of the matches in each stage of `pipeline`, as the server's grouped sums give them:
    /// weighted totals are `sum(value × probability) / 100` per currency, rounded half up once, a deal's own
    /// probability winning over its stage's; a sum past 64 bits is refused as too large.
    func summaries(of pipeline: Pipeline) throws -> [StageSummary] {
        try pipeline.stages.map { stage in
            var summary = StageSummary(stageID: stage.id)
            var sums: [String: CurrencySum] = [:]
            for card in lane(stage.id) { sums[card.currency, default: CurrencySum()].add(card) }
            for (code, sum) in sums.sorted(by: { $0.key < $1.key }) {
                guard let currency = Currency(code: code) else { continue }
                guard !sum.overflowed else { throw MoneyTotals.tooLarge(currency) }
                try summary.add(
                    deals: sum.deals, value: Money(minorUnits: sum.total, currency: currency),
                    weighted: Money.weightedTotal(
                        stageWeighted: sum.stageWeighted, stageProbability: stage.probability, ownHundredths: sum.ownHundredths,
                        currency: currency),
                    stageWeighted: sum.stageWeighted)
            }
            return summary
        }
    }

    /// The running count and sums of one stage's matches in one currency.
    struct CurrencySum {
        var deals = 0
        var total: Int64 = 0
        /// Value × probability of the deals with their own probability.
        var ownHundredths: Int64 = 0
        /// Value of the deals weighted by their stage's probability.
        var stageWeighted: Int64 = 0
        /// True once a sum went past 64 bits.
        var overflowed = false

        mutating func add(_ card: Card) {
            deals += 1
            var overflow: Bool
            (total, overflow) = total.addingReportingOverflow(card.value)
            if let probability = card.probability {
                let (product, productOverflow) = card.value.multipliedReportingOverflow(by: probability)
                let sumOverflow: Bool
                (ownHundredths, sumOverflow) = ownHundredths.addingReportingOverflow(product)
                overflow = overflow || productOverflow || sumOverflow
            } else {
                let sumOverflow: Bool
                (stageWeighted, sumOverflow) = stageWeighted.addingReportingOverflow(card.value)
                overflow = overflow || sumOverflow
            }
            if overflow { overflowed = true }
        }
    }

    // MARK: - Lane pages

    /// The matches a page request covers and the index of the first of them in its lane, as the unfiltered
    /// lanes' keyset pages: from `pivot` (or the top) plus `skip`, or the last `limit`. `laneKey` finds a deal's
    /// place when the request starts at a deal that is not among the matches.
    func page(_ request: LanePageRequest, laneKey: (Int64) throws -> LaneKey?) throws -> (cards: ArraySlice<Card>, firstIndex: Int) {
        let lane = lane(request.stageID)
        let pivot: LaneKey?
        let skip: Int
        switch request.start {
        case .first:
            (pivot, skip) = (nil, 0)
        case .last:
            let from = max(0, lane.count - request.limit)
            guard from < lane.count else { return ([], 0) }
            return (lane[from...], from)
        case .key(let key, let offset):
            (pivot, skip) = (key, offset)
        case .deal(let id, let fallback, let offset):
            if let card = lane.first(where: { $0.id == id }) {
                pivot = LaneKey(lanePosition: card.lanePosition, id: card.id)
            } else {
                pivot = try laneKey(id) ?? fallback
            }
            skip = offset
        }
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
        let end = min(lane.count, (skip < 0 ? start : first) + max(0, request.limit - above))
        let from = min(first, lane.count)
        guard from < end else { return ([], 0) }
        return (lane[from..<end], from)
    }
}
