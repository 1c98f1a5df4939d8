import Board
import Foundation
import Pipeline
import Testing
import Wording

/// The insights (`i`) and planner (`P`) screens and the pipeline chooser (`p`) in Chinese (issue 19):
/// every line fits its width, the frame's right rule stays in its column (CJK is two columns), no
/// character is cut in half, no English word is left, and table columns line up by display width.
@Suite("Insights, planner and pipeline chooser in Chinese")
struct ChineseInsightsSnapshotTests {
    let pipeline = BoardFixture.pipeline(name: "销售", stageNames: Pipeline.defaultNames(for: .simplifiedChinese).stages)
    let revisit = BoardFixture.pipeline(id: 2, name: "以后再跟进", stageNames: ["已搁置"])
    let cny = Currency.cny

    func yuan(_ amount: Int64) -> Money { Money(minorUnits: amount * 100, currency: cny) }

    /// A report as the store would return it, all in CNY, with Chinese owners, sources and reasons.
    func report() -> PipelineReport {
        let s = pipeline.stages
        let flows: [(Int, Int, Int, Double?)] = [(1_240, 24, 9, 3.5), (24, 15, 9, 6), (15, 12, 9, 4), (12, 10, 9, 9.5), (10, 9, 9, 1)]
        let stages = zip(s, flows).map { stage, flow in
            StageConversion(
                stage: stage, entered: flow.0, advanced: flow.1, won: flow.2, completed: flow.1, medianDays: flow.3, meanDays: flow.3.map { $0 + 0.5 },
                now: StageSummary(stageID: stage.id, dealCount: 2, total: try! MoneyTotals([yuan(200_000)]), weighted: try! MoneyTotals([yuan(40_000)])))
        }
        var forecast = Forecast(startingAt: CalendarMonth(year: 2026, month: 11))
        try! forecast.add(month: CalendarMonth(year: 2026, month: 12), deals: 3, total: yuan(300_000), weightedHundredths: 12_000_000 * 100)
        try! forecast.add(month: CalendarMonth(year: 2027, month: 1), deals: 2, total: yuan(500_000), weightedHundredths: 40_000_000 * 100)
        return PipelineReport(
            pipeline: pipeline, deals: 1_252, stages: stages, winRate: WinRate(won: 9, lost: 21),
            currencies: [CurrencyPerformance(
                currency: cny, wonDeals: 9, lostDeals: 21, wonValue: yuan(900_000), medianWonValue: yuan(80_000), medianCycleDays: 28,
                openDeals: 10, openValue: yuan(1_000_000))],
            forecast: forecast,
            pareto: [Pareto(currency: cny, openDeals: 10, totalValue: yuan(1_000_000), topValue: yuan(550_000), topDeals: [
                ParetoDeal(id: 2, title: "北京数据平台升级项目二期工程", value: yuan(300_000), stageName: "成交"),
                ParetoDeal(id: 5, title: "上海蓝海贸易 新采购", value: yuan(250_000), stageName: "初步接触"),
            ])],
            owners: [SegmentPerformance(name: "王芳", deals: 30, winRate: WinRate(won: 6, lost: 12), wonValue: try! MoneyTotals([yuan(600_000)])),
                     SegmentPerformance(name: nil, deals: 3, winRate: WinRate(won: 1, lost: 1), wonValue: try! MoneyTotals([yuan(30_000)]))],
            sources: [SegmentPerformance(name: "转介绍", deals: 20, winRate: WinRate(won: 6, lost: 4), wonValue: try! MoneyTotals([yuan(600_000)]))],
            lostReasons: [LostReasonTally(reason: "价格太高", deals: 12, value: try! MoneyTotals([yuan(700_000)]))])
    }

