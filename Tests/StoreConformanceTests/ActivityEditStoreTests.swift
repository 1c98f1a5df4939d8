import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
import Testing

@Suite("Store: activities rescheduled, edited, deleted, and cancelled with their deal's close")
struct ActivityEditStoreTests {
    let now = StoreFixture.at("2026-11-29T09:00:00Z")

    func planned(_ fixture: StoreFixture, _ deal: Deal, _ kind: Activity.Kind, due: String, subject: String? = nil) throws -> Activity {
        try fixture.store.addActivity(Activity(dealID: deal.id, kind: kind, subject: subject, due: ActivityDue(stored: due), createdAt: now)).value
    }

    @Test("a reschedule moves the deal's next due date and version in the same write; kind, subject and note change with it", arguments: StoreEngineUnderTest.all)
    func rescheduleAndEdit(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        let deal = try fixture.addDeal("Acme")
        let call = try planned(fixture, deal, .call, due: "2026-12-01")
        let email = try planned(fixture, deal, .email, due: "2026-12-03", subject: "Quote")
        let before = try fixture.store.deal(id: deal.id)
        #expect(before.nextActivityDue?.description == "2026-12-01")

        let later = now.addingTimeInterval(60)
        let moved = try fixture.store.editActivity(id: call.id, ActivityEdit(due: ActivityDue(stored: "2026-12-04T14:00")), now: later, expected: call).value
        #expect(moved.due?.description == "2026-12-04T14:00")
        var saved = try fixture.store.deal(id: deal.id)
        #expect(saved.nextActivityDue?.description == "2026-12-03", "the email is the next step now")
        #expect(saved.version == before.version + 1)
        #expect(saved.updatedAt == later)

        // A subject that was the kind's title follows a new kind; an empty one gives the title; a note goes.
        let meeting = try fixture.store.editActivity(id: call.id, ActivityEdit(kind: .meeting, note: .some("bring the contract")), now: later).value
        #expect(meeting.kind == .meeting)
        #expect(meeting.subject == "Meeting")
        #expect(meeting.note == "bring the contract")
        let renamed = try fixture.store.editActivity(id: email.id, ActivityEdit(kind: .call), now: later).value
        #expect(renamed.subject == "Quote", "a subject typed by the user stays")
        let noNote = try fixture.store.editActivity(id: call.id, ActivityEdit(subject: "", note: .some(nil)), now: later).value
        #expect(noNote.note == nil)
        #expect(noNote.subject == "Meeting")
        saved = try fixture.store.deal(id: deal.id)
        #expect(saved.nextActivityDue?.description == "2026-12-03")
    }

    @Test("a done activity keeps its due date, a stale edit or delete is refused, and nothing changes", arguments: StoreEngineUnderTest.all)
    func refusedEdits(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        let deal = try fixture.addDeal("Acme")
        let call = try planned(fixture, deal, .call, due: "2026-12-01")
        let done = try fixture.store.completeActivity(id: call.id, now: now).value
        let before = try fixture.store.deal(id: deal.id)
        #expect(throws: PipelineError.refused("activity \(call.id) is done: its kind, subject and note can change, not its due date")) {
            try fixture.store.editActivity(id: call.id, ActivityEdit(due: ActivityDue(stored: "2026-12-05")), now: now)
        }
        #expect(try fixture.store.activity(id: call.id) == done)
        #expect(try fixture.store.deal(id: deal.id) == before)

