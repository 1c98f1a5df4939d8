import Foundation
import Pipeline
import Testing

@Suite struct DealShareTests {
    @Test func fewerThanFiveDealsIsTooLittleHistoryNeverZero() {
        #expect(DealShare(part: 0, whole: 0).value == nil)
        #expect(DealShare(part: 3, whole: 4).value == nil)
        #expect(DealShare(part: 3, whole: 4).percentText == "too little history")
        #expect(DealShare(part: 3, whole: 5).value == 0.6)
        #expect(DealShare(part: 0, whole: 5).percentText == "0%")
        #expect(DealShare(part: 5, whole: 8).percentText == "62.5%")
        #expect(DealShare(part: 2, whole: 3 * 5).percentText == "13.3%")
    }

    @Test func winRateCountsClosedDealsOnly() {
        #expect(WinRate(won: 3, lost: 1).share.value == nil)
        #expect(WinRate(won: 3, lost: 2).share.value == 0.6)
    }
}

@Suite struct MoneyMeasureTests {
    let usd = Currency.usd

    @Test func averageWonValueRoundsHalfUpToTheMinorUnit() {
        // 100.01 over 2 deals = 50.005 -> 50.01
        let performance = CurrencyPerformance(currency: usd, wonDeals: 2, wonValue: Money(minorUnits: 10_001, currency: usd))
        #expect(performance.averageWonValue == Money(minorUnits: 5_001, currency: usd))
        #expect(CurrencyPerformance(currency: usd).averageWonValue == nil)
    }

    @Test func medianOfMoneyStaysInteger() {
        #expect(Median.ofSortedMinorUnits([100, 201]) == 151)  // 150.5 rounds half up
        #expect(Median.ofSortedMinorUnits([1, 5, 9]) == 5)
        #expect(Median.ofSortedMinorUnits([]) == nil)
        #expect(Median.of([9, 1, 4, 2]) == 3)
    }

    @Test func velocityNeedsAWinRateAWinAndACycle() throws {
        let average = Money(minorUnits: 1_500_000, currency: usd)
        // 3 open × 3/6 × 1,500,000 / 16.5 days = 136,363.6 -> 136,364 cents a day.
        let velocity = try #require(SalesVelocity(openDeals: 3, winRate: WinRate(won: 3, lost: 3), averageWonValue: average, medianCycleDays: 16.5))
        #expect(velocity.perDay == Money(minorUnits: 136_364, currency: usd))
        #expect(SalesVelocity(openDeals: 3, winRate: WinRate(won: 3, lost: 1), averageWonValue: average, medianCycleDays: 16.5) == nil)
        #expect(SalesVelocity(openDeals: 3, winRate: WinRate(won: 3, lost: 3), averageWonValue: nil, medianCycleDays: 16.5) == nil)
        #expect(SalesVelocity(openDeals: 3, winRate: WinRate(won: 3, lost: 3), averageWonValue: average, medianCycleDays: 0) == nil)
    }

    @Test func paretoTopIsOneInFiveRoundedUp() {
        #expect(Pareto.topCount(openDeals: 0) == 0)
        #expect(Pareto.topCount(openDeals: 1) == 1)
        #expect(Pareto.topCount(openDeals: 5) == 1)
        #expect(Pareto.topCount(openDeals: 6) == 2)
        #expect(Pareto.topCount(openDeals: 1_000_000) == 200_000)
        let pareto = Pareto(currency: usd, openDeals: 10, totalValue: Money(minorUnits: 1000, currency: usd), topValue: Money(minorUnits: 800, currency: usd))
        #expect(pareto.share == 0.8)
        #expect(Pareto(currency: usd, openDeals: 4, totalValue: Money(minorUnits: 1000, currency: usd), topValue: Money(minorUnits: 800, currency: usd)).share == nil)
    }
}

@Suite struct ForecastTests {
    let usd = Currency.usd

