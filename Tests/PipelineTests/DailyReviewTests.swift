import Foundation
import Pipeline
import Testing

@Suite("Daily review queue")
struct DailyReviewTests {
    // Sunday 2026-11-29, 09:00 UTC.
    let now = Fixtures.at("2026-11-29T09:00:00Z")
    let sales = Pipeline(id: 1, name: "Sales", kind: .sales, stages: [
        Stage(id: 10, pipelineID: 1, name: "Contact", position: 0, probability: 40, stallDays: 7),
        Stage(id: 11, pipelineID: 1, name: "Closing", position: 1, probability: 80, stallDays: 0),
    ])
    let revisit = Pipeline(id: 2, name: "Revisit", kind: .revisit, stages: [
        Stage(id: 20, pipelineID: 2, name: "Parked", position: 0, probability: 0, stallDays: 0),
    ])

    var review: DailyReview { DailyReview(now: now, timeZone: Fixtures.utc) }

    /// A deal with a next step next week, contacted yesterday, entered its stage yesterday: nothing to review.
    func quiet(_ id: Int64, value: Int64 = 100_000, currency: String = "USD", stageID: Int64 = 10) -> Deal {
        var deal = Fixtures.deal(id: id, value: value, currency: currency, stageID: stageID, created: "2026-11-28T09:00:00Z")
        deal.nextActivityDue = ActivityDue(day: Fixtures.day("2026-12-04"))
        deal.lastContactAt = Fixtures.at("2026-11-28T10:00:00Z")
        deal.lastActivityAt = deal.lastContactAt
        return deal
    }

    @Test("a deal with an upcoming next step and recent contact needs nothing")
    func quietDeal() {
        #expect(review.queue(deals: [quiet(1)], pipelines: [sales, revisit]).isEmpty)
    }

    @Test("every reason is found")
    func reasons() {
        var overdue = quiet(1)
        overdue.nextActivityDue = ActivityDue(day: Fixtures.day("2026-11-28"))
        var today = quiet(2)
        today.nextActivityDue = ActivityDue(day: Fixtures.day("2026-11-29"), minuteOfDay: 15 * 60)
        var stalled = quiet(3)
        stalled.stageEnteredAt = Fixtures.at("2026-11-01T09:00:00Z")
        stalled.lastActivityAt = Fixtures.at("2026-11-10T09:00:00Z")
        stalled.lastContactAt = stalled.lastActivityAt
        var noNextStep = quiet(4)
        noNextStep.nextActivityDue = nil
        var hot = quiet(5)
        hot.temperature = .hot
        hot.createdAt = Fixtures.at("2026-11-01T09:00:00Z")
        hot.stageEnteredAt = Fixtures.at("2026-11-25T09:00:00Z")
        hot.lastContactAt = Fixtures.at("2026-11-22T09:00:00Z")
        hot.lastActivityAt = Fixtures.at("2026-11-28T09:00:00Z")  // a task, not contact
        var pastClose = quiet(6)
        pastClose.expectedClose = Fixtures.day("2026-11-28")
        var closesToday = quiet(7)
        closesToday.expectedClose = Fixtures.day("2026-11-29")

        let items = review.queue(deals: [closesToday, pastClose, hot, noNextStep, stalled, today, overdue], pipelines: [sales, revisit])
        #expect(items.map(\.deal.id) == [1, 2, 3, 4, 5, 6])
        #expect(items.map(\.reason) == [.overdueActivity, .activityDueToday, .stalled, .noNextStep, .hotLeadNoContact, .pastExpectedClose])
        #expect(items[2].stalled && items[2].idleDays == 19)
    }

    @Test("a hot lead contacted 6 days ago is fine; 7 days is not")
    func hotContact() {
        var hot = quiet(1)
        hot.temperature = .hot
        hot.createdAt = Fixtures.at("2026-11-01T09:00:00Z")
        hot.lastContactAt = Fixtures.at("2026-11-23T09:00:01Z")
        #expect(review.reasons(for: hot, stage: sales.stages[0], pipelineKind: .sales).isEmpty)
        hot.lastContactAt = Fixtures.at("2026-11-22T09:00:00Z")
        #expect(review.reasons(for: hot, stage: sales.stages[0], pipelineKind: .sales) == [.hotLeadNoContact])
        var fresh = quiet(2)
        fresh.temperature = .hot
        fresh.lastContactAt = nil
        #expect(review.reasons(for: fresh, stage: sales.stages[0], pipelineKind: .sales).isEmpty)
    }

    @Test("each deal appears once, under its most urgent reason, with the others listed")
    func onceEach() {
        var deal = quiet(1)
        deal.nextActivityDue = ActivityDue(day: Fixtures.day("2026-11-20"))
        deal.stageEnteredAt = Fixtures.at("2026-10-01T09:00:00Z")
        deal.lastActivityAt = nil
        deal.expectedClose = Fixtures.day("2026-11-01")
        let items = review.queue(deals: [deal, deal], pipelines: [sales, revisit])
        #expect(items.count == 1)
        #expect(items[0].reason == .overdueActivity)
        #expect(items[0].allReasons == [.overdueActivity, .stalled, .pastExpectedClose])
    }

