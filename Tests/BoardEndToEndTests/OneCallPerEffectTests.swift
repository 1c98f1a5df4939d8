import Board
import BoardTerminal
import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import SQLiteStore
import Testing

/// Every board effect that changes something is ONE call of the store contract, so one transaction:
/// the change and the record of it (its `DealRevision`, for undo) come back from that call together.
@Suite("Board effects: one store call, one transaction each")
struct OneCallPerEffectTests {
    let folder = TemporaryDirectory()
    /// Sunday 2026-11-29 09:00 UTC.
    let now = try! Timestamp.parse("2026-11-29T09:00:00Z")
    let utc = TimeZone(identifier: "UTC")!

    /// The contract's calls that write.
    static let writes: Set<String> = [
        "addDeal", "editDeal", "moveDeal", "placeDeal", "markWon", "markLost", "reopen", "deleteDeal", "undo", "redo",
        "addActivity", "completeActivity", "editActivity", "deleteActivity", "logActivity", "snooze", "park", "unpark",
        "skipReviewItem", "advanceFromReview", "markLostFromReview", "setParkAfterDays", "addPipeline", "renamePipeline",
        "removePipeline", "addStage", "renameStage", "removeStage", "moveStage", "updateStage", "restore", "importDeals",
        "insertDemo", "replaceContent",
    ]

    struct Board {
        let store: CallNotingStore
        let performer: EffectPerformer
        let sales: Pipeline
        let deal: Deal
        let call: Activity
    }

    /// A database with one open deal and a call planned on it, behind a store that notes its calls.
    func board() throws -> Board {
        let sqlite = try SQLitePipelineStore.open(path: folder.path("funnel.sqlite"))
        let sales = try sqlite.pipeline(named: nil)
        let deal = try sqlite.addDeal(Deal(
            title: "Acme", value: Money(minorUnits: 500_000, currency: .usd), pipelineID: sales.id,
            stageID: sales.stages[0].id, createdAt: now.addingTimeInterval(-40 * 86_400))).value
        let call = try sqlite.addActivity(Activity(
            dealID: deal.id, kind: .call, due: ActivityDue(day: CalendarDay(now, in: utc).adding(days: -1)),
            createdAt: now.addingTimeInterval(-3 * 86_400))).value
        let store = CallNotingStore(sqlite)
        return Board(
            store: store, performer: EffectPerformer(store: store, now: { [now] in now }, timeZone: utc), sales: sales,
            deal: try sqlite.deal(id: deal.id), call: call)
    }

    /// Performs `effect` and returns the writes it made, after checking it was saved.
    func writes(_ effect: BoardEffect, on board: Board) throws -> [String] {
        _ = board.store.takeCalls()
        let actions = board.performer.perform(effect)
        let saved = actions.contains { action in
            switch action {
            case .changeSaved, .undoSaved, .redoSaved: true
            default: false
            }
        }
        #expect(saved, "\(effect) was not saved: \(actions)")
        return board.store.takeCalls().filter(Self.writes.contains)
    }

    var mark: ReviewMark { ReviewMark(day: CalendarDay(now, in: utc), reason: .overdueActivity, decision: .loggedContact) }

    @Test func loggingDonePlusNextStepWithAReviewMarkIsOneCall() throws {
        let board = try board()
        let log = ActivityLog(
            dealID: board.deal.id, completeID: board.call.id,
            next: Activity(dealID: board.deal.id, kind: .email, due: ActivityDue(day: CalendarDay(now, in: utc).adding(days: 2)), createdAt: now),
            review: mark)
        #expect(try writes(.logActivity(log), on: board) == ["logActivity"])
        let loggedDone = ActivityLog(
            dealID: board.deal.id, done: Activity(dealID: board.deal.id, kind: .note, subject: "Spoke to Ann", createdAt: now),
            next: Activity(dealID: board.deal.id, kind: .call, due: ActivityDue(day: CalendarDay(now, in: utc).adding(days: 5)), createdAt: now))
        #expect(try writes(.logActivity(loggedDone), on: board) == ["logActivity"])
    }

