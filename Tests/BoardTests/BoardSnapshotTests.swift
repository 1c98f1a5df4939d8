import Board
import Foundation
import Pipeline
import Testing

@Suite("Board frames: text snapshots at 80x24, 120x40 and 40x12")
struct BoardSnapshotTests {
    let pipeline = BoardFixture.pipeline()

    /// Deals in every script the board must keep straight, plus empty lanes.
    func worldDeals() -> [Deal] {
        let s = pipeline.stages
        return [
            BoardFixture.deal(1, "Acme renewal", stage: s[0], value: 1_200_000, organization: "Acme Corp", temperature: .hot, daysInStage: 12),
            BoardFixture.deal(2, "北京数据平台升级项目二期工程", stage: s[0], value: 12_000_000, currency: Currency(code: "CNY")!, organization: "北京科技有限公司"),
            BoardFixture.deal(3, "A very long deal title that goes on and on past every lane edge there is", stage: s[0], value: 150_000_000, organization: "An organization with a name far too long for a card"),
            BoardFixture.deal(4, "東京オフィス移転プロジェクト", stage: s[1], value: 5_000_000, currency: Currency(code: "JPY")!, organization: "株式会社サンプル", temperature: .cold),
            BoardFixture.deal(5, "Launch party 🎉🚀 for 👩‍💻 team", stage: s[1], value: 80_000, currency: Currency(code: "EUR")!, organization: "Café Müller"),
            BoardFixture.deal(6, "Escape \u{1B}[31mred\u{1B}[0m title", stage: s[2], value: 500_000, organization: "Bell\u{07}Corp"),
        ]
    }

    func state(width: Int, height: Int, deals: [Deal]? = nil) -> BoardState {
        BoardFixture.loaded(width: width, height: height, deals: deals ?? worldDeals())
    }

    /// Issue 14 item 8: lanes whose totals each fit but add up past 64 bits (values edited outside Funnel)
    /// draw every lane and say so in the status bar instead of crashing the board.
    @Test func lanesThatAddUpPast64BitsStillDraw() throws {
        let s = BoardFixture.pipeline().stages
        let half = Int64.max / 2 + 1
        let deals = [
            BoardFixture.deal(1, "Edited one", stage: s[0], value: half), BoardFixture.deal(2, "Edited two", stage: s[1], value: half),
        ]
        let board = state(width: 120, height: 40, deals: deals)
        #expect(board.openTotals.count == 2)
        #expect(board.openTotals.total == nil)
        let text = BoardView(state: board).render().text
        #expect(text.contains("2 open · too much to add up"), "\(text)")
        #expect(text.contains("Edited one") && text.contains("Edited two"))
    }

    @Test func board80x24() throws {
        try expectSnapshot(BoardView(state: state(width: 80, height: 24)).render(), named: "board-80x24")
    }

    @Test func board120x40() throws {
        var board = state(width: 120, height: 40)
        board.message = BoardMessage("Moved 'Acme renewal' to Qualifying")
        try expectSnapshot(BoardView(state: board).render(), named: "board-120x40")
    }

    @Test func board40x12() throws {
        try expectSnapshot(BoardView(state: state(width: 40, height: 12)).render(), named: "board-40x12")
    }

