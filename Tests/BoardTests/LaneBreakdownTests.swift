import Foundation
import Testing
@testable import Board
import Pipeline
import Wording

/// Issue 15 item 17, the rest: the lane header shows only the main currency; `b` opens the focused lane's
/// full breakdown by currency (deals, total, weighted total) and Esc closes it.
@Suite("Lane breakdown: b shows the focused lane's totals by currency")
struct LaneBreakdownTests {
    let eur = Currency(code: "EUR")!

    /// The board as the store sums it: per stage and currency the deals, value, weighted value, and the value
    /// of the deals on the stage's probability (so own probabilities are noticed).
    static func content(_ pipeline: Pipeline, _ deals: [Deal]) throws -> BoardContent {
        var summaries: [StageSummary] = []
        var pages: [LanePage] = []
        for stage in pipeline.stages {
            let lane = deals.filter { $0.stageID == stage.id }.sorted { $0.key < $1.key }
            var summary = StageSummary(stageID: stage.id)
            for (currency, group) in Dictionary(grouping: lane, by: \.value.currency) {
                let value = group.reduce(Int64(0)) { $0 + $1.value.minorUnits }
                let weighted = group.reduce(Int64(0)) { $0 + $1.weightedValue(stageProbability: stage.probability).minorUnits }
                let onStage = group.filter { $0.probabilityOverride == nil }.reduce(Int64(0)) { $0 + $1.value.minorUnits }
                try summary.add(
                    deals: group.count, value: Money(minorUnits: value, currency: currency),
                    weighted: Money(minorUnits: weighted, currency: currency), stageWeighted: onStage)
            }
            summaries.append(summary)
            pages.append(LanePage(stageID: stage.id, deals: lane, firstIndex: 0))
        }
        return BoardContent(pipelines: [pipeline], pipeline: pipeline, summaries: summaries, pages: pages, now: BoardFixture.now)
    }

    /// Prospecting (10%) holds three US-dollar deals (the main currency, the smallest total), one in euros and
    /// one in yuan with a Chinese title; euros outweigh yuan, so by value they come before (by code they would not).
    func deals(_ pipeline: Pipeline, ownProbability: Bool = false) -> [Deal] {
        let s = pipeline.stages
        var yuan = BoardFixture.deal(4, "北京星云科技 续约", stage: s[0], value: 12_000_000, currency: .cny, organization: "北京星云科技有限公司")
        if ownProbability { yuan.probabilityOverride = 50 }
        return [
            BoardFixture.deal(1, "Acme renewal", stage: s[0], value: 1_200_000, organization: "Acme Corp", temperature: .hot),
            BoardFixture.deal(2, "Globex pilot", stage: s[0], value: 450_000, organization: "Globex"),
            BoardFixture.deal(3, "Initech seats", stage: s[0], value: 90_000, temperature: .cold),
            yuan,
            BoardFixture.deal(5, "Berlin expansion", stage: s[0], value: 25_000_000, currency: eur, organization: "Müller GmbH"),
            BoardFixture.deal(6, "Umbrella rollout", stage: s[1], value: 2_500_000, organization: "Umbrella"),
        ]
    }

