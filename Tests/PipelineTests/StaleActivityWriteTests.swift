import Foundation
import Pipeline
import Testing

/// Who changed an activity since a user saw it (`StaleWrite.activity`), read from its deal's change log, and
/// which follow-up writes a change since stops (`StaleWrite.snoozeSets` and the others).
@Suite struct StaleActivityWriteTests {
    let at = Date(timeIntervalSince1970: 1_796_000_000)

    func change(_ id: Int64, _ kind: DealChange.Kind, by: String = "Li Wei", subject: String? = nil, fields: Set<DealPart> = []) -> DealChange {
        DealChange(id: id, dealID: 7, version: Int(id), by: by, at: at, kind: kind, title: "Acme renewal", activitySubject: subject, fields: fields)
    }

    var call: Activity { Activity(id: 3, dealID: 7, kind: .call, subject: "Call Ann", due: ActivityDue(stored: "2026-12-02"), createdAt: at) }

    @Test func theLatestChangeNamingTheActivityAsSeenOrAsItIsNowIsNamed() {
        var renamed = call
        renamed.subject = "Call Ann back"
        let log = [
            change(1, .activityChanged, by: "陈静", subject: "Call Ann"), change(2, .activityChanged, subject: "Call Ann back"),
            change(3, .activityChanged, by: "Sam", subject: "Send quote"), change(4, .edited, by: "Sam", fields: [.title]),
        ]
        #expect(StaleWrite.activity(seen: call, current: renamed, log: log) == StaleWrite(dealID: 7, change: log[1]))
    }

    @Test func aCancelledActivityNamesTheCloseAndAnUndoCanChangeAnyActivity() {
        var cancelled = call
        cancelled.cancelledAt = at
        let closed = [change(1, .activityChanged, subject: "Call Ann"), change(2, .won, by: "陈静"), change(3, .activityPlanned, subject: "Kickoff")]
        #expect(StaleWrite.activity(seen: call, current: cancelled, log: closed)?.change == closed[1])
        var moved = call
        moved.due = ActivityDue(stored: "2026-12-09")
        let undone = [change(1, .activityChanged, subject: "Call Ann"), change(2, .undone, by: "陈静")]
        #expect(StaleWrite.activity(seen: call, current: moved, log: undone)?.change == undone[1])
    }

    @Test func aLogThatCannotTellNamesNobody() {
        var moved = call
        moved.due = ActivityDue(stored: "2026-12-09")
        #expect(StaleWrite.activity(seen: call, current: moved, log: [change(1, .activityChanged, subject: "Send quote")]) == nil)
        #expect(StaleWrite.activity(seen: call, current: moved, log: []) == nil)
    }

    @Test func followUpWritesStopOnAMoveAndGoThroughAnEditOfOtherFields() {
        let moved = [change(4, .moved, fields: [.stage, .position])]
        let edited = [change(4, .edited, fields: [.notes, .value])]
        let sets = [
            StaleWrite.snoozeSets, StaleWrite.parkSets, StaleWrite.unparkSets, StaleWrite.reviewSets, StaleWrite.advanceFromReviewSets,
            StaleWrite.lostFromReviewSets,
        ]
        for fields in sets {
            #expect(StaleWrite.check(dealID: 7, seen: 3, current: 4, writing: fields, since: moved)?.change == moved[0], "\(fields)")
            #expect(StaleWrite.check(dealID: 7, seen: 3, current: 4, writing: fields, since: edited) == nil, "\(fields)")
        }
        // Unlike a plain lost (`closeSets`), the review's lost rests on the stage the review showed.
        #expect(StaleWrite.check(dealID: 7, seen: 3, current: 4, writing: StaleWrite.closeSets, since: moved) == nil)
    }
}