    /// Text that tries to steer a terminal or to hide itself: OSC 52 and OSC 8, a title change, C1 controls,
    /// bidi overrides, zero-width joiners, lone combining marks. Every line keeps its width and no control survives.
    @Test func hostileTitlesStayVisibleAndAligned() throws {
        let s = pipeline.stages
        let deals = [
            BoardFixture.deal(1, "Clip \u{1B}]52;c;aGVsbG8=\u{07} board", stage: s[0], organization: "Link \u{1B}]8;;http://x\u{1B}\\here"),
            BoardFixture.deal(2, "Title \u{1B}]0;pwned\u{07}", stage: s[0], organization: "C1 \u{9B}2J csi"),
            BoardFixture.deal(3, "Invoice \u{202E}fdp.exe", stage: s[1], organization: "Iso\u{2067}late\u{2069}d"),
            BoardFixture.deal(4, "Family 👨\u{200D}👩\u{200D}👧 deal", stage: s[1], organization: "Zero\u{200B}width"),
            BoardFixture.deal(5, "\u{301}\u{301}Marks first Café", stage: s[2], organization: "Ä\u{308}\u{308}\u{308} stacked"),
        ]
        let screen = BoardView(state: state(width: 80, height: 24, deals: deals)).render()
        let text = screen.text
        #expect(!text.unicodeScalars.contains { $0 != "\n" && TerminalText.isControl($0) }, "a control character reached the frame")
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.of(String(line)) <= 80, "a line overflows: \(line)")
        }
        try expectSnapshot(screen, named: "hostile-80x24")
    }

    /// Titles and organizations that open with combining marks, or hold nothing else, next to CJK and emoji:
    /// each mark is shown on a dotted circle (◌) that takes one column, so lanes keep their borders.
    func loneMarkDeals() -> [Deal] {
        let s = pipeline.stages
        return [
            BoardFixture.deal(1, "\u{301}北京数据 renewal", stage: s[0], organization: "\u{308}\u{308}"),
            BoardFixture.deal(2, "\u{301}\u{302}\u{303}", stage: s[0], organization: "😀\u{200B}\u{301} party"),
            BoardFixture.deal(3, "東京\u{FEFF}\u{20DD} オフィス", stage: s[1], organization: "\u{0E31}Thai mark"),
            BoardFixture.deal(4, "Café 👩‍💻 \u{1B}\u{301}esc", stage: s[1], organization: "Ä\u{308} ok"),
        ]
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12)])
    func loneMarksAreShownOnABase(width: Int, height: Int) throws {
        let screen = BoardView(state: state(width: width, height: height, deals: loneMarkDeals())).render()
        for line in screen.text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.of(String(line)) <= width, "a line overflows: \(line)")
            #expect(!line.contains(where: TerminalText.opensWithMark), "a mark without a base: \(line)")
        }
        // Every lane border stays in its column on every row of the lanes (the status bar has its own).
        let borders = Set((0..<screen.height).filter { !screen.line($0).contains("Sales") }.map { y in
            (0..<screen.width).filter { x in screen[x, y].grapheme == "│" }
        }.filter { !$0.isEmpty })
        #expect(borders.count == (width > 40 ? 1 : 0), "lane borders moved: \(borders)")
        try expectSnapshot(screen, named: "lone-marks-\(width)x\(height)")
    }

    /// The world deals with people, owners, close dates and priorities, shown with every figure and a day-first date format.
    func chosenFieldsState(width: Int, height: Int) -> BoardState {
        var deals = worldDeals()
        let people = ["Zhang Wei 张伟", nil, "Ana", "佐藤", "Jörg 👩‍💻", nil]
        for index in deals.indices {
            deals[index].person.name = people[index]
            deals[index].owner = index.isMultiple(of: 2) ? "li" : nil
            deals[index].expectedClose = CalendarDay(year: 2026, month: 12, day: 1 + index * 5)
            deals[index].priority = index % 4
        }
        deals[4].probabilityOverride = 85
        var board = BoardFixture.loaded(width: width, height: height, deals: deals)
        board.cardFields = [.person, .owner, .closeDate, .probability, .priority, .temperature]
        board.dateFormat = .dayMonthName
        return board
    }

    @Test func chosenCardFields80x24() throws {
        try expectSnapshot(BoardView(state: chosenFieldsState(width: 80, height: 24)).render(), named: "card-fields-80x24")
    }

    @Test func chosenCardFields120x40() throws {
        try expectSnapshot(BoardView(state: chosenFieldsState(width: 120, height: 40)).render(), named: "card-fields-120x40")
    }

    @Test func chosenCardFields40x12() throws {
        try expectSnapshot(BoardView(state: chosenFieldsState(width: 40, height: 12)).render(), named: "card-fields-40x12")
    }

    @Test func theDefaultFieldsChosenExplicitlyLookTheSame() {
        var board = state(width: 80, height: 24)
        let standard = BoardView(state: board).render().text
        board.cardFields = [.daysInStage, .organization, .value]
        #expect(BoardView(state: board).render().text == standard)
        board.cardFields = [.value]
        #expect(BoardView(state: board).render().text != standard)
    }

    @Test func theDetailPaneShowsDatesInTheChosenFormat() throws {
        var board = chosenFieldsState(width: 120, height: 40)
        board.dateFormat = .dotted
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.enter))
        guard case .detail(var pane) = board.mode else { Issue.record("no detail pane"); return }
        pane.history = [StageChange(
            id: 1, dealID: pane.deal.id, fromStageID: nil, toStageID: pipeline.stages[0].id, fromStageName: nil,
            toStageName: "Prospecting", kind: .created, at: pane.deal.createdAt, undone: false)]
        board.mode = .detail(pane)
        try expectSnapshot(BoardView(state: board).render(), named: "detail-dates-120x40")
    }

    @Test func tooSmallAsksToEnlarge() throws {
        try expectSnapshot(BoardView(state: state(width: 39, height: 11)).render(), named: "too-small-39x11")
    }

    @Test func moreLanesThanFitScrollWithMarkers() throws {
        let wide = BoardFixture.pipeline(stageNames: ["Lead", "Call", "Demo", "Trial", "Proposal", "Legal", "Closing", "Signed"])
        let deals = (1...20).map { BoardFixture.deal(Int64($0), "Deal \($0)", stage: wide.stages[$0 % 8], value: Int64($0) * 100_000) }
        var board = BoardFixture.loaded(width: 80, height: 24, deals: deals, pipeline: wide)
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.character("l")))
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.character("l")))
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.character("l")))
        try expectSnapshot(BoardView(state: board).render(), named: "lanes-scrolled-80x24")
    }

    @Test func aLongLaneShowsMoreAboveAndBelow() throws {
        let deals = (1...12).map { BoardFixture.deal(Int64($0), "Deal \($0)", stage: pipeline.stages[0]) }
        var board = BoardFixture.loaded(width: 80, height: 24, deals: deals)
        for _ in 0..<5 { _ = BoardReducer.reduce(into: &board, action: .keyPressed(.down)) }
        try expectSnapshot(BoardView(state: board).render(), named: "lane-more-80x24")
    }

    @Test func aCarriedCardIsDrawnLiftedInItsNewLane() throws {
        var board = state(width: 80, height: 24)
        for key: Key in [.character(" "), .character("l"), .character("j")] {
            _ = BoardReducer.reduce(into: &board, action: .keyPressed(key))
        }
        try expectSnapshot(BoardView(state: board).render(), named: "carry-80x24")
    }

    @Test func helpFitsAt80x24() throws {
        var board = state(width: 80, height: 24)
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.character("?")))
        try expectSnapshot(BoardView(state: board).render(), named: "help-80x24")
    }

    @Test func theDetailPaneShowsFieldsAndHistory() throws {
        var board = state(width: 120, height: 40)
        let deal = board.selectedDeal!
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.enter))
        let created = StageChange(dealID: 1, fromStageID: nil, toStageID: 101, fromStageName: nil, toStageName: "Prospecting", kind: .created, at: BoardFixture.now.addingTimeInterval(-17 * 86_400))
        let moved = StageChange(dealID: 1, fromStageID: 101, toStageID: 102, fromStageName: "Prospecting", toStageName: "Qualifying", kind: .moved, at: BoardFixture.now.addingTimeInterval(-14 * 86_400), undone: true)
        _ = BoardReducer.reduce(into: &board, action: .detailLoaded(deal, [created, moved]))
        let call = Activity(id: 1, dealID: deal.id, kind: .call, subject: "Call back 王伟", due: ActivityDue(stored: "2026-11-28"), createdAt: BoardFixture.now)
        let demo = Activity(id: 2, dealID: deal.id, kind: .demo, subject: "Demo 🚀", doneAt: BoardFixture.now.addingTimeInterval(-2 * 86_400), createdAt: BoardFixture.now)
        _ = BoardReducer.reduce(into: &board, action: .detailActivitiesLoaded(dealID: deal.id, [call, demo]))
        try expectSnapshot(BoardView(state: board).render(), named: "detail-120x40")
        // In a smaller window the history runs below the pane, and its frame says so.
        var small = board
        small.width = 80
        small.height = 24
        let frame = BoardView(state: small).render().text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(frame[21].contains("↓ more"), "\(frame[21])")
        #expect(!frame[0].contains("↑ more"))
    }

    @Test func theNewDealForm() throws {
        var board = state(width: 80, height: 24)
        for key: Key in [.character("n"), .character("数"), .character("据"), .tab, .character("1"), .character("x"), .enter] {
            _ = BoardReducer.reduce(into: &board, action: .keyPressed(key))
        }
        try expectSnapshot(BoardView(state: board).render(), named: "form-80x24")
    }

    @Test func theLostReasonChooser() throws {
        var board = state(width: 80, height: 24)
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.character("x")))
        _ = BoardReducer.reduce(into: &board, action: .lostReasonsLoaded(["price", "went with a competitor"]))
        try expectSnapshot(BoardView(state: board).render(), named: "lost-80x24")
    }

    @Test func anEmptyBoardAndAFilterThatMatchesNothing() throws {
        var board = state(width: 80, height: 24, deals: [])
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.character("/")))
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.character("z")))
        try expectSnapshot(BoardView(state: board).render(), named: "empty-filter-80x24")
    }
}

