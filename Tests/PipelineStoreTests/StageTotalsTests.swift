import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
@testable import PipelineStore
import Testing

@Suite("Store: lane totals kept by triggers, stalled counts from an index")
struct StageTotalsTests {
    @Test("upgrading a database fills stage_total from the open deals it already holds")
    func upgradeFillsTheTotals() throws {
        let older = try OlderDatabase(upTo: OlderDatabase.interop) { db in
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
        let store = try PipelineStore.open(path: older.path)
        let sales = try store.pipeline(named: nil)
        let summaries = try store.stageSummaries(pipelineID: sales.id)
        #expect(summaries == (try store.dbWriter.read { try PipelineStore.scannedStageTotals($0, pipelineID: sales.id) }))
        #expect(summaries[0].dealCount == 2)
        #expect(summaries[0].total.amounts == [Money(minorUnits: 3_501, currency: .usd)])
        // 1,000 × 10% + 2,501 × 33% = 100 + 825.33: 925.
        #expect(summaries[0].weighted.amounts == [Money(minorUnits: 925, currency: .usd)])
        #expect(summaries[1].total.amounts == [Money(minorUnits: 700, currency: Currency(code: "EUR")!)])
        #expect(try store.stageTotals(stageIDs: [sales.stages[1].id, sales.stages[0].id]) == [summaries[1], summaries[0]])
    }

    @Test("a stage's new probability changes its weighted total without touching stage_total")
    func stageProbabilityEdits() throws {
        let fresh = try FreshStore()
        let sales = try fresh.sales
        try fresh.addDeal("A", value: 10_000)
        var own = try fresh.addDeal("B", value: 10_000)
        own = try fresh.store.editDeal(id: own.id, now: fresh.now) { $0.probabilityOverride = 50 }
        let before = try fresh.store.dbWriter.read { try Row.fetchAll($0, sql: "SELECT * FROM stage_total") }
        try fresh.store.updateStage(pipelineID: sales.id, "1", probability: 30, stallDays: nil)
        #expect(try fresh.store.dbWriter.read { try Row.fetchAll($0, sql: "SELECT * FROM stage_total") } == before)
        // 10,000 × 30% + 10,000 × 50% (its own).
        #expect(try fresh.store.stageSummaries(pipelineID: sales.id)[0].weighted.amounts == [Money(minorUnits: 8_000, currency: .usd)])
    }

    @Test("stalled counts read one range of the covering stall index per stage, never a deal row")
    func stalledCountsPlan() throws {
        let fresh = try FreshStore()
        let plan = try fresh.store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + PipelineStore.stalledCountsQuery, arguments: [0, 1, "2026-11-29"])
                .map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("COVERING INDEX deal_on_open_stall") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN deal") }, "\(plan)")
    }

    @Test("the change token moves for another connection's write, never for this store's own")
    func changeToken() throws {
        let fresh = try FreshStore()
        let token = try fresh.store.changeToken()
        try fresh.addDeal("Ours")
        #expect(try fresh.store.changeToken() == token)
        let other = try PipelineStore.open(path: fresh.store.path)
        let sales = try other.pipeline(named: nil)
        try other.addDeal(Deal(
            title: "Theirs", value: Money(minorUnits: 1, currency: .usd), pipelineID: sales.id,
            stageID: sales.stages[0].id, createdAt: fresh.now))
        #expect(try fresh.store.changeToken() != token)
        try other.close()
    }
}
