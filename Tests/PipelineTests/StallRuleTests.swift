import Foundation
import Pipeline
import Testing

@Suite("Stall rule")
struct StallRuleTests {
    let rule = StallRule(thresholdDays: 7)
    // Entered the stage on 2026-11-01 at 09:00 UTC.
    let deal = Fixtures.deal(created: "2026-11-01T09:00:00Z")

    @Test("exactly at the threshold is not stalled; one whole day more is")
    func threshold() {
        #expect(StallRule.idleDays(deal, now: Fixtures.at("2026-11-08T09:00:00Z")) == 7)
        #expect(!rule.isStalled(deal, now: Fixtures.at("2026-11-08T09:00:00Z"), timeZone: Fixtures.utc))
        #expect(!rule.isStalled(deal, now: Fixtures.at("2026-11-09T08:59:59Z"), timeZone: Fixtures.utc))
        #expect(rule.isStalled(deal, now: Fixtures.at("2026-11-09T09:00:00Z"), timeZone: Fixtures.utc))
        #expect(StallRule.idleDays(deal, now: Fixtures.at("2026-11-09T09:00:00Z")) == 8)
    }

    @Test("a stalled deal rots in three steps: stalled, past twice and past three times the threshold")
    func rot() {
        #expect([0, 7, 8, 14, 15, 21, 22, 400].map { rule.rot(idleDays: $0) } == [0, 0, 1, 1, 2, 2, 3, 3])
        #expect(StallRule(thresholdDays: 0).rot(idleDays: 400) == 0, "a stage that never stalls never rots")
        #expect(StallRule(thresholdDays: 1).rot(idleDays: 2) == 1)
        #expect(StallRule(thresholdDays: 1).rot(idleDays: 4) == 3)
    }

    @Test("the cutoff a store queries with agrees with the rule")
    func cutoff() {
        let now = Fixtures.at("2026-11-09T09:00:00Z")
        #expect(rule.stalledCutoff(now: now) == Fixtures.at("2026-11-01T09:00:00Z"))
        #expect(rule.isStalled(deal, now: now, timeZone: Fixtures.utc))
        #expect(!rule.isStalled(deal, now: now.addingTimeInterval(-1), timeZone: Fixtures.utc))
    }

    @Test("a done activity restarts the clock; one done before entering the stage does not")
    func activityResets() {
        let now = Fixtures.at("2026-11-20T09:00:00Z")
        var active = deal
        active.lastActivityAt = Fixtures.at("2026-11-15T09:00:00Z")
        #expect(StallRule.idleDays(active, now: now) == 5)
        #expect(!rule.isStalled(active, now: now, timeZone: Fixtures.utc))
        var older = deal
        older.lastActivityAt = Fixtures.at("2026-10-20T09:00:00Z")
        #expect(StallRule.idleSince(older) == deal.stageEnteredAt)
        #expect(rule.isStalled(older, now: now, timeZone: Fixtures.utc))
    }

    @Test("entering a new stage restarts the clock")
    func stageEntry() {
        let moved = Fixtures.deal(created: "2026-10-01T09:00:00Z", enteredStage: "2026-11-18T09:00:00Z")
        #expect(StallRule.idleDays(moved, now: Fixtures.at("2026-11-20T09:00:00Z")) == 2)
    }

    @Test("a snoozed deal is not stalled before its snooze day, and is again on it")
    func snooze() {
        var snoozed = deal
        snoozed.snoozedUntil = Fixtures.day("2026-11-25")
        #expect(!rule.isStalled(snoozed, now: Fixtures.at("2026-11-24T23:59:00Z"), timeZone: Fixtures.utc))
        #expect(rule.isStalled(snoozed, now: Fixtures.at("2026-11-25T00:00:00Z"), timeZone: Fixtures.utc))
        // 2026-11-24T20:00Z is already the 25th in Tokyo: the snooze has ended there.
        #expect(rule.isStalled(snoozed, now: Fixtures.at("2026-11-24T20:00:00Z"), timeZone: Fixtures.tokyo))
        #expect(!rule.isStalled(snoozed, now: Fixtures.at("2026-11-24T20:00:00Z"), timeZone: Fixtures.utc))
    }

