import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

@Suite("Store: lane totals kept by triggers, stalled counts from an index")
struct StageTotalsTests {
    @Test("upgrading a database fills stage_total from the open deals it already holds")
    func upgradeFillsTheTotals() throws {
        let older = try OlderDatabase(.interop) { db in
            for (title, value, currency, stage, status, own) in [
                ("A", 1_000, "USD", 1, "open", nil), ("B", 2_501, "USD", 1, "open", 33), ("C", 700, "EUR", 2, "open", nil),
                ("D", 9_999, "USD", 1, "won", nil), ("E", 5, "USD", 2, "lost", nil),
            ] as [(String, Int, String, Int, String, Int?)] {
                try db.execute(sql: """
                    INSERT INTO deal (title, value, currency, pipeline_id, stage_id, status, lost_reason, closed_at,
                                      probability_override, created_at, stage_entered_at, updated_at)
                    VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, 1700000000, 1700000000, 1700000000)
                    """, arguments: [title, value, currency, stage, status, status == "lost" ? "price" : nil,
                                     status == "open" ? nil : 1700000000, own])
            }
        }
        let store = try SQLitePipelineStore.open(path: older.path)
        let sales = try store.pipeline(named: nil)
        let summaries = try store.stageSummaries(pipelineID: sales.id)
        #expect(summaries == (try store.dbWriter.read { try SQLitePipelineStore.scannedStageTotals($0, pipelineID: sales.id) }))
        #expect(summaries[0].dealCount == 2)
        #expect(summaries[0].total.amounts == [Money(minorUnits: 3_501, currency: .usd)])
        // 1,000 × 10% + 2,501 × 33% = 100 + 825.33: 925.
        #expect(summaries[0].weighted.amounts == [Money(minorUnits: 925, currency: .usd)])
        #expect(summaries[1].total.amounts == [Money(minorUnits: 700, currency: Currency(code: "EUR")!)])
        #expect(try store.stageTotals(stageIDs: [sales.stages[1].id, sales.stages[0].id]) == [summaries[1], summaries[0]])
        // Issue 15 item 17: what a lane header needs, the same kept, scanned and under a filter.
        #expect(summaries[0].dealsByCurrency == [.usd: 2] && summaries[0].mainCurrency == .usd)
        #expect(summaries[0].hasOwnProbabilities)
        #expect(!summaries[1].hasOwnProbabilities && summaries[1].mainCurrency == Currency(code: "EUR"))
        let filtered = try store.stageSummaries(pipelineID: sales.id, text: "b")
        #expect(filtered[0].dealsByCurrency == [.usd: 1] && filtered[0].hasOwnProbabilities)
        #expect(try store.stageSummaries(pipelineID: sales.id, text: "a")[0].hasOwnProbabilities == false)
    }

    @Test("a stage's new probability changes its weighted total without touching stage_total")
    func stageProbabilityEdits() throws {
        let fresh = try FreshStore()
        let sales = try fresh.sales
        try fresh.addDeal("A", value: 10_000)
        var own = try fresh.addDeal("B", value: 10_000)
        own = try fresh.store.editDeal(id: own.id, now: fresh.now) { $0.probabilityOverride = 50 }.value
        let before = try fresh.store.dbWriter.read { try Row.fetchAll($0, sql: "SELECT * FROM stage_total") }
        try fresh.store.updateStage(pipelineID: sales.id, "1", probability: 30, stallDays: nil)
        #expect(try fresh.store.dbWriter.read { try Row.fetchAll($0, sql: "SELECT * FROM stage_total") } == before)
        // 10,000 × 30% + 10,000 × 50% (its own).
        #expect(try fresh.store.stageSummaries(pipelineID: sales.id)[0].weighted.amounts == [Money(minorUnits: 8_000, currency: .usd)])
    }

    @Test("stalled counts sum the kept idle days before the cutoff's day and count that one day's deals from an index alone")
    func stalledCountsPlan() throws {
        let fresh = try FreshStore()
        let plan = try fresh.store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + SQLitePipelineStore.stalledCountsQuery, arguments: [0, 1, "2026-11-29"])
                .map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("SEARCH stage_idle_day USING PRIMARY KEY (stage_id=? AND idle_day<?)") }, "\(plan)")
        #expect(plan.contains { $0.contains("SEARCH deal USING COVERING INDEX deal_on_open_idle (stage_id=? AND <expr>>? AND <expr><?)") }, "\(plan)")
        #expect(!plan.contains { $0.contains("SCAN") }, "\(plan)")
    }

    @Test("upgrading a database fills stage_idle_day from its open deals, and a bulk load rebuilds it")
    func idleDaysUpgradeAndBulkLoad() throws {
        let older = try OlderDatabase(.interop) { db in
            for (title, stage, status, entered) in [
                ("A", 1, "open", 1_700_000_000), ("B", 1, "open", 1_700_000_100), ("C", 2, "open", 1_700_090_000),
                ("D", 1, "won", 1_700_000_000),
            ] as [(String, Int, String, Int)] {
                try db.execute(sql: """
                    INSERT INTO deal (title, value, currency, pipeline_id, stage_id, status, closed_at, created_at, stage_entered_at, updated_at)
                    VALUES (?, 100, 'USD', 1, ?, ?, ?, ?, ?, ?)
                    """, arguments: [title, stage, status, status == "open" ? nil : entered, entered, entered, entered])
            }
        }
        let store = try SQLitePipelineStore.open(path: older.path)
        let rows = try store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT stage_id, idle_day, snoozed_until, deals FROM stage_idle_day ORDER BY 1, 2").map {
                [$0["stage_id"] as Int64, $0["idle_day"] as Int64, $0["deals"] as Int64]
            }
        }
        // 1,700,000,000 s is day 19,675 (+ 65,600 s); 1,700,090,000 s is day 19,676.
        #expect(rows == [[1, 19_675, 2], [2, 19_676, 1]])
        // Prospecting stalls after 14 days, Qualifying after 10: 15 days after A entered, A is stalled and
        // B (100 s later) not yet; C (Qualifying, a day later) is.
        let sales = try store.pipeline(named: nil)
        let later = Date(timeIntervalSince1970: 1_700_000_000 + 15 * 86_400 + 50)
        let counts = try store.stalledCounts(pipelineID: sales.id, now: later, timeZone: StoreFixture.utc)
        #expect(counts == [sales.stages[0].id: 1, sales.stages[1].id: 1])
        // A bulk load with the triggers suspended leaves the table rebuilt.
        try store.dbWriter.write { db in
            let load = try BulkLoad.begin(db, newDeals: BulkLoad.minimumDealsToRebuildIndexes)
            try db.execute(sql: "UPDATE deal SET stage_entered_at = stage_entered_at - 86400 WHERE title = 'B'")
            try load.finish(db)
        }
        #expect(try store.stalledCounts(pipelineID: sales.id, now: later, timeZone: StoreFixture.utc)
            == [sales.stages[0].id: 2, sales.stages[1].id: 1])
    }

    @Test("the change token moves for another connection's write, never for this store's own")
    func changeToken() throws {
        let fresh = try FreshStore()
        let token = try fresh.store.changeToken()
        try fresh.addDeal("Ours")
        #expect(try fresh.store.changeToken() == token)
        let other = try SQLitePipelineStore.open(path: fresh.store.path)
        let sales = try other.pipeline(named: nil)
        try other.addDeal(Deal(
            title: "Theirs", value: Money(minorUnits: 1, currency: .usd), pipelineID: sales.id,
            stageID: sales.stages[0].id, createdAt: fresh.now))
        #expect(try fresh.store.changeToken() != token)
        try other.close()
    }
}
