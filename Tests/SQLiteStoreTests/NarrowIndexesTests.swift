import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

@Suite("Store: the indexes a bulk load rebuilds")
struct NarrowIndexesTests {
    /// The query plan of `sql`, one detail per line.
    static func plan(_ db: Database, _ sql: String, _ arguments: StatementArguments = StatementArguments()) throws -> String {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }.joined(separator: "; ")
    }

    @Test("the won medians, the open Pareto list and the sales cycle read the values index of won and open deals")
    func valueQueriesReadThePartialIndex() throws {
        let fresh = try FreshStore()
        let pipeline = try fresh.sales
        try fresh.store.dbWriter.read { db in
            let queries = [
                "SELECT d.value, d.closed_at - d.created_at FROM deal d WHERE d.pipeline_id = ? AND d.status = 'won' AND d.currency = 'USD' ORDER BY d.value",
                "SELECT d.value FROM deal d WHERE d.pipeline_id = ? AND d.status = 'open' AND d.currency = 'USD' ORDER BY d.value DESC LIMIT 10",
                "SELECT (closed_at - created_at) / 86400 FROM deal WHERE status = 'won' AND closed_at IS NOT NULL AND pipeline_id IN (SELECT id FROM pipeline WHERE kind = 'sales' AND id = ?)",
            ]
            for sql in queries {
                let plan = try Self.plan(db, sql, [pipeline.id])
                #expect(plan.contains("COVERING INDEX deal_for_values"), "\(plan)")
                #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
            }
        }
    }

    @Test("lost deals stay out of the values index; the won-by-close-day index is gone")
    func lostDealsAreNotIndexed() throws {
        let fresh = try FreshStore()
        let demo = DemoPipeline(stages: try fresh.sales.stages, count: 600, seed: 4, now: fresh.now, openPercent: 20)
        try fresh.store.insertDemo(demo)
        let (indexed, wonOrOpen, names) = try fresh.store.dbWriter.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM deal INDEXED BY deal_for_values WHERE pipeline_id > 0 AND (status = 'won' OR status = 'open')") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM deal WHERE status <> 'lost'") ?? -2,
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index'"))
        }
        #expect(indexed == wonOrOpen)
        #expect(!names.contains("deal_on_won_closed"))
        #expect(try fresh.store.integrityCheck() == "ok")
    }

    @Test("an older database is upgraded: its deals are kept and the values index narrowed")
    func upgradeNarrowsTheIndexes() throws {
        let older = try OlderDatabase(.interop) { db in
            try db.execute(sql: """
                INSERT INTO deal (title, value, currency, pipeline_id, stage_id, status, lost_reason, closed_at, created_at, stage_entered_at, updated_at)
                VALUES ('Old loss', 500, 'EUR', 1, 2, 'lost', 'price', 1700000100, 1700000000, 1700000000, 1700000100)
                """)
        }
        let store = try SQLitePipelineStore.open(path: older.path)
        #expect(try store.deal(id: 1).status == .lost)
        try store.dbWriter.read { db in
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'deal_for_values'") ?? ""
            #expect(sql.contains("WHERE status = 'won' OR status = 'open'"))
            #expect(try String.fetchOne(db, sql: "SELECT name FROM sqlite_schema WHERE name = 'deal_on_won_closed'") == nil)
        }
        #expect(try store.integrityCheck() == "ok")
    }
}
