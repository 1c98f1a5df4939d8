import Foundation
import FunnelStore
import Pipeline
import Testing

/// Logging an activity is one call and one transaction: the done part, the next step and the review mark
/// are saved together or not at all, and the undo record that comes back covers all three.
@Suite("Store contract: logging an activity is one transaction")
struct ActivityLogConformanceTests {
    let utc = TimeZone(identifier: "UTC")!

    func plannedCall(_ fresh: FreshEngineStore) throws -> (deal: Deal, call: Activity) {
        let deal = try fresh.addDeal("Acme")
        let call = try fresh.store.addActivity(Activity(
            dealID: deal.id, kind: .call, due: ActivityDue(day: CalendarDay(fresh.now, in: utc)), createdAt: fresh.now)).value
        return (try fresh.store.deal(id: deal.id), call)
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func doneNextStepAndReviewMarkComeBackInOneRevision(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let (deal, call) = try plannedCall(fresh)
        let today = CalendarDay(fresh.now, in: utc)
        let mark = ReviewMark(day: today, reason: .activityDueToday, decision: .scheduledNextStep)
        let next = Activity(dealID: deal.id, kind: .email, due: ActivityDue(day: today.adding(days: 3)), createdAt: fresh.now)
        let logged = try fresh.store.logActivity(ActivityLog(dealID: deal.id, completeID: call.id, next: next, review: mark), now: fresh.now)

        #expect(logged.done?.id == call.id && logged.done?.doneAt != nil && logged.completedPlanned)
        #expect(logged.next?.kind == .email)
        #expect(logged.revision.activities.count == 2, "the call done and the email planned: \(logged.revision.activities)")
        #expect(logged.revision.reviewProgress.map(\.after?.mark) == [mark])
        #expect(try fresh.store.reviewQueue(now: fresh.now, timeZone: utc).remaining.allSatisfy { $0.deal.id != deal.id })

        // Undone as one: the call is planned again, the email is gone, the review decision too.
        try fresh.store.undo(logged.revision)
        #expect(try fresh.store.activities(dealID: deal.id) == [call])
        #expect(try fresh.store.reviewQueue(now: fresh.now, timeZone: utc).remaining.contains { $0.deal.id == deal.id })
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func aRefusedNextStepLeavesTheDonePartUnsaved(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let (deal, call) = try plannedCall(fresh)
        let today = CalendarDay(fresh.now, in: utc)
        // No due date and not done: the store refuses the next step, after the call was marked done in the same call.
        let next = Activity(dealID: deal.id, kind: .email, createdAt: fresh.now)
        let mark = ReviewMark(day: today, reason: .activityDueToday, decision: .scheduledNextStep)
        #expect(throws: PipelineError.self) {
            try fresh.store.logActivity(ActivityLog(dealID: deal.id, completeID: call.id, next: next, review: mark), now: fresh.now)
        }
        #expect(try fresh.store.activities(dealID: deal.id) == [call], "the call is still planned, nothing was added")
        #expect(try fresh.store.deal(id: deal.id) == deal)
        #expect(try fresh.store.reviewQueue(now: fresh.now, timeZone: utc).remaining.contains { $0.deal.id == deal.id })
    }
}
