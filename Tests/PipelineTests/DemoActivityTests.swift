import Foundation
import Testing
@testable import Pipeline

/// Issue 15 item 6: a demo made no activities, so every card showed `○`, most open deals were stalled and
/// the daily review held them all. A demo now looks like a healthy team's pipeline.
@Suite("Demo pipelines: activities, next steps and a minority of stalled deals")
struct DemoActivityTests {
    /// The stages of a new database, with their thresholds (14, 10, 7, 21, 10 days).
    let stages = Stage.defaults.enumerated().map { index, stage in
        Stage(id: Int64(index + 1), pipelineID: 1, name: stage.name, position: index, probability: stage.probability, stallDays: stage.stallDays)
    }
    let now = Date(timeIntervalSince1970: 1_796_000_000)
    let utc = TimeZone(identifier: "UTC")!

    func demo(count: Int, seed: UInt64, openPercent: Int) -> [DemoPipeline.DemoDeal] {
        Array(DemoPipeline(stages: stages, count: count, seed: seed, now: now, openPercent: openPercent, timeZone: utc))
    }

    @Test("the same seed draws the same activities; another seed others")
    func sameSeedSameActivities() {
        let first = demo(count: 300, seed: 11, openPercent: 40)
        let again = demo(count: 300, seed: 11, openPercent: 40)
        let other = demo(count: 300, seed: 12, openPercent: 40)
        #expect(first.map(\.activities) == again.map(\.activities))
        #expect(first.map(\.deal) == again.map(\.deal))
        #expect(first.map(\.activities) != other.map(\.activities))
        #expect(first.allSatisfy { !$0.activities.isEmpty })
    }

    @Test("activities fall between a deal's creation and now (or its close); closed deals have only done ones")
    func activitiesWithinTheDealsLife() {
        for made in demo(count: 600, seed: 3, openPercent: 40) {
            let deal = made.deal
            let done = made.activities.filter(\.isDone)
            let planned = made.activities.filter(\.isPlanned)
            #expect(!done.isEmpty)
            #expect(done.allSatisfy { $0.doneAt! >= deal.createdAt && $0.doneAt! <= (deal.closedAt ?? now) })
            #expect(made.activities.allSatisfy { $0.createdAt >= deal.createdAt && $0.kind.isContact })
            #expect(zip(done, done.dropFirst()).allSatisfy { $0.doneAt! <= $1.doneAt! })
            if deal.status == .open {
                #expect(planned.count <= 1)
            } else {
                #expect(planned.isEmpty)
            }
            // The deal's follow-up fields are those its activities give.
            #expect(deal.lastActivityAt == done.compactMap(\.doneAt).max())
            #expect(deal.lastContactAt == deal.lastActivityAt)
            #expect(deal.nextActivityDue == planned.first?.due)
        }
    }

    @Test("most open deals have a next step (some overdue, some today), a minority is stalled, the review holds a handful")
    func healthyShares() {
        let open = demo(count: 3_000, seed: 1, openPercent: 100).map(\.deal)
        let byID = Dictionary(uniqueKeysWithValues: stages.map { ($0.id, $0) })
        let review = DailyReview(now: now, timeZone: utc)
        func share(_ test: (Deal) -> Bool) -> Double { Double(open.filter(test).count) / Double(open.count) }
        let stalled = share { StallRule(stage: byID[$0.stageID]!).isStalled($0, now: now, timeZone: utc) }
        let withNextStep = share { $0.nextActivityDue != nil }
        let overdue = share { $0.nextActivityState(now: now, timeZone: utc) == .overdue }
        let today = share { $0.nextActivityState(now: now, timeZone: utc) == .dueToday }
        let inReview = share { !review.reasons(for: $0, stage: byID[$0.stageID], pipelineKind: .sales).isEmpty }
        #expect((0.10...0.25).contains(stalled), "stalled \(stalled)")
        #expect((0.80...0.95).contains(withNextStep), "with a next step \(withNextStep)")
        #expect((0.03...0.15).contains(overdue), "overdue \(overdue)")
        #expect((0.04...0.15).contains(today), "due today \(today)")
        #expect((0.15...0.45).contains(inReview), "in the review \(inReview)")
        // Hot leads were contacted lately unless stalled.
        #expect(open.filter { $0.temperature == .hot && review.hotLeadLacksContact($0) }.allSatisfy {
            StallRule(stage: byID[$0.stageID]!).isStalled($0, now: now, timeZone: utc)
        })
    }

    @Test("next steps fall due on the user's day, not UTC's")
    func dueDaysFollowTheTimeZone() {
        // 1_796_000_000 is 2026-11-30 00:53 UTC; in New York it is still November 29th.
        let newYork = TimeZone(identifier: "America/New_York")!
        let local = DemoPipeline(stages: stages, count: 400, seed: 2, now: now, openPercent: 100, timeZone: newYork)
        let dueToday = local.map(\.deal).filter { $0.nextActivityState(now: now, timeZone: newYork) == .dueToday }
        #expect(!dueToday.isEmpty)
        #expect(dueToday.allSatisfy { $0.nextActivityDue?.day == CalendarDay(now, in: newYork) })
        #expect(local.today == CalendarDay(now, in: newYork) && local.today != CalendarDay(now, in: utc))
    }
}
