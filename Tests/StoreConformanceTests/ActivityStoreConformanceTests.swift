import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import Testing

/// The activity, stall and review rules of the store contract, on every engine.
@Suite("Store contract: activities keep the deal's follow-up in step")
struct ActivityStoreConformanceTests {
    @Test("a planned activity sets next due; a done one sets last done and last contact, bumping the version", arguments: StoreEngineUnderTest.all)
    func followUp(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        let deal = try fixture.addDeal("Acme")
        let now = StoreFixture.at("2026-11-29T09:00:00Z")
        let call = try fixture.store.addActivity(Activity(
            dealID: deal.id, kind: .call, due: ActivityDue(stored: "2026-12-01T10:00"), createdAt: now)).value
        try fixture.store.addActivity(Activity(dealID: deal.id, kind: .email, due: ActivityDue(stored: "2026-11-30"), createdAt: now))
        var saved = try fixture.store.deal(id: deal.id)
        #expect(saved.nextActivityDue?.description == "2026-11-30")
        #expect(saved.lastActivityAt == nil)
        #expect(saved.version == deal.version + 2)

        try fixture.store.addActivity(Activity(dealID: deal.id, kind: .note, doneAt: now.addingTimeInterval(60), createdAt: now))
        saved = try fixture.store.deal(id: deal.id)
        #expect(saved.lastActivityAt == now.addingTimeInterval(60))
        #expect(saved.lastContactAt == nil, "a note is not contact")

        let later = StoreFixture.at("2026-11-30T08:00:00Z")
        try fixture.store.completeActivity(id: call.id, now: later)
        saved = try fixture.store.deal(id: deal.id)
        #expect(saved.lastContactAt == later)
        #expect(saved.lastActivityAt == later)
        #expect(saved.nextActivityDue?.description == "2026-11-30")
    }

    @Test("completing an activity twice is refused and changes nothing", arguments: StoreEngineUnderTest.all)
    func doneTwice(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        let deal = try fixture.addDeal("Acme")
        let now = StoreFixture.at("2026-11-29T09:00:00Z")
        let call = try fixture.store.addActivity(Activity(dealID: deal.id, kind: .call, due: ActivityDue(stored: "2026-11-29"), createdAt: now)).value
        try fixture.store.completeActivity(id: call.id, now: now)
        let before = try fixture.store.deal(id: deal.id)
        // The store has no user clock: the ISO day and minute in UTC, never the raw stored form (the CLI and board say it their way).
        #expect(throws: PipelineError.refused("activity \(call.id) was already done at 2026-11-29 09:00")) {
            try fixture.store.completeActivity(id: call.id, now: now.addingTimeInterval(3600))
        }
        #expect(try fixture.store.deal(id: deal.id) == before)
        #expect(throws: PipelineError.self) { try fixture.store.completeActivity(id: 999, now: now).value }
    }

    @Test("an activity on a missing deal is refused; deleting a deal removes its activities", arguments: StoreEngineUnderTest.all)
    func missingDeal(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        let now = StoreFixture.at("2026-11-29T09:00:00Z")
        #expect(throws: PipelineError.self) {
            try fixture.store.addActivity(Activity(dealID: 42, kind: .call, due: ActivityDue(stored: "2026-11-29"), createdAt: now))
        }
        let deal = try fixture.addDeal("Acme")
        let call = try fixture.store.addActivity(Activity(dealID: deal.id, kind: .call, due: ActivityDue(stored: "2026-11-29"), createdAt: now)).value
        try fixture.store.deleteDeal(id: deal.id)
        #expect(throws: PipelineError.self) { try fixture.store.activity(id: call.id) }
    }

}

