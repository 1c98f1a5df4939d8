import Foundation
import FunnelStore
import Pipeline
import Testing

/// Every change to a deal the contract offers returns, from its one call, the record that takes it back:
/// undoing that revision restores the deal, its activities and its history, and redoing it puts the change
/// back. On every engine.
@Suite("Store contract: the revision a change returns undoes and redoes it")
struct RevisedChangeConformanceTests {
    static let utc = TimeZone(identifier: "UTC")!

    /// What a change can touch, read through the contract (the deal's version apart: an undo is a write too).
    struct Snapshot: Equatable {
        var deal: Deal?
        var activities: [Activity]
        var history: [String]

        init(_ store: any PipelineStore, dealID: Int64) throws {
            deal = try store.deals(DealQuery(statuses: [])).first { $0.id == dealID }
            deal?.version = 0
            activities = deal == nil ? [] : try store.activities(dealID: dealID).sorted { $0.id < $1.id }
            history = deal == nil ? [] : try store.history(dealID: dealID).filter { !$0.undone }.map { entry in
                "\(entry.kind) \(entry.fromStageID ?? 0)→\(entry.toStageID) at \(Timestamp.seconds(entry.at))"
            }
        }
    }

    /// Makes `change`, then undoes and redoes it with the revision it returned, checking each state.
    func expectUndoAndRedo(_ store: any PipelineStore, _ dealID: Int64, _ what: String, _ change: () throws -> DealRevision) throws {
        let before = try Snapshot(store, dealID: dealID)
        let revision = try change()
        let after = try Snapshot(store, dealID: dealID)
        #expect(before != after, "\(what) changed something the contract shows")
        #expect(revision.dealID == dealID)
        let undone = try store.undo(revision)
        #expect(try Snapshot(store, dealID: dealID) == before, "undo of \(what) puts back the state before it")
        try store.redo(undone)
        #expect(try Snapshot(store, dealID: dealID) == after, "redo of \(what) puts it back")
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func everyChangeToADealComesBackWithItsUndo(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let store = fresh.store
        let now = fresh.now
        let today = CalendarDay(now, in: Self.utc)
        let sales = try fresh.sales
        func mark(_ decision: ReviewDecision) -> ReviewMark { ReviewMark(day: today, reason: .stalled, decision: decision) }
        let deal = try fresh.addDeal("Acme renewal")

        try expectUndoAndRedo(store, deal.id, "a move") { try store.moveDeal(id: deal.id, toStageID: sales.stages[1].id, now: now).revision }
        try expectUndoAndRedo(store, deal.id, "a place") {
            try store.placeDeal(id: deal.id, toStageID: sales.stages[2].id, place: .top, now: now).revision
        }
        try expectUndoAndRedo(store, deal.id, "an edit") { try store.editDeal(id: deal.id, now: now) { $0.title = "Acme 续约" }.revision }
        try expectUndoAndRedo(store, deal.id, "a snooze") {
            try store.snooze(dealID: deal.id, until: today.adding(days: 9), reason: nil, now: now, review: mark(.snoozed)).revision
        }
        let call = try store.addActivity(Activity(dealID: deal.id, kind: .call, due: ActivityDue(day: today), createdAt: now), review: nil, now: now)
        #expect(call.revision.activities.map(\.after) == [call.value])
        try expectUndoAndRedo(store, deal.id, "an activity edit") {
            try store.editActivity(id: call.id, ActivityEdit(subject: "Call Ann"), now: now, expected: call.value).revision
        }
        let edited = try store.activity(id: call.id)
        try expectUndoAndRedo(store, deal.id, "a completion") {
            try store.completeActivity(id: call.id, now: now, review: mark(.loggedContact), expected: edited).revision
        }
        let done = try store.activity(id: call.id)
        try expectUndoAndRedo(store, deal.id, "a deletion") {
            try store.deleteActivity(id: call.id, now: now, expected: done).revision
        }
        try expectUndoAndRedo(store, deal.id, "a logged contact and next step") {
            try store.logActivity(ActivityLog(
                dealID: deal.id, done: Activity(dealID: deal.id, kind: .note, subject: "Met", createdAt: now),
                next: Activity(dealID: deal.id, kind: .email, due: ActivityDue(day: today.adding(days: 2)), createdAt: now),
                review: mark(.scheduledNextStep)), now: now).revision
        }
        // A skip writes only the day's review decision: its revision holds it, and the queue shows it.
        let skipped = try store.skipReviewItem(dealID: deal.id, mark: mark(.skipped), now: now)
        #expect(skipped.reviewProgress.map(\.after?.mark) == [mark(.skipped)])
        try store.redo(try store.undo(skipped))
        try expectUndoAndRedo(store, deal.id, "a review advance") {
            try store.advanceFromReview(dealID: deal.id, mark: mark(.advanced), now: now).revision
        }
        try expectUndoAndRedo(store, deal.id, "a park") {
            try store.park(dealID: deal.id, until: today.adding(days: 30), stage: nil, now: now, review: mark(.parked)).revision
        }
        // Redone: the deal waits in Revisit.
        try expectUndoAndRedo(store, deal.id, "an unpark") { try store.unpark(dealID: deal.id, stage: nil, now: now).revision }
        try expectUndoAndRedo(store, deal.id, "a win") { try store.markWon(id: deal.id, now: now).revision }
        // Redone: the deal is won; reopened to be lost.
        try store.reopen(id: deal.id, stage: nil, now: now)
        try expectUndoAndRedo(store, deal.id, "a loss") { try store.markLost(id: deal.id, reason: "budget", now: now).revision }
        try store.reopen(id: deal.id, stage: nil, now: now)
        try expectUndoAndRedo(store, deal.id, "a loss from the review") {
            try store.markLostFromReview(dealID: deal.id, reason: "timing", mark: mark(.markedLost), now: now).revision
        }
        let other = Deal(
            title: "Globex", value: Money(minorUnits: 20_000, currency: Currency(code: "EUR")!), pipelineID: sales.id, stageID: sales.stages[0].id,
            createdAt: now)
        let added = try store.addDeal(other)
        #expect(added.revision.before == nil && added.revision.after == added.value)
        let undone = try store.undo(added.revision)
        #expect(try Snapshot(store, dealID: added.id).deal == nil, "undo of a new deal deletes it")
        try store.redo(undone)
        #expect(try store.deal(id: added.id).title == "Globex", "redo creates it again")
    }
}