    func board(width: Int, height: Int) -> BoardState {
        var state = BoardState(width: width, height: height, now: BoardFixture.now, dateFormat: .chinese, language: .simplifiedChinese)
        _ = BoardReducer.start(&state)
        let deal = BoardFixture.deal(1, "北京星云科技 续约", stage: pipeline.stages[0], value: 12_500_000, currency: cny)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, [deal], pipelines: [pipeline, revisit])))
        return state
    }

    func insights(width: Int, height: Int, scroll: Int = 0) -> BoardState {
        var state = board(width: width, height: height)
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character("i")))
        _ = BoardReducer.reduce(into: &state, action: .reportLoaded(report()))
        for _ in 0..<scroll { _ = BoardReducer.reduce(into: &state, action: .keyPressed(.down)) }
        return state
    }

    func planner(width: Int, height: Int, by goalDate: CalendarDay? = nil) throws -> BoardState {
        var state = board(width: width, height: height)
        for key in ["P", "1", "0", "0", "万"] { _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character(Character(key)))) }
        let plan = try RevenuePlan(
            goal: yuan(1_000_000), averageWonValue: yuan(100_000), stages: report().stages,
            dealsNow: Dictionary(uniqueKeysWithValues: pipeline.stages.map { ($0.id, 2) }), today: CalendarDay(year: 2026, month: 11, day: 29)!,
            by: goalDate)
        _ = BoardReducer.reduce(into: &state, action: .planMade(plan))
        return state
    }

    /// The character drawn at a display column of a line (CJK counts two columns), nil inside a wide character.
    static func character(at column: Int, of line: Substring) -> Character? {
        var used = 0
        for character in line {
            if used == column { return character }
            used += DisplayWidth.of(character)
            if used > column { return nil }
        }
        return nil
    }

    /// Every line fits its width, nothing is cut, the frame's rules stand in their columns and no English word is left.
    func expectChinese(_ screen: Screen, width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            #expect(DisplayWidth.of(String(line)) <= width, "a line overflows: \(line)", sourceLocation: sourceLocation)
            #expect(!line.contains("\u{FFFD}"), "a character was cut: \(line)", sourceLocation: sourceLocation)
        }
        // The overlay's frame: from the top rule to the bottom one, the right rule at the last column.
        let top = lines.firstIndex { $0.hasPrefix("┌") }
        let bottom = lines.lastIndex { $0.hasPrefix("└") }
        if let top, let bottom {
            for line in lines[top...bottom] {
                let right = Self.character(at: width - 1, of: line)
                #expect(right == "│" || right == "┐" || right == "┘", "the right rule is out of its column: \(line)", sourceLocation: sourceLocation)
            }
        } else {
            Issue.record("no frame drawn:\n\(screen.text)", sourceLocation: sourceLocation)
        }
        // Words of three letters or more are English, but for the currency codes and key names the screens show.
        let allowed: Set<String> = ["CNY", "USD", "EUR", "Enter", "enter", "esc", "pgup", "pgdn"]
        let words = screen.text.split { !$0.isASCII || !$0.isLetter }.map(String.init).filter { $0.count >= 3 && !allowed.contains($0) }
        #expect(words.isEmpty, "English left: \(words)\n\(screen.text)", sourceLocation: sourceLocation)
    }

    /// The display column where a text ends on a line.
    static func end(of text: String, in line: String) -> Int? {
        guard let range = line.range(of: text, options: .backwards) else { return nil }
        return DisplayWidth.of(String(line[..<range.upperBound]))
    }

    @Test(arguments: [(80, 24), (120, 40), (160, 50)])
    func insightsInChinese(width: Int, height: Int) throws {
        let screen = BoardView(state: insights(width: width, height: height)).render()
        expectChinese(screen, width: width)
        for words in ["┌─ 洞察 · 销售", "销售管道：销售 · 1,252 个商机", "赢单率：30%（赢单 9 个，输单 21 个）", "进入 1,240", "↓ 90% 赢单（10 个中 9 个）"] {
            #expect(screen.text.contains(words), "\(words) missing:\n\(screen.text)")
        }
        try expectSnapshot(screen, named: "chinese-insights-\(width)x\(height)")
    }

    /// Scrolled to the end: the forecast's months, the top deals, owners, sources and lost reasons; the
    /// tables' headings end in the columns of their numbers and money.
    @Test(arguments: [(80, 24), (120, 40), (160, 50)])
    func insightsScrolledInChinese(width: Int, height: Int) throws {
        let screen = BoardView(state: insights(width: width, height: height, scroll: 200)).render()
        expectChinese(screen, width: width)
        let lines = screen.text.split(separator: "\n").map(String.init)
        #expect(screen.text.contains("↑ 更多"), "\(screen.text)")
        for words in ["输单原因", "价格太高", "赢单率", "（无负责人）"] {
            #expect(screen.text.contains(words), "\(words) missing:\n\(screen.text)")
        }
        let heading = try #require(lines.first { $0.contains("原因") && $0.contains("商机数") && $0.contains("金额") })
        let row = try #require(lines.first { $0.contains("价格太高") })
        #expect(Self.end(of: "商机数", in: heading) == Self.end(of: "12", in: row), "\(heading)\n\(row)")
        #expect(Self.end(of: "金额", in: heading) == Self.end(of: "¥700,000", in: row), "\(heading)\n\(row)")
        try expectSnapshot(screen, named: "chinese-insights-end-\(width)x\(height)")
    }

    @Test func insightsForecastInChinese() throws {
        var state = insights(width: 120, height: 40)
        for _ in 0..<200 where !(BoardView(state: state).render().text.split(separator: "\n")[1].contains("按预计成交月份的预测")) {
            _ = BoardReducer.reduce(into: &state, action: .keyPressed(.down))
        }
        let screen = BoardView(state: state).render()
        expectChinese(screen, width: 120)
        for words in ["2026年12月", "2027年1月", "¥300,000（加权 ¥120,000）", "金额前 20% 的进行中商机", "10 个进行中商机里，金额最高的"] {
            #expect(screen.text.contains(words), "\(words) missing:\n\(screen.text)")
        }
        let lines = screen.text.split(separator: "\n").map(String.init)
        let heading = try #require(lines.first { $0.contains("编号") && $0.contains("商机") && $0.contains("阶段") })
        let row = try #require(lines.first { $0.contains("上海蓝海贸易") })
        #expect(Self.end(of: "金额", in: heading) == Self.end(of: "¥250,000", in: row), "\(heading)\n\(row)")
        #expect(heading.range(of: "阶段").map { DisplayWidth.of(String(heading[..<$0.lowerBound])) }
            == row.range(of: "初步接触").map { DisplayWidth.of(String(row[..<$0.lowerBound])) }, "\(heading)\n\(row)")
    }

    @Test(arguments: [(80, 24), (120, 40), (160, 50)])
    func plannerInChinese(width: Int, height: Int) throws {
        let screen = BoardView(state: try planner(width: width, height: height, by: CalendarDay(year: 2027, month: 3, day: 31)!)).render()
        expectChinese(screen, width: width)
        for words in ["┌─ 收入规划 · 销售", "销售目标：100万", "销售管道 销售 的销售目标：¥1,000,000.00（CNY），截至 2027年3月31日", "推进率", "天数中位数", "3.5 天", "1 天"] {
            #expect(screen.text.contains(words), "\(words) missing:\n\(screen.text)")
        }
        // The headline wraps between Chinese characters and is read whole.
        let text = screen.text.split(separator: "\n").map { $0.dropFirst().dropLast() }.joined().filter { $0 != " " }
        #expect(text.contains("才能按历史速度（走完销售管道需24天）在2027年3月31日前成交。"), "\(screen.text)")
        try expectSnapshot(screen, named: "chinese-planner-\(width)x\(height)")
    }

    @Test func plannerAskingInChinese() throws {
        var state = board(width: 80, height: 24)
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character("P")))
        let screen = BoardView(state: state).render()
        expectChinese(screen, width: 80)
        #expect(screen.text.contains("销售目标：") && screen.text.contains("例如 25万、100k EUR"), "\(screen.text)")
        #expect(screen.text.contains("输入收入目标后按 Enter"), "\(screen.text)")
        try expectSnapshot(screen, named: "chinese-planner-empty-80x24")
    }

    @Test func insightsLoadingInChinese() {
        var state = board(width: 80, height: 24)
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character("i")))
        let screen = BoardView(state: state).render()
        expectChinese(screen, width: 80)
        #expect(screen.text.contains("正在统计所有商机…"), "\(screen.text)")
    }

    @Test func pipelineChooserInChinese() throws {
        var state = board(width: 80, height: 24)
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character("p")))
        let screen = BoardView(state: state).render()
        #expect(screen.text.contains("─ 销售管道 ─") && screen.text.contains("销售（当前）") && screen.text.contains("以后再跟进"), "\(screen.text)")
        #expect(!screen.text.contains("(open)") && !screen.text.contains("Pipelines"), "\(screen.text)")
        for line in screen.text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 80, "\(line)") }
        try expectSnapshot(screen, named: "chinese-pipeline-chooser-80x24")
    }
}
