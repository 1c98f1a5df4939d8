import Board
import BoardTerminal
import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
import SQLiteStore
import Testing

/// Two people's boards on one database, each through its own connection (reducer, effects, store):
/// a change made on an old version of a deal is refused with "changed elsewhere", the board shows
/// the new version, and the history keeps every change that was saved.
@Suite("Two boards changing one deal")
struct StaleBoardTests {
    let folder = TemporaryDirectory()
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

    /// A database in the test's folder holding one deal with `title` in the first stage of Sales.
    func database(with title: String) throws -> (path: String, store: SQLitePipelineStore, sales: Pipeline, deal: Deal) {
        let path = folder.path("funnel.sqlite")
        let store = try SQLitePipelineStore.open(path: path)
        let sales = try store.pipeline(named: nil)
        let deal = try store.addDeal(Deal(
            title: title, value: Money(minorUnits: 500_000, currency: .usd), pipelineID: sales.id,
            stageID: sales.stages[0].id, createdAt: now)).value
        return (path, store, sales, deal)
    }

    func press(_ session: inout BoardSession, _ keys: Character...) {
        for key in keys { session.dispatch(.keyPressed(.character(key))) }
    }

    @Test func aMoveOnAnOldVersionIsRefusedAndTheNewVersionShown() throws {
        let (path, store, sales, deal) = try database(with: "Shared deal")
        var ana = try session(path)
        var ben = try session(path)
        #expect(ana.state.selectedDeal?.id == deal.id)
        #expect(ben.state.selectedDeal?.id == deal.id)

        // Ana moves it on; Ben's board has not looked again and still shows the old version.
        press(&ana, "L")
        #expect(ana.state.message == BoardMessage("Moved 'Shared deal' to Qualifying"))
        press(&ben, "L")
        #expect(ben.state.message == .error("someone moved it to Qualifying just now; nothing saved"), "no name: these stores were opened without one")
        #expect(ben.state.selectedDeal?.id == deal.id, "the selection follows the deal to where it is now")
        // Ben now sees where the deal really is, and the lanes' totals are the database's.
        #expect(ben.state.lanes[1].deals.map(\.id) == [deal.id])
        #expect(ben.state.lanes[0].deals.isEmpty)
        #expect(ben.state.lanes.map(\.summary) == (try store.stageSummaries(pipelineID: sales.id)))
        #expect(try store.deal(id: deal.id).stageID == sales.stages[1].id)
        #expect(try store.history(dealID: deal.id).map(\.kind) == [.created, .moved])

        // On the current version Ben's move is saved, after Ana's, and both are in the history.
        while ben.state.focusedLane < 1 { press(&ben, "l") }
        while ben.state.focusedLane > 1 { press(&ben, "h") }
        #expect(ben.state.selectedDeal?.id == deal.id)
        #expect(ben.state.selectedDeal?.version == (try store.deal(id: deal.id)).version)
        press(&ben, "L")
        #expect(ben.state.message == BoardMessage("Moved 'Shared deal' to Contact"))
        let history = try store.history(dealID: deal.id)
        #expect(history.map(\.kind) == [.created, .moved, .moved])
        #expect(history.map(\.toStageID) == [sales.stages[0].id, sales.stages[1].id, sales.stages[2].id])

        // Ana's undo is now on an old version too: refused, naming Ben's move, and nothing changes.
        press(&ana, "u")
        #expect(ana.state.message == .error("cannot undo the change of 'Shared deal': someone moved it to Contact just now; nothing undone"))
        #expect(try store.deal(id: deal.id).stageID == sales.stages[2].id)
        #expect(try store.history(dealID: deal.id).filter(\.undone).isEmpty)
    }

