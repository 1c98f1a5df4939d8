import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import Testing

/// Lost reasons typed in different cases or spacing are one reason, in the board's offer and in the report, on every
/// engine.
@Suite("Store contract: one lost reason whatever its case")
struct LostReasonConformanceTests {
    let directory = TemporaryDirectory()
    let today = CalendarDay(year: 2026, month: 11, day: 29)!

    @Test(arguments: StoreEngineUnderTest.all) func spellingsOfOneReasonAreOfferedAndCountedOnce(engine: StoreEngineUnderTest) throws {
        let store = try engine.open(directory)
        let pipeline = try store.pipeline(named: nil)
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        // Three deals lost for "No budget" spelled two ways (the store trims the second), two for "price".
        let reasons = ["No budget", "no budget ", "No budget", "price", "Price"]
        for (index, reason) in reasons.enumerated() {
            let deal = try store.addDeal(Deal(
                title: "Deal \(index)", value: Money(minorUnits: 10_000 * Int64(index + 1), currency: .usd),
                pipelineID: pipeline.id, stageID: pipeline.stages[0].id, createdAt: now)).value
            try store.markLost(id: deal.id, reason: reason, now: now)
        }

        #expect(try store.lostReasons() == ["No budget", "Price"])
        #expect(try store.lostReasons(limit: 1) == ["No budget"])

        let report = try store.report(ReportFilter(pipelineID: pipeline.id), today: today)
        let tallies = report.lostReasons.map { ($0.reason, $0.deals, $0.value.amounts.map(\.minorUnits)) }
        #expect(tallies.count == 2)
        #expect(tallies[0].0 == "No budget" && tallies[0].1 == 3 && tallies[0].2 == [10_000 + 20_000 + 30_000])
        #expect(tallies[1].0 == "Price" && tallies[1].1 == 2 && tallies[1].2 == [40_000 + 50_000])
    }
}
