import Foundation
import GRDB
import Pipeline
import Testing
import FunnelStore
@testable import SQLiteStore

/// Every kind of change the board makes is recorded as one `DealRevision` inside its own transaction,
/// and undone and redone by one store call each: the deal, its activities, its review decisions and
/// its history go back exactly, and a change made since refuses the undo with a sentence, writing nothing.
@Suite struct DealRevisionUndoTests {
    /// What a change can touch, read straight from the database.
    struct Snapshot: Equatable {
        var deal: Deal?
        var activities: [Activity]
        var review: [String]
        /// The entries that count (not undone), without their ids: a deal created again gets new ones.
        var history: [String]

        init(_ store: SQLitePipelineStore, dealID: Int64) throws {
            deal = try SQLitePipelineStore.fetchDealIfAnyForTests(store, id: dealID)
            activities = deal == nil ? [] : try store.activities(dealID: dealID).sorted { $0.id < $1.id }
            review = try store.dbWriter.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT day, reason, decision, deal_version FROM review_progress WHERE deal_id = ? ORDER BY day",
                    arguments: [dealID]
                ).map { "\($0["day"] as String) \($0["reason"] as String) \($0["decision"] as String) v\($0["deal_version"] as Int)" }
            }
            history = deal == nil ? [] : try store.history(dealID: dealID).filter { !$0.undone }.map { entry in
                "\(entry.kind) \(entry.fromStageID ?? 0)→\(entry.toStageID) at \(Timestamp.seconds(entry.at))"
            }
        }

        /// The same state but for the deal's version (an undo and a redo are writes too) and the
        /// review's note of that version.
        func sameApart(fromVersionOf other: Snapshot) -> Bool {
            var mine = self
            var theirs = other
            mine.deal?.version = 0
            theirs.deal?.version = 0
            mine.review = mine.review.map { $0.replacingOccurrences(of: " v\(deal?.version ?? 0)", with: " v*") }
            theirs.review = theirs.review.map { $0.replacingOccurrences(of: " v\(other.deal?.version ?? 0)", with: " v*") }
            return mine == theirs
        }
    }

    static let utc = TimeZone(identifier: "UTC")!
    let fresh: FreshStore
    let today: CalendarDay

    init() throws {
        fresh = try FreshStore()
        today = CalendarDay(fresh.now, in: TimeZone(identifier: "UTC")!)
    }

    var now: Date { fresh.now }

    /// Makes the change, undoes it, redoes it and undoes it again, checking every state on the way.
    @discardableResult
    func expectUndoAndRedo(_ dealID: Int64, _ change: () throws -> Void) throws -> DealRevision {
        let store = fresh.store
        let before = try Snapshot(store, dealID: dealID)
        let revision = try store.revising(dealID: dealID, change).revision
        let after = try Snapshot(store, dealID: dealID)
        #expect(before != after, "the change changed something")
        #expect(revision.before == before.deal && revision.after == after.deal)

        let undone = try store.undo(revision)
        let back = try Snapshot(store, dealID: dealID)
        #expect(back.sameApart(fromVersionOf: before), "undo puts back the state before the change")
        #expect(undone.before == back.deal)
        #expect(back.deal.map { $0.version > (after.deal?.version ?? 0) } ?? true, "an undo is a write: the version goes up")

        let redone = try store.redo(undone)
        let again = try Snapshot(store, dealID: dealID)
        #expect(again.sameApart(fromVersionOf: after), "redo puts the change back")
        #expect(redone.after == again.deal)

        try store.undo(redone)
        #expect(try Snapshot(store, dealID: dealID).sameApart(fromVersionOf: before), "and it can be undone again")
        return revision
    }

    /// Someone else's rename after the change refuses its undo, saying who renamed it (the change log); nothing is
    /// written.
    func expectStaleUndoRefused(_ dealID: Int64, _ change: () throws -> Void) throws {
        let store = fresh.store
        let revision = try store.revising(dealID: dealID, change).revision
        let title = try #require(revision.after?.title)
        try store.editDeal(id: dealID, now: now) { $0.title = "Renamed elsewhere" }
        let current = try Snapshot(store, dealID: dealID)
        #expect {
            try store.undo(revision)
        } throws: { error in
            guard case StoreError.changedElsewhere(_, let stale?) = error else { return false }
            let message = stale.sentence(now: now, in: .english)
            return message.contains("'\(title)'") && message.contains("changed its title") && message.contains("nothing undone")
        }
        #expect(try Snapshot(store, dealID: dealID) == current, "a refused undo writes nothing")
    }

    func mark(_ decision: ReviewDecision) -> ReviewMark { ReviewMark(day: today, reason: .stalled, decision: decision) }

    @Test func aSnoozeIsUndoneAndRedone() throws {
        let deal = try fresh.addDeal("Acme renewal")
        try expectUndoAndRedo(deal.id) { _ = try fresh.store.snooze(dealID: deal.id, until: today.adding(days: 12), reason: nil, now: now).value }
        try expectStaleUndoRefused(deal.id) { _ = try fresh.store.snooze(dealID: deal.id, until: today.adding(days: 3), reason: nil, now: now).value }
    }

    @Test func aParkAndAnUnparkAreUndoneAndRedone() throws {
        let deal = try fresh.addDeal("Globex pilot", stage: 2)
        // Snoozed first: parking clears the snooze, and undoing the park brings it back with the stage.
        try fresh.store.snooze(dealID: deal.id, until: today.adding(days: 5), reason: "holiday", now: now)
        let revision = try expectUndoAndRedo(deal.id) {
            try fresh.store.park(dealID: deal.id, until: today.adding(days: 30), now: now, review: mark(.parked))
        }
        #expect(revision.history.map(\.kind) == [.parked])
        try fresh.store.park(dealID: deal.id, until: nil, now: now)
        try expectUndoAndRedo(deal.id) { try fresh.store.unpark(dealID: deal.id, stage: nil, now: now) }
        try expectStaleUndoRefused(deal.id) { try fresh.store.unpark(dealID: deal.id, stage: nil, now: now) }
    }

    @Test func activitiesLoggedInOneGoAreUndoneAndRedoneTogether() throws {
        let deal = try fresh.addDeal("Initech")
        let planned = try fresh.store.addActivity(Activity(
            dealID: deal.id, kind: .call, due: ActivityDue(stored: today.description), createdAt: now)).value
        // Completing the call and planning the next step, with the review's mark: the board's `c` in the review.
        let revision = try expectUndoAndRedo(deal.id) {
            try fresh.store.completeActivity(id: planned.id, now: now)
            try fresh.store.addActivity(
                Activity(dealID: deal.id, kind: .email, due: ActivityDue(stored: today.adding(days: 2).description), createdAt: now),
                review: mark(.loggedContact), now: now)
        }
        #expect(revision.activities.count == 2)
        #expect(revision.reviewProgress.count == 1)
        try expectStaleUndoRefused(deal.id) {
            try fresh.store.addActivity(Activity(dealID: deal.id, kind: .note, doneAt: now, createdAt: now))
        }
    }

    @Test func aFailedSecondWriteSavesNoneOfTheChange() throws {
        let deal = try fresh.addDeal("Umbrella")
        let planned = try fresh.store.addActivity(Activity(
            dealID: deal.id, kind: .call, due: ActivityDue(stored: today.description), createdAt: now)).value
        let before = try Snapshot(fresh.store, dealID: deal.id)
        #expect(throws: PipelineError.self) {
            try fresh.store.revising(dealID: deal.id) {
                try fresh.store.completeActivity(id: planned.id, now: now)
                // Neither due nor done: refused, and the completion goes with it.
                try fresh.store.addActivity(Activity(dealID: deal.id, kind: .email, createdAt: now))
            }
        }
        #expect(try Snapshot(fresh.store, dealID: deal.id) == before)
    }

    @Test func aQualificationIsUndoneAndRedone() throws {
        let deal = try fresh.addDeal("Hooli")
        try expectUndoAndRedo(deal.id) {
            try fresh.store.editDeal(id: deal.id, now: now, expectedVersion: deal.version) {
                $0.qualify(Qualification(budget: .yes, authority: .yes, need: .yes, timing: .no))
                $0.setTemperature(byHand: .hot)
            }
        }
        try expectStaleUndoRefused(deal.id) {
            try fresh.store.editDeal(id: deal.id, now: now) { $0.qualify(Qualification(budget: .no, authority: .no, need: .no, timing: .no)) }
        }
    }

    @Test func reviewDecisionsAreUndoneAndRedone() throws {
        let skipped = try fresh.addDeal("Skipped deal")
        try expectUndoAndRedo(skipped.id) { try fresh.store.skipReviewItem(dealID: skipped.id, mark: mark(.skipped), now: now) }
        let advanced = try fresh.addDeal("Advanced deal")
        let revision = try expectUndoAndRedo(advanced.id) {
            try fresh.store.advanceFromReview(dealID: advanced.id, mark: mark(.advanced), now: now)
        }
        #expect(revision.history.map(\.kind) == [.moved])
        let lost = try fresh.addDeal("Lost deal")
        try expectUndoAndRedo(lost.id) {
            try fresh.store.markLostFromReview(dealID: lost.id, reason: "price", mark: mark(.markedLost), now: now)
        }
        try expectStaleUndoRefused(skipped.id) { try fresh.store.skipReviewItem(dealID: skipped.id, mark: mark(.skipped), now: now) }
    }

    @Test func aReviewDecisionRedoneKeepsTheDealHandledToday() throws {
        let deal = try fresh.addDeal("Stalled deal", at: now.addingTimeInterval(-40 * 86_400))
        let store = fresh.store
        let stalled = try #require(try store.reviewQueue(now: now, timeZone: Self.utc).remaining.first { $0.deal.id == deal.id })
        let decision = ReviewMark(day: today, reason: stalled.reason, decision: .skipped)
        let revision = try store.revising(dealID: deal.id) { try store.skipReviewItem(dealID: deal.id, mark: decision, now: now) }.revision
        #expect(try store.reviewQueue(now: now, timeZone: Self.utc).remaining.allSatisfy { $0.deal.id != deal.id })
        let undone = try store.undo(revision)
        #expect(try store.reviewQueue(now: now, timeZone: Self.utc).remaining.contains { $0.deal.id == deal.id }, "undone: it needs a decision again")
        try store.redo(undone)
        #expect(try store.reviewQueue(now: now, timeZone: Self.utc).remaining.allSatisfy { $0.deal.id != deal.id }, "redone: handled again")
    }

    @Test func movesWonLostAndEditsAreUndoneAndRedone() throws {
        let pipeline = try fresh.sales
        let deal = try fresh.addDeal("Stark")
        try expectUndoAndRedo(deal.id) {
            try fresh.store.moveDeal(id: deal.id, toStageID: pipeline.stages[3].id, now: now, expectedVersion: deal.version)
        }
        try expectUndoAndRedo(deal.id) { try fresh.store.markWon(id: deal.id, now: now) }
        try expectUndoAndRedo(deal.id) { try fresh.store.markLost(id: deal.id, reason: "budget", now: now) }
        try expectUndoAndRedo(deal.id) { try fresh.store.editDeal(id: deal.id, now: now) { $0.title = "Stark Industries" } }
        try expectStaleUndoRefused(deal.id) { try fresh.store.markWon(id: deal.id, now: now) }
    }

    @Test func aNewDealIsDeletedByUndoAndComesBackWithItsIdAndHistory() throws {
        let pipeline = try fresh.sales
        let store = fresh.store
        let revision = try store.revisingCreation {
            try store.addDeal(Deal(
                title: "Wayne", value: Money(minorUnits: 50_000, currency: Currency(code: "EUR")!), pipelineID: pipeline.id,
                stageID: pipeline.stages[1].id, createdAt: now)).value
        }
        let created = try Snapshot(store, dealID: revision.dealID)
        #expect(revision.before == nil && created.history.count == 1)
        let undone = try store.undo(revision)
        #expect(try Snapshot(store, dealID: revision.dealID).deal == nil)
        let redone = try store.redo(undone)
        let back = try Snapshot(store, dealID: revision.dealID)
        #expect(back.sameApart(fromVersionOf: created))
        #expect(redone.after == back.deal)
        // Someone else's change refuses the undo of the creation: the deal is not deleted.
        try store.editDeal(id: revision.dealID, now: now) { $0.title = "Renamed elsewhere" }
        #expect(throws: StoreError.self) { try store.undo(redone) }
        #expect(try store.deal(id: revision.dealID).title == "Renamed elsewhere")
    }
}

