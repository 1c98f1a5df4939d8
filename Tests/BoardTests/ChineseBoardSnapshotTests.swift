import Board
import Foundation
import Pipeline
import Testing
import Wording

@Suite("Board frames in Chinese: 80x24, 120x40 and 160x50")
struct ChineseBoardSnapshotTests {
    let pipeline = BoardFixture.pipeline(name: "销售", stageNames: Pipeline.defaultNames(for: .simplifiedChinese).stages)

    func deals() -> [Deal] {
        let s = pipeline.stages
        return [
            BoardFixture.deal(1, "北京星云科技 续约", stage: s[0], value: 12_500_000, currency: .cny, organization: "北京星云科技有限公司", temperature: .hot),
            BoardFixture.deal(2, "上海蓝海贸易 新采购", stage: s[0], value: 320_000_000_00, currency: .cny, organization: "上海蓝海贸易"),
            BoardFixture.deal(3, "深圳未来电子 试点项目", stage: s[1], value: 8_800_000, currency: .cny, organization: "深圳未来电子", temperature: .cold),
            BoardFixture.deal(4, "Acme renewal", stage: s[2], value: 1_200_000, organization: "Acme Corp"),
            // Three currencies in one lane: their full totals do not fit an 80-column lane, so they are shortened.
            BoardFixture.deal(5, "Berlin expansion", stage: s[0], value: 4_500_000, currency: Currency(code: "EUR")!, organization: "Müller GmbH"),
            BoardFixture.deal(6, "Boston pilot", stage: s[0], value: 2_000_000, organization: "Initech"),
        ]
    }