    @Test("threshold 0 never stalls, however long")
    func zero() {
        #expect(!StallRule(thresholdDays: 0).isStalled(deal, now: Fixtures.at("2036-11-01T09:00:00Z"), timeZone: Fixtures.utc))
    }

    @Test("won and lost deals never stall")
    func closed() {
        for status in [DealStatus.won, .lost] {
            var closed = deal
            closed.status = status
            #expect(!rule.isStalled(closed, now: Fixtures.at("2027-01-01T09:00:00Z"), timeZone: Fixtures.utc))
        }
    }

    @Test("a parked deal sits in the Revisit stage, whose threshold is 0")
    func parked() {
        let revisitStage = Stage(id: 99, pipelineID: 2, name: "Parked", position: 0, probability: 0, stallDays: 0)
        let parked = Fixtures.deal(stageID: 99, pipelineID: 2, created: "2025-01-01T09:00:00Z")
        #expect(!StallRule(stage: revisitStage).isStalled(parked, now: Fixtures.at("2026-11-29T09:00:00Z"), timeZone: Fixtures.utc))
    }

    @Test("idle days never go negative (a clock set back)")
    func clockBack() {
        #expect(StallRule.idleDays(deal, now: Fixtures.at("2026-10-01T09:00:00Z")) == 0)
    }
}

@Suite("Temperature from qualification")
struct TemperatureRuleTests {
    @Test("all four yes is hot, any no is cold, otherwise warm", arguments: [
        (Qualification(budget: .yes, authority: .yes, need: .yes, timing: .yes), Temperature.hot),
        (Qualification(budget: .yes, authority: .yes, need: .yes, timing: .unknown), .warm),
        (Qualification(budget: .yes, authority: .no, need: .yes, timing: .yes), .cold),
        (Qualification(budget: .no, authority: .unknown, need: .unknown, timing: .unknown), .cold),
        (Qualification.unknown, .warm),
    ])
    func implied(answers: Qualification, expected: Temperature) {
        var deal = Fixtures.deal()
        deal.qualify(answers)
        #expect(deal.temperature == expected)
        #expect(!deal.temperatureSetByHand)
    }

    @Test("a temperature set by hand is kept when the answers change, until set back to auto")
    func byHand() {
        var deal = Fixtures.deal()
        deal.setTemperature(byHand: .hot)
        deal.qualify(Qualification(budget: .no))
        #expect(deal.temperature == .hot)
        #expect(deal.temperatureSetByHand)
        deal.setTemperature(byHand: nil)
        #expect(deal.temperature == .cold)
        #expect(!deal.temperatureSetByHand)
    }
}

@Suite("Sales cycle for the weekly park sweep")
struct SalesCycleTests {
    @Test("the median of won deals when there are enough")
    func median() {
        let cycle = SalesCycle(wonCycleDays: [10, 50, 30, 20, 40], configuredDays: 90)
        #expect(cycle.parkAfterDays == 30)
        #expect(cycle.fromHistory)
        #expect(SalesCycle(wonCycleDays: [10, 20, 30, 41, 50, 61], configuredDays: 90).parkAfterDays == 36)
    }

    @Test("the configured days when history is thin")
    func thin() {
        let cycle = SalesCycle(wonCycleDays: [10, 20, 30, 40], configuredDays: 60)
        #expect(cycle.parkAfterDays == 60)
        #expect(!cycle.fromHistory)
        #expect(cycle.wonDealCount == 4)
    }

    @Test("the sweep runs on Mondays")
    func sweepDay() {
        #expect(SalesCycle.isSweepDay(Fixtures.day("2026-11-30")))
        #expect(!SalesCycle.isSweepDay(Fixtures.day("2026-11-29")))
    }

    @Test("configured days: 1 to 3650")
    func configured() throws {
        #expect(try SalesCycle.validParkAfterDays(" 45 ") == 45)
        #expect(throws: PipelineError.invalidValue("invalid park-after days '0': use a whole number of days from 1 to 3650")) {
            try SalesCycle.validParkAfterDays("0")
        }
        #expect(throws: PipelineError.self) { try SalesCycle.validParkAfterDays("ninety") }
    }
}
