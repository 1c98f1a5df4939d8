import Board
import Foundation
import Pipeline
import Testing

/// The insights screen (`i`) and the revenue planner (`P`): reducer paths and text snapshots.
@Suite struct InsightsBoardTests {
    let pipeline = BoardFixture.pipeline()
    let usd = Currency.usd
    let cny = Currency(code: "CNY")!

    func dollars(_ amount: Int64) -> Money { Money(minorUnits: amount * 100, currency: usd) }

    /// A report as the store would return it for the fixture pipeline, in two currencies.
    func report() -> PipelineReport {
        let s = pipeline.stages
        let flows: [(Int, Int, Int, Double?)] = [(40, 24, 9, 3.5), (24, 15, 9, 6), (15, 12, 9, 4), (12, 10, 9, 9.5), (10, 9, 9, 5)]
        let stages = zip(s, flows).map { stage, flow in
            StageConversion(stage: stage, entered: flow.0, advanced: flow.1, won: flow.2, completed: flow.1, medianDays: flow.3, meanDays: flow.3.map { $0 + 0.5 },
                            now: StageSummary(stageID: stage.id, dealCount: 2, total: try! MoneyTotals([dollars(20_000)]), weighted: try! MoneyTotals([dollars(4_000)])))
        }
        var forecast = Forecast(startingAt: CalendarMonth(year: 2026, month: 11))
        try! forecast.add(month: CalendarMonth(year: 2026, month: 12), deals: 3, total: dollars(30_000), weightedHundredths: 1_200_000 * 100)
        try! forecast.add(month: CalendarMonth(year: 2027, month: 1), deals: 2, total: dollars(50_000), weightedHundredths: 4_000_000 * 100)
        try! forecast.add(month: CalendarMonth(year: 2027, month: 2), deals: 1, total: Money(minorUnits: 8_800_000, currency: cny), weightedHundredths: 2_200_000 * 100)
        return PipelineReport(
            pipeline: pipeline, deals: 52, stages: stages, winRate: WinRate(won: 9, lost: 21),
            currencies: [CurrencyPerformance(currency: usd, wonDeals: 9, lostDeals: 21, wonValue: dollars(90_000), medianWonValue: dollars(8_000), medianCycleDays: 28, openDeals: 10, openValue: dollars(100_000))],
            forecast: forecast,
            pareto: [Pareto(currency: usd, openDeals: 10, totalValue: dollars(100_000), topValue: dollars(55_000), topDeals: [
                ParetoDeal(id: 2, title: "北京数据平台升级项目二期工程", value: dollars(30_000), stageName: "Closing"),
                ParetoDeal(id: 5, title: "Launch party 🎉🚀 for 👩‍💻 team", value: dollars(25_000), stageName: "Contact"),
            ])],
            owners: [SegmentPerformance(name: "王芳", deals: 30, winRate: WinRate(won: 6, lost: 12), wonValue: try! MoneyTotals([dollars(60_000)])),
                     SegmentPerformance(name: "Ann", deals: 22, winRate: WinRate(won: 3, lost: 9), wonValue: try! MoneyTotals([dollars(30_000)]))],
            sources: [SegmentPerformance(name: "referral", deals: 20, winRate: WinRate(won: 6, lost: 4), wonValue: try! MoneyTotals([dollars(60_000)]))],
            lostReasons: [LostReasonTally(reason: "price", deals: 12, value: try! MoneyTotals([dollars(70_000)]))])
    }

    // MARK: - Reducer

    @Test func iOpensInsightsAndAsksForTheReport() {
        var state = BoardFixture.loaded(width: 80, height: 24)
        expectReduce(&state, .keyPressed(.c("i")), effects: [.loadReport(pipelineID: pipeline.id)]) {
            $0.mode = .insights(InsightsScreen())
        }
        let report = report()
        expectReduce(&state, .reportLoaded(report)) { $0.mode = .insights(InsightsScreen(report: report)) }
        expectReduce(&state, .keyPressed(.c("j"))) { $0.mode = .insights(InsightsScreen(report: report, scroll: 1)) }
        expectReduce(&state, .keyPressed(.pageDown)) { $0.mode = .insights(InsightsScreen(report: report, scroll: 19)) }
        expectReduce(&state, .keyPressed(.c("g"))) { $0.mode = .insights(InsightsScreen(report: report, scroll: 0)) }
        expectReduce(&state, .keyPressed(.c("r")), effects: [.loadReport(pipelineID: pipeline.id)])
        expectReduce(&state, .keyPressed(.escape)) { $0.mode = .browsing }
        // A report arriving after the screen closed changes nothing.
        expectReduce(&state, .reportLoaded(report))
    }

    @Test func plannerAsksForTheGoalAndPlansIt() throws {
        var state = BoardFixture.loaded(width: 80, height: 24)
        expectReduce(&state, .keyPressed(.c("P"))) { $0.mode = .planner(PlannerScreen()) }
        press(&state, .c("9"), .c("0"), .c("x"), .backspace, .c("k"), .c(" "), .c("e"), .c("u"), .c("r"))
        #expect(state.mode == .planner(PlannerScreen(goal: "90k eur")))
        expectReduce(&state, .keyPressed(.enter), effects: [.planGoal(pipelineID: pipeline.id, goal: Money(minorUnits: 9_000_000, currency: Currency(code: "EUR")!))])
        expectReduce(&state, .planRefused("no deal in EUR has been won yet")) {
            $0.mode = .planner(PlannerScreen(goal: "90k eur", problem: "no deal in EUR has been won yet"))
        }
        expectReduce(&state, .keyPressed(.escape)) { $0.mode = .browsing }
    }