    @Test func bucketsByMonthWithOverdueLaterAndUndated() throws {
        var forecast = Forecast(startingAt: CalendarMonth(year: 2026, month: 11))
        #expect(forecast.months.map(\.month.description) == ["2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04"])
        try forecast.add(month: CalendarMonth(year: 2026, month: 12), deals: 2, total: Money(minorUnits: 1000, currency: usd), weightedHundredths: 25_050)
        try forecast.add(month: CalendarMonth(year: 2026, month: 10), deals: 1, total: Money(minorUnits: 10, currency: usd), weightedHundredths: 100)
        try forecast.add(month: CalendarMonth(year: 2027, month: 5), deals: 1, total: Money(minorUnits: 20, currency: usd), weightedHundredths: 200)
        try forecast.add(month: nil, deals: 1, total: Money(minorUnits: 30, currency: usd), weightedHundredths: 49)
        // 25,050 hundredths = 250.5 cents -> 251 (half up, once).
        #expect(forecast.months[1].bucket.weighted.byCurrency[usd] == 251)
        #expect(forecast.months[1].bucket.deals == 2)
        #expect(forecast.overdue.total.byCurrency[usd] == 10)
        #expect(forecast.later.total.byCurrency[usd] == 20)
        #expect(forecast.undated.weighted.byCurrency[usd] == nil || forecast.undated.weighted.byCurrency[usd] == 0)
        #expect(forecast.undated.deals == 1)
    }

    @Test func monthsRollOverYears() {
        #expect(CalendarMonth(year: 2026, month: 12).adding(months: 1).description == "2027-01")
        #expect(CalendarMonth(year: 2026, month: 1).adding(months: -1).description == "2025-12")
        #expect(CalendarMonth(year: 2026, month: 3).adding(months: 25).description == "2028-04")
        #expect(CalendarMonth(year: 2027, month: 1).shortName == "Jan 2027")
    }
}

@Suite struct StageFlowTallyTests {
    let pipeline = Pipeline(id: 1, name: "Sales", stages: [
        Stage(id: 11, pipelineID: 1, name: "A", position: 0, probability: 20, stallDays: 0),
        Stage(id: 12, pipelineID: 1, name: "B", position: 1, probability: 50, stallDays: 0),
        Stage(id: 13, pipelineID: 1, name: "C", position: 2, probability: 80, stallDays: 0),
    ])
    let day: TimeInterval = 86_400

    func change(_ id: Int64, _ kind: StageChange.Kind, from: Int64?, to: Int64, day offset: Double, undone: Bool = false) -> StageChange {
        StageChange(
            id: id, dealID: 1, fromStageID: from, toStageID: to, fromStageName: from.map { "s\($0)" }, toStageName: "s\(to)",
            kind: kind, at: Date(timeIntervalSince1970: 1_000_000 + offset * day), undone: undone)
    }

    @Test func backwardMovesCountOncePerEntryAndUndoneMovesNever() {
        var tally = StageFlowTally(pipeline: pipeline)
        // A (1 day) -> B (1 day) -> back to A (2 days) -> B (2 days) -> won; a move to C on day 5 was undone.
        tally.add(history: [
            change(1, .created, from: nil, to: 11, day: 0),
            change(2, .moved, from: 11, to: 12, day: 1),
            change(3, .moved, from: 12, to: 11, day: 2),
            change(4, .moved, from: 11, to: 12, day: 4),
            change(5, .moved, from: 12, to: 13, day: 5, undone: true),
            change(6, .won, from: 12, to: 12, day: 6),
        ], dealWon: true)
        let flows = tally.conversions()
        #expect(flows.map(\.entered) == [2, 2, 0])
        #expect(flows.map(\.advanced) == [2, 1, 0])  // B's first stay went backwards; its second ended in a win
        #expect(flows.map(\.won) == [2, 2, 0])
        #expect(flows[0].medianDays == 1.5)
        #expect(flows[1].medianDays == 1.5)
        #expect(flows[1].meanDays == 1.5)
        #expect(flows[2].medianDays == nil)
        #expect(flows[0].conversion.value == nil, "two entries are too few for a rate")
    }

    @Test func importedStageEntryStartsTheStayInsteadOfCountingTwice() {
        var tally = StageFlowTally(pipeline: pipeline)
        // Imported into B: created on day 0, entered B on day 3 (moved from no stage), lost on day 5.
        tally.add(history: [
            StageChange(id: 1, dealID: 2, fromStageID: nil, toStageID: 12, fromStageName: nil, toStageName: "B", kind: .created, at: Date(timeIntervalSince1970: 0)),
            StageChange(id: 2, dealID: 2, fromStageID: nil, toStageID: 12, fromStageName: nil, toStageName: "B", kind: .moved, at: Date(timeIntervalSince1970: 3 * day)),
            StageChange(id: 3, dealID: 2, fromStageID: 12, toStageID: 12, fromStageName: "B", toStageName: "B", kind: .lost, at: Date(timeIntervalSince1970: 5 * day)),
        ], dealWon: false)
        let flows = tally.conversions()
        #expect(flows[1].entered == 1)
        #expect(flows[1].advanced == 0)
        #expect(flows[1].medianDays == 2)
    }