extension DealRevisionUndoTests {
    @Test func anActivityWhoseIdWasTakenSinceComesBackWithANewOne() throws {
        let store = fresh.store
        let deal = try fresh.addDeal("Acme renewal")
        let other = try fresh.addDeal("Globex pilot")
        let planned = Activity(dealID: deal.id, kind: .call, due: ActivityDue(stored: today.description), createdAt: now)
        let revision = try store.revising(dealID: deal.id) { try store.addActivity(planned).value }.revision
        let undone = try store.undo(revision)
        // SQLite gives the next activity the id the undone one freed.
        let theirs = try store.addActivity(Activity(dealID: other.id, kind: .email, due: ActivityDue(stored: today.description), createdAt: now)).value
        #expect(theirs.id == revision.activities.first?.after?.id)
        let redone = try store.redo(undone)
        let back = try #require(redone.activities.first?.after)
        #expect(back.id != theirs.id && back.dealID == deal.id)
        #expect(try store.activities(dealID: deal.id).map(\.id) == [back.id])
        #expect(try store.activities(dealID: other.id) == [theirs], "the other deal's activity is left alone")
        // And the redo, undone again, removes the activity it put back, not the other deal's.
        try store.undo(redone)
        #expect(try store.activities(dealID: deal.id).isEmpty)
        #expect(try store.activities(dealID: other.id) == [theirs])
    }