    func board(
        width: Int = 120, height: Int = 40, language: Language = .english, keyMap: KeyMap = .standard, ownProbability: Bool = false
    ) throws -> BoardState {
        let pipeline = language == .english
            ? BoardFixture.pipeline()
            : BoardFixture.pipeline(name: "销售", stageNames: Pipeline.defaultNames(for: .simplifiedChinese).stages)
        var state = BoardState(
            width: width, height: height, now: BoardFixture.now, keyMap: keyMap,
            dateFormat: language == .english ? .iso : .chinese, language: language)
        _ = BoardReducer.start(&state)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(try Self.content(pipeline, deals(pipeline, ownProbability: ownProbability))))
        return state
    }

    // MARK: - Reducer

    @Test("b opens the focused lane's breakdown, left and right go to the next lane's, Esc goes back to browsing")
    func keyInModeOut() throws {
        var state = try board()
        let stages = state.lanes.map(\.stage.id)
        #expect(press(&state, .c("b")).isEmpty)
        #expect(state.mode == .laneBreakdown(stageID: stages[0]))
        _ = press(&state, .c("l"))
        #expect(state.mode == .laneBreakdown(stageID: stages[1]))
        #expect(state.focusedLane == 1)
        _ = press(&state, .left)
        #expect(state.mode == .laneBreakdown(stageID: stages[0]))
        // Keys of the board do nothing underneath: `w` does not mark a deal won.
        #expect(press(&state, .c("w")).isEmpty)
        #expect(state.mode == .laneBreakdown(stageID: stages[0]))
        _ = press(&state, .escape)
        #expect(state.mode == .browsing)
        // The key that opened it closes it too.
        _ = press(&state, .c("b"), .c("b"))
        #expect(state.mode == .browsing)
    }

    @Test("a reload keeps the breakdown open on its stage, and closes it when the stage is gone")
    func reloads() throws {
        var state = try board()
        _ = press(&state, .c("l"), .c("b"))
        let pipeline = state.pipeline!
        let stage = state.lanes[1].stage.id
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(try Self.content(pipeline, deals(pipeline))))
        #expect(state.mode == .laneBreakdown(stageID: stage))
        let without = Pipeline(id: pipeline.id, name: pipeline.name, stages: pipeline.stages.filter { $0.id != stage })
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(try Self.content(without, deals(pipeline))))
        #expect(state.mode == .browsing)
    }

    @Test("a board without lanes opens no breakdown")
    func noLanes() {
        var state = BoardState(width: 80, height: 24, now: BoardFixture.now)
        _ = press(&state, .c("b"))
        #expect(state.mode == .browsing)
    }

    @Test("lane_breakdown is rebindable through the key map, and the help lists the key it has")
    func rebinding() throws {
        #expect(KeyMap.standard.command(for: .c("b")) == .laneBreakdown)
        let map = try KeyMap(named: ["lane_breakdown": ["B"]])
        #expect(map.command(for: .c("B")) == .laneBreakdown)
        #expect(map.command(for: .c("b")) == nil)
        var state = try board(keyMap: map)
        _ = press(&state, .c("b"))
        #expect(state.mode == .browsing)
        _ = press(&state, .c("B"))
        #expect(state.mode == .laneBreakdown(stageID: state.lanes[0].stage.id))
        _ = press(&state, .c("B"))
        #expect(state.mode == .browsing)
        let help = HelpView(keyMap: map, scroll: 0).lines
        #expect(help.contains { $0.keys == "B" && $0.summary == "the focused lane's totals by currency" })
        let chinese = HelpView(keyMap: .standard, scroll: 0, language: .simplifiedChinese).lines
        #expect(chinese.contains { $0.keys == "b" && $0.summary == "当前阶段按币种的合计" })
    }

    // MARK: - The breakdown

    @Test("one line per currency: the main one first, then by value; deals, total and weighted whole")
    func currencyLines() throws {
        let state = try board()
        let lines = state.lanes[0].summary.currencyLines
        #expect(lines.map(\.total.currency.code) == ["USD", "EUR", "CNY"])
        #expect(lines.map(\.deals) == [3, 1, 1])
        #expect(lines.map(\.total.compact) == ["$17,400", "€250,000", "¥120,000"])
        #expect(lines.map(\.weighted.compact) == ["$1,740", "€25,000", "¥12,000"])
    }

    /// The rows of the frame that hold a currency code, as the table shows them.
    func tableRows(_ screen: Screen) -> [String] {
        (0..<screen.height).map { screen.line($0) }.filter { line in ["USD", "EUR", "CNY"].contains { line.contains("│ " + $0) } }
    }

    @Test("amounts are right-aligned by display width and the stage's rate is named only when every deal follows it")
    func alignedAndRate() throws {
        var state = try board(width: 80, height: 24)
        _ = press(&state, .c("b"))
        var screen = BoardView(state: state).render()
        let rows = tableRows(screen)
        #expect(rows.count == 3)
        // The weighted amounts (the last column) end in the same column on every row.
        let ends = rows.map { row -> Int in
            let code = ["USD", "EUR", "CNY"].first { row.contains("│ " + $0) }!
            let start = row.range(of: "│ " + code)!.lowerBound
            let inside = row[row.index(after: start)...].prefix { $0 != "│" }
            return DisplayWidth.of(String(inside.reversed().drop { $0 == " " }.reversed()))
        }
        #expect(Set(ends).count == 1, "\(rows)")
        #expect(screen.text.contains("Every deal is weighted by the stage's 10%."))
        state = try board(width: 80, height: 24, ownProbability: true)
        _ = press(&state, .c("b"))
        screen = BoardView(state: state).render()
        #expect(!screen.text.contains("Every deal is weighted by the stage's"))
        #expect(screen.text.contains("the others by the stage's 10%."))
        #expect(tableRows(screen).contains { $0.contains("¥120,000") && $0.contains("¥60,000") })
    }

    @Test("an empty lane's breakdown says it has no open deals, with no table")
    func emptyLane() throws {
        var state = try board(width: 80, height: 24)
        _ = press(&state, .c("l"), .c("l"), .c("b"))
        let text = BoardView(state: state).render().text
        #expect(text.contains("Contact: totals by currency"))
        #expect(text.contains("Stage probability 40%, 0 open deals."))
        #expect(text.contains("No open deals in this stage."))
        #expect(!text.contains("Currency  Deals"))
    }

    @Test func snapshotsInEnglish() throws {
        for (width, height) in [(80, 24), (120, 40), (40, 12)] {
            var state = try board(width: width, height: height)
            _ = press(&state, .c("b"))
            let screen = BoardView(state: state).render()
            try expectSnapshot(screen, named: "lane-breakdown-\(width)x\(height)")
            #expect(screen.line(height - 2).contains("esc close"), "at \(width)x\(height)")
        }
    }

    @Test func snapshotInChinese() throws {
        var state = try board(width: 80, height: 24, language: .simplifiedChinese, ownProbability: true)
        _ = press(&state, .c("b"))
        let screen = BoardView(state: state).render()
        try expectSnapshot(screen, named: "lane-breakdown-chinese-80x24")
        #expect(screen.text.contains("潜在客户：按币种合计"))
        for line in screen.text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 80) }
    }
}