@Suite("Store contract: stalled deals, snoozes and parking")
struct StalledStoreConformanceTests {
    @Test("stalled deals are found per stage threshold, most idle first, without snoozed ones", arguments: StoreEngineUnderTest.all)
    func stalled(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        // Contact (stage 3) stalls after 7 days, Prospecting (1) after 14.
        let contact = try fixture.addDeal("Contact idle 28", stage: "3", created: "2026-11-01T09:00:00Z")
        let atThreshold = try fixture.addDeal("Contact idle 7", stage: "3", created: "2026-11-22T09:00:00Z")
        let prospect = try fixture.addDeal("Prospect idle 15", stage: "1", created: "2026-11-14T09:00:00Z")
        let snoozed = try fixture.addDeal("Snoozed", stage: "1", created: "2026-10-01T09:00:00Z")
        let active = try fixture.addDeal("Active", stage: "3", created: "2026-10-01T09:00:00Z")
        let now = StoreFixture.at("2026-11-29T09:00:00Z")
        try fixture.store.snooze(dealID: snoozed.id, until: try CalendarDay.parse("2026-12-01"), reason: "holiday", now: now)
        try fixture.store.addActivity(Activity(dealID: active.id, kind: .call, doneAt: StoreFixture.at("2026-11-25T09:00:00Z"), createdAt: now))
        let found = try fixture.store.stalledDeals(now: now, timeZone: StoreFixture.utc)
        #expect(found.map(\.id) == [contact.id, prospect.id])
        _ = atThreshold
        let sales = try fixture.store.pipeline(named: nil)
        #expect(try fixture.store.stalledCounts(pipelineID: sales.id, now: now, timeZone: StoreFixture.utc)
            == [sales.stages[2].id: 1, sales.stages[0].id: 1])
        #expect(try fixture.store.stalledCounts(pipelineID: try fixture.store.revisitPipeline().id, now: now, timeZone: StoreFixture.utc).isEmpty)
        // On the snooze day the snoozed deal is stalled again, and most idle.
        let later = StoreFixture.at("2026-12-01T00:00:00Z")
        #expect(try fixture.store.stalledDeals(now: later, timeZone: StoreFixture.utc).first?.id == snoozed.id)
    }

    @Test("parking moves the deal to Revisit with a parked entry; unparking brings it back to its stage", arguments: StoreEngineUnderTest.all)
    func parkAndUnpark(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        let deal = try fixture.addDeal("Acme", stage: "3")
        let now = StoreFixture.at("2026-11-29T09:00:00Z")
        try fixture.store.snooze(dealID: deal.id, until: try CalendarDay.parse("2026-12-05"), reason: nil, now: now)
        let parked = try fixture.store.park(dealID: deal.id, until: try CalendarDay.parse("2027-01-15"), now: now).value
        #expect(parked.kind == .parked)
        #expect(parked.fromStageName == "Contact")
        var saved = try fixture.store.deal(id: deal.id)
        #expect(saved.pipelineID == (try fixture.store.revisitPipeline()).id)
        #expect(saved.revisitOn?.description == "2027-01-15")
        #expect(saved.snoozedUntil == nil)
        #expect(throws: PipelineError.self) { try fixture.store.park(dealID: deal.id, until: nil, now: now).value }

        let later = StoreFixture.at("2027-01-15T09:00:00Z")
        let back = try fixture.store.unpark(dealID: deal.id, stage: nil, now: later).value
        #expect(back.kind == .unparked)
        #expect(back.toStageName == "Contact")
        saved = try fixture.store.deal(id: deal.id)
        #expect(saved.pipelineID == (try fixture.store.pipeline(named: nil)).id)
        #expect(saved.revisitOn == nil)
        #expect(saved.stageEnteredAt == later)
        #expect(try fixture.store.history(dealID: deal.id).map(\.kind) == [.created, .parked, .unparked])
        #expect(throws: PipelineError.self) { try fixture.store.unpark(dealID: deal.id, stage: nil, now: later).value }
    }

    @Test("a closed deal is neither snoozed nor parked", arguments: StoreEngineUnderTest.all)
    func closedRefused(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        let deal = try fixture.addDeal("Acme")
        let now = StoreFixture.at("2026-11-29T09:00:00Z")
        try fixture.store.markWon(id: deal.id, now: now)
        let before = try fixture.store.deal(id: deal.id)
        #expect(throws: PipelineError.self) { try fixture.store.snooze(dealID: deal.id, until: try CalendarDay.parse("2026-12-05"), reason: nil, now: now).value }
        #expect(throws: PipelineError.self) { try fixture.store.park(dealID: deal.id, until: nil, now: now).value }
        #expect(try fixture.store.deal(id: deal.id) == before)
    }
}

