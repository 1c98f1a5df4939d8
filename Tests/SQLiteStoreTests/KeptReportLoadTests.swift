import Foundation
import GRDB
import Testing
import FunnelTestSupport
import Pipeline
import FunnelStore
@testable import SQLiteStore

/// The report's kept figures where they are built whole instead of kept change by change:
/// after a bulk load (triggers suspended, tables rebuilt) and after the upgrade of an older database.
@Suite("Report: kept figures after bulk loads and the upgrade")
struct KeptReportLoadTests {
    static let utc = TimeZone(identifier: "UTC")!

    @Test("a demo large enough to rebuild the stays leaves the kept figures equal to the full history, and they keep up afterwards")
    func largeDemoRebuildsTheKeptFigures() throws {
        let fresh = try FreshStore()
        let store = fresh.store
        let stored = try fresh.addDeal("Stored before the demo")
        try store.moveDeal(id: stored.id, toStageID: try fresh.sales.stages[2].id, now: fresh.now.addingTimeInterval(60))
        // 6,000 deals next to one stored: a large load for `BulkLoad`, which rebuilds the stays at its end.
        try store.dbWriter.write { db in
            let load = try BulkLoad.begin(db, newDeals: 6_000)
            #expect(load.isLarge)
            try load.finish(db)
        }
        let demo = DemoPipeline(stages: try fresh.sales.stages, count: 6_000, seed: 5, now: fresh.now, openPercent: 30)
        try store.insertDemo(demo)
        let today = CalendarDay(fresh.now, in: Self.utc)
        try KeptReportPropertyTests.checkKeptFigures(store, today: today, after: "a demo of 6,000 deals")
        let report = try store.report(ReportFilter(pipelineID: try fresh.sales.id), today: today)
        #expect(report.deals == 6_001)
        #expect(report.stages[0].entered == 6_001)
        #expect(report.stages.allSatisfy { $0.medianDays != nil })

        // Changes after the load keep the figures right.
        let later = fresh.now.addingTimeInterval(3_600)
        let open = try store.deals(DealQuery(pipelineID: try fresh.sales.id, statuses: [.open], limit: 3))
        try #require(open.count == 3)
        try store.moveDeal(id: open[0].id, toStageID: try fresh.sales.stages[4].id, now: later)
        try store.markWon(id: open[1].id, now: later)
        try store.deleteDeal(id: open[2].id)
        // A small demo on top keeps the stays deal by deal.
        try store.insertDemo(DemoPipeline(stages: try fresh.sales.stages, count: 40, seed: 6, now: later, openPercent: 50))
        try KeptReportPropertyTests.checkKeptFigures(store, today: today, after: "changes and a small demo after the load")
    }

    @Test("a large demo into an empty database leaves kept figures equal to the full history and to a rebuild")
    func largeDemoIntoAnEmptyDatabaseRebuildsTheKeptFigures() throws {
        let fresh = try FreshStore()
        let store = fresh.store
        // Two seeds and open shares: won, lost and open deals in every stage, stays ending every way a demo ends them.
        try store.insertDemo(DemoPipeline(stages: try fresh.sales.stages, count: 6_000, seed: 7, now: fresh.now, openPercent: 30))
        let today = CalendarDay(fresh.now, in: Self.utc)
        try KeptReportPropertyTests.checkKeptFigures(store, today: today, after: "a demo of 6,000 deals into an empty database")
        let report = try store.report(ReportFilter(pipelineID: try fresh.sales.id), today: today)
        #expect(report.deals == 6_000)
        #expect(report.stages[0].entered == 6_000)
        #expect(report.stages.allSatisfy { $0.medianDays != nil })
        // Changes after the load keep the figures right.
        let later = fresh.now.addingTimeInterval(3_600)
        let open = try store.deals(DealQuery(pipelineID: try fresh.sales.id, statuses: [.open], limit: 2))
        try #require(open.count == 2)
        try store.moveDeal(id: open[0].id, toStageID: try fresh.sales.stages[3].id, now: later)
        _ = try store.markLost(id: open[1].id, reason: "price", now: later)
        // A second large demo, now into a database with deals, rebuilds the figures from the history.
        try store.insertDemo(DemoPipeline(stages: try fresh.sales.stages, count: 6_000, seed: 8, now: later, openPercent: 60))
        try KeptReportPropertyTests.checkKeptFigures(store, today: today, after: "a second large demo")
    }

    @Test("upgrading a database with history builds the kept figures from it")
    func upgradeBuildsTheKeptFiguresFromTheHistory() throws {
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        // The database as the Funnel before this migration left it (its search index calls funnel_lower).
        let folder = TemporaryDirectory()
        let path = folder.path("old.sqlite")
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.add(function: SQLitePipelineStore.lowercaseFunction) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(queue, upTo: "bulk loads: cheaper CHECK lists, no history index by target stage")
        try queue.write { db in
            let pipeline = try SQLitePipelineStore.fetchPipeline(db, named: nil)
            for number in 0..<40 {
                let created = start.addingTimeInterval(Double(number) * 7_000)
                let deal = try SQLitePipelineStore.insertDeal(db, Deal(
                    title: "Deal \(number)", value: Money(minorUnits: Int64(number + 1) * 1_000, currency: number % 3 == 0 ? Currency(code: "EUR")! : .usd),
                    pipelineID: pipeline.id, stageID: pipeline.stages[0].id, owner: number % 2 == 0 ? "Åsa" : nil, createdAt: created))
                for step in stride(from: 1, through: number % 5, by: 1) {
                    try SQLitePipelineStore.applyMove(
                        db, dealID: deal.id, to: pipeline.stages[step], pipeline: pipeline, kind: .moved,
                        now: created.addingTimeInterval(Double(step * (number + 3)) * 3_600), expectedVersion: nil)
                }
                if number % 4 == 1 {
                    _ = try SQLitePipelineStore.applyClose(db, id: deal.id, as: number % 8 == 1 ? .won : .lost,
                                                     reason: number % 8 == 1 ? nil : "price", now: created.addingTimeInterval(30 * 86_400), expectedVersion: nil)
                }
            }
            // Undone entries never count.
            try db.execute(sql: "UPDATE stage_change SET undone = 1 WHERE id IN (SELECT id FROM stage_change WHERE kind = 'moved' LIMIT 5)")
        }
        try queue.close()
        let store = try SQLitePipelineStore.open(path: path)
        let today = CalendarDay(start.addingTimeInterval(60 * 86_400), in: Self.utc)
        let stays = try store.dbWriter.read { db in try Int.fetchOne(db, sql: "SELECT sum(stays) FROM stage_stay") }
        #expect(stays ?? 0 > 40)
        try KeptReportPropertyTests.checkKeptFigures(store, today: today, after: "the upgrade")
    }
}
