import GRDB
import GRDBSQLite
import FunnelStore
import Pipeline

/// Every deal's stage history that counts (undone entries left out), one deal at a time in id
/// order, each oldest first: what the stage-flow figures are made of.
///
/// One pass over the index `stage_change_on_deal` in (deal, time, id) order, which holds
/// everything the pass reads (`undone` and `Schema.stageFlowPacked`: no row of the table is read),
/// stepped through the C API: GRDB's row cursor costs more than SQLite itself over millions of
/// entries. Window functions did the same pairing ten times slower on a million deals.
enum StageHistoryWalk {
    /// Calls `body` with each deal's id and its history, in deal id order.
    static func forEachDeal(_ db: Database, _ body: (Int64, [StageFlowTally.Event]) throws -> Void) throws {
        // packed = stage id × 256 + first letter of the kind × 2 + (came from no stage).
        let statement = try db.makeStatement(sql: """
            SELECT deal_id, at, \(Schema.stageFlowPacked) AS packed
            FROM stage_change INDEXED BY stage_change_on_deal
            WHERE undone = 0 ORDER BY deal_id, at, id
            """)
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        var events: [StageFlowTally.Event] = []
        var currentDeal: Int64 = -1
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            let dealID = sqlite3_column_int64(raw, 0)
            if dealID != currentDeal {
                if !events.isEmpty { try body(currentDeal, events) }
                events.removeAll(keepingCapacity: true)
                currentDeal = dealID
            }
            if let event = event(packed: sqlite3_column_int64(raw, 2), at: sqlite3_column_int64(raw, 1)) { events.append(event) }
        }
        if !events.isEmpty { try body(currentDeal, events) }
    }

    /// One deal's history that counts, oldest first, read from the same index.
    static func events(_ db: Database, dealID: Int64) throws -> [StageFlowTally.Event] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT at, \(Schema.stageFlowPacked) AS packed
            FROM stage_change INDEXED BY stage_change_on_deal
            WHERE deal_id = ? AND undone = 0 ORDER BY at, id
            """), arguments: [dealID])
        var events: [StageFlowTally.Event] = []
        while let row = try rows.next() {
            if let event = event(packed: row[1], at: row[0]) { events.append(event) }
        }
        return events
    }

    /// The entry an index value `packed` (`Schema.stageFlowPacked`) and a time stand for; nil for an unknown kind.
    static func event(packed: Int64, at: Int64) -> StageFlowTally.Event? {
        guard let kind = StageFlowTally.kind(firstLetter: (packed % 256) / 2) else { return nil }
        let stageID = packed / 256
        return StageFlowTally.Event(kind: kind, stageID: stageID == 0 ? nil : stageID, fromNowhere: packed % 2 == 1, at: at)
    }

    /// Ids of the won deals, ascending, to walk beside the history.
    static func wonDeals(_ db: Database, filter: String = "1", arguments: StatementArguments = []) throws -> [Int64] {
        // Through deal_for_values (pipeline, status, ...) one pipeline at a time, instead of reading every deal row.
        var won = try Int64.fetchAll(db, sql: """
            SELECT d.id FROM deal d WHERE d.pipeline_id IN (SELECT id FROM pipeline) AND d.status = 'won' AND \(filter)
            """, arguments: arguments)
        won.sort()
        return won
    }
}
