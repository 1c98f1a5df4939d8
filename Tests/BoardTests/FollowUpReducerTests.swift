import Board
import Foundation
import Pipeline
import Testing

@Suite("Board reducer: activities, stalled filter, snooze, park, qualify and the review")
struct FollowUpReducerTests {
    let pipeline = BoardFixture.pipeline()
    var stages: [Stage] { pipeline.stages }
    let utc = TimeZone(identifier: "UTC")!
    var today: CalendarDay { CalendarDay(BoardFixture.now, in: utc) }

    /// A stalled deal (Contact stalls after 7 days), a snoozed one, one with an overdue call, one quiet.
    func followUpDeals() -> [Deal] {
        var stalled = BoardFixture.deal(1, "Stalled 北京", stage: stages[2], daysInStage: 23)
        stalled.lastActivityAt = BoardFixture.now.addingTimeInterval(-23 * BoardFixture.day)
        var snoozed = BoardFixture.deal(2, "Snoozed 🚀", stage: stages[2], daysInStage: 30)
        snoozed.snoozedUntil = today.adding(days: 3)
        var overdue = BoardFixture.deal(3, "Overdue", stage: stages[0])
        overdue.nextActivityDue = ActivityDue(day: today.adding(days: -1))
        var planned = BoardFixture.deal(4, "Planned", stage: stages[0])
        planned.nextActivityDue = ActivityDue(day: today.adding(days: 2), minuteOfDay: 600)
        return [stalled, snoozed, overdue, planned]
    }

