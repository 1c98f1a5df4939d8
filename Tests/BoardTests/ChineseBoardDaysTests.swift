import Board
import Foundation
import Pipeline
import Testing
import Wording

/// Days and activity messages of the detail pane in Chinese (issue 19): a day is written as the rest of the
/// Chinese board writes it (`2026年11月30日`), never ISO, and the kind is said in Chinese; English is unchanged.
@Suite("Detail pane days and messages in Chinese")
struct ChineseBoardDaysTests {
    let pipeline = BoardFixture.pipeline(name: "销售", stageNames: Pipeline.defaultNames(for: .simplifiedChinese).stages)

    /// The detail pane open on a deal snoozed until 2026-12-07, with a call due 2026-11-30 10:00.
    func pane(_ language: Language) -> (BoardState, Activity) {
        var deal = BoardFixture.deal(1, "北京星云科技 续约", stage: pipeline.stages[0], value: 12_500_000, currency: .cny)
        deal.snoozedUntil = CalendarDay(year: 2026, month: 12, day: 7)
        var state = BoardState(
            width: 120, height: 40, now: BoardFixture.now, dateFormat: language == .english ? .iso : .chinese, language: language)
        _ = BoardReducer.start(&state)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, [deal])))
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.enter))
        _ = BoardReducer.reduce(into: &state, action: .detailLoaded(deal, []))
        let call = Activity(
            id: 7, dealID: deal.id, kind: .call, subject: "回访王伟", due: ActivityDue(stored: "2026-11-30T10:00"), createdAt: BoardFixture.now)
        _ = BoardReducer.reduce(into: &state, action: .detailActivitiesLoaded(dealID: deal.id, [call]))
        return (state, call)
    }

    @Test("declining to delete an activity says so in the board's language")
    func keptActivity() {
        for (language, expected) in [(Language.simplifiedChinese, "已保留电话“回访王伟”；没有删除任何内容"), (.english, "Kept call \"回访王伟\"; nothing deleted")] {
            var (state, _) = pane(language)
            for key in [Key.tab, .character("x"), .character("n")] { _ = BoardReducer.reduce(into: &state, action: .keyPressed(key)) }
            #expect(state.message?.text == expected)
        }
    }

    @Test("the reschedule prompt shows the due day in the Chinese form")
    func rescheduleShowsAChineseDay() {
        var (state, _) = pane(.simplifiedChinese)
        for key in [Key.tab, .character("r")] { _ = BoardReducer.reduce(into: &state, action: .keyPressed(key)) }
        let screen = BoardView(state: state).render().text
        #expect(screen.contains("2026年11月30日 周一 10:00") && !screen.contains("2026-11-30T10:00"), "\(screen)")
        var (english, _) = pane(.english)
        for key in [Key.tab, .character("r")] { _ = BoardReducer.reduce(into: &english, action: .keyPressed(key)) }
        #expect(BoardView(state: english).render().text.contains("2026-11-30T10:00"))
    }

    @Test("the detail pane's snoozed-until day is in the board's date format")
    func snoozedUntilInTheBoardsFormat() {
        let (state, _) = pane(.simplifiedChinese)
        let screen = BoardView(state: state).render().text
        #expect(screen.contains("2026年12月7日") && !screen.contains("2026-12-07"), "\(screen)")
        #expect(BoardView(state: pane(.english).0).render().text.contains("2026-12-07"))
    }
}
