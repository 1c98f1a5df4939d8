import FunnelStore
import Foundation
import GRDB
import GRDBSQLite
import Pipeline

/// The open deals a `/` filter found, per stage in lane order, with what the lanes need of each (lane key,
/// money) and, when kept, their folded texts, so a longer filter can be found among them without SQL.
///
/// Built one of three ways: a fresh read (the trigram index for three characters or more, one pass over the
/// folded texts beside the covering card index for one or two), a fresh read under the stalled filter (the
/// SQL of `FilteredLanes.matchesSQL`, no texts), or by narrowing the matches of a filter the new one contains:
/// a haystack holding the longer text holds the shorter one, so the new matches are among the old ones.
struct FilterMatches: Sendable {
    /// One match: its place in its lane, its money and where its folded texts are in `texts`.
    struct Card: Sendable {
        var id: Int64
        var lanePosition: Double
        var value: Int64
        /// The deal's own probability, -1 when it follows its stage's.
        var probability: Int64
        /// The currency's three letters packed into an integer (`CurrencySum.key`).
        var currency: Int
        /// The title, organization, person and owner, folded, each followed by a 0 byte: `texts[textStart..<textEnd]`.
        var textStart: Int32
        var textEnd: Int32
    }

    /// One stage's matches in lane order, and their sums per currency.
    struct Lane: Sendable {
        var stageID: Int64
        var cards: [Card]
        var sums: [FilteredLanes.CurrencySum]
    }

    /// The filter's pipeline; nil for every pipeline.
    var pipelineID: Int64?
    /// The folded filter, as UTF-8: what the deals' folded texts must contain.
    var needle: [UInt8]
    var lanes: [Lane]
    var count: Int
    /// The matches' folded texts (shared with the matches this was narrowed from), nil when not kept:
    /// under the stalled filter, or past `maximumTextBytes`.
    var texts: [UInt8]?

    /// The folded texts a filter looks in: title, organization, person and owner (`deal_search`).
    static let textColumns: Int32 = 4

    /// Texts kept for narrowing at most: a one-letter filter over 50,000 open deals keeps about 2.3 MB.
    static let maximumTextBytes = 16 << 20

    /// The filter as the folded texts are compared with it: Swift's lower case, as UTF-8.
    static func needle(_ text: String) -> [UInt8] { Array(text.lowercased().utf8) }

    /// True when `needle` holds `part` as a run of bytes, so whatever contains `needle` contains `part`.
    static func contains(_ needle: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= needle.count else { return false }
        if part.isEmpty { return true }
        return needle.withUnsafeBufferPointer { whole in
            part.withUnsafeBufferPointer { piece in
                holds(UnsafeRawPointer(whole.baseAddress!), whole.count, UnsafeRawPointer(piece.baseAddress!), piece.count)
            }
        }
    }

    /// True when the `count` bytes at `haystack` hold the `needleCount` bytes at `needle` (glibc's `memmem`
    /// is not visible to Swift): `memchr` for the first byte, `memcmp` for the rest.
    static func holds(_ haystack: UnsafeRawPointer, _ count: Int, _ needle: UnsafeRawPointer, _ needleCount: Int) -> Bool {
        if needleCount == 0 { return true }
        guard count >= needleCount else { return false }
        let first = Int32(needle.load(as: UInt8.self))
        let lastStart = haystack + (count - needleCount)
        var start = haystack
        while start <= lastStart {
            guard let found = memchr(start, first, lastStart - start + 1) else { return false }
            if memcmp(found, needle, needleCount) == 0 { return true }
            start = UnsafeRawPointer(found) + 1
        }
        return false
    }

    // MARK: - Narrowing

