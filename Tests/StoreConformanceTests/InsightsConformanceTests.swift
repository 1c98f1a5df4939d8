import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import Testing

/// The report over a store built through the contract, for what the CLI cannot do: undo. On every engine.
@Suite("Store contract: the report over changes the CLI cannot make")
struct InsightsConformanceTests {
    let directory = TemporaryDirectory()
    let start = Date(timeIntervalSince1970: 1_788_253_200)  // 2026-09-01 09:00 UTC
    let today = CalendarDay(year: 2026, month: 11, day: 29)!

    func at(day: Double) -> Date { start.addingTimeInterval(day * 86_400) }

    func open(_ engine: StoreEngineUnderTest) throws -> (any PipelineStore, Pipeline) {
        let store = try engine.open(directory)
        return (store, try store.pipeline(named: nil))
    }

    @Test(arguments: StoreEngineUnderTest.all) func undoneMovesNeverCount(engine: StoreEngineUnderTest) throws {
        let (store, pipeline) = try open(engine)
        let stages = pipeline.stages
        // Five deals enter Prospecting on day 0 and Qualifying on day 2.
        var ids: [Int64] = []
        for index in 0..<5 {
            let deal = try store.addDeal(Deal(
                title: "Deal \(index)", value: Money(minorUnits: 100_000, currency: .usd), pipelineID: pipeline.id,
                stageID: stages[0].id, createdAt: at(day: 0))).value
            ids.append(deal.id)
            try store.moveDeal(id: deal.id, toStageID: stages[1].id, now: at(day: 2))
        }
        // Deal 0 moves on to Contact on day 3, and the move is undone.
        let before = try store.deal(id: ids[0])
        let change = try #require(try store.moveDeal(id: ids[0], toStageID: stages[2].id, now: at(day: 3)).value)
        let after = try store.deal(id: ids[0])
        try store.undo(change: change, restoring: before, expectedVersion: after.version)
        #expect(try store.history(dealID: ids[0]).last?.undone == true)

        let report = try store.report(ReportFilter(pipelineID: pipeline.id), today: today)
        // Prospecting: 5 entries, all moved on after 2 days.
        #expect(report.stages[0].entered == 5)
        #expect(report.stages[0].advanced == 5)
        #expect(report.stages[0].conversion.value == 1.0)
        #expect(report.stages[0].medianDays == 2)
        // Qualifying: 5 entries, none moved on (the undone move does not count), none ended.
        #expect(report.stages[1].entered == 5)
        #expect(report.stages[1].advanced == 0)
        #expect(report.stages[1].completed == 0)
        #expect(report.stages[1].now.dealCount == 5)
        #expect(report.stages[2].entered == 0)
        #expect(report.stages[2].now.dealCount == 0)

        // Redone, the move counts again.
        let undone = try store.deal(id: ids[0])
        try store.redo(change: change, applying: after, expectedVersion: undone.version)
        let redone = try store.report(ReportFilter(pipelineID: pipeline.id), today: today)
        #expect(redone.stages[1].advanced == 1)
        #expect(redone.stages[1].medianDays == 1)
        #expect(redone.stages[2].entered == 1)
    }

    @Test(arguments: StoreEngineUnderTest.all) func paretoShareAndOwnerFilterOverAllMatchingDeals(engine: StoreEngineUnderTest) throws {
        let (store, pipeline) = try open(engine)
        // Ten open USD deals worth 1 to 10 (× 1,000.00), owners alternating Åsa and Bo.
        for value in 1...10 {
            try store.addDeal(Deal(
                title: "Deal \(value)", value: Money(minorUnits: Int64(value) * 100_000, currency: .usd),
                pipelineID: pipeline.id, stageID: pipeline.stages[0].id, owner: value % 2 == 0 ? "Åsa" : "Bo",
                createdAt: at(day: Double(value))))
        }
        let report = try store.report(ReportFilter(pipelineID: pipeline.id), today: today)
        let pareto = try #require(report.pareto.first)
        // Top 20% of 10 deals = 2 deals: 10 + 9 = 19 of 55.
        #expect(pareto.topCount == 2)
        #expect(pareto.topValue.minorUnits == 1_900_000)
        #expect(pareto.totalValue.minorUnits == 5_500_000)
        #expect(pareto.share == 19.0 / 55)
        #expect(pareto.topDeals.map(\.title) == ["Deal 10", "Deal 9"])

        // Owner match ignores case in any script: ÅSA finds Åsa's deals 2, 4, 6, 8, 10.
        let asa = try store.report(ReportFilter(pipelineID: pipeline.id, owner: "åSA"), today: today)
        #expect(asa.deals == 5)
        #expect(asa.stages[0].entered == 5)
        #expect(asa.pareto.first?.topValue.minorUnits == 1_000_000)
        // Created on days 3 to 5 (2026-09-04 to 2026-09-06): deals 3, 4 and 5.
        let window = try store.report(
            ReportFilter(pipelineID: pipeline.id, since: CalendarDay(year: 2026, month: 9, day: 4), until: CalendarDay(year: 2026, month: 9, day: 6)),
            today: today)
        #expect(window.deals == 3)
        #expect(window.stages[0].now.total.byCurrency[.usd] == 1_200_000)
    }

}