/// Small windows: the whole request to enlarge, the help key always in sight, lanes filled with cards.
@Suite("Board snapshots: small windows")
struct SmallWindowSnapshotTests {
    func state(width: Int, height: Int) -> BoardState {
        BoardFixture.loaded(width: width, height: height, deals: BoardSnapshotTests().worldDeals())
    }

    @Test func theRequestToEnlargeIsReadWholeAt30x8And20x6() throws {
        try expectSnapshot(BoardView(state: state(width: 30, height: 8)).render(), named: "too-small-30x8")
        let tiny = BoardView(state: state(width: 20, height: 6)).render()
        let words = tiny.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words == "Enlarge the window to 40x12 or more")
    }

    @Test func theHelpKeyIsAlwaysOnTheStatusBar() throws {
        for (width, height) in [(40, 12), (60, 15), (80, 24), (120, 40)] {
            let screen = BoardView(state: state(width: width, height: height)).render()
            let bar = screen.text.split(separator: "\n", omittingEmptySubsequences: false)[height - 2]
            #expect(bar.contains(" ? help"), "\(width)x\(height): \(bar)")
        }
        try expectSnapshot(BoardView(state: state(width: 80, height: 24)).render(), named: "board-80x24")
    }

    @Test func aLaneAt60x15FillsItsRowsWithCards() throws {
        let board = state(width: 60, height: 15)
        #expect(board.layout.cardCapacity == 2)
        try expectSnapshot(BoardView(state: board).render(), named: "board-60x15")
    }
}