    @Test("within a reason, larger values first; other currencies after the queue's main one")
    func valueOrder() {
        var deals: [Deal] = []
        for (id, value, currency) in [(1, 5_000, "USD"), (2, 900_000, "JPY"), (3, 90_000, "USD"), (4, 20_000, "USD"), (5, 10_000, "EUR")] {
            var deal = quiet(Int64(id), value: Int64(value), currency: currency)
            deal.nextActivityDue = nil
            deals.append(deal)
        }
        var urgent = quiet(6, value: 1)
        urgent.nextActivityDue = ActivityDue(day: Fixtures.day("2026-11-28"))
        deals.append(urgent)
        let items = review.queue(deals: deals, pipelines: [sales, revisit])
        #expect(items.map(\.deal.id) == [6, 3, 4, 1, 5, 2])
    }

    @Test("won and lost deals are never in the review")
    func closed() {
        var won = quiet(1)
        won.nextActivityDue = ActivityDue(day: Fixtures.day("2026-11-01"))
        won.status = .won
        won.closedAt = now
        #expect(review.queue(deals: [won], pipelines: [sales, revisit]).isEmpty)
    }

    @Test("a snoozed deal comes up only for its planned activities")
    func snoozed() {
        var deal = quiet(1)
        deal.stageEnteredAt = Fixtures.at("2026-10-01T09:00:00Z")
        deal.lastActivityAt = nil
        deal.nextActivityDue = nil
        deal.expectedClose = Fixtures.day("2026-11-01")
        deal.snoozedUntil = Fixtures.day("2026-12-01")
        #expect(review.reasons(for: deal, stage: sales.stages[0], pipelineKind: .sales).isEmpty)
        deal.nextActivityDue = ActivityDue(day: Fixtures.day("2026-11-29"))
        #expect(review.reasons(for: deal, stage: sales.stages[0], pipelineKind: .sales) == [.activityDueToday])
        deal.snoozedUntil = Fixtures.day("2026-11-29")
        #expect(review.reasons(for: deal, stage: sales.stages[0], pipelineKind: .sales) == [.activityDueToday, .stalled, .pastExpectedClose])
    }

    @Test("a parked deal comes up for its activities and on its revisit day, never as stalled or without a next step")
    func parked() {
        var deal = quiet(1, stageID: 20)
        deal.pipelineID = 2
        deal.nextActivityDue = nil
        deal.stageEnteredAt = Fixtures.at("2025-01-01T09:00:00Z")
        deal.revisitOn = Fixtures.day("2026-11-30")
        #expect(review.queue(deals: [deal], pipelines: [sales, revisit]).isEmpty)
        deal.revisitOn = Fixtures.day("2026-11-29")
        #expect(review.queue(deals: [deal], pipelines: [sales, revisit]).map(\.reason) == [.revisitDue])
    }

    @Test("the weekly sweep suggests parking deals open longer than the cycle")
    func sweep() {
        var old = quiet(1)
        old.createdAt = Fixtures.at("2026-08-01T09:00:00Z")
        let young = quiet(2)
        let sweep = DailyReview(now: now, timeZone: Fixtures.utc, parkAfterDays: 90)
        #expect(sweep.queue(deals: [old, young], pipelines: [sales, revisit]).map(\.deal.id) == [1])
        #expect(sweep.queue(deals: [old], pipelines: [sales, revisit]).first?.reason == .parkSuggested)
        #expect(review.queue(deals: [old], pipelines: [sales, revisit]).isEmpty)
    }

    @Test("the day of the review follows the time zone")
    func timeZone() {
        var deal = quiet(1)
        deal.nextActivityDue = ActivityDue(day: Fixtures.day("2026-11-29"))
        let late = Fixtures.at("2026-11-29T23:30:00Z")
        #expect(DailyReview(now: late, timeZone: Fixtures.utc).queue(deals: [deal], pipelines: [sales]).first?.reason == .activityDueToday)
        #expect(DailyReview(now: late, timeZone: Fixtures.tokyo).queue(deals: [deal], pipelines: [sales]).first?.reason == .overdueActivity)
    }

    @Test("progress and summary")
    func progress() {
        let items = review.queue(deals: [{ var d = quiet(1); d.nextActivityDue = nil; return d }()], pipelines: [sales])
        let queue = ReviewQueue(day: Fixtures.day("2026-11-29"), remaining: items, handled: [.skipped, .loggedContact, .skipped])
        #expect(queue.progressText == "4/4")
        #expect(queue.summary(in: .english) == "1 contacts logged, 2 skipped")
        let done = ReviewQueue(day: Fixtures.day("2026-11-29"), remaining: [], handled: [.parked])
        #expect(done.progressText == "1/1")
    }
}
