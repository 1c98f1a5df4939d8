import Foundation
import Pipeline
import Testing

/// The revisions both engines put together from what they read around a change, an undo or a redo.
@Suite("Deal revisions: put together from what a change found and left")
struct DealRevisionRecordedTests {
    let now = Fixtures.at("2026-11-29T09:00:00Z")

    func activity(_ id: Int64, dealID: Int64 = 4, subject: String = "Call back", cancelledAt: Date? = nil, doneAt: Date? = nil) -> Activity {
        Activity(id: id, dealID: dealID, kind: .call, subject: subject, doneAt: doneAt, createdAt: Fixtures.at("2026-11-01T09:00:00Z"), cancelledAt: cancelledAt)
    }

    func entry(_ kind: StageChange.Kind) -> StageChange {
        StageChange(id: 9, dealID: 4, fromStageID: 10, toStageID: 10, fromStageName: "Contact", toStageName: "Contact", kind: kind, at: now)
    }

    @Test func onlyTheActivitiesThatDifferAreKeptInIDOrderWithTheRowsAddedAndRemoved() {
        let kept = activity(1)
        let revision = DealRevision.recorded(
            dealID: 4, before: nil, after: nil, history: [],
            activitiesBefore: [activity(3), kept, activity(2)],
            activitiesAfter: [kept, activity(5), activity(3, subject: "Call again")],
            reviewDecisions: [])
        #expect(revision.activities == [
            DealRevision.ActivityChange(before: activity(2), after: nil),
            DealRevision.ActivityChange(before: activity(3), after: activity(3, subject: "Call again")),
            DealRevision.ActivityChange(before: nil, after: activity(5)),
        ])
    }

    @Test func onlyReviewDecisionsOnTheDealThatChangedSomethingAreKept() {
        let day = CalendarDay(year: 2026, month: 11, day: 29)!
        func progress(_ dealID: Int64, _ decision: ReviewDecision) -> ReviewProgress {
            ReviewProgress(dealID: dealID, mark: ReviewMark(day: day, reason: .stalled, decision: decision), dealVersion: 2, at: now)
        }
        let changed = DealRevision.ReviewChange(before: nil, after: progress(4, .skipped))
        let same = DealRevision.ReviewChange(before: progress(4, .skipped), after: progress(4, .skipped))
        let otherDeal = DealRevision.ReviewChange(before: nil, after: progress(5, .skipped))
        let revision = DealRevision.recorded(
            dealID: 4, before: nil, after: nil, history: [], activitiesBefore: [], activitiesAfter: [],
            reviewDecisions: [changed, same, otherDeal])
        #expect(revision.reviewProgress == [changed])
    }

    @Test func undoingAWonOrLostPlansAgainWhatItCancelledAndAMoveReadsNothing() throws {
        let before = Fixtures.deal(id: 4)
        var current = before
        current.status = .won
        let cancelled = activity(7, cancelledAt: now)
        let won = DealRevision.undoing(entry(.won), restoring: before, from: current) { [cancelled] }
        #expect(won.before == before && won.after == current && won.history == [entry(.won)])
        #expect(won.activities == [DealRevision.ActivityChange(before: activity(7), after: cancelled)])
        let moved = try DealRevision.undoing(entry(.moved), restoring: before, from: current) {
            Issue.record("a move cancels nothing: nothing is read")
            return []
        }
        #expect(moved.activities.isEmpty)
    }

    @Test func redoingAWonOrLostCancelsThePlannedActivitiesAtTheClose() throws {
        let current = Fixtures.deal(id: 4)
        var after = current
        after.status = .lost
        after.closedAt = now
        let done = activity(2, doneAt: now)
        let lost = DealRevision.redoing(entry(.lost), applying: after, from: current) { [activity(1), done] }
        #expect(lost.before == current && lost.after == after)
        #expect(lost.activities == [DealRevision.ActivityChange(before: activity(1), after: activity(1, cancelledAt: now))])
        var reopened = after
        reopened.status = .open
        let open = try DealRevision.redoing(entry(.lost), applying: reopened, from: current) {
            Issue.record("an open deal cancels nothing: nothing is read")
            return []
        }
        #expect(open.activities.isEmpty)
    }
}