    @Test func aNewDealWhoseIdWasTakenSinceIsNotCreatedAgain() throws {
        let store = fresh.store
        let pipeline = try fresh.sales
        func draft(_ title: String) -> Deal {
            Deal(title: title, value: Money(minorUnits: 1_000, currency: .usd), pipelineID: pipeline.id, stageID: pipeline.stages[0].id, createdAt: now)
        }
        let revision = try store.revisingCreation { try store.addDeal(draft("Acme renewal")).value }
        let undone = try store.undo(revision)
        let theirs = try store.addDeal(draft("Globex pilot")).value
        #expect(theirs.id == revision.dealID)
        #expect {
            try store.redo(undone)
        } throws: { error in
            guard case PipelineError.refused(let message) = error else { return false }
            return message.contains("'Acme renewal'") && message.contains("nothing redone")
        }
        #expect(try store.deal(id: theirs.id) == theirs)
    }
}

// MARK: - Managing activities from the detail pane

extension DealRevisionUndoTests {
    /// `cancelled_by` of an activity, read straight from the database (the domain's `Activity` does not carry it).
    func cancelledBy(_ activityID: Int64) throws -> Int64? {
        try fresh.store.dbWriter.read { db in
            try Int64.fetchOne(db, sql: "SELECT cancelled_by FROM activity WHERE id = ?", arguments: [activityID])
        }
    }

