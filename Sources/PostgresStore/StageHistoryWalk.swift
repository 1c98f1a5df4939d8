import Wording
import FunnelStore
import Pipeline
import PostgresNIO

/// Deals' stage histories that count (undone entries left out), each oldest first, with whether the deal is
/// won now: what the stage-flow figures and the kept stage stays are made of.
///
/// Entries arrive packed in one number (stage id × 256 + first letter of the kind × 2 + came from no stage),
/// as the SQLite engine reads them: three integers a row instead of five columns to decode.
enum StageHistoryWalk {
    /// The packed entry, for `event(packed:at:)`.
    static let packed = "coalesce(sc.to_stage_id, 0) * 256 + ascii(sc.kind) * 2 + (sc.from_stage_id IS NULL)::int"

    /// Deals read per statement by `events(_:dealIDs:)` and per slice of ids by `forEachDeal`.
    static let dealsPerStatement = 20_000

    /// The entry `packed` and a time stand for; nil for a kind the domain does not know.
    static func event(packed: Int64, at: Int64) -> StageFlowTally.Event? {
        guard let kind = StageFlowTally.kind(firstLetter: (packed % 256) / 2) else { return nil }
        let stageID = packed / 256
        return StageFlowTally.Event(kind: kind, stageID: stageID == 0 ? nil : stageID, fromNowhere: packed % 2 == 1, at: at)
    }

    /// The histories of some deals and whether each is won now; a deal that is not there (or has no entry
    /// that counts) is left out.
    static func events(_ session: ServerSession, dealIDs: [Int64]) throws -> [Int64: (events: [StageFlowTally.Event], won: Bool)] {
        var histories: [Int64: (events: [StageFlowTally.Event], won: Bool)] = [:]
        var start = 0
        while start < dealIDs.count {
            let slice = Array(dealIDs[start..<min(start + dealsPerStatement, dealIDs.count)])
            start += slice.count
            try walk(session, query: query(dealIDs: slice)) { dealID, events, won in histories[dealID] = (events, won) }
        }
        return histories
    }

    /// The statement that reads some deals' histories (at most `dealsPerStatement`), for `histories(_:)`: a write
    /// that sends it with other statements at once (a move) reads the rows itself.
    static func query(dealIDs: [Int64]) -> PostgresQuery {
        """
        SELECT sc.deal_id, sc.at, \(unescaped: packed), d.status = 'won'
        FROM stage_change sc JOIN deal d ON d.id = sc.deal_id
        WHERE sc.deal_id = ANY(\(dealIDs)) AND NOT sc.undone
        ORDER BY sc.deal_id, sc.at, sc.id
        """
    }

    /// The histories in the rows of a `query(dealIDs:)`, as `events` gives them.
    static func histories(_ rows: [PostgresRow]) throws -> [Int64: (events: [StageFlowTally.Event], won: Bool)] {
        var histories: [Int64: (events: [StageFlowTally.Event], won: Bool)] = [:]
        try walk(rows) { dealID, events, won in histories[dealID] = (events, won) }
        return histories
    }

    /// Calls `body` with each deal's id, history and whether it is won, in deal id order, for the deals whose
    /// row matches `condition` on `deal` aliased `d` (built by `ServerSQL`; "true" for every deal).
    ///
    /// The history is read a slice of deal ids at a time, so a million deals never sit in memory at once.
    static func forEachDeal(
        _ session: ServerSession, condition: (inout ServerSQL) -> String = { _ in "true" },
        _ body: (Int64, [StageFlowTally.Event], Bool) throws -> Void
    ) throws {
        let bounds = try session.rows("SELECT min(deal_id), max(deal_id) FROM stage_change").first
        let range = try bounds.map { row in
            do { return try row.decode((Int64?, Int64?).self) } catch { throw StoreError.failed(ErrorText.unreadableStoredValue(column: "stage_change").string) }
        }
        guard let low = range?.0, let high = range?.1 else { return }
        var from = low
        while from <= high {
            let to = from + Int64(dealsPerStatement)
            var statement = ServerSQL()
            let lower = statement.bind(from)
            let upper = statement.bind(to)
            let matching = condition(&statement)
            statement.append("""
                SELECT sc.deal_id, sc.at, \(packed), d.status = 'won'
                FROM stage_change sc JOIN deal d ON d.id = sc.deal_id
                WHERE sc.deal_id >= \(lower) AND sc.deal_id < \(upper) AND NOT sc.undone AND \(matching)
                ORDER BY sc.deal_id, sc.at, sc.id
                """)
            try walk(session, query: statement.query, body)
            from = to
        }
    }

    /// Runs a query of (deal id, time, packed entry, won) in deal order and hands over each deal's entries.
    private static func walk(
        _ session: ServerSession, query: PostgresQuery, _ body: (Int64, [StageFlowTally.Event], Bool) throws -> Void
    ) throws {
        try walk(try session.rows(query), body)
    }

    private static func walk(_ rows: [PostgresRow], _ body: (Int64, [StageFlowTally.Event], Bool) throws -> Void) throws {
        var events: [StageFlowTally.Event] = []
        var currentDeal: Int64 = -1
        var currentWon = false
        for row in rows {
            let (dealID, at, packed, won): (Int64, Int64, Int64, Bool)
            do {
                (dealID, at, packed, won) = try row.decode((Int64, Int64, Int64, Bool).self)
            } catch {
                throw StoreError.failed(ErrorText.unreadableStoredValue(column: "stage_change").string)
            }
            if dealID != currentDeal {
                if !events.isEmpty { try body(currentDeal, events, currentWon) }
                events.removeAll(keepingCapacity: true)
                currentDeal = dealID
                currentWon = won
            }
            if let event = event(packed: packed, at: at) { events.append(event) }
        }
        if !events.isEmpty { try body(currentDeal, events, currentWon) }
    }
}
