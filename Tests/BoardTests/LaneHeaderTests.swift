import Foundation
import Testing
@testable import Board
@testable import Pipeline

/// Issue 15 item 17: lane headers cut totals mid-number (`$…`, `$165k…`), mixed formats, lost the main
/// currency's weighted value among several and claimed the stage's `@80%` over deals with their own probability.
@Suite("Lane headers: the main currency whole, +N currencies, the stage's rate only when it holds")
struct LaneHeaderTests {
    let cny = Currency(code: "CNY")!
    let eur = Currency(code: "EUR")!

    func summary(_ lines: [(Money, Money, Int, Int64)]) throws -> StageSummary {
        var summary = StageSummary(stageID: 1)
        for (value, weighted, deals, stageWeighted) in lines {
            try summary.add(deals: deals, value: value, weighted: weighted, stageWeighted: stageWeighted)
        }
        return summary
    }

    @Test("the currency of most deals is the main one, whole, then how many others")
    func mainCurrencyWhole() throws {
        let lane = try summary([
            (Money(minorUnits: 16_500_000, currency: .usd), Money(minorUnits: 13_200_000, currency: .usd), 3, 16_500_000),
            (Money(minorUnits: 12_000_000, currency: cny), Money(minorUnits: 9_600_000, currency: cny), 1, 12_000_000),
            (Money(minorUnits: 80_000, currency: eur), Money(minorUnits: 64_000, currency: eur), 1, 80_000),
        ])
        #expect(lane.mainCurrency == .usd)
        #expect(LaneView.headerFigures(lane, probability: 80, width: 30) == ("$165,000 +2 currencies", "≈ $132,000 @80%"))
        // Narrower: the count of others shortens first, then the amount is abbreviated; never cut inside a number.
        #expect(LaneView.headerFigures(lane, probability: 80, width: 14) == ("$165,000 +2", "≈ $132k @80%"))
        #expect(LaneView.headerFigures(lane, probability: 80, width: 9).total == "$165k +2")
    }

    @Test("deals with their own probability: no @stage% on the weighted line")
    func ownProbabilities() throws {
        let lane = try summary([(Money(minorUnits: 100_000, currency: .usd), Money(minorUnits: 35_000, currency: .usd), 2, 50_000)])
        #expect(lane.hasOwnProbabilities)
        #expect(LaneView.headerFigures(lane, probability: 80, width: 30) == ("$1,000", "≈ $350"))
        let empty = StageSummary(stageID: 2)
        #expect(LaneView.headerFigures(empty, probability: 40, width: 30) == ("—", "≈ — @40%"))
    }
}
