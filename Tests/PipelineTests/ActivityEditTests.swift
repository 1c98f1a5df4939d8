import Foundation
import Pipeline
import Testing

@Suite("Activity edits: reschedules as typed, and what may change")
struct ActivityEditTests {
    // 2026-11-27 is a Friday.
    let friday = Fixtures.day("2026-11-27")
    let now = Date(timeIntervalSince1970: 1_795_770_000)

    @Test("a reschedule is a due date, or a kind and a due date; a due date that reads like a kind stays a due date")
    func reschedule() throws {
        #expect(try ActivityEdit.reschedule("+2d", today: friday) == ActivityEdit(due: ActivityDue(stored: "2026-11-29")))
        #expect(try ActivityEdit.reschedule("tue 14:00", today: friday) == ActivityEdit(due: ActivityDue(stored: "2026-12-01T14:00")))
        #expect(try ActivityEdit.reschedule("e fri 14:00", today: friday)
            == ActivityEdit(due: ActivityDue(stored: "2026-12-04T14:00"), kind: .email))
        #expect(try ActivityEdit.reschedule("meeting tomorrow", today: friday) == ActivityEdit(due: ActivityDue(stored: "2026-11-28"), kind: .meeting))
        #expect(try ActivityEdit.reschedule("tomorrow 9:00", today: friday) == ActivityEdit(due: ActivityDue(stored: "2026-11-28T09:00")))
        // The refusal names the due date forms, as `activity add --due` does.
        #expect(throws: PipelineError.invalidValue("invalid due date 'soon': use \(ActivityDue.acceptedForms)")) {
            try ActivityEdit.reschedule("soon", today: friday)
        }
        #expect(throws: PipelineError.self) { try ActivityEdit.reschedule("e soon", today: friday) }
    }

    @Test("a done activity keeps its due date; a cancelled one changes only by reopening its deal")
    func rules() throws {
        let planned = Activity(id: 3, dealID: 9, kind: .call, due: ActivityDue(stored: "2026-11-30"), createdAt: now)
        var done = planned
        done.doneAt = now
        #expect(try ActivityEdit(subject: "Called").applied(to: done).subject == "Called")
        #expect(throws: PipelineError.refused("activity 3 is done: its kind, subject and note can change, not its due date")) {
            try ActivityEdit(due: ActivityDue(stored: "2026-12-02")).applied(to: done)
        }
        var cancelled = planned
        cancelled.cancelledAt = now
        #expect(throws: PipelineError.refused("activity 3 was cancelled when deal 9 was closed: 'funnel reopen 9' plans it again")) {
            try ActivityEdit(subject: "x").applied(to: cancelled)
        }
        #expect(throws: PipelineError.self) { try cancelled.completed(at: now) }
        #expect(cancelled.state(now: now, timeZone: TimeZone(identifier: "UTC")!) == .none)
        #expect(!cancelled.isPlanned && !cancelled.isDone)
    }

    @Test("checked values: a kind by name, a subject without controls, an empty note removes it")
    func parse() throws {
        let edit = try ActivityEdit.parse(kind: "Email", subject: "  Quote  ", note: "", today: friday)
        #expect(edit == ActivityEdit(kind: .email, subject: "Quote", note: .some(nil)))
        #expect(try ActivityEdit.parse(subject: " ", today: friday).subject == "")
        #expect(throws: PipelineError.self) { try ActivityEdit.parse(kind: "fax", today: friday) }
        #expect(throws: PipelineError.self) { try ActivityEdit.parse(subject: "a\u{1B}[2J", today: friday) }
        #expect(try ActivityEdit.parse(today: friday).isEmpty)
    }
}