    @Test func anActivityEditADoneAndADeleteAreUndoneAndRedone() throws {
        let store = fresh.store
        let deal = try fresh.addDeal("Initech")
        let call = try store.addActivity(Activity(
            dealID: deal.id, kind: .call, subject: "Call back", due: ActivityDue(stored: today.adding(days: 1).description), createdAt: now)).value
        try store.addActivity(Activity(dealID: deal.id, kind: .email, due: ActivityDue(stored: today.adding(days: 4).description), createdAt: now))
        // A reschedule with a new kind, subject and note: the deal's next due date goes with it.
        let edit = ActivityEdit(due: ActivityDue(stored: today.adding(days: 7).description), kind: .meeting, subject: "Meet the CFO", note: "budget")
        let edited = try expectUndoAndRedo(deal.id) { try store.editActivity(id: call.id, edit, now: now, expected: call) }
        #expect(edited.activities.map(\.before) == [call])
        #expect(edited.activities.first?.after?.subject == "Meet the CFO")
        #expect(try store.activity(id: call.id) == call, "left undone")
        #expect(try store.deal(id: deal.id).nextActivityDue == call.due)

        let done = try expectUndoAndRedo(deal.id) { try store.completeActivity(id: call.id, now: now, expected: call) }
        #expect(done.activities.first?.after?.doneAt == now)
        #expect(try store.activity(id: call.id).doneAt == nil, "undoing a done clears it")

        let deleted = try expectUndoAndRedo(deal.id) { try store.deleteActivity(id: call.id, now: now, expected: call) }
        #expect(deleted.activities.map(\.after) == [nil])
        #expect(try store.activity(id: call.id) == call, "undoing a delete brings the activity back with its id")
        try expectStaleUndoRefused(deal.id) { try store.completeActivity(id: call.id, now: now, expected: call) }
    }

    @Test func undoingAWonRecordedAsARevisionPlansItsCancelledActivitiesAgainAndRedoCancelsThem() throws {
        let store = fresh.store
        let deal = try fresh.addDeal("Stark")
        let call = try store.addActivity(Activity(
            dealID: deal.id, kind: .call, due: ActivityDue(stored: today.adding(days: 1).description), createdAt: now)).value
        let (won, revision) = try store.revising(dealID: deal.id) { try store.markWon(id: deal.id, now: now).value }
        #expect(revision.activities.map(\.before) == [call])
        #expect(try cancelledBy(call.id) == won.id)

        let undone = try store.undo(revision)
        #expect(try store.activity(id: call.id) == call)
        #expect(try cancelledBy(call.id) == nil)
        #expect(undone.before?.nextActivityDue == call.due)

        let redone = try store.redo(undone)
        #expect(try store.activity(id: call.id).cancelledAt == now)
        #expect(try cancelledBy(call.id) == won.id, "cancelled again by the same close")
        #expect(redone.after?.nextActivityDue == nil)
        // The close's own undo, by its history entry, takes the same path.
        let restored = try store.undo(change: won, restoring: try #require(undone.before), expectedVersion: try #require(redone.after).version)
        #expect(restored.status == .open && restored.nextActivityDue == call.due)
        #expect(try store.activity(id: call.id) == call)
    }
}

extension SQLitePipelineStore {
    /// The deal with this id, or nil once deleted.
    static func fetchDealIfAnyForTests(_ store: SQLitePipelineStore, id: Int64) throws -> Deal? {
        try store.dbWriter.read { db in try fetchDealIfAny(db, id: id) }
    }
}