        let email = try planned(fixture, deal, .email, due: "2026-12-02")
        let seen = email
        try fixture.store.editActivity(id: email.id, ActivityEdit(subject: "Changed elsewhere"), now: now)
        let current = try fixture.store.activity(id: email.id)
        let dealNow = try fixture.store.deal(id: deal.id)
        // The refusal names the change the log holds for it: the edit of its subject.
        let edit = try #require(try fixture.store.dealChanges(dealID: deal.id, afterVersion: 0).last)
        #expect(edit.kind == .activityChanged && edit.activitySubject == "Changed elsewhere")
        let refusal = StoreError.activityChangedElsewhere(activityID: email.id, stale: StaleWrite(dealID: deal.id, change: edit))
        #expect(throws: refusal) {
            try fixture.store.editActivity(id: email.id, ActivityEdit(due: ActivityDue(stored: "2026-12-09")), now: now, expected: seen)
        }
        #expect(throws: refusal) {
            try fixture.store.deleteActivity(id: email.id, now: now, expected: seen)
        }
        #expect(throws: refusal) {
            try fixture.store.completeActivity(id: email.id, now: now, expected: seen)
        }
        #expect(try fixture.store.activity(id: email.id) == current)
        #expect(try fixture.store.deal(id: deal.id) == dealNow)
        #expect(throws: PipelineError.notFound("no activity with id 99: 'funnel activity list' shows planned activities")) {
            try fixture.store.editActivity(id: 99, ActivityEdit(subject: "x"), now: now)
        }
    }

    @Test("deleting an activity recomputes the deal's next due and last done in the same write", arguments: StoreEngineUnderTest.all)
    func delete(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        let deal = try fixture.addDeal("Acme")
        let call = try planned(fixture, deal, .call, due: "2026-12-01")
        try planned(fixture, deal, .email, due: "2026-12-03")
        let logged = try fixture.store.addActivity(Activity(dealID: deal.id, kind: .meeting, doneAt: now, createdAt: now)).value
        let before = try fixture.store.deal(id: deal.id)
        let deleted = try fixture.store.deleteActivity(id: call.id, now: now, expected: call).value
        #expect(deleted == call)
        var saved = try fixture.store.deal(id: deal.id)
        #expect(saved.nextActivityDue?.description == "2026-12-03")
        #expect(saved.version == before.version + 1)
        #expect(throws: PipelineError.self) { try fixture.store.activity(id: call.id) }
        try fixture.store.deleteActivity(id: logged.id, now: now)
        saved = try fixture.store.deal(id: deal.id)
        #expect(saved.lastActivityAt == nil)
        #expect(saved.lastContactAt == nil)
    }

    @Test("won cancels the deal's planned activities in the close's transaction; done ones stay; reopen plans them again", arguments: StoreEngineUnderTest.all)
    func wonCancelsAndReopenRestores(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        let deal = try fixture.addDeal("Acme")
        let other = try fixture.addDeal("Other")
        let call = try planned(fixture, deal, .call, due: "2026-12-01")
        let logged = try fixture.store.addActivity(Activity(dealID: deal.id, kind: .meeting, doneAt: now, createdAt: now)).value
        let othersCall = try planned(fixture, other, .call, due: "2026-12-02")
        let closedAt = now.addingTimeInterval(3600)
        let versionBefore = try fixture.store.deal(id: deal.id).version
        try fixture.store.markWon(id: deal.id, now: closedAt)

        let won = try fixture.store.deal(id: deal.id)
        #expect(won.version == versionBefore + 1, "one write, one version")
        #expect(won.nextActivityDue == nil)
        #expect(try fixture.store.activity(id: call.id).cancelledAt == closedAt)
        #expect(try fixture.store.activity(id: call.id).isPlanned == false)
        #expect(try fixture.store.activity(id: logged.id) == logged)
        #expect(try fixture.store.plannedActivities().map(\.id) == [othersCall.id])
        #expect(try fixture.store.activities(dealIDs: [deal.id], plannedOnly: true).isEmpty)
        #expect(try fixture.store.activities(dealID: deal.id).map(\.id) == [call.id, logged.id], "kept in its history")
        #expect(throws: PipelineError.self) { try fixture.store.completeActivity(id: call.id, now: closedAt).value }
        #expect(throws: PipelineError.self) { try fixture.store.editActivity(id: call.id, ActivityEdit(subject: "x"), now: closedAt).value }

        try fixture.store.reopen(id: deal.id, stage: nil, now: closedAt.addingTimeInterval(60))
        #expect(try fixture.store.activity(id: call.id) == call)
        #expect(try fixture.store.deal(id: deal.id).nextActivityDue?.description == "2026-12-01")
        #expect(try fixture.store.plannedActivities().map(\.id) == [call.id, othersCall.id])
    }

    @Test("undoing a lost plans again the activities that close cancelled, and redoing it cancels them again", arguments: StoreEngineUnderTest.all)
    func undoAndRedoOfACloseRestoreAndCancel(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        let deal = try fixture.addDeal("Acme")
        let call = try planned(fixture, deal, .call, due: "2026-12-01")
        let before = try fixture.store.deal(id: deal.id)
        let change = try fixture.store.markLost(id: deal.id, reason: "price", now: now).value
        let after = try fixture.store.deal(id: deal.id)
        #expect(try fixture.store.activity(id: call.id).isCancelled)

        let restored = try fixture.store.undo(change: change, restoring: before, expectedVersion: after.version)
        #expect(restored.status == .open)
        #expect(restored.nextActivityDue?.description == "2026-12-01")
        #expect(try fixture.store.activity(id: call.id) == call)

        let redone = try fixture.store.redo(change: change, applying: after, expectedVersion: restored.version)
        #expect(redone.status == .lost)
        #expect(redone.nextActivityDue == nil)
        #expect(try fixture.store.activity(id: call.id).cancelledAt == now)
    }
}
