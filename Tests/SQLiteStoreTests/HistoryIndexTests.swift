import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

@Suite("Store: one history index by deal serves lookups and the report's pass")
struct HistoryIndexTests {
    /// The report's pass over every deal's history (`StageHistoryWalk`).
    static let walk = """
        SELECT deal_id, at, \(Schema.stageFlowPacked) AS packed
        FROM stage_change INDEXED BY stage_change_on_deal WHERE undone = 0 ORDER BY deal_id, at, id
        """

    /// The opcodes that read a column of the `stage_change` table itself (not of an index) in `sql`.
    static func tableReads(_ db: Database, _ sql: String) throws -> [String] {
        let root = try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'stage_change'")
        let program = try Row.fetchAll(db, sql: "EXPLAIN " + sql)
        let tableCursors = Set(program.filter { ($0["opcode"] as String) == "OpenRead" && ($0["p2"] as Int) == root }.map { $0["p1"] as Int })
        return program.filter { ($0["opcode"] as String) == "Column" && tableCursors.contains($0["p1"]) }.map { "\($0)" }
    }

    @Test("the pass reads the index in order, never a row of the table, and a deal's lookups use the index's first column")
    func theReportPassReadsOnlyTheIndex() throws {
        let fresh = try FreshStore()
        try fresh.store.insertDemo(DemoPipeline(stages: try fresh.sales.stages, count: 300, seed: 2, now: fresh.now, openPercent: 20))
        try fresh.store.dbWriter.read { db in
            let plan = try NarrowIndexesTests.plan(db, Self.walk)
            #expect(plan.contains("USING INDEX stage_change_on_deal"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
            #expect(try Self.tableReads(db, Self.walk).isEmpty)
            // The check can fail: reading a column the index lacks reads the table.
            #expect(try !Self.tableReads(db, "SELECT to_stage FROM stage_change INDEXED BY stage_change_on_deal WHERE undone = 0 ORDER BY deal_id, at, id").isEmpty)
            let lookup = try NarrowIndexesTests.plan(db, "SELECT id FROM stage_change WHERE deal_id = ? AND undone = 0 ORDER BY at DESC, id DESC LIMIT 1", [1])
            #expect(lookup.contains("USING COVERING INDEX stage_change_on_deal (deal_id=?)"), "\(lookup)")
            let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'stage_change'")
            #expect(names == ["stage_change_on_deal"])
        }
    }

    @Test("an older database is upgraded: its history keeps its stays and reports, read through the one index")
    func upgradeMergesTheHistoryIndexes() throws {
        // The database as the Funnel before this migration left it (its search index calls funnel_lower).
        let folder = TemporaryDirectory()
        let path = folder.path("old.sqlite")
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.add(function: SQLitePipelineStore.lowercaseFunction) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(queue, upTo: "bulk loads: values index over won and open deals only, no index of won deals by close time")
        try queue.write { db in
            let pipeline = try SQLitePipelineStore.fetchPipeline(db, named: nil)
            let start = Date(timeIntervalSince1970: 1_790_000_000)
            for number in 0..<12 {
                let deal = try SQLitePipelineStore.insertDeal(db, Deal(
                    title: "Deal \(number)", value: Money(minorUnits: 1_000, currency: .usd),
                    pipelineID: pipeline.id, stageID: pipeline.stages[0].id, createdAt: start))
                try SQLitePipelineStore.applyMove(
                    db, dealID: deal.id, to: pipeline.stages[1 + number % 3], pipeline: pipeline, kind: .moved,
                    now: start.addingTimeInterval(Double(number + 1) * 3_600), expectedVersion: nil)
            }
        }
        try queue.close()
        let store = try SQLitePipelineStore.open(path: path)
        try store.dbWriter.read { db in
            #expect(try String.fetchOne(db, sql: "SELECT name FROM sqlite_schema WHERE name = 'stage_change_for_reports'") == nil)
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'stage_change_on_deal'") ?? ""
            #expect(sql.contains("(deal_id, at, id, undone, ("), "\(sql)")
        }
        let today = CalendarDay(Date(timeIntervalSince1970: 1_790_000_000 + 86_400), in: TimeZone(identifier: "UTC")!)
        try KeptReportPropertyTests.checkKeptFigures(store, today: today, after: "the upgrade that merged the history indexes")
        #expect(try store.report(ReportFilter(pipelineID: 1), today: today).stages[0].entered == 12)
        #expect(try store.integrityCheck() == "ok")
    }
}