/// An empty pipeline says what to do next.
@Suite("Board snapshots: an empty pipeline")
struct EmptyPipelineSnapshotTests {
    @Test func anEmptyPipelineShowsTheWaysIn() throws {
        try expectSnapshot(BoardView(state: BoardFixture.loaded(width: 80, height: 24, deals: [])).render(), named: "empty-80x24")
        try expectSnapshot(BoardView(state: BoardFixture.loaded(width: 120, height: 40, deals: [])).render(), named: "empty-120x40")
        let small = BoardView(state: BoardFixture.loaded(width: 40, height: 12, deals: [])).render().text
        #expect(!small.contains("No open deals") || small.contains("funnel import FILE"))
    }

    @Test func theWaysInFollowTheKeyMapAndLeaveWithTheFirstDeal() {
        var board = BoardFixture.loaded(width: 80, height: 24, deals: [])
        var bindings = KeyMap.standard.bindings
        bindings[.newDeal] = [.character("N")]
        board.keyMap = KeyMap(bindings: bindings)
        let line = BoardView(state: board).render().text.split(separator: "\n").first { $0.contains("add a deal to the selected stage") }
        let beforeText = line.map { String($0.prefix(upTo: $0.range(of: "add a deal")!.lowerBound)) } ?? ""
        #expect(beforeText.trimmingCharacters(in: .whitespaces).hasSuffix("│ N"), "\(line ?? "no line")")
        let one = BoardFixture.loaded(width: 80, height: 24, deals: Array(BoardFixture.sampleDeals(BoardFixture.pipeline()).prefix(1)))
        #expect(!BoardView(state: one).render().text.contains("No open deals"))
    }
}