    @Test func wonLostAndTheirUndoAndRedoAreOneCallEach() throws {
        let board = try board()
        #expect(try writes(.markWon(dealID: board.deal.id, expectedVersion: board.deal.version), on: board) == ["markWon"])
        let entry = try #require(board.store.base.history(dealID: board.deal.id).last)
        #expect(entry.kind == .won)
        let reopened = try board.store.base.reopen(id: board.deal.id, stage: nil, now: now)
        #expect(reopened.kind == .reopened)
        let version = try board.store.base.deal(id: board.deal.id).version
        let actions = board.performer.perform(.markLost(dealID: board.deal.id, reason: "price", expectedVersion: version))
        guard case .changeSaved(let lost) = actions.first, let undo = lost.undo else {
            Issue.record("markLost was not saved: \(actions)")
            return
        }
        #expect(board.store.takeCalls().filter(Self.writes.contains) == ["markLost"])
        let undone = board.performer.perform(.undo(undo))
        guard case .undoSaved(let redo) = undone.first else {
            Issue.record("the undo was not saved: \(undone)")
            return
        }
        #expect(board.store.takeCalls().filter(Self.writes.contains) == ["undo"])
        #expect(try writes(.redo(redo), on: board) == ["redo"])
    }

    @Test func movingCreatingAndEditingDealsAreOneCallEach() throws {
        let board = try board()
        let move = DealMove(deal: board.deal, toStage: board.sales.stages[1])
        #expect(try writes(.saveMove(move), on: board) == ["moveDeal"])
        let moved = try board.store.base.deal(id: board.deal.id)
        let placed = DealMove(deal: moved, toStage: board.sales.stages[2], place: .top)
        #expect(try writes(.saveMove(placed), on: board) == ["placeDeal"])
        let draft = DealFormDraft(title: "Globex", value: Money(minorUnits: 90_000, currency: .usd))
        #expect(try writes(.createDeal(draft, pipelineID: board.sales.id, stageID: board.sales.stages[0].id), on: board) == ["addDeal"])
        let current = try board.store.base.deal(id: board.deal.id)
        let edit = DealFormDraft(title: "Acme renewal", value: current.value)
        #expect(try writes(.editDeal(shown: current, edit), on: board) == ["editDeal"])
        let edited = try board.store.base.deal(id: board.deal.id)
        #expect(try writes(
            .qualify(dealID: edited.id, Qualification(), temperatureByHand: .hot, expectedVersion: edited.version), on: board) == ["editDeal"])
    }

    @Test func activityChangesAreOneCallEach() throws {
        let board = try board()
        #expect(try writes(.editActivity(ActivityEdit(subject: "Call Ann"), expected: board.call), on: board) == ["editActivity"])
        let edited = try board.store.base.activity(id: board.call.id)
        #expect(try writes(.completeActivity(expected: edited), on: board) == ["completeActivity"])
        let done = try board.store.base.activity(id: board.call.id)
        #expect(try writes(.deleteActivity(expected: done), on: board) == ["deleteActivity"])
    }

    @Test func followUpAndReviewDecisionsAreOneCallEach() throws {
        let board = try board()
        let id = board.deal.id
        let later = CalendarDay(now, in: utc).adding(days: 7)
        // Each from the version the board shows, as the reducer asks.
        func shown() throws -> Int { try board.store.base.deal(id: id).version }
        #expect(try writes(.snooze(dealID: id, until: later, expectedVersion: shown(), review: mark), on: board) == ["snooze"])
        #expect(try writes(.skipReviewItem(dealID: id, mark, expectedVersion: shown()), on: board) == ["skipReviewItem"])
        #expect(try writes(.advanceFromReview(dealID: id, mark, expectedVersion: shown()), on: board) == ["advanceFromReview"])
        #expect(try writes(.park(dealID: id, until: later, expectedVersion: shown(), review: mark), on: board) == ["park"])
        #expect(try writes(.unpark(dealID: id, expectedVersion: shown()), on: board) == ["unpark"])
        #expect(try writes(.markLostFromReview(dealID: id, reason: "timing", mark, expectedVersion: shown()), on: board) == ["markLostFromReview"])
    }
}
