import Board
import Foundation
import Pipeline
import Testing

/// The detail pane's activities: Tab chooses one; r reschedules, e edits its subject, d marks it done, x deletes it.
@Suite("Board reducer: managing an activity from the detail pane")
struct ActivityDetailReducerTests {
    let utc = TimeZone(identifier: "UTC")!
    var today: CalendarDay { CalendarDay(BoardFixture.now, in: utc) }

    /// A board with the detail pane open on its selected deal, showing a planned call, a planned email and a done demo.
    func paneWithActivities() -> (BoardState, Deal, [Activity]) {
        var state = BoardFixture.loaded()
        let deal = state.selectedDeal!
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.enter))
        let call = Activity(id: 7, dealID: deal.id, kind: .call, subject: "Call back", due: ActivityDue(day: today.adding(days: 1)), createdAt: BoardFixture.now)
        let email = Activity(id: 8, dealID: deal.id, kind: .email, due: ActivityDue(day: today.adding(days: 3)), createdAt: BoardFixture.now)
        let demo = Activity(id: 9, dealID: deal.id, kind: .demo, doneAt: BoardFixture.now.addingTimeInterval(-86_400), createdAt: BoardFixture.now)
        _ = BoardReducer.reduce(into: &state, action: .detailActivitiesLoaded(dealID: deal.id, [call, email, demo]))
        return (state, deal, [call, email, demo])
    }

    func pane(_ state: BoardState) -> DetailPane? {
        if case .detail(let pane) = state.mode { return pane }
        return nil
    }

    @Test func tabChoosesTheActivitiesInTurnAndShiftTabGoesBack() {
        var (state, _, activities) = paneWithActivities()
        #expect(pane(state)?.selectedActivityID == nil)
        expectReduce(&state, .keyPressed(.tab)) { s in
            var pane = self.pane(s)!
            pane.selectedActivityID = activities[0].id
            s.mode = .detail(pane)
        }
        press(&state, .tab, .tab)
        #expect(pane(state)?.selectedActivityID == activities[2].id)
        press(&state, .tab)
        #expect(pane(state)?.selectedActivityID == activities[0].id, "it wraps")
        press(&state, .backTab)
        #expect(pane(state)?.selectedActivityID == activities[2].id)
    }

    @Test func rReschedulesTheChosenActivityWithTheVersionTheUserSaw() {
        var (state, _, activities) = paneWithActivities()
        press(&state, .tab, .c("r"))
        #expect(pane(state)?.activityPrompt == ActivityEditPrompt(purpose: .reschedule, activity: activities[0]))
        press(&state, .c("f"), .c("r"), .c("i"), .c(" "), .c("1"), .c("4"), .c(":"), .c("0"), .c("0"))
        // 2026-11-29 is a Sunday: fri is 2026-12-04.
        let edit = ActivityEdit(due: ActivityDue(day: CalendarDay(year: 2026, month: 12, day: 4)!, minuteOfDay: 14 * 60))
        expectReduce(&state, .keyPressed(.enter), effects: [.editActivity(edit, expected: activities[0])]) { s in
            var pane = self.pane(s)!
            pane.activityPrompt = nil
            s.mode = .detail(pane)
        }
    }

    @Test func aKindBeforeTheDueDateChangesTheKindToo() {
        var (state, _, activities) = paneWithActivities()
        press(&state, .tab, .c("r"))
        let effects = press(&state, .c("e"), .c(" "), .c("+"), .c("2"), .c("d"), .enter)
        #expect(effects == [.editActivity(ActivityEdit(due: ActivityDue(day: today.adding(days: 2)), kind: .email), expected: activities[0])])
    }

    @Test func aBadDueDateStaysInThePromptWithTheReasonAndSavesNothing() {
        var (state, _, _) = paneWithActivities()
        press(&state, .tab, .c("r"), .c("s"), .c("o"), .c("o"), .c("n"))
        let effects = press(&state, .enter)
        #expect(effects.isEmpty)
        let prompt = pane(state)?.activityPrompt
        #expect(prompt?.text == "soon")
        #expect(prompt?.error?.contains("invalid due date 'soon'") == true)
        // Esc leaves the prompt; the pane stays.
        press(&state, .escape)
        #expect(pane(state)?.activityPrompt == nil)
        #expect(state.message == BoardMessage("Nothing saved"))
    }

    @Test func aDoneActivityCannotBeRescheduledNorDoneAgain() {
        var (state, _, _) = paneWithActivities()
        press(&state, .tab, .tab, .tab)
        let done = press(&state, .c("d"))
        #expect(done.isEmpty)
        #expect(state.message?.text.contains("already done") == true)
        press(&state, .c("r"), .c("+"), .c("1"), .c("d"))
        #expect(press(&state, .enter).isEmpty)
        #expect(pane(state)?.activityPrompt?.error?.contains("not its due date") == true)
    }

    @Test("d on a done activity says when it was done in the board's date format, on its clock: never raw UTC")
    func doneAgainNamesTheMomentAsTheBoardWritesDates() {
        var (state, _, _) = paneWithActivities()
        state.dateFormat = .dayMonthName
        state.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        press(&state, .tab, .tab, .tab)
        #expect(press(&state, .c("d")).isEmpty)
        // Done a day before 2026-11-29T09:00:00Z: 17:00 in Shanghai.
        #expect(state.message?.text == "activity 9 was already done at 28 Nov 2026 17:00", "\(String(describing: state.message))")
    }

    @Test func eEditsTheSubjectThenTheNoteStartingFromTheCurrentOnesAndSavesBothInOneWrite() {
        var (state, _, activities) = paneWithActivities()
        press(&state, .tab, .c("e"))
        #expect(pane(state)?.activityPrompt?.text == "Call back")
        #expect(press(&state, .c(" "), .c("王"), .enter).isEmpty)
        #expect(pane(state)?.activityPrompt?.purpose == .note)
        #expect(pane(state)?.activityPrompt?.text == "")
        let effects = press(&state, .c("A"), .c("s"), .c("k"), .enter)
        #expect(effects == [.editActivity(ActivityEdit(subject: "Call back 王", note: .some("Ask")), expected: activities[0])])
        #expect(pane(state)?.activityPrompt == nil)
    }

    @Test func aSubjectWithAControlCharacterIsRefusedInThePrompt() {
        var (state, _, _) = paneWithActivities()
        press(&state, .tab, .c("e"), .c("\u{07}"))
        #expect(press(&state, .enter).isEmpty)
        #expect(pane(state)?.activityPrompt?.purpose == .subject)
        #expect(pane(state)?.activityPrompt?.error?.contains("invalid subject") == true)
    }

    @Test func dMarksDoneAndXDeletesAfterY() {
        var (state, _, activities) = paneWithActivities()
        press(&state, .tab, .tab)
        #expect(press(&state, .c("d")) == [.completeActivity(expected: activities[1])])
        #expect(press(&state, .c("x")).isEmpty)
        #expect(pane(state)?.activityPrompt?.purpose == .confirmDelete)
        #expect(press(&state, .c("n")).isEmpty, "any other key keeps it")
        #expect(pane(state)?.activityPrompt == nil)
        #expect(press(&state, .c("x"), .c("y")) == [.deleteActivity(expected: activities[1])])
    }

    @Test func withoutAChosenActivityTheKeysSaySoAndDoNothing() {
        var (state, _, _) = paneWithActivities()
        #expect(press(&state, .c("r"), .c("d"), .c("x")).isEmpty)
        #expect(state.message == BoardMessage("Choose an activity with Tab first"))
        #expect(pane(state)?.activityPrompt == nil)
    }

    @Test func aSavedChangeReloadsThePaneAndTheSelectionFollowsTheActivity() {
        var (state, deal, activities) = paneWithActivities()
        press(&state, .tab)
        let effects = BoardReducer.reduce(
            into: &state, action: .changeSaved(SavedChange(message: "Saved call \"Call back\"", dealID: deal.id, stageID: deal.stageID)))
        #expect(effects.last == .loadDetail(dealID: deal.id))
        #expect(effects.count == 2)
        // The rescheduled call now comes after the email; the selection stays on it.
        var moved = activities[0]
        moved.due = ActivityDue(day: today.adding(days: 5))
        _ = BoardReducer.reduce(into: &state, action: .detailActivitiesLoaded(dealID: deal.id, [activities[1], moved, activities[2]]))
        #expect(pane(state)?.selectedActivity == moved)
        // A refusal reloads the pane too, so it shows what is stored now.
        #expect(BoardReducer.reduce(into: &state, action: .changeFailed("activity 7 was changed elsewhere")).last == .loadDetail(dealID: deal.id))
        // Another process's write reloads it as well.
        #expect(BoardReducer.reduce(into: &state, action: .storeChangedElsewhere(now: BoardFixture.now)).last == .loadDetail(dealID: deal.id))
        // A deleted activity is no longer chosen.
        _ = BoardReducer.reduce(into: &state, action: .detailActivitiesLoaded(dealID: deal.id, [activities[1], activities[2]]))
        #expect(pane(state)?.selectedActivityID == nil)
    }

    @Test func uInThePaneUndoesTheActivityChangeAndCtrlRRedoesItEachReloadingThePane() {
        var (state, deal, activities) = paneWithActivities()
        #expect(press(&state, .tab, .c("d")) == [.completeActivity(expected: activities[0])])
        var done = activities[0]
        done.doneAt = BoardFixture.now
        var after = deal
        after.version += 1
        let revision = DealRevision(
            dealID: deal.id, before: deal, after: after, activities: [DealRevision.ActivityChange(before: activities[0], after: done)])
        let entry = UndoEntry(revision, summary: "Done: call \"Call back\" on '\(deal.title)'")
        _ = BoardReducer.reduce(
            into: &state, action: .changeSaved(SavedChange(message: "Done: call \"Call back\"", undo: entry, dealID: deal.id, stageID: deal.stageID)))
        expectReduce(&state, .keyPressed(.c("u")), effects: [.undo(entry)]) { s in s.undoStack = [] }
        let undoEffects = BoardReducer.reduce(into: &state, action: .undoSaved(entry))
        #expect(undoEffects.last == .loadDetail(dealID: deal.id), "\(undoEffects)")
        #expect(pane(state) != nil, "the pane stays open")
        #expect(state.message == BoardMessage("Undid: Done: call \"Call back\" on '\(deal.title)'"))
        expectReduce(&state, .keyPressed(.control("r")), effects: [.redo(entry)]) { s in s.redoStack = [] }
        #expect(BoardReducer.reduce(into: &state, action: .redoSaved(entry)).last == .loadDetail(dealID: deal.id))
        #expect(state.undoStack == [entry])
    }
}