@Suite("Store contract: review progress")
struct ReviewProgressConformanceTests {
    let now = StoreFixture.at("2026-11-29T09:00:00Z")

    @Test("advance and lost from the review record the decision in the same transaction", arguments: StoreEngineUnderTest.all)
    func advanceAndLost(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        let first = try fixture.addDeal("First", value: 2, created: "2026-11-28T09:00:00Z")
        let last = try fixture.addDeal("Last", stage: "5", value: 1, created: "2026-11-28T09:00:00Z")
        let day = try CalendarDay.parse("2026-11-29")
        let change = try fixture.store.advanceFromReview(dealID: first.id, mark: ReviewMark(day: day, reason: .noNextStep, decision: .advanced), now: now).value
        #expect(change.toStageName == "Qualifying")
        let before = try fixture.store.deal(id: last.id)
        #expect(throws: PipelineError.self) {
            try fixture.store.advanceFromReview(dealID: last.id, mark: ReviewMark(day: day, reason: .noNextStep, decision: .advanced), now: now)
        }
        #expect(throws: PipelineError.self) {
            try fixture.store.markLostFromReview(dealID: last.id, reason: "  ", mark: ReviewMark(day: day, reason: .noNextStep, decision: .markedLost), now: now)
        }
        #expect(try fixture.store.deal(id: last.id) == before)
        #expect(try fixture.store.reviewQueue(now: now, timeZone: StoreFixture.utc).handled == [.advanced])
        try fixture.store.markLostFromReview(dealID: last.id, reason: "price", mark: ReviewMark(day: day, reason: .noNextStep, decision: .markedLost), now: now)
        let queue = try fixture.store.reviewQueue(now: now, timeZone: StoreFixture.utc)
        #expect(queue.remaining.isEmpty)
        #expect(queue.handled == [.advanced, .markedLost])
        #expect(try fixture.store.deal(id: last.id).lostReason == "price")
    }

    @Test("on Mondays the review suggests parking deals open longer than the sales cycle", arguments: StoreEngineUnderTest.all)
    func weeklySweep(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        try fixture.store.setParkAfterDays(30)
        let old = try fixture.addDeal("Old", created: "2026-10-01T09:00:00Z")
        try fixture.store.addActivity(Activity(dealID: old.id, kind: .call, due: ActivityDue(stored: "2026-12-10"), createdAt: now))
        try fixture.store.addActivity(Activity(dealID: old.id, kind: .call, doneAt: now, createdAt: now))
        let sunday = try fixture.store.reviewQueue(now: now, timeZone: StoreFixture.utc)
        #expect(sunday.remaining.isEmpty)
        #expect(sunday.salesCycle == nil)
        let monday = try fixture.store.reviewQueue(now: now.addingTimeInterval(86_400), timeZone: StoreFixture.utc)
        #expect(monday.remaining.map(\.reason) == [.parkSuggested])
        #expect(monday.salesCycle?.parkAfterDays == 30)
        #expect(monday.salesCycle?.fromHistory == false)
    }

    @Test("the sales cycle is the median of won deals once there are five", arguments: StoreEngineUnderTest.all)
    func salesCycle(engine: StoreEngineUnderTest) throws {
        let fixture = try StoreFixture(engine)
        for (index, days) in [10, 20, 30, 40, 50].enumerated() {
            let deal = try fixture.addDeal("Won \(index)", created: "2026-01-01T09:00:00Z")
            try fixture.store.markWon(id: deal.id, now: StoreFixture.at("2026-01-01T09:00:00Z").addingTimeInterval(Double(days) * 86_400))
        }
        let cycle = try fixture.store.salesCycle()
        #expect(cycle.parkAfterDays == 30)
        #expect(cycle.fromHistory)
        #expect(cycle.wonDealCount == 5)
    }
}
