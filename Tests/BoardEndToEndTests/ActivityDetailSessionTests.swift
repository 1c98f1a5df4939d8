import Board
import BoardTerminal
import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
import SQLiteStore
import Testing

/// Board sessions on a real database (reducer, effects, store): won and its undo cancel and plan again
/// a deal's activities, and an activity changed by another board since it was shown is not overwritten.
@Suite("Board sessions managing activities")
struct ActivityDetailSessionTests {
    let folder = TemporaryDirectory()
    /// Sunday 2026-11-29 09:00 UTC.
    let now = try! Timestamp.parse("2026-11-29T09:00:00Z")
    let utc = TimeZone(identifier: "UTC")!

    func session(_ path: String) throws -> BoardSession {
        let store = try SQLitePipelineStore.open(path: path)
        var session = BoardSession(
            state: BoardState(width: 120, height: 40, now: now, timeZone: utc),
            performer: EffectPerformer(store: store, now: { [now] in now }, timeZone: utc))
        session.start()
        return session
    }

    /// A database holding one open deal with a call planned for tomorrow.
    func database() throws -> (path: String, store: SQLitePipelineStore, deal: Deal, call: Activity) {
        let path = folder.path("funnel.sqlite")
        let store = try SQLitePipelineStore.open(path: path)
        let sales = try store.pipeline(named: nil)
        let deal = try store.addDeal(Deal(
            title: "Acme", value: Money(minorUnits: 500_000, currency: .usd), pipelineID: sales.id, stageID: sales.stages[0].id, createdAt: now)).value
        let call = try store.addActivity(Activity(
            dealID: deal.id, kind: .call, due: ActivityDue(day: CalendarDay(now, in: utc).adding(days: 1)), createdAt: now)).value
        return (path, store, deal, call)
    }

    func keys(_ session: inout BoardSession, _ keys: Key...) {
        for key in keys { session.dispatch(.keyPressed(key)) }
    }

    func type(_ session: inout BoardSession, _ text: String) {
        for character in text { session.dispatch(.keyPressed(.character(character))) }
    }

    @Test func wonOnTheBoardCancelsTheCallAndUPlansItAgain() throws {
        let (path, store, deal, call) = try database()
        var board = try session(path)
        keys(&board, .character("w"))
        #expect(try store.activity(id: call.id).isCancelled)
        #expect(try store.plannedActivities().isEmpty)
        keys(&board, .character("u"))
        #expect(board.state.message == BoardMessage("Undid: Won 'Acme' ($5,000)"), "\(String(describing: board.state.message))")
        #expect(try store.activity(id: call.id) == call)
        #expect(try store.deal(id: deal.id).nextActivityDue == call.due)
        keys(&board, .control("r"))
        #expect(try store.activity(id: call.id).isCancelled, "redo cancels it again")
    }

    @Test func aRescheduleOnAnActivityChangedElsewhereIsRefusedAndThePaneShowsTheNewOne() throws {
        let (path, store, _, call) = try database()
        var ana = try session(path)
        var ben = try session(path)
        keys(&ana, .enter, .tab, .character("r"))
        keys(&ben, .enter, .tab, .character("r"))
        type(&ana, "+2d")
        keys(&ana, .enter)
        #expect(ana.state.message?.text == "Saved call \"Call\", due 2026-12-01")
        type(&ben, "+5d")
        keys(&ben, .enter)
        #expect(ben.state.message?.isError == true)
        #expect(ben.state.message?.text == "someone changed its activity 'Call' just now; nothing saved", "these stores were opened without a name")
        #expect(try store.activity(id: call.id).due?.description == "2026-12-01")
        guard case .detail(let pane) = ben.state.mode else {
            Issue.record("the pane closed")
            return
        }
        #expect(pane.activities?.first?.due?.description == "2026-12-01")
        #expect(pane.selectedActivityID == call.id)
    }

    @Test func uInThePaneUndoesAnEditADoneAndADeleteAndCtrlRRedoesThem() throws {
        let (path, store, deal, call) = try database()
        var board = try session(path)
        keys(&board, .enter, .tab, .character("e"))
        type(&board, " Acme")
        keys(&board, .enter)
        type(&board, "budget")
        keys(&board, .enter)
        #expect(try store.activity(id: call.id).subject == "Call Acme")
        keys(&board, .character("u"))
        #expect(board.state.message == BoardMessage("Undid: Saved call \"Call Acme\", due 2026-11-30 on 'Acme'"), "\(String(describing: board.state.message))")
        #expect(try store.activity(id: call.id) == call)
        keys(&board, .control("r"))
        #expect(try store.activity(id: call.id).note == "budget", "redone")
        keys(&board, .character("u"))
        #expect(try store.activity(id: call.id) == call)

        // The pane was read again after each undo: `d` acts on the call as it is now.
        keys(&board, .character("d"))
        #expect(try store.activity(id: call.id).doneAt == now, "\(String(describing: board.state.message))")
        keys(&board, .character("u"))
        #expect(try store.activity(id: call.id) == call)
        #expect(try store.deal(id: deal.id).nextActivityDue == call.due)
        keys(&board, .control("r"))
        #expect(try store.activity(id: call.id).doneAt == now)
        keys(&board, .character("u"))

        keys(&board, .character("x"), .character("y"))
        #expect(try store.activities(dealID: deal.id).isEmpty, "\(String(describing: board.state.message))")
        keys(&board, .character("u"))
        #expect(try store.activities(dealID: deal.id) == [call], "undoing the delete brings the call back")
        guard case .detail(let pane) = board.state.mode else {
            Issue.record("the pane closed")
            return
        }
        #expect(pane.activities == [call], "the pane shows it again")
        keys(&board, .control("r"))
        #expect(try store.activities(dealID: deal.id).isEmpty)
        #expect(try store.deal(id: deal.id).nextActivityDue == nil)
    }
}

