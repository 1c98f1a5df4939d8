import Foundation
import FunnelStore
import Pipeline
import Testing

@Suite("Store: stalled counts agree with the stall rule")
struct StalledCountAgreementTests {
    @Test(arguments: StoreEngineUnderTest.all) func countsInSQLMatchTheRuleDealByDeal(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        let now = fresh.now
        try fresh.store.insertDemo(DemoPipeline(stages: pipeline.stages, count: 400, seed: 11, now: now, openPercent: 70))
        let utc = TimeZone(identifier: "UTC")!
        // Snooze a few stalled deals: some until later (not stalled), one until today (stalled again).
        let stalled = try fresh.store.stalledDeals(pipelineID: pipeline.id, now: now, timeZone: utc)
        try #require(stalled.count > 10)
        let today = CalendarDay(now, in: utc)
        for deal in stalled.prefix(5) { try fresh.store.snooze(dealID: deal.id, until: today.adding(days: 3), reason: nil, now: now) }
        try fresh.store.snooze(dealID: stalled[6].id, until: today.adding(days: 1), reason: nil, now: now)
        let later = now.addingTimeInterval(86_400 + 60)
        for moment in [now, later] {
            let expected = Dictionary(grouping: try fresh.store.stalledDeals(pipelineID: pipeline.id, now: moment, timeZone: utc), by: \.stageID)
                .mapValues(\.count)
            #expect(try fresh.store.stalledCounts(pipelineID: pipeline.id, now: moment, timeZone: utc) == expected)
        }
    }
}