    @Test func loadingFillsTheCardBadgesAndTheStalledCounts() {
        var content = BoardFixture.content(pipeline, followUpDeals())
        content.stalledCounts = [stages[2].id: 1]
        var state = BoardState(width: 120, height: 40, now: BoardFixture.now)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(content))
        #expect(state.badges[1] == CardBadges(nextActivity: .none, stalled: true, idleDays: 23, rot: 3))
        #expect(state.badges[2] == CardBadges(nextActivity: .none, stalled: false, idleDays: 30, snoozed: true))
        #expect(state.badges[3] == CardBadges(nextActivity: .overdue, idleDays: 3))
        #expect(state.badges[4] == CardBadges(nextActivity: .planned, idleDays: 3))
        #expect(state.stalledCounts == [stages[2].id: 1])
    }

    @Test func aLoadWithoutStalledCountsKeepsTheOnesTheBoardHas() {
        var content = BoardFixture.content(pipeline, followUpDeals())
        content.stalledCounts = [stages[2].id: 1]
        var state = BoardState(width: 120, height: 40, now: BoardFixture.now)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(content))
        // A filter key's load does not count them again (`BoardLoad.recountsStalled` false).
        content.stalledCounts = nil
        content.pages = content.pages.map { LanePage(stageID: $0.stageID, deals: $0.deals.filter { $0.id == 1 }, firstIndex: 0) }
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(content))
        #expect(state.stalledCounts == [stages[2].id: 1])
        #expect(state.lanes.map(\.deals.count) == [0, 0, 1, 0, 0])
    }

    @Test("lane headers show the stalled count without a filter and hide it under one, where it would count other deals")
    func stalledCountsHideUnderAFilter() {
        var content = BoardFixture.content(pipeline, followUpDeals())
        content.stalledCounts = [stages[2].id: 1]
        var state = BoardState(width: 120, height: 40, now: BoardFixture.now)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(content))
        #expect(BoardView(state: state).render().text.contains("⚑1 · 2"))
        state.filter = "overdue"
        content.stalledCounts = nil
        content.pages = content.pages.map { LanePage(stageID: $0.stageID, deals: $0.deals.filter { $0.id == 3 }, firstIndex: 0) }
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(content))
        let text = BoardView(state: state).render().text
        #expect(!text.contains("⚑1"))
        #expect(state.stalledCounts == [stages[2].id: 1])
    }

    @Test func theDayForBadgesFollowsTheTimeZone() {
        var deal = BoardFixture.deal(1, "Due today in UTC", stage: stages[0])
        deal.nextActivityDue = ActivityDue(day: today)
        let late = BoardFixture.now.addingTimeInterval(14 * 3600)  // 23:00 UTC, 08:00 next day in Tokyo
        var content = BoardFixture.content(pipeline, [deal])
        content.now = late
        var utcBoard = BoardState(width: 120, height: 40, now: late)
        _ = BoardReducer.reduce(into: &utcBoard, action: .boardLoaded(content))
        var tokyoBoard = BoardState(width: 120, height: 40, now: late, timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        _ = BoardReducer.reduce(into: &tokyoBoard, action: .boardLoaded(content))
        #expect(utcBoard.badges[1]?.nextActivity == .dueToday)
        #expect(tokyoBoard.badges[1]?.nextActivity == .overdue)
    }

    @Test func sTogglesTheStalledFilterAndReloadsFromTheTop() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        var load = BoardLoad(pipeline: .id(1), filter: "", limit: state.layout.pageLimit, stalledOnly: true)
        expectReduce(&state, .keyPressed(.c("s")), effects: [.loadBoard(load)]) { s in
            s.stalledOnly = true
            s.message = BoardMessage("Only stalled deals (s shows all)")
        }
        load.stalledOnly = false
        expectReduce(&state, .keyPressed(.c("s")), effects: [.loadBoard(load)]) { s in
            s.stalledOnly = false
            s.message = BoardMessage("All deals")
        }
    }

    @Test func aLogsADoneContactThenAsksForTheNextStep() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        let deal = state.selectedDeal!
        var prompt = ActivityPrompt(dealID: deal.id, dealTitle: deal.title)
        expectReduce(&state, .keyPressed(.c("a"))) { $0.mode = .loggingActivity(prompt) }
        prompt.step = .subject
        prompt.kind = .call
        expectReduce(&state, .keyPressed(.c("c"))) { $0.mode = .loggingActivity(prompt) }
        for character in "Intro 电话" {
            prompt.text.append(character)
            expectReduce(&state, .keyPressed(.c(character))) { $0.mode = .loggingActivity(prompt) }
        }
        prompt.subject = "Intro 电话"
        prompt.text = ""
        prompt.step = .when
        expectReduce(&state, .keyPressed(.enter)) { $0.mode = .loggingActivity(prompt) }
        let done = Activity(dealID: deal.id, kind: .call, subject: "Intro 电话", doneAt: BoardFixture.now, createdAt: BoardFixture.now)
        prompt.logged = done
        prompt.step = .nextStep
        expectReduce(&state, .keyPressed(.enter)) { $0.mode = .loggingActivity(prompt) }
        press(&state, .c("e"), .c(" "), .c("+"), .c("2"), .c("d"))
        let next = Activity(dealID: deal.id, kind: .email, due: ActivityDue(day: today.adding(days: 2)), createdAt: BoardFixture.now)
        expectReduce(&state, .keyPressed(.enter), effects: [.logActivity(ActivityLog(dealID: deal.id, done: done, next: next))]) { s in
            s.mode = .browsing
        }
    }

    @Test func aSchedulesWithADueShortcutAndSkipsTheSubject() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        let deal = state.selectedDeal!
        press(&state, .c("a"), .c("m"), .enter)
        for character in "fri 14:00" { press(&state, .c(character)) }
        // 2026-11-29 is a Sunday: the next Friday is 2026-12-04.
        let planned = Activity(dealID: deal.id, kind: .meeting, subject: "Meeting", due: ActivityDue(stored: "2026-12-04T14:00"), createdAt: BoardFixture.now)
        expectReduce(&state, .keyPressed(.enter), effects: [.logActivity(ActivityLog(dealID: deal.id, next: planned))]) { $0.mode = .browsing }
    }

    @Test func aRefusesABadDueDateInPlaceAndEscSavesNothing() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        press(&state, .c("a"), .c("x"))
        guard case .loggingActivity(let wrongKind) = state.mode else { Issue.record("left the prompt"); return }
        #expect(wrongKind.step == .kind)
        #expect(wrongKind.error?.contains("c call") == true)
        press(&state, .c("t"), .enter)
        for character in "someday" { press(&state, .c(character)) }
        #expect(press(&state, .enter).isEmpty)
        guard case .loggingActivity(let prompt) = state.mode else { Issue.record("left the prompt"); return }
        #expect(prompt.error?.contains("invalid due date 'someday'") == true)
        expectReduce(&state, .keyPressed(.escape)) { s in
            s.mode = .browsing
            s.message = BoardMessage("Nothing saved")
        }
    }

    @Test func aDoneTaskIsSavedWithoutAskingForANextStep() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        let deal = state.selectedDeal!
        press(&state, .c("a"), .c("t"), .enter)
        let done = Activity(dealID: deal.id, kind: .task, subject: "Task", doneAt: BoardFixture.now, createdAt: BoardFixture.now)
        expectReduce(&state, .keyPressed(.enter), effects: [.logActivity(ActivityLog(dealID: deal.id, done: done))]) { $0.mode = .browsing }
    }

    @Test func zSnoozesForAWeekByDefaultAndRefusesPastDays() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        let deal = state.selectedDeal!
        expectReduce(&state, .keyPressed(.c("z"))) { $0.mode = .askingDay(DayPrompt(purpose: .snooze, dealID: deal.id, dealVersion: deal.version, dealTitle: deal.title)) }
        expectReduce(&state, .keyPressed(.enter), effects: [.snooze(dealID: deal.id, until: today.adding(days: 7), expectedVersion: deal.version, review: nil)]) { $0.mode = .browsing }
        press(&state, .c("z"))
        for character in "2026-11-01" { press(&state, .c(character)) }
        #expect(press(&state, .enter).isEmpty)
        guard case .askingDay(let prompt) = state.mode else { Issue.record("left the prompt"); return }
        #expect(prompt.error == "invalid snooze day '2026-11-01': use a day after today (2026-11-29)")
    }

    @Test func weekStartsOnDecidesNextWeekInTheActivityAndSnoozePrompts() {
        // 2026-11-29 is a Sunday: with weeks starting on Sunday, next week starts 2026-12-06 (not Monday the 30th).
        var state = BoardFixture.loaded(deals: followUpDeals())
        state.weekStartsOn = .sunday
        let deal = state.selectedDeal!
        press(&state, .c("a"), .c("c"), .enter)
        for character in "next week 9:00" { press(&state, .c(character)) }
        let planned = Activity(dealID: deal.id, kind: .call, subject: "Call", due: ActivityDue(stored: "2026-12-06T09:00"), createdAt: BoardFixture.now)
        expectReduce(&state, .keyPressed(.enter), effects: [.logActivity(ActivityLog(dealID: deal.id, next: planned))]) { $0.mode = .browsing }
        press(&state, .c("z"))
        for character in "next tue" { press(&state, .c(character)) }
        let snoozeDay = CalendarDay(year: 2026, month: 12, day: 8)!
        expectReduce(&state, .keyPressed(.enter), effects: [.snooze(dealID: deal.id, until: snoozeDay, expectedVersion: deal.version, review: nil)]) { $0.mode = .browsing }
        state.weekStartsOn = .monday
        press(&state, .c("z"))
        for character in "next week" { press(&state, .c(character)) }
        #expect(press(&state, .enter) == [.snooze(dealID: deal.id, until: today.adding(days: 1), expectedVersion: deal.version, review: nil)])
    }

    @Test func vParksWithAnOptionalRevisitDay() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        let deal = state.selectedDeal!
        press(&state, .c("v"))
        for character in "+2w" { press(&state, .c(character)) }
        expectReduce(&state, .keyPressed(.enter), effects: [.park(dealID: deal.id, until: today.adding(days: 14), expectedVersion: deal.version, review: nil)]) { $0.mode = .browsing }
    }

    @Test func vInTheRevisitPipelineBringsTheDealBack() {
        let revisit = Pipeline(id: 2, name: "Revisit", kind: .revisit, stages: [Stage(id: 201, pipelineID: 2, name: "Parked", position: 0, probability: 0, stallDays: 0)])
        let parked = BoardFixture.deal(9, "Parked deal", stage: revisit.stages[0])
        var state = BoardFixture.loaded(deals: [parked], pipeline: revisit)
        expectReduce(&state, .keyPressed(.c("v")), effects: [.unpark(dealID: 9, expectedVersion: parked.version)])
    }

    @Test func shiftQCyclesTheAnswersAndSavesTheQualification() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        let deal = state.selectedDeal!
        var form = QualifyForm(deal: deal)
        expectReduce(&state, .keyPressed(.c("Q"))) { $0.mode = .qualifying(form) }
        press(&state, .c("b"), .c("a"), .c("n"), .c("t"))
        form.qualification = Qualification(budget: .yes, authority: .yes, need: .yes, timing: .yes)
        #expect(state.mode == .qualifying(form))
        #expect(form.temperature == .hot)
        press(&state, .c("t"))
        form.qualification.timing = .no
        #expect(state.mode == .qualifying(form))
        #expect(form.temperature == .cold)
        press(&state, .c("h"), .c("h"))
        form.temperatureByHand = .warm
        expectReduce(
            &state, .keyPressed(.enter),
            effects: [.qualify(dealID: deal.id, form.qualification, temperatureByHand: .warm, expectedVersion: deal.version)]
        ) { $0.mode = .browsing }
    }

    @Test func theDetailPaneReceivesTheDealsActivities() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        let deal = state.selectedDeal!
        expectReduce(&state, .keyPressed(.enter), effects: [.loadDetail(dealID: deal.id)]) { $0.mode = .detail(DetailPane(deal: deal)) }
        let call = Activity(id: 5, dealID: deal.id, kind: .call, due: ActivityDue(day: today), createdAt: BoardFixture.now)
        // Activities of another deal (a stale answer) are ignored.
        expectReduce(&state, .detailActivitiesLoaded(dealID: 99, [call]))
        expectReduce(&state, .detailActivitiesLoaded(dealID: deal.id, [call])) { s in
            var pane = DetailPane(deal: deal)
            pane.activities = [call]
            s.mode = .detail(pane)
        }
    }

    // MARK: - The review

    func queue(_ deals: [Deal], handled: [ReviewDecision] = []) -> ReviewQueue {
        let review = DailyReview(now: BoardFixture.now, timeZone: utc)
        return ReviewQueue(day: today, remaining: review.queue(deals: deals, pipelines: [pipeline]), handled: handled)
    }

    @Test func rOpensTheReviewWhichLoadsAndSkips() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        expectReduce(&state, .keyPressed(.c("r")), effects: [.loadReview(mine: nil)]) { $0.mode = .reviewing(ReviewScreen()) }
        let today = queue(followUpDeals())
        #expect(today.remaining.map(\.deal.id) == [3, 1], "the snoozed deal and the one with a planned step need nothing")
        expectReduce(&state, .reviewLoaded(today, activities: [])) { $0.mode = .reviewing(ReviewScreen(queue: today)) }
        let mark = ReviewMark(day: self.today, reason: .overdueActivity, decision: .skipped)
        expectReduce(&state, .keyPressed(.c("s")), effects: [.skipReviewItem(dealID: 3, mark, expectedVersion: today.remaining[0].deal.version)])
        // The saved skip reloads the review, not the board.
        expectReduce(&state, .changeSaved(SavedChange(message: "Skipped", dealID: 3, stageID: nil)), effects: [.loadReview(mine: nil)]) { s in
            s.message = BoardMessage("Skipped")
        }
    }

    @Test func cOnAnOverdueItemMarksThatActivityDoneAndOffersTheNextStep() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        press(&state, .c("r"))
        let call = Activity(id: 7, dealID: 3, kind: .call, subject: "Call back", due: ActivityDue(day: today.adding(days: -1)), createdAt: BoardFixture.now)
        let loaded = queue(followUpDeals())
        _ = BoardReducer.reduce(into: &state, action: .reviewLoaded(loaded, activities: [call]))
        let mark = ReviewMark(day: today, reason: .overdueActivity, decision: .loggedContact)
        let prompt = ActivityPrompt(dealID: 3, dealTitle: "Overdue", step: .nextStep, kind: .call, subject: "Call back", completing: call, review: mark)
        expectReduce(&state, .keyPressed(.c("c"))) { $0.mode = .reviewing(ReviewScreen(queue: loaded, activities: [call], prompt: .activity(prompt))) }
        let effects = press(&state, .enter)
        #expect(effects == [.logActivity(ActivityLog(dealID: 3, completeID: 7, review: mark))])
    }

    /// The tester's `r`, `c`: the prompt asks for the next step after the due meeting is done; what is typed is
    /// planned with the completion, in one write, and the prompt stays until the review reloads.
    @Test func cThenATypedNextStepPlansItWithTheCompletion() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        press(&state, .c("r"))
        let meeting = Activity(
            id: 9, dealID: 3, kind: .meeting, subject: "Meeting with the buying team", due: ActivityDue(day: today), createdAt: BoardFixture.now)
        let loaded = queue(followUpDeals())
        _ = BoardReducer.reduce(into: &state, action: .reviewLoaded(loaded, activities: [meeting]))
        let mark = ReviewMark(day: today, reason: .overdueActivity, decision: .loggedContact)
        var prompt = ActivityPrompt(
            dealID: 3, dealTitle: "Overdue", step: .nextStep, kind: .meeting, subject: "Meeting with the buying team", completing: meeting, review: mark)
        expectReduce(&state, .keyPressed(.c("c"))) { $0.mode = .reviewing(ReviewScreen(queue: loaded, activities: [meeting], prompt: .activity(prompt))) }
        let view = PromptView(activity: prompt, language: .english)
        #expect(view.lines == ["Done: meeting \"Meeting with the buying team\"", "Next step (e.g. 'c +2d', 'e fri 14:00'; Enter or Esc to skip):"])
        #expect(view.hint == "Enter plans it · empty Enter or Esc: no next step", "not 'Enter next', which reads as another question to come")
        #expect(PromptView(activity: prompt, language: .simplifiedChinese).hint == "Enter 安排 · 空行 Enter 或 Esc：不安排下一步")
        for character in "c +2d" { press(&state, .c(character)) }
        prompt.text = "c +2d"
        let call = Activity(dealID: 3, kind: .call, due: ActivityDue(day: today.adding(days: 2)), createdAt: BoardFixture.now)
        expectReduce(&state, .keyPressed(.enter), effects: [.logActivity(ActivityLog(dealID: 3, completeID: 9, next: call, review: mark))]) {
            $0.mode = .reviewing(ReviewScreen(queue: loaded, activities: [meeting], prompt: .activity(prompt)))
        }
    }

    /// Esc at the next step skips it, as an empty Enter and the CLI's review do: the meeting is still marked done.
    @Test func escAtTheNextStepSkipsItAndStillSavesWhatWasDone() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        press(&state, .c("r"))
        let meeting = Activity(
            id: 9, dealID: 3, kind: .meeting, subject: "Meeting with the buying team", due: ActivityDue(day: today), createdAt: BoardFixture.now)
        let loaded = queue(followUpDeals())
        _ = BoardReducer.reduce(into: &state, action: .reviewLoaded(loaded, activities: [meeting]))
        let mark = ReviewMark(day: today, reason: .overdueActivity, decision: .loggedContact)
        press(&state, .c("c"))
        let prompt = ActivityPrompt(
            dealID: 3, dealTitle: "Overdue", step: .nextStep, kind: .meeting, subject: "Meeting with the buying team", completing: meeting, review: mark)
        expectReduce(&state, .keyPressed(.escape), effects: [.logActivity(ActivityLog(dealID: 3, completeID: 9, review: mark))]) {
            $0.mode = .reviewing(ReviewScreen(queue: loaded, activities: [meeting], prompt: .activity(prompt)))
        }
        // On a card, `a`: Esc after a done call saves the call, without a next step.
        var board = BoardFixture.loaded(deals: followUpDeals())
        let deal = board.selectedDeal!
        press(&board, .c("a"), .c("c"), .enter, .enter)
        let done = Activity(dealID: deal.id, kind: .call, subject: "Call", doneAt: BoardFixture.now, createdAt: BoardFixture.now)
        expectReduce(&board, .keyPressed(.escape), effects: [.logActivity(ActivityLog(dealID: deal.id, done: done))]) { $0.mode = .browsing }
        // Before the next step, Esc still saves nothing.
        press(&board, .c("a"), .c("c"))
        expectReduce(&board, .keyPressed(.escape)) { s in
            s.mode = .browsing
            s.message = BoardMessage("Nothing saved")
        }
    }

    @Test func lostFromTheReviewNeedsAReasonAndEscPausesTheReview() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        press(&state, .c("r"))
        let loaded = queue(followUpDeals(), handled: [.skipped])
        _ = BoardReducer.reduce(into: &state, action: .reviewLoaded(loaded, activities: []))
        let mark = ReviewMark(day: today, reason: .overdueActivity, decision: .markedLost)
        // As x on the board: the reasons used before are offered.
        expectReduce(&state, .keyPressed(.c("l")), effects: [.loadLostReasons]) {
            $0.mode = .reviewing(ReviewScreen(queue: loaded, prompt: .lostReason(LostReasonChooser(dealID: 3, review: mark, dealVersion: loaded.remaining[0].deal.version))))
        }
        expectReduce(&state, .lostReasonsLoaded([])) {
            $0.mode = .reviewing(ReviewScreen(queue: loaded, prompt: .lostReason(LostReasonChooser(dealID: 3, reasons: [], review: mark, dealVersion: loaded.remaining[0].deal.version))))
        }
        // Enter on an empty reason says what to do, in the chooser.
        expectReduce(&state, .keyPressed(.enter)) {
            $0.mode = .reviewing(ReviewScreen(queue: loaded, prompt: .lostReason(LostReasonChooser(
                dealID: 3, reasons: [], error: LostReasonChooser.nothingChosen, review: mark, dealVersion: loaded.remaining[0].deal.version))))
        }
        for character in "price" { press(&state, .c(character)) }
        #expect(press(&state, .enter) == [.markLostFromReview(dealID: 3, reason: "price", mark, expectedVersion: loaded.remaining[0].deal.version)])
        _ = BoardReducer.reduce(into: &state, action: .reviewLoaded(loaded, activities: []))
        let effects = press(&state, .escape)
        #expect(state.mode == .browsing)
        #expect(state.message == BoardMessage("Review paused at 2/3; r continues"))
        #expect(effects.count == 1)
    }

    @Test func aFinishedReviewShowsTheSummaryAndAnyKeyReturns() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        press(&state, .c("r"))
        let done = ReviewQueue(day: today, remaining: [], handled: [.loggedContact, .snoozed])
        _ = BoardReducer.reduce(into: &state, action: .reviewLoaded(done, activities: []))
        let effects = press(&state, .c("x"))
        #expect(state.mode == .browsing)
        #expect(state.message == BoardMessage("Review done: 1 contacts logged, 1 snoozed"))
        #expect(effects.count == 1)
    }

    /// Under Chinese the end-of-review message counts the decisions in Chinese too, not only its frame.
    @Test func aFinishedReviewSaysItsSummaryInTheBoardsLanguage() {
        var state = BoardFixture.loaded(deals: followUpDeals())
        state.language = .simplifiedChinese
        press(&state, .c("r"))
        let done = ReviewQueue(day: today, remaining: [], handled: [.loggedContact, .snoozed])
        _ = BoardReducer.reduce(into: &state, action: .reviewLoaded(done, activities: []))
        press(&state, .c("x"))
        #expect(state.message == BoardMessage("每日回顾完成：已记录联系 1 个，已暂缓 1 个"))
    }
}