    @Test func skippingAStageAdvancesAndAStayStillOpenIsNotTimed() {
        var tally = StageFlowTally(pipeline: pipeline)
        for deal in 0..<5 {
            tally.add([
                .init(kind: .created, stageID: 11, fromNowhere: true, at: 0),
                .init(kind: .moved, stageID: 13, fromNowhere: false, at: Int64(deal + 1) * 86_400),
            ], dealWon: false)
        }
        let flows = tally.conversions()
        #expect(flows[0].conversion.value == 1.0)
        #expect(flows[0].medianDays == 3)
        #expect(flows[2].entered == 5)
        #expect(flows[2].completed == 0)
        // Five deals sit in Contact and none has left it: no rate yet, not 0% (a fresh import reads so).
        #expect(flows[2].conversion.value == nil)
        #expect(flows[2].conversion.isTooLittleHistory)
        #expect(StageFlowTally.kind(firstLetter: 117) == .unparked)
        #expect(StageFlowTally.kind(firstLetter: 120) == nil)
    }
}

@Suite struct RevenuePlanTests {
    let stages = ["Prospecting", "Qualifying", "Contact", "Relationship", "Closing"].enumerated().map { index, name in
        Stage(id: Int64(index + 1), pipelineID: 1, name: name, position: index, probability: [10, 25, 40, 60, 80][index], stallDays: 0)
    }
    let usd = Currency.usd
    let today = CalendarDay(year: 2026, month: 11, day: 29)!

    /// Stages whose every entry has ended (moved on, won, lost or parked).
    func history(_ flows: [(entered: Int, advanced: Int, days: Double?)]) -> [StageConversion] {
        zip(stages, flows).map {
            StageConversion(stage: $0, entered: $1.entered, advanced: $1.advanced, completed: $1.entered, medianDays: $1.days)
        }
    }

    @Test func worksBackFromTheGoalThroughEveryStageGap() throws {
        // Rates 10/20, 6/10, 3/6, 4/5, 2/5; 100,000 / 12,500 = 8 won deals.
        // Closing 8 × 5/2 = 20, now 4, gap 16; Relationship 16 × 5/4 = 20, now 1, gap 19;
        // Contact 19 × 6/3 = 38, now 2, gap 36; Qualifying 36 × 10/6 = 60, now 9, gap 51;
        // Prospecting 51 × 20/10 = 102, now 3, gap 99.
        let plan = try RevenuePlan(
            goal: Money(minorUnits: 10_000_000, currency: usd), averageWonValue: Money(minorUnits: 1_250_000, currency: usd),
            stages: history([(20, 10, 4.5), (10, 6, 3), (6, 3, 10), (5, 4, 7), (5, 2, 20)]),
            dealsNow: [1: 3, 2: 9, 3: 2, 4: 1, 5: 4], today: today, by: CalendarDay(year: 2027, month: 3, day: 31))
        #expect(plan.basis == .history)
        #expect(plan.wonDealsNeeded == 8)
        #expect(plan.steps.map(\.dealsNeeded) == [102, 60, 38, 20, 20])
        #expect(plan.steps.map(\.gap) == [99, 51, 36, 19, 16])
        #expect(plan.steps.map(\.conversion.rate) == [0.5, 0.6, 0.5, 0.8, 0.4])
        #expect(plan.newDealsNeededAtTop == 99)
        // 4.5 + 3 + 10 + 7 + 20 = 44.5 days, 45 whole days.
        #expect(plan.daysThroughPipeline == 44.5)
        #expect(plan.earliestClose == CalendarDay(year: 2027, month: 1, day: 13))
        #expect(plan.enterTopBy == CalendarDay(year: 2027, month: 2, day: 14))
        #expect(!plan.isTooLate)
    }

    @Test func exactFractionsNeverRoundSixOverSixTenthsUpToEleven() throws {
        let one = [StageConversion(stage: stages[4], entered: 5, advanced: 3, completed: 5)]
        let plan = try RevenuePlan(
            goal: Money(minorUnits: 600, currency: usd), averageWonValue: Money(minorUnits: 100, currency: usd),
            stages: one, dealsNow: [:], today: today)
        #expect(plan.wonDealsNeeded == 6)
        #expect(plan.steps[0].dealsNeeded == 10)
    }