    /// The matches of a longer filter (`needle` contains `self.needle`) among these, without SQL; nil when
    /// the texts were not kept or the needle holds a 0 byte (the texts' separator).
    func narrowed(to needle: [UInt8]) -> FilterMatches? {
        guard let texts, !needle.contains(0), Self.contains(needle, self.needle) else { return nil }
        var lanes: [Lane] = []
        var count = 0
        texts.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { piece in
                for lane in self.lanes {
                    var kept = Lane(stageID: lane.stageID, cards: [], sums: [])
                    for card in lane.cards {
                        let start = haystack.baseAddress! + Int(card.textStart)
                        guard Self.holds(UnsafeRawPointer(start), Int(card.textEnd - card.textStart), UnsafeRawPointer(piece.baseAddress!), piece.count)
                        else { continue }
                        kept.cards.append(card)
                        kept.add(card)
                    }
                    count += kept.cards.count
                    if !kept.cards.isEmpty { lanes.append(kept) }
                }
            }
        }
        return FilterMatches(pipelineID: pipelineID, needle: needle, lanes: lanes, count: count, texts: texts)
    }

    // MARK: - Fresh reads

    /// The matches of `text` read from the database (only the stalled ones at `stalledAt`, when given).
    static func read(_ db: Database, pipelineID: Int64?, text: String, stalledAt: StallCheck? = nil) throws -> FilterMatches {
        let needle = needle(text)
        if let stalledAt { return try readStalled(db, pipelineID: pipelineID, text: text, needle: needle, stalledAt: stalledAt) }
        if text.lowercased().unicodeScalars.count >= 3 { return try readIndexed(db, pipelineID: pipelineID, text: text, needle: needle) }
        return try readScanned(db, pipelineID: pipelineID, needle: needle)
    }

    /// Three characters or more: the trigram index's matches, each with its card from `deal_open_card` and its texts.
    static func readIndexed(_ db: Database, pipelineID: Int64?, text: String, needle: [UInt8]) throws -> FilterMatches {
        let search = FilteredLanes.search(text)
        var arguments = search.arguments
        var pipeline = ""
        if let pipelineID {
            pipeline = " AND deal.pipeline_id = ?"
            arguments += [pipelineID]
        }
        let statement = try db.cachedStatement(sql: """
            SELECT deal.stage_id, deal.lane_position, deal.id, deal.currency, deal.value, deal.probability_override,
                   folded.title, folded.organization, folded.person, folded.owner
            FROM (\(search.sql)) AS found
            CROSS JOIN deal INDEXED BY deal_open_card ON deal.id = found.id
            CROSS JOIN deal_search AS folded ON folded.deal_id = found.id
            WHERE deal.status = 'open'\(pipeline)
            """)
        try statement.setArguments(arguments)
        var builder = Builder(pipelineID: pipelineID, needle: needle, keepsTexts: true)
        try builder.collect(db, statement, firstTextColumn: 6)
        return builder.finish()
    }

    /// One or two characters (too short for trigrams): one pass over every open deal's folded texts
    /// (`deal_search`) beside one pass over their cards (`deal_open_card`), both in id order, so a filter
    /// that matches most deals costs two sequential reads and no lookup per match.
    static func readScanned(_ db: Database, pipelineID: Int64?, needle: [UInt8]) throws -> FilterMatches {
        let texts = try db.cachedStatement(sql: "SELECT deal_id, title, organization, person, owner FROM deal_search ORDER BY deal_id")
        let cards = try db.cachedStatement(sql: """
            SELECT id, pipeline_id, stage_id, lane_position, currency, value, probability_override
            FROM deal INDEXED BY deal_open_card WHERE status = 'open' ORDER BY id
            """)
        let textHandle = texts.sqliteStatement
        let cardHandle = cards.sqliteStatement
        defer {
            sqlite3_reset(textHandle)
            sqlite3_reset(cardHandle)
        }
        var builder = Builder(pipelineID: pipelineID, needle: needle, keepsTexts: true)
        var cardID = Int64.min
        var cardsLeft = true
        try needle.withUnsafeBufferPointer { piece in
            while try step(db, textHandle) {
                let id = sqlite3_column_int64(textHandle, 0)
                var found = false
                for column: Int32 in 1...Self.textColumns {
                    let length = Int(sqlite3_column_bytes(textHandle, column))
                    guard length >= piece.count, let start = sqlite3_column_blob(textHandle, column) else { continue }
                    if holds(start, length, UnsafeRawPointer(piece.baseAddress!), piece.count) {
                        found = true
                        break
                    }
                }
                guard found else { continue }
                while cardsLeft && cardID < id {
                    cardsLeft = try step(db, cardHandle)
                    if cardsLeft { cardID = sqlite3_column_int64(cardHandle, 0) }
                }
                guard cardsLeft && cardID == id else { continue }
                if let pipelineID, sqlite3_column_int64(cardHandle, 1) != pipelineID { continue }
                builder.add(
                    stageID: sqlite3_column_int64(cardHandle, 2), id: id, card: cardHandle, lanePositionColumn: 3, currencyColumn: 4,
                    texts: textHandle, firstTextColumn: 1)
            }
        }
        return builder.finish()
    }

    /// Under the stalled filter: the matches that are stalled at `stalledAt`, through `FilteredLanes.matchesSQL`.
    /// Not kept for narrowing: which deals are stalled changes with the clock, not only with writes.
    static func readStalled(_ db: Database, pipelineID: Int64?, text: String, needle: [UInt8], stalledAt: StallCheck) throws -> FilterMatches {
        let search = FilteredLanes.matchesSQL(text, pipelineID: pipelineID, stalled: true)
        let statement = try db.cachedStatement(sql: search.sql)
        try statement.setArguments(search.arguments + StatementArguments(stalledAt.arguments))
        var builder = Builder(pipelineID: pipelineID, needle: needle, keepsTexts: false)
        try builder.collect(db, statement, firstTextColumn: nil)
        return builder.finish()
    }

    /// The board's `o`: the open deals of `mine` (`Salesperson.owns`: the folded owner is theirs or empty),
    /// stalled at `stalledAt` when given, through the owner index of `deal_search` (`deal_search_on_owner`), so
    /// the cost follows their deals, not the pipeline's; then narrowed to those matching `text` in memory.
    static func readMine(
        _ db: Database, pipelineID: Int64?, text: String, mine: Salesperson, stalledAt: StallCheck?
    ) throws -> FilterMatches {
        var arguments: StatementArguments = [mine.foldedName]
        var conditions = "deal.status = 'open'"
        if let pipelineID {
            conditions += " AND deal.pipeline_id = ?"
            arguments += [pipelineID]
        }
        var deal = "deal INDEXED BY deal_open_card"
        if let stalledAt {
            conditions += " AND " + StallCheck.condition
            arguments += StatementArguments(stalledAt.arguments)
            deal = "deal"
        }
        let statement = try db.cachedStatement(sql: """
            SELECT deal.stage_id, deal.lane_position, deal.id, deal.currency, deal.value, deal.probability_override,
                   folded.title, folded.organization, folded.person, folded.owner
            FROM deal_search AS folded INDEXED BY deal_search_on_owner
            CROSS JOIN \(deal) ON deal.id = folded.deal_id
            WHERE folded.owner IN (?, '') AND \(conditions)
            """)
        try statement.setArguments(arguments)
        var builder = Builder(pipelineID: pipelineID, needle: [], keepsTexts: true)
        try builder.collect(db, statement, firstTextColumn: 6)
        let all = builder.finish()
        let needle = needle(text)
        if needle.isEmpty { return all }
        if let narrowed = all.narrowed(to: needle) { return narrowed }
        // Texts too large to keep: the text's own matches, kept where they are `mine`'s.
        let ids = Set(all.lanes.flatMap { $0.cards.map(\.id) })
        return try read(db, pipelineID: pipelineID, text: text, stalledAt: stalledAt).keeping(ids)
    }

    /// These matches, only those whose id is in `ids` (lanes and sums made again; texts no longer kept).
    func keeping(_ ids: Set<Int64>) -> FilterMatches {
        var lanes: [Lane] = []
        var count = 0
        for lane in self.lanes {
            var kept = Lane(stageID: lane.stageID, cards: [], sums: [])
            for card in lane.cards where ids.contains(card.id) {
                kept.cards.append(card)
                kept.add(card)
            }
            count += kept.cards.count
            if !kept.cards.isEmpty { lanes.append(kept) }
        }
        return FilterMatches(pipelineID: pipelineID, needle: needle, lanes: lanes, count: count, texts: nil)
    }

    /// Steps a statement: true for a row, false when done.
    static func step(_ db: Database, _ handle: OpaquePointer?) throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }

    /// Gathers matches into lanes while they are read, then sorts each lane once.
    struct Builder {
        let pipelineID: Int64?
        let needle: [UInt8]
        var keepsTexts: Bool
        var lanes: [Lane] = []
        var lane = -1
        var count = 0
        var texts: [UInt8] = []

        init(pipelineID: Int64?, needle: [UInt8], keepsTexts: Bool) {
            self.pipelineID = pipelineID
            self.needle = needle
            self.keepsTexts = keepsTexts
        }

        /// Reads every row of `statement`: stage, lane position, id, currency, value and probability in
        /// columns 0...5, then the four folded texts from `firstTextColumn` when given.
        mutating func collect(_ db: Database, _ statement: Statement, firstTextColumn: Int32?) throws {
            let handle = statement.sqliteStatement
            defer { sqlite3_reset(handle) }
            while try FilterMatches.step(db, handle) {
                add(stageID: sqlite3_column_int64(handle, 0), id: sqlite3_column_int64(handle, 2), card: handle, lanePositionColumn: 1,
                    currencyColumn: 3, texts: firstTextColumn == nil ? nil : handle, firstTextColumn: firstTextColumn ?? 0)
            }
        }

        /// Adds a match: its lane position and currency are columns of `card`, its value and own probability
        /// the two columns after the currency; its texts `textColumns` columns of `texts` from `firstTextColumn`.
        mutating func add(
            stageID: Int64, id: Int64, card: OpaquePointer?, lanePositionColumn: Int32, currencyColumn money: Int32,
            texts handle: OpaquePointer?, firstTextColumn: Int32
        ) {
            count += 1
            if lane < 0 || lanes[lane].stageID != stageID {
                lane = lanes.firstIndex { $0.stageID == stageID } ?? {
                    lanes.append(Lane(stageID: stageID, cards: [], sums: []))
                    return lanes.count - 1
                }()
            }
            var textStart = Int32(0)
            var textEnd = Int32(0)
            if keepsTexts, let handle {
                textStart = Int32(texts.count)
                for column in firstTextColumn..<(firstTextColumn + FilterMatches.textColumns) {
                    let length = Int(sqlite3_column_bytes(handle, column))
                    if length > 0, let start = sqlite3_column_blob(handle, column) {
                        texts.append(contentsOf: UnsafeRawBufferPointer(start: start, count: length))
                    }
                    texts.append(0)
                }
                textEnd = Int32(texts.count)
                if texts.count > FilterMatches.maximumTextBytes {
                    keepsTexts = false
                    texts = []
                }
            }
            let entry = Card(
                id: id, lanePosition: sqlite3_column_double(card, lanePositionColumn),
                value: sqlite3_column_int64(card, money + 1),
                probability: sqlite3_column_type(card, money + 2) == SQLITE_NULL ? -1 : sqlite3_column_int64(card, money + 2),
                currency: FilteredLanes.CurrencySum.key(sqlite3_column_text(card, money), length: sqlite3_column_bytes(card, money)),
                textStart: textStart, textEnd: textEnd)
            lanes[lane].cards.append(entry)
            lanes[lane].add(entry)
        }

        func finish() -> FilterMatches {
            var sorted = lanes
            for index in sorted.indices {
                sorted[index].cards.sort { ($0.lanePosition, $0.id) < ($1.lanePosition, $1.id) }
            }
            return FilterMatches(pipelineID: pipelineID, needle: needle, lanes: sorted, count: count, texts: keepsTexts ? texts : nil)
        }
    }
}

extension FilterMatches.Lane {
    /// Adds a card to the lane's sums (not to its cards).
    mutating func add(_ card: FilterMatches.Card) {
        if let index = sums.lastIndex(where: { $0.key == card.currency }) {
            sums[index].add(value: card.value, probability: card.probability < 0 ? nil : card.probability)
        } else {
            var sum = FilteredLanes.CurrencySum(key: card.currency)
            sum.add(value: card.value, probability: card.probability < 0 ? nil : card.probability)
            sums.append(sum)
        }
    }
}
