import Pipeline
import Testing

/// The lanes' figures and the forecast, added up from groups of open deals the way both engines read them.
@Suite("Open deals: lane summaries and forecast from grouped rows")
struct OpenDealTallyTests {
    let usd = Currency.usd
    let cny = Currency.cny
    let today = CalendarDay(year: 2026, month: 11, day: 29)!

    @Test func groupsOfOneStageAddUpPerCurrencyAndRoundTheWeightedSumOncePerStage() throws {
        var tally = OpenDealTally()
        // Two close days in one month: 50 + 50 hundredths is one cent, where rounding each would give two.
        try tally.add(stageID: 7, day: "2026-12-01", currency: usd, deals: 1, total: 10, weightedHundredths: 50, stageWeighted: 10)
        try tally.add(stageID: 7, day: "2026-12-20", currency: usd, deals: 2, total: 20, weightedHundredths: 50, stageWeighted: 20)
        try tally.add(stageID: 7, day: nil, currency: cny, deals: 1, total: 300, weightedHundredths: 15_049, stageWeighted: 300)
        let (summaries, forecast) = try tally.figures(today: today)
        let stage = try #require(summaries[7])
        #expect(summaries.count == 1)
        #expect(stage.dealCount == 4)
        #expect(stage.dealsByCurrency == [usd: 3, cny: 1])
        #expect(stage.total.byCurrency == [usd: 30, cny: 300])
        #expect(stage.weighted.byCurrency == [usd: 1, cny: 150])
        #expect(!stage.hasOwnProbabilities)
        #expect(forecast.months[1].month == CalendarMonth(year: 2026, month: 12))
        #expect(forecast.months[1].bucket.deals == 3)
        #expect(forecast.months[1].bucket.total.byCurrency == [usd: 30])
        #expect(forecast.months[1].bucket.weighted.byCurrency == [usd: 1])
        #expect(forecast.undated.deals == 1)
        #expect(forecast.undated.weighted.byCurrency == [cny: 150])
    }

    @Test func aDealOnItsOwnProbabilityMarksItsStageOnly() throws {
        var tally = OpenDealTally()
        try tally.add(stageID: 1, day: "2026-11-02", currency: usd, deals: 2, total: 100, weightedHundredths: 5_000, stageWeighted: 100)
        try tally.add(stageID: 2, day: "2026-11-02", currency: usd, deals: 2, total: 100, weightedHundredths: 7_000, stageWeighted: 40)
        let (summaries, forecast) = try tally.figures(today: today)
        #expect(summaries[1]?.hasOwnProbabilities == false)
        #expect(summaries[2]?.hasOwnProbabilities == true)
        #expect(summaries[2]?.weighted.byCurrency == [usd: 70])
        #expect(forecast.months[0].bucket.deals == 4)
        #expect(forecast.months[0].bucket.weighted.byCurrency == [usd: 120])
    }

    @Test func daysBeforeThisMonthAreOverdueAndPastTheSixMonthsLater() throws {
        var tally = OpenDealTally()
        try tally.add(stageID: 1, day: "2026-10-31", currency: usd, deals: 1, total: 10, weightedHundredths: 1_000, stageWeighted: 10)
        try tally.add(stageID: 1, day: "2027-05-01", currency: usd, deals: 1, total: 20, weightedHundredths: 2_000, stageWeighted: 20)
        let (_, forecast) = try tally.figures(today: today)
        #expect(forecast.overdue.total.byCurrency == [usd: 10])
        #expect(forecast.later.total.byCurrency == [usd: 20])
        #expect(forecast.months.allSatisfy { $0.bucket.deals == 0 })
    }

    @Test func aSumPastSixtyFourBitsIsRefusedNamingItsCurrency() throws {
        var tally = OpenDealTally()
        try tally.add(stageID: 1, day: nil, currency: usd, deals: 1, total: 1, weightedHundredths: Int64.max, stageWeighted: 1)
        #expect(throws: MoneyTotals.tooLarge(usd)) {
            try tally.add(stageID: 1, day: nil, currency: usd, deals: 1, total: 1, weightedHundredths: 1, stageWeighted: 1)
        }
    }
}