    @Test func wonDealsNeededRoundUp() throws {
        let plan = try RevenuePlan(
            goal: Money(minorUnits: 10_001, currency: usd), averageWonValue: Money(minorUnits: 5_000, currency: usd),
            stages: history([(0, 0, nil), (0, 0, nil), (0, 0, nil), (0, 0, nil), (0, 0, nil)]), dealsNow: [:], today: today)
        #expect(plan.wonDealsNeeded == 3)
        #expect(plan.basis == .probabilities)
        // Closing 3 × 100/80 = 3.75 -> 4; Relationship 4 × 80/60 = 5.33 -> 6; Contact 6 × 60/40 = 9;
        // Qualifying 9 × 40/25 = 14.4 -> 15; Prospecting 15 × 25/10 = 37.5 -> 38.
        #expect(plan.steps.map(\.dealsNeeded) == [38, 15, 9, 6, 4])
        #expect(plan.daysThroughPipeline == nil)
        #expect(plan.earliestClose == nil)
    }

    @Test func enoughDealsInThePipelineNeedNoNewOnes() throws {
        let plan = try RevenuePlan(
            goal: Money(minorUnits: 100, currency: usd), averageWonValue: Money(minorUnits: 100, currency: usd),
            stages: history([(5, 5, 1), (5, 5, 1), (5, 5, 1), (5, 5, 1), (5, 5, 1)]), dealsNow: [5: 1], today: today)
        #expect(plan.steps.map(\.gap) == [0, 0, 0, 0, 0])
        #expect(plan.newDealsNeededAtTop == 0)
    }

    @Test func refusesWhatCannotBePlanned() {
        #expect(throws: PipelineError.self) {
            try RevenuePlan(goal: Money(minorUnits: 100, currency: usd), averageWonValue: nil, stages: history([]), dealsNow: [:], today: today)
        }
        #expect(throws: PipelineError.self) {
            // Five deals left Contact and none moved on: no number of new deals reaches the goal.
            try RevenuePlan(
                goal: Money(minorUnits: 100, currency: usd), averageWonValue: Money(minorUnits: 100, currency: usd),
                stages: history([(5, 5, 1), (5, 5, 1), (5, 0, 1), (5, 5, 1), (5, 5, 1)]), dealsNow: [:], today: today)
        }
        #expect(throws: PipelineError.self) {
            try RevenuePlan(
                goal: Money(minorUnits: 100, currency: usd), averageWonValue: Money(minorUnits: 100, currency: usd),
                stages: history([(5, 5, 1)]), dealsNow: [:], today: today, by: CalendarDay(year: 2026, month: 11, day: 1))
        }
    }

    /// Right after an import every deal still sits in the stage it was created in: the stages have entries but none
    /// has ended, so the plan works from the stages' probabilities instead of refusing ("no deal has moved on").
    @Test func stagesWhoseDealsHaveNotLeftYetPlanFromProbabilities() throws {
        let imported = zip(stages, [10, 7, 9, 6, 8]).map { StageConversion(stage: $0, entered: $1) }
        let plan = try RevenuePlan(
            goal: Money(minorUnits: 25_000_000, currency: usd), averageWonValue: Money(minorUnits: 5_000_000, currency: usd),
            stages: imported, dealsNow: [1: 10, 2: 7, 3: 9, 4: 6, 5: 8], today: today, by: CalendarDay(year: 2027, month: 3, day: 31))
        #expect(plan.basis == .probabilities)
        #expect(plan.steps.map(\.conversion) == RevenuePlan.probabilityConversions(stages))
        // 5 won deals: Closing 5 × 100/80 = 6.25 -> 7, 8 there now: nothing more needed.
        #expect(plan.steps.map(\.dealsNeeded) == [0, 0, 0, 0, 7])
        #expect(plan.newDealsNeededAtTop == 0)
        // Four of five deals left Closing, three of them won: still too few ended entries for a rate.
        #expect(StageConversion(stage: stages[4], entered: 8, advanced: 3, completed: 4).conversion.value == nil)
        #expect(StageConversion(stage: stages[4], entered: 8, advanced: 3, completed: 5).conversion.value == 3.0 / 8)
    }

    @Test func probabilityConversionsNeverExceedOne() {
        let odd = [30, 20, 90].enumerated().map { Stage(id: Int64($0), pipelineID: 1, name: "S\($0)", position: $0, probability: $1, stallDays: 0) }
        #expect(RevenuePlan.probabilityConversions(odd).map(\.rate) == [1.0, 20.0 / 90, 0.9])
    }
}

