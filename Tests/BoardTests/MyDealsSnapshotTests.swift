import Board
import Foundation
import Pipeline
import Testing
import Wording

/// Issue 18: the board under `o` (my deals), at 80x24, 120x40 and 40x12, in English and Chinese: the status
/// line names the scope, the lanes hold only my deals and the unowned, their counts and totals are theirs.
@Suite("Board frames under o: my deals, English and Chinese")
struct MyDealsSnapshotTests {
    let liWei = Salesperson(name: "Li Wei", source: .config)!

    /// The lanes as the store returns them under `o`: Li Wei's deals and an unowned one.
    func board(width: Int, height: Int, language: Language) -> BoardState {
        let chinese = language == .simplifiedChinese
        let pipeline = chinese
            ? BoardFixture.pipeline(name: "销售", stageNames: Pipeline.defaultNames(for: .simplifiedChinese).stages)
            : BoardFixture.pipeline()
        let s = pipeline.stages
        var deals = [
            BoardFixture.deal(1, chinese ? "北京星云科技 续约" : "Acme renewal", stage: s[0], value: 1_200_000, temperature: .hot),
            BoardFixture.deal(4, chinese ? "深圳未来电子 试点" : "Umbrella rollout", stage: s[1], value: 2_500_000),
            BoardFixture.deal(5, chinese ? "无人负责的线索" : "Unowned lead", stage: s[1], value: 300_000),
        ]
        deals[0].owner = "Li Wei"
        deals[1].owner = "li wei"
        var state = BoardState(
            width: width, height: height, now: BoardFixture.now, dateFormat: chinese ? .chinese : .iso, language: language)
        state.salesperson = liWei
        _ = BoardReducer.start(&state)
        _ = press(&state, .c("o"))
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, deals)))
        return state
    }

    func check(width: Int, height: Int, language: Language, named name: String) throws {
        let screen = BoardView(state: board(width: width, height: height, language: language)).render()
        for line in screen.text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.of(String(line)) <= width, "a line overflows: \(line)")
        }
        try expectSnapshot(screen, named: name)
    }

    @Test func myDeals80x24() throws {
        let screen = BoardView(state: board(width: 80, height: 24, language: .english)).render()
        #expect(screen.text.contains("my deals"), "\(screen.text)")
        #expect(screen.text.contains("3 open"), "\(screen.text)")
        try check(width: 80, height: 24, language: .english, named: "my-deals-80x24")
    }

    @Test func myDeals120x40() throws { try check(width: 120, height: 40, language: .english, named: "my-deals-120x40") }
    @Test func myDeals40x12() throws { try check(width: 40, height: 12, language: .english, named: "my-deals-40x12") }

    @Test func chineseMyDeals80x24() throws {
        let screen = BoardView(state: board(width: 80, height: 24, language: .simplifiedChinese)).render()
        #expect(screen.text.contains("我的商机"), "\(screen.text)")
        try check(width: 80, height: 24, language: .simplifiedChinese, named: "chinese-my-deals-80x24")
    }

    @Test func chineseMyDeals120x40() throws { try check(width: 120, height: 40, language: .simplifiedChinese, named: "chinese-my-deals-120x40") }
    @Test func chineseMyDeals40x12() throws { try check(width: 40, height: 12, language: .simplifiedChinese, named: "chinese-my-deals-40x12") }

    @Test func everyonesDealsNameNoScope() {
        var state = board(width: 120, height: 40, language: .english)
        state.mineOnly = false
        #expect(!BoardView(state: state).render().text.contains("my deals"))
    }
}
