import Foundation
import GRDB
import GRDBSQLite
import Pipeline
import Testing
import FunnelStore
@testable import SQLiteStore

/// Reads between writes leave the store's prepared statements compiled: a move's UPDATE, with
/// every lane trigger compiled into it, is prepared once, not again at each key.
@Suite("Prepared statements survive reads")
struct PreparedStatementsTests {
    /// How many times SQLite has recompiled the connection's live statements.
    func recompilations(_ store: SQLitePipelineStore) throws -> Int32 {
        try store.dbWriter.writeWithoutTransaction { db in
            var total: Int32 = 0
            var statement = sqlite3_next_stmt(db.sqliteConnection, nil)
            while let current = statement {
                total += sqlite3_stmt_status(current, Int32(SQLITE_STMTSTATUS_REPREPARE), 0)
                statement = sqlite3_next_stmt(db.sqliteConnection, current)
            }
            return total
        }
    }

    @Test func movesAndReadsInTurnRecompileNothing() throws {
        let fixture = try FreshStore()
        let deal = try fixture.addDeal("北京星云科技")
        let stages = try fixture.sales.stages
        try fixture.store.moveDeal(id: deal.id, toStageID: stages[1].id, now: fixture.now)
        _ = try fixture.store.deals(DealQuery())
        let before = try recompilations(fixture.store)
        for step in 0..<6 {
            try fixture.store.moveDeal(id: deal.id, toStageID: stages[step % 2].id, now: fixture.now)
            _ = try fixture.store.deals(DealQuery())
            _ = try fixture.store.stageTotals(stageIDs: stages.map(\.id))
        }
        #expect(try recompilations(fixture.store) == before)
    }
}