    /// One person's board: two moves, then two undos and two redos, each on the version the
    /// previous one left: none of them is mistaken for a change made elsewhere.
    @Test func undoingAndRedoingSeveralChangesInARowIsNotAChangeElsewhere() throws {
        let (path, store, sales, deal) = try database(with: "Solo deal")
        var board = try session(path)
        press(&board, "L")
        #expect(board.state.message == BoardMessage("Moved 'Solo deal' to Qualifying"))
        // The selection stays in the lane the deal left: follow it to Qualifying to send it on again.
        press(&board, "l", "L")
        #expect(board.state.message == BoardMessage("Moved 'Solo deal' to Contact"))
        press(&board, "u")
        #expect(board.state.message == BoardMessage("Undid: Moved 'Solo deal' to Contact"))
        press(&board, "u")
        #expect(board.state.message == BoardMessage("Undid: Moved 'Solo deal' to Qualifying"))
        #expect(try store.deal(id: deal.id).stageID == sales.stages[0].id)
        board.dispatch(.keyPressed(.control("r")))
        #expect(board.state.message == BoardMessage("Redid: Moved 'Solo deal' to Qualifying"))
        board.dispatch(.keyPressed(.control("r")))
        #expect(board.state.message == BoardMessage("Redid: Moved 'Solo deal' to Contact"))
        #expect(try store.deal(id: deal.id).stageID == sales.stages[2].id)
        #expect(try store.history(dealID: deal.id).map(\.undone) == [false, false, false])
    }

    /// Between my two moves someone renamed the deal: undoing my second move is fine, but undoing
    /// my first would throw their rename away, so it is refused as a change made elsewhere.
    @Test func anUndoBelowSomeoneElsesChangeIsStillRefused() throws {
        let (path, store, sales, deal) = try database(with: "Shared deal")
        var board = try session(path)
        press(&board, "L")
        _ = try store.editDeal(id: deal.id, now: now) { $0.title = "Shared deal (renamed)" }
        board.dispatch(.storeChangedElsewhere(now: now))
        press(&board, "l")
        #expect(board.state.selectedDeal?.title == "Shared deal (renamed)")
        press(&board, "L")
        #expect(board.state.message == BoardMessage("Moved 'Shared deal (renamed)' to Contact"))
        press(&board, "u")
        #expect(board.state.message == BoardMessage("Undid: Moved 'Shared deal (renamed)' to Contact"))
        press(&board, "u")
        // The change in the way is named: the rename, not the board's own later move and its undo.
        #expect(board.state.message == .error("cannot undo the change of 'Shared deal': someone changed its title just now; nothing undone"))
        let kept = try store.deal(id: deal.id)
        #expect(kept.title == "Shared deal (renamed)")
        #expect(kept.stageID == sales.stages[1].id)
    }

    /// Li Wei's board in Chinese: 陈静 moved the deal after Li Wei's move, and Li Wei renamed it and took the rename
    /// back. Undoing the move names 陈静's move by the board's clock, not Li Wei's own undo (the latest change).
    @Test func anUndoRefusedOnTheBoardNamesTheChangeInItsWayInTheBoardsLanguageAndClock() throws {
        let (path, _, sales, deal) = try database(with: "Shared deal")
        var liStore = try SQLitePipelineStore.open(path: path)
        liStore.author = "Li Wei"
        let later = now.addingTimeInterval(3 * 60)
        var li = BoardSession(
            state: BoardState(width: 120, height: 40, now: later, timeZone: utc, language: .simplifiedChinese),
            performer: EffectPerformer(store: liStore, now: { later }, timeZone: utc, language: .simplifiedChinese))
        li.start()
        press(&li, "L")
        var chen = try SQLitePipelineStore.open(path: path)
        chen.author = "陈静"
        let moved = try chen.deal(id: deal.id)
        try chen.moveDeal(id: deal.id, toStageID: sales.stages[2].id, now: now, expectedVersion: moved.version)
        li.dispatch(.storeChangedElsewhere(now: later))
        while li.state.selectedDeal?.id != deal.id, li.state.focusedLane < 2 { press(&li, "l") }
        #expect(li.state.selectedDeal?.id == deal.id)
        li.dispatch(.keyPressed(.character("e")))
        for _ in 0..<"Shared deal".count { li.dispatch(.keyPressed(.backspace)) }
        for key in "Acme" { li.dispatch(.keyPressed(.character(key))) }
        li.dispatch(.keyPressed(.enter))
        #expect(try liStore.deal(id: deal.id).title == "Acme")
        press(&li, "u")
        #expect(try liStore.deal(id: deal.id).title == "Shared deal")
        press(&li, "u")
        #expect(li.state.message == .error("无法撤销对“Shared deal”的更改：陈静 3 分钟前把它移到了“Contact”；未撤销任何内容"))
        #expect(try liStore.deal(id: deal.id).stageID == sales.stages[2].id, "nothing undone")
    }
}