@Suite struct BarChartTests {
    @Test func barsEndInEighths() {
        #expect(BarChart.bar(5, maximum: 10, width: 10) == "█████")
        #expect(BarChart.bar(0.35, maximum: 1, width: 10) == "███▌")
        #expect(BarChart.bar(1, maximum: 8, width: 1) == "▏")
        #expect(BarChart.bar(0.001, maximum: 10, width: 10) == "▏", "anything above zero shows")
        #expect(BarChart.bar(0, maximum: 10, width: 10) == "")
        #expect(BarChart.bar(3, maximum: 0, width: 10) == "")
        #expect(BarChart.bar(20, maximum: 10, width: 4) == "████", "never wider than the column")
    }

    @Test func shadedPartFollowsTheSolidPart() {
        #expect(BarChart.bar(solid: 2, shaded: 3, maximum: 10, width: 10) == "██░░░")
        #expect(BarChart.bar(solid: 2.5, shaded: 2.5, maximum: 10, width: 10) == "██▌░░")
        #expect(BarChart.bar(solid: 0, shaded: 0.01, maximum: 10, width: 10) == "░")
    }

    @Test func linesAlignLabelsByDisplayWidth() {
        let chart = BarChart(rows: [
            BarChart.Row(label: "客户", value: 4, caption: "4"),
            BarChart.Row(label: "Qualifying", value: 2, caption: "2"),
        ])
        // Labels get at most a third of 20 columns (6); bars get 20 - 6 - 1 - 2 = 11.
        #expect(chart.lines(width: 20) == [
            "客户   ███████████ 4",
            "Quali… █████▌      2",
        ])
        for line in chart.lines(width: 20) { #expect(DisplayWidth.of(line) == 20) }
        let hostile = BarChart(rows: [BarChart.Row(label: "a\u{1B}[31m", value: 1)]).lines(width: 20)
        #expect(!hostile[0].contains("\u{1B}"))
    }
}

@Suite struct MedianTests {
    @Test func selectionAgreesWithSortingOnManyShapes() {
        var generator = SystemRandomNumberGenerator()
        for count in [1, 2, 3, 4, 5, 10, 101, 1000] {
            for _ in 0..<20 {
                let values = (0..<count).map { _ in Int64.random(in: 0...50, using: &generator) }
                let sorted = values.sorted()
                #expect(Median.of(values) == Median.ofSorted(sorted), "\(values)")
            }
        }
        #expect(Median.of([]) == nil)
        #expect(Median.of([7, 7, 7, 7]) == 7)
    }
}

@Suite struct StageChangeKindLetterTests {
    @Test func everyKindIsFoundByItsFirstLetter() {
        for kind in StageChange.Kind.allCases {
            let letter = Int64(kind.rawValue.unicodeScalars.first!.value)
            #expect(StageFlowTally.kind(firstLetter: letter) == kind)
        }
        #expect(Set(StageChange.Kind.allCases.map { $0.rawValue.first! }).count == StageChange.Kind.allCases.count)
    }
}

@Suite struct ReportPageTests {
    let usd = Currency.usd

    func report() throws -> PipelineReport {
        let lead = Stage(id: 1, pipelineID: 1, name: "Lead", position: 0, probability: 20, stallDays: 0)
        let deal = Stage(id: 2, pipelineID: 1, name: "Deal", position: 1, probability: 60, stallDays: 0)
        func dollars(_ amount: Int64) -> Money { Money(minorUnits: amount * 100, currency: usd) }
        var forecast = Forecast(startingAt: CalendarMonth(year: 2026, month: 11))
        try forecast.add(month: CalendarMonth(year: 2026, month: 12), deals: 4, total: dollars(400), weightedHundredths: 8_000 * 100)
        return PipelineReport(
            pipeline: Pipeline(id: 1, name: "Sales", stages: [lead, deal]), deals: 12,
            stages: [
                StageConversion(stage: lead, entered: 10, advanced: 6, won: 3, completed: 8, medianDays: 2, meanDays: 2.5,
                                now: StageSummary(stageID: 1, dealCount: 4, total: try MoneyTotals([dollars(400)]), weighted: try MoneyTotals([dollars(80)]))),
                StageConversion(stage: deal, entered: 6, advanced: 3, won: 3, completed: 6, medianDays: 5, meanDays: 5),
            ],
            winRate: WinRate(won: 3, lost: 5),
            currencies: [CurrencyPerformance(currency: usd, wonDeals: 3, lostDeals: 5, wonValue: dollars(300), medianWonValue: dollars(100), medianCycleDays: 7, openDeals: 4, openValue: dollars(400))],
            forecast: forecast,
            pareto: [Pareto(currency: usd, openDeals: 4, totalValue: dollars(400), topValue: dollars(100), topDeals: [ParetoDeal(id: 1, title: "大单 🚀", value: dollars(100), stageName: "Lead")])],
            owners: [SegmentPerformance(name: "Ann", deals: 12, winRate: WinRate(won: 3, lost: 5), wonValue: try MoneyTotals([dollars(300)]))],
            sources: [], lostReasons: [LostReasonTally(reason: "price", deals: 5, value: try MoneyTotals([dollars(500)]))])
    }

