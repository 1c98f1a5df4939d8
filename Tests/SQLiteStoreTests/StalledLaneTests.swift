import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

@Suite("Store: the board's stalled-only lanes")
struct StalledLaneTests {
    @Test("a stalled-only lane page holds exactly the deals StallRule calls stalled, with matching totals")
    func stalledLane() throws {
        let fixture = try StoreFixture()
        let now = StoreFixture.at("2026-11-29T09:00:00Z")
        let utc = StoreFixture.utc
        // Contact stalls after 7 days.
        let old = try fixture.addDeal("Old 北京", stage: "3", value: 300, created: "2026-11-01T09:00:00Z")
        _ = try fixture.addDeal("At threshold", stage: "3", value: 200, created: "2026-11-22T09:00:00Z")
        let snoozed = try fixture.addDeal("Snoozed", stage: "3", value: 100, created: "2026-10-01T09:00:00Z")
        try fixture.store.snooze(dealID: snoozed.id, until: try CalendarDay.parse("2026-11-30"), reason: nil, now: now)
        let touched = try fixture.addDeal("Touched", stage: "3", value: 50, created: "2026-10-01T09:00:00Z")
        try fixture.store.addActivity(Activity(dealID: touched.id, kind: .email, doneAt: StoreFixture.at("2026-11-27T09:00:00Z"), createdAt: now))
        let older = try fixture.addDeal("Older", stage: "3", value: 25, created: "2026-09-01T09:00:00Z")
        let sales = try fixture.store.pipeline(named: nil)
        let contact = sales.stages[2]
        let check = StallCheck(now: now, timeZone: utc)
        let page = try fixture.store.lanePage(stageID: contact.id, text: nil, pivot: nil, skip: 0, limit: 10, stalledAt: check)
        let all = try fixture.store.lanePage(stageID: contact.id, text: nil, pivot: nil, skip: 0, limit: 10)
        let byRule = all.deals.filter { StallRule(stage: contact).isStalled($0, now: now, timeZone: utc) }
        #expect(Set(page.deals.map(\.id)) == [old.id, older.id])
        #expect(page.deals.map(\.id) == byRule.map(\.id))
        #expect(try fixture.store.lastLanePage(stageID: contact.id, text: "北京", limit: 10, stalledAt: check).deals.map(\.id) == [old.id])
        let summaries = try fixture.store.stalledSummaries(pipelineID: sales.id, text: nil, now: now, timeZone: utc)
        #expect(summaries[2].dealCount == 2)
        #expect(summaries[2].total.amounts == [Money(minorUnits: 325, currency: .usd)])
        #expect(summaries[2].weighted.amounts == [Money(minorUnits: 130, currency: .usd)])
        #expect(summaries.map(\.dealCount) == [0, 0, 2, 0, 0])
        // A day later the snooze has ended and the deal at the threshold has passed it.
        let tomorrow = StallCheck(now: StoreFixture.at("2026-11-30T09:00:00Z"), timeZone: utc)
        #expect(try fixture.store.lanePage(stageID: contact.id, text: nil, pivot: nil, skip: 0, limit: 10, stalledAt: tomorrow).deals.count == 4)
    }
}
