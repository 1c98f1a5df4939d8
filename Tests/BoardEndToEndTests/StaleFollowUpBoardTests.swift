import Board
import BoardTerminal
import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
import SQLiteStore
import Testing

/// A board that shows an old version of a deal (reducer, effects, store): its snooze, its review decision and
/// its change to an activity are refused naming who changed what meanwhile (Li Wei, on another store of the
/// same database), nothing is saved, and the board shows the deal as it is now, the review staying on its item.
@Suite("A stale board's snooze, review decision and activity change")
struct StaleFollowUpBoardTests {
    let folder = TemporaryDirectory()
    let now = try! Timestamp.parse("2026-11-29T09:00:00Z")
    let utc = TimeZone(identifier: "UTC")!

    /// A database holding one deal with no next step (so in today's review) in the first stage of Sales, Li Wei's
    /// store on it and a started board on another store of it.
    func boardAndLiWei() throws -> (board: BoardSession, li: SQLitePipelineStore, sales: Pipeline, deal: Deal) {
        let path = folder.path("funnel.sqlite")
        let store = try SQLitePipelineStore.open(path: path)
        let sales = try store.pipeline(named: nil)
        let deal = try store.addDeal(Deal(
            title: "Shared deal", value: Money(minorUnits: 500_000, currency: .usd), pipelineID: sales.id,
            stageID: sales.stages[0].id, createdAt: now)).value
        try store.close()
        var board = BoardSession(
            state: BoardState(width: 120, height: 40, now: now, timeZone: utc),
            performer: EffectPerformer(store: try SQLitePipelineStore.open(path: path), now: { [now] in now }, timeZone: utc))
        board.start()
        var li = try SQLitePipelineStore.open(path: path)
        li.author = "Li Wei"
        return (board, li, sales, deal)
    }

    func press(_ session: inout BoardSession, _ keys: Key...) {
        for key in keys { session.dispatch(.keyPressed(key)) }
    }

    @Test func aSnoozeFromAStaleCardIsRefusedNamingTheMoverAndTheCardFollowsTheDeal() throws {
        let (opened, li, sales, deal) = try boardAndLiWei()
        var board = opened
        defer { try? li.close() }
        #expect(board.state.selectedDeal?.id == deal.id)
        // Li Wei moves it on; the board has not looked again and still shows it in the first lane.
        try li.moveDeal(id: deal.id, toStageID: sales.stages[1].id, now: now, expectedVersion: deal.version)
        press(&board, .character("z"), .enter)
        #expect(board.state.message == .error("Li Wei moved it to \(sales.stages[1].name) just now; nothing saved"))
        #expect(board.state.mode == .browsing)
        #expect(board.state.selectedDeal?.id == deal.id, "the selection follows the deal to where it is now")
        #expect(board.state.lanes[1].deals.map(\.id) == [deal.id])
        #expect(board.state.selectedDeal?.version == (try li.deal(id: deal.id)).version)
        #expect(try li.deal(id: deal.id).snoozedUntil == nil, "nothing saved")

        // On the version it shows now, the snooze is saved.
        press(&board, .character("z"), .enter)
        #expect(board.state.message?.isError == false, "\(String(describing: board.state.message))")
        #expect(try li.deal(id: deal.id).snoozedUntil == CalendarDay(now, in: utc).adding(days: 7))
    }

    @Test func aReviewSkipFromAStaleItemIsRefusedNamingTheChangeAndTheReviewStaysOnIt() throws {
        let (started, li, sales, deal) = try boardAndLiWei()
        var board = started
        defer { try? li.close() }
        press(&board, .character("r"))
        guard case .reviewing(let opened) = board.state.mode else { Issue.record("no review: \(board.state.mode)"); return }
        #expect(opened.current?.deal.id == deal.id)
        // Li Wei moves it on meanwhile; it still has no next step, so it stays in the review.
        try li.moveDeal(id: deal.id, toStageID: sales.stages[1].id, now: now, expectedVersion: deal.version)
        press(&board, .character("s"))
        #expect(board.state.message == .error("Li Wei moved it to \(sales.stages[1].name) just now; nothing saved"))
        guard case .reviewing(let screen) = board.state.mode else { Issue.record("left the review: \(board.state.mode)"); return }
        #expect(screen.current?.deal.id == deal.id, "the review stays on its item")
        #expect(screen.current?.deal.version == (try li.deal(id: deal.id)).version, "now shown as it is")
        #expect(screen.queue?.handled.isEmpty == true, "no decision recorded")

        // The item as it is now can be skipped.
        press(&board, .character("s"))
        #expect(board.state.message?.isError == false, "\(String(describing: board.state.message))")
        let queue = try li.reviewQueue(now: now, timeZone: utc)
        #expect(queue.handled == [.skipped])
    }

    @Test func aStaleActivityChangeNamesWhoChangedTheActivity() throws {
        let (started, li, _, deal) = try boardAndLiWei()
        var board = started
        defer { try? li.close() }
        let call = try li.addActivity(Activity(
            dealID: deal.id, kind: .call, subject: "Call Ann", due: ActivityDue(day: CalendarDay(now, in: utc).adding(days: 1)),
            createdAt: now)).value
        board.dispatch(.storeChangedElsewhere(now: now))
        press(&board, .enter, .tab)
        guard case .detail(let pane) = board.state.mode, pane.selectedActivityID == call.id else {
            Issue.record("the call is not selected in the pane: \(board.state.mode)")
            return
        }
        // Li Wei reschedules the call; the pane still shows the old due day, and `d` marks it done.
        try li.editActivity(id: call.id, ActivityEdit(due: ActivityDue(day: CalendarDay(now, in: utc).adding(days: 3))), now: now, expected: call)
        press(&board, .character("d"))
        #expect(board.state.message == .error("Li Wei changed its activity 'Call Ann' just now; nothing saved"))
        #expect(try li.activity(id: call.id).doneAt == nil, "nothing saved")
        guard case .detail(let after) = board.state.mode else { Issue.record("the pane closed"); return }
        #expect(after.activities?.first?.due == ActivityDue(day: CalendarDay(now, in: utc).adding(days: 3)), "the pane shows it as it is now")

        // A Chinese board says it in Chinese, whatever the process's own language.
        let chinese = EffectPerformer(store: li, now: { [now] in now }, timeZone: utc, language: .simplifiedChinese)
        let refused = chinese.perform(.completeActivity(expected: call)).first
        #expect(refused == .changeFailed("Li Wei 刚刚修改了它的活动“Call Ann”；未保存任何内容"))
    }
}