    @Test func funnelBarsWithConversionBetweenThem() throws {
        let lines = ReportPage.lines(try report(), width: 60)
        // Labels 4 wide, captions 5 ("10 in"): bars get 60 - 4 - 5 - 2 = 49 columns.
        // Deal: 6 of 10 × 49 = 29.4 cells = 235 eighths: 29 full blocks and three eighths.
        #expect(Array(lines[0..<8]) == [
            "Pipeline Sales · 12 deals",
            "Win rate: 37.5% (3 won, 5 lost)",
            "",
            "Funnel: entries per stage, share moving on",
            "Lead " + String(repeating: "█", count: 49) + " 10 in",
            "     ↓ 60% moved on (6 of 10) · 30% won in the end",
            "Deal " + String(repeating: "█", count: 29) + "▍" + String(repeating: " ", count: 19) + " 6 in",
            "     ↓ 50% won (3 of 6) · 50% won in the end",
        ])
        for line in lines where line.contains("█") || line.contains("░") { #expect(DisplayWidth.of(line) <= 60, "\(line)") }
        for line in ReportPage.lines(try report(), width: 80) { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
        #expect(lines.contains { $0.hasPrefix("Dec 2026 ") && $0.contains("░") })
        #expect(lines.contains { $0.contains("大单 🚀") })
        #expect(lines.contains("USD: the top 1 of 4 open deals hold $100 of $400 (too few deals for a share)"))
    }

    @Test func moneyInTablesIsNeverCutAndNeverAddedAcrossCurrencies() throws {
        var wide = try report()
        let won = try MoneyTotals([
            Money(minorUnits: 29_250_000, currency: Currency(code: "CNY")!), Money(minorUnits: 14_100_000, currency: Currency(code: "EUR")!),
            Money(minorUnits: 1_230_000_000, currency: Currency(code: "JPY")!), Money(minorUnits: 3_650_000, currency: usd),
        ])
        wide.owners = [SegmentPerformance(name: "Sam Patel", deals: 23, winRate: WinRate(won: 8, lost: 4), wonValue: won)]
        wide.lostReasons = [LostReasonTally(reason: "went silent", deals: 4, value: won)]
        let lines = ReportPage.lines(wide, width: 80)
        for amount in won.amounts {
            #expect(lines.filter { $0.hasSuffix(amount.compact) }.count == 2, "\(amount.compact) whole in both tables")
        }
        #expect(!lines.contains { $0.contains("…") })
        #expect(lines.contains { $0.hasPrefix("Sam Patel") && $0.hasSuffix(won.amounts[0].compact) })
    }

    @Test func planPageStatesTheBasisAndTheHeadline() throws {
        let stages = try report().stages
        let plan = try RevenuePlan(
            goal: Money(minorUnits: 30_000, currency: usd), averageWonValue: Money(minorUnits: 10_000, currency: usd),
            stages: stages, dealsNow: [1: 4], today: CalendarDay(year: 2026, month: 11, day: 29)!)
        let lines = RevenuePlanPage.lines(plan, pipeline: try report().pipeline)
        // 3 won needed; Deal 3 × 6/3 = 6, gap 6; Lead 6 × 10/6 = 10, now 4, gap 6; 2 + 5 = 7 days through.
        #expect(lines[1] == "Average won deal $100.00: 3 won deals needed")
        #expect(lines[2] == "Rates from history (at least 5 deals have left every stage)")
        #expect(lines.contains("Lead        60%      10    4    6       2 days"))
        #expect(lines.last == "Add 6 new deals to Lead; at the historical pace (7 days through the pipeline) deals added today close around 2026-12-06.")
    }
}