    func board(width: Int, height: Int, deals: [Deal]? = nil) -> BoardState {
        var state = BoardState(width: width, height: height, now: BoardFixture.now, dateFormat: .chinese, language: .simplifiedChinese)
        _ = BoardReducer.start(&state)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, deals ?? self.deals())))
        return state
    }

    /// Every line fits its width (CJK counts two columns) and no character was cut in half.
    func expectFits(_ screen: Screen, width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in screen.text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.of(String(line)) <= width, "a line overflows: \(line)", sourceLocation: sourceLocation)
            #expect(!line.contains("\u{FFFD}"), "a character was cut: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func chineseBoard80x24() throws {
        let screen = BoardView(state: board(width: 80, height: 24)).render()
        expectFits(screen, width: 80)
        #expect(screen.text.contains("进行中 6 个"), "\(screen.text)")
        #expect(screen.text.contains("? 帮助"), "\(screen.text)")
        #expect(screen.text.contains("¥320,125,000"), "a lane header shows its main currency's total whole, with grouping:\n\(screen.text)")
        try expectSnapshot(screen, named: "chinese-board-80x24")
    }

    @Test func chineseBoard120x40() throws {
        var state = board(width: 120, height: 40)
        state.message = BoardMessage(state.text(.dealMoved(title: "北京星云科技 续约", stage: "资格审查")))
        let screen = BoardView(state: state).render()
        expectFits(screen, width: 120)
        #expect(screen.text.contains("已将“北京星云科技 续约”移到资格审查"))
        #expect(screen.text.contains("（无商机）"))
        try expectSnapshot(screen, named: "chinese-board-120x40")
    }

    @Test func chineseBoardFiltered80x24() throws {
        var state = board(width: 80, height: 24, deals: Array(deals().prefix(1)))
        state.filter = "北京"
        state.mode = .filtering
        let screen = BoardView(state: state).render()
        expectFits(screen, width: 80)
        #expect(screen.text.contains("筛选：北京"), "\(screen.text)")
        try expectSnapshot(screen, named: "chinese-board-filtered-80x24")
    }

    @Test func chineseEmpty80x24() throws {
        let screen = BoardView(state: board(width: 80, height: 24, deals: [])).render()
        expectFits(screen, width: 80)
        #expect(screen.text.contains("这个销售管道还没有进行中的商机。") && screen.text.contains("（无商机）"), "\(screen.text)")
        try expectSnapshot(screen, named: "chinese-empty-80x24")
    }

    @Test func chineseBoard160x50() throws {
        let screen = BoardView(state: board(width: 160, height: 50)).render()
        expectFits(screen, width: 160)
        try expectSnapshot(screen, named: "chinese-board-160x50")
    }

    @Test func chineseSnoozePrompt80x24() throws {
        var state = board(width: 80, height: 24)
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character("z")))
        let screen = BoardView(state: state).render()
        expectFits(screen, width: 80)
        #expect(screen.text.contains("暂缓：北京星云科技 续约") && screen.text.contains("Enter 保存 · Esc 取消"), "\(screen.text)")
    }

    @Test func chineseHelp80x24() throws {
        var state = board(width: 80, height: 24)
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character("?")))
        let screen = BoardView(state: state).render()
        expectFits(screen, width: 80)
        #expect(screen.text.contains("按键") && screen.text.contains("把商机移到下一阶段的末尾"), "\(screen.text)")
        try expectSnapshot(screen, named: "chinese-help-80x24")
    }

    @Test("the board's messages speak the board's language")
    func messagesSpeakChinese() {
        var state = board(width: 80, height: 24)
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character("u")))
        #expect(state.message?.text == "没有可撤销的操作")
        var english = BoardFixture.loaded(width: 80, height: 24)
        _ = BoardReducer.reduce(into: &english, action: .keyPressed(.character("u")))
        #expect(english.message?.text == "Nothing to undo")
    }

    /// The detail pane speaks Chinese: labels, status, temperature, qualification, idle days, activities and history;
    /// the deal's own texts stay as typed. At 120x40 and 80x24, every line fits and the rules align.
    @Test func chineseDetailPane() throws {
        for (width, height) in [(120, 40), (80, 24)] {
            var board = board(width: width, height: height)
            let deal = board.selectedDeal!
            _ = BoardReducer.reduce(into: &board, action: .keyPressed(.enter))
            let created = StageChange(
                dealID: deal.id, fromStageID: nil, toStageID: deal.stageID, fromStageName: nil, toStageName: pipeline.stages[0].name,
                kind: .created, at: BoardFixture.now.addingTimeInterval(-17 * 86_400))
            _ = BoardReducer.reduce(into: &board, action: .detailLoaded(deal, [created]))
            let call = Activity(id: 1, dealID: deal.id, kind: .call, subject: "回访王伟", due: ActivityDue(stored: "2026-11-28"), createdAt: BoardFixture.now)
            _ = BoardReducer.reduce(into: &board, action: .detailActivitiesLoaded(dealID: deal.id, [call]))
            let screen = BoardView(state: board).render()
            expectFits(screen, width: width)
            #expect(screen.text.contains("┌─ 商机"), "\(screen.text)")
            #expect(screen.text.contains("阶段"), "\(screen.text)")
            #expect(screen.text.contains("资格评估"), "\(screen.text)")
            if height == 40 { #expect(screen.text.contains("电话 回访王伟"), "the activity, below the fold at 80x24:\n\(screen.text)") }
            #expect(!screen.text.contains("Stage "), "an English label is left:\n\(screen.text)")
            try expectSnapshot(screen, named: "chinese-detail-\(width)x\(height)")
        }
    }

    /// The new-deal and edit forms speak Chinese: title, labels, hints and keys; at 60x15 the form scrolls with `↓ 更多`.
    @Test func chineseDealForm() throws {
        var board = board(width: 120, height: 40)
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.character("n")))
        let screen = BoardView(state: board).render()
        expectFits(screen, width: 120)
        for words in ["新建商机", "标题", "负责人", "跟进这个商机的人", "Tab 下一栏"] {
            #expect(screen.text.contains(words), "\(words) missing:\n\(screen.text)")
        }
        #expect(!screen.text.contains("Title"), "an English label is left:\n\(screen.text)")
        try expectSnapshot(screen, named: "chinese-form-120x40")
        var small = self.board(width: 60, height: 15)
        _ = BoardReducer.reduce(into: &small, action: .keyPressed(.character("e")))
        let edit = BoardView(state: small).render()
        expectFits(edit, width: 60)
        #expect(edit.text.contains("编辑：北京星云科技 续约"), "\(edit.text)")
        #expect(edit.text.contains("↓ 更多"), "\(edit.text)")
        try expectSnapshot(edit, named: "chinese-form-60x15")
    }

    /// A save refused for a change made meanwhile names the changed fields in Chinese.
    @Test func chineseChangedMeanwhileLine() {
        var form = DealForm(purpose: .create(stageID: 1))
        form.changedMeanwhile = ["value", "stage"]
        #expect(form.changedMeanwhileLine(in: .simplifiedChinese) == "期间已更改：金额、阶段——按 Enter 用你的内容覆盖保存")
        #expect(form.changedMeanwhileLine(in: .english) == "Changed meanwhile: value, stage — Enter saves yours over it")
        form.changedMeanwhile = []
        #expect(form.changedMeanwhileLine(in: .simplifiedChinese) == "期间已更改：它的活动或其他细节——按 Enter 用你的内容覆盖保存")
    }

    /// The lost-reason chooser speaks Chinese, its refusal of an empty Enter too; the reasons stay as typed.
    @Test func chineseLostReasonChooser() throws {
        var board = board(width: 80, height: 24)
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.character("x")))
        _ = BoardReducer.reduce(into: &board, action: .lostReasonsLoaded(["价格太高", "went with a competitor"]))
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.down))
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.down))
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.enter))
        let screen = BoardView(state: board).render()
        expectFits(screen, width: 80)
        for words in ["输单：北京星云科技 续约", "为什么输单？", "价格太高", "新原因：", "请用", "Enter 保存"] {
            #expect(screen.text.contains(words), "\(words) missing:\n\(screen.text)")
        }
        #expect(!screen.text.contains("Why was it lost"), "\(screen.text)")
        try expectSnapshot(screen, named: "chinese-lost-80x24")
    }

    /// The detail pane's activity prompts speak Chinese: reschedule, subject, note and delete.
    @Test func chineseActivityEditPrompts() {
        let call = Activity(id: 1, dealID: 1, kind: .call, subject: "回访王伟", due: ActivityDue(stored: "2026-12-01"), createdAt: BoardFixture.now)
        let today = CalendarDay(year: 2026, month: 11, day: 29)!
        let reschedule = PromptView(activityEdit: ActivityEditPrompt(purpose: .reschedule, activity: call), today: today, language: .simplifiedChinese)
        #expect(reschedule.title == "改期")
        #expect(reschedule.lines == ["电话“回访王伟”到期 2026年12月1日 周二", "到期：+2d、周五 14:00、明天 10:00、2026-12-13，或 e 周五 14:00（改为邮件）"])
        #expect(reschedule.hint == "Enter 保存 · Esc 取消")
        let delete = PromptView(activityEdit: ActivityEditPrompt(purpose: .confirmDelete, activity: call), language: .simplifiedChinese)
        #expect(delete.title == "删除活动")
        #expect(delete.lines == ["删除电话“回访王伟”到期 2026年12月1日 周二？按 u 可以恢复。"])
        let english = PromptView(activityEdit: ActivityEditPrompt(purpose: .confirmDelete, activity: call))
        #expect(english.lines == ["Delete call \"回访王伟\" due 2026-12-01? u brings it back."])
    }
}