    /// Issue 14 item 11: the goal's 40 characters counted graphemes, so combining marks typed on one digit grew it without end.
    @Test func theGoalIsLimitedInBytesToo() throws {
        var state = BoardFixture.loaded(width: 80, height: 24)
        press(&state, .c("P"), .c("9"))
        for _ in 0..<1_000 { press(&state, .c("\u{301}")) }
        guard case .planner(let screen) = state.mode else { Issue.record("not planning: \(state.mode)"); return }
        #expect(screen.goal.count == 1)
        #expect(screen.goal.utf8.count <= PlannerScreen.goalLimit.bytes)
        press(&state, .c("x"))
        for _ in 0..<60 { press(&state, .c("1")) }
        guard case .planner(let longer) = state.mode else { return }
        #expect(longer.goal.count <= 40)
    }

    @Test func aGoalThatIsNotAnAmountIsExplainedAndNotPlanned() throws {
        var state = BoardFixture.loaded(width: 80, height: 24)
        press(&state, .c("P"), .c("l"), .c("o"), .c("t"), .c("s"))
        let effects = press(&state, .enter)
        #expect(effects.isEmpty)
        guard case .planner(let screen) = state.mode else { Issue.record("planner closed"); return }
        #expect(screen.problem?.hasPrefix("invalid amount 'lots'") == true)
        #expect(throws: PipelineError.self) { try PlannerScreen.parseGoal("0") }
        #expect(try PlannerScreen.parseGoal("JPY 1.5m") == Money(minorUnits: 1_500_000, currency: Currency(code: "JPY")!))
    }

    // MARK: - Snapshots

    func insightsState(width: Int, height: Int, scroll: Int = 0) -> BoardState {
        var state = BoardFixture.loaded(width: width, height: height)
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.c("i")))
        _ = BoardReducer.reduce(into: &state, action: .reportLoaded(report()))
        for _ in 0..<scroll { _ = BoardReducer.reduce(into: &state, action: .keyPressed(.down)) }
        return state
    }

    @Test func insights80x24() throws {
        try expectSnapshot(BoardView(state: insightsState(width: 80, height: 24)).render(), named: "insights-80x24")
    }

    @Test func insightsScrolledToTheForecast80x24() throws {
        try expectSnapshot(BoardView(state: insightsState(width: 80, height: 24, scroll: 24)).render(), named: "insights-forecast-80x24")
    }

    @Test func insights120x40() throws {
        try expectSnapshot(BoardView(state: insightsState(width: 120, height: 40)).render(), named: "insights-120x40")
    }

    /// Issue 15 item 18: the top-deals table's headings must line up with its rows, whose titles are CJK and emoji
    /// (two columns a character), at 80 and 120 columns; won values are never cut.
    @Test(arguments: [(80, 24), (120, 40)])
    func topDealsLineUpWithTheirHeadings(width: Int, height: Int) throws {
        var state = insightsState(width: width, height: height)
        // Scrolled until the section's title is the first line inside the frame.
        for _ in 0..<200 where !(BoardView(state: state).render().text.split(separator: "\n")[1].contains("Top 20% of open deals")) {
            _ = BoardReducer.reduce(into: &state, action: .keyPressed(.down))
        }
        let screen = BoardView(state: state).render()
        let lines = screen.text.split(separator: "\n").map(String.init)
        let heading = try #require(lines.first { $0.contains("ID") && $0.contains("Deal") && $0.contains("Stage") && $0.contains("Value") })
        // Every row's stage and value start and end in the columns of their headings (display width, not characters).
        func column(of text: String, in line: String) -> Int? {
            guard let range = line.range(of: text) else { return nil }
            return DisplayWidth.of(String(line[..<range.lowerBound]))
        }
        let stageColumn = try #require(column(of: "Stage", in: heading))
        let valueEnd = try #require(column(of: "Value", in: heading)) + 5
        for (stage, value) in [("Closing", "$30,000"), ("Contact", "$25,000")] {
            let row = try #require(lines.first { $0.contains(stage) && $0.contains(value) }, "\(stage) row")
            #expect(column(of: stage, in: row) == stageColumn, "\(row)")
            #expect(column(of: value, in: row).map { $0 + value.count } == valueEnd, "\(row)")
        }
        try expectSnapshot(screen, named: "insights-top-deals-\(width)x\(height)")
    }

    @Test func insights40x12() throws {
        try expectSnapshot(BoardView(state: insightsState(width: 40, height: 12)).render(), named: "insights-40x12")
    }

    @Test func insightsWhileLoading80x24() throws {
        var state = BoardFixture.loaded(width: 80, height: 24)
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.c("i")))
        try expectSnapshot(BoardView(state: state).render(), named: "insights-loading-80x24")
    }

    @Test func planner80x24() throws {
        var state = BoardFixture.loaded(width: 80, height: 24)
        press(&state, .c("P"), .c("1"), .c("0"), .c("0"), .c("k"))
        let stages = report().stages
        let plan = try RevenuePlan(
            goal: dollars(100_000), averageWonValue: dollars(10_000), stages: stages,
            dealsNow: Dictionary(uniqueKeysWithValues: pipeline.stages.map { ($0.id, 2) }), today: CalendarDay(year: 2026, month: 11, day: 29)!)
        _ = BoardReducer.reduce(into: &state, action: .planMade(plan))
        try expectSnapshot(BoardView(state: state).render(), named: "planner-80x24")
    }

    @Test func plannerAsking80x24() throws {
        var state = BoardFixture.loaded(width: 80, height: 24)
        press(&state, .c("P"))
        try expectSnapshot(BoardView(state: state).render(), named: "planner-empty-80x24")
    }
}
