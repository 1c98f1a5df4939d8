import Board
import Foundation
import Pipeline
import Testing
import Wording

@Suite("Board frames: follow-up badges, prompts and the review")
struct FollowUpSnapshotTests {
    let pipeline = BoardFixture.pipeline()
    let utc = TimeZone(identifier: "UTC")!
    var today: CalendarDay { CalendarDay(BoardFixture.now, in: utc) }

    /// Cards with every badge: stalled (CJK title), snoozed (emoji), overdue, due today, planned, none.
    func deals() -> [Deal] {
        let s = pipeline.stages
        var stalled = BoardFixture.deal(1, "北京数据平台升级", stage: s[2], value: 12_000_000, currency: Currency(code: "CNY")!, organization: "北京科技", daysInStage: 23)
        stalled.lastActivityAt = BoardFixture.now.addingTimeInterval(-23 * BoardFixture.day)
        var snoozed = BoardFixture.deal(2, "Launch 🎉🚀 party", stage: s[2], value: 80_000, currency: Currency(code: "EUR")!, daysInStage: 30)
        snoozed.snoozedUntil = today.adding(days: 3)
        var overdue = BoardFixture.deal(3, "Acme renewal", stage: s[0], value: 1_200_000, organization: "Acme Corp", temperature: .hot)
        overdue.nextActivityDue = ActivityDue(day: today.adding(days: -1))
        var dueToday = BoardFixture.deal(4, "Globex pilot", stage: s[0], value: 450_000)
        dueToday.nextActivityDue = ActivityDue(day: today, minuteOfDay: 17 * 60)
        var planned = BoardFixture.deal(5, "Initech seats", stage: s[1], value: 90_000, temperature: .cold)
        planned.nextActivityDue = ActivityDue(day: today.adding(days: 2))
        let quiet = BoardFixture.deal(6, "Umbrella rollout", stage: s[1], value: 2_500_000)
        return [stalled, snoozed, overdue, dueToday, planned, quiet]
    }

    func board(width: Int, height: Int, language: Language = .english) -> BoardState {
        var content = BoardFixture.content(pipeline, deals())
        content.stalledCounts = [pipeline.stages[2].id: 1]
        var state = BoardState(width: width, height: height, now: BoardFixture.now, language: language)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(content))
        return state
    }

    @Test func badgesAndLaneStalledCounts120x40() throws {
        try expectSnapshot(BoardView(state: board(width: 120, height: 40)).render(), named: "followup-badges-120x40")
    }

    @Test func badges80x24() throws {
        var state = board(width: 80, height: 24)
        press(&state, .c("l"), .c("l"))
        try expectSnapshot(BoardView(state: state).render(), named: "followup-badges-80x24")
    }

    @Test func activityPromptAskingForTheNextStep80x24() throws {
        var state = board(width: 80, height: 24)
        press(&state, .c("a"), .c("c"))
        for character in "Intro 电话" { press(&state, .c(character)) }
        press(&state, .enter, .enter, .c("e"), .c(" "), .c("f"), .c("r"), .c("i"))
        try expectSnapshot(BoardView(state: state).render(), named: "followup-activity-80x24")
    }

    @Test func snoozePromptWithAnError80x24() throws {
        var state = board(width: 80, height: 24)
        press(&state, .c("z"), .c("x"), .enter)
        try expectSnapshot(BoardView(state: state).render(), named: "followup-snooze-80x24")
    }

    @Test func qualifyForm80x24() throws {
        var state = board(width: 80, height: 24)
        press(&state, .c("Q"), .c("b"), .c("n"), .c("a"), .c("a"))
        try expectSnapshot(BoardView(state: state).render(), named: "followup-qualify-80x24")
    }

    func reviewing(width: Int, height: Int, expanded: Bool = false, language: Language = .english) -> BoardState {
        var state = board(width: width, height: height, language: language)
        press(&state, .c("r"))
        let queue = ReviewQueue(
            day: today, remaining: DailyReview(now: BoardFixture.now, timeZone: utc).queue(deals: deals(), pipelines: [pipeline]),
            handled: [.skipped, .loggedContact])
        let activities = [
            Activity(id: 1, dealID: 3, kind: .call, subject: "Call back 王伟", due: ActivityDue(day: today.adding(days: -1)), createdAt: BoardFixture.now),
            Activity(id: 2, dealID: 3, kind: .meeting, subject: "Kickoff", doneAt: BoardFixture.now.addingTimeInterval(-9 * BoardFixture.day), createdAt: BoardFixture.now),
        ]
        _ = BoardReducer.reduce(into: &state, action: .reviewLoaded(queue, activities: activities))
        if expanded { press(&state, .c("o")) }
        return state
    }

    @Test func review120x40() throws {
        try expectSnapshot(BoardView(state: reviewing(width: 120, height: 40, expanded: true)).render(), named: "followup-review-120x40")
    }

    @Test func review80x24WithTheNextStepPrompt() throws {
        var state = reviewing(width: 80, height: 24)
        press(&state, .c("c"))
        try expectSnapshot(BoardView(state: state).render(), named: "followup-review-80x24")
    }

    @Test func reviewTiny40x12() throws {
        try expectSnapshot(BoardView(state: reviewing(width: 40, height: 12)).render(), named: "followup-review-40x12")
    }

    /// The daily review speaks Chinese: its title, reasons, idle line, last and next activity, keys and the queue
    /// beside the deal; the deal's own texts stay as typed (issue 19).
    @Test func reviewInChinese120x40() throws {
        let screen = BoardView(state: reviewing(width: 120, height: 40, expanded: true, language: .simplifiedChinese)).render()
        for words in ["每日回顾", "闲置", "上次：", "下一步：", "c 记录联系", "Esc 暂停", "待回顾"] {
            #expect(screen.text.contains(words), "\(words) missing:\n\(screen.text)")
        }
        for english in ["Daily review", "Idle ", "Last:", "Still to review", "log contact"] {
            #expect(!screen.text.contains(english), "\(english) is left in English:\n\(screen.text)")
        }
        try expectSnapshot(screen, named: "followup-review-chinese-120x40")
    }
}
