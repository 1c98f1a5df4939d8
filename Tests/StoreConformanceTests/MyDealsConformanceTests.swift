import Foundation
import FunnelStore
import Pipeline
import Testing

/// Issue 18: the board's `o` and today's review of "my deals" (`Salesperson.owns`: mine in any case, and the
/// unowned) read the same deals on every engine as the rule picks from all of them.
@Suite("Store: my deals in the lanes, stalled counts and the review")
struct MyDealsConformanceTests {
    /// 300 demo deals over four owners, a few made unowned and a few owned by another spelling of Sam Patel.
    static func seeded(_ engine: StoreEngineUnderTest) throws -> (FreshEngineStore, Pipeline) {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        try fresh.store.insertDemo(DemoPipeline(stages: pipeline.stages, count: 300, seed: 18, now: fresh.now, openPercent: 70))
        let open = try fresh.store.deals(DealQuery(pipelineID: pipeline.id, statuses: [.open]))
        for (index, deal) in open.enumerated() where index % 9 == 0 {
            try fresh.store.editDeal(id: deal.id, now: fresh.now) { $0.owner = index % 2 == 0 ? nil : "SAM PATEL" }
        }
        return (fresh, pipeline)
    }

    static let sam = Salesperson(name: "Sam Patel", source: .config)!
    static let utc = TimeZone(identifier: "UTC")!

    /// Every card of every lane, far more than a lane holds.
    static func wholeLanes(_ pipeline: Pipeline, stalledAt: StallCheck? = nil) -> [LanePageRequest] {
        pipeline.stages.map { LanePageRequest(stageID: $0.id, start: .first, limit: 10_000, stalledAt: stalledAt) }
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func lanesOfMyDealsAreTheRulesPick(engine: StoreEngineUnderTest) throws {
        let (fresh, pipeline) = try Self.seeded(engine)
        let open = try fresh.store.deals(DealQuery(pipelineID: pipeline.id, statuses: [.open]))
        let mine = open.filter(Self.sam.owns)
        try #require(mine.count > 20 && mine.count < open.count / 2)
        try #require(mine.contains { $0.owner == nil } && mine.contains { $0.owner == "SAM PATEL" } && mine.contains { $0.owner == "Sam Patel" })

        let lanes = try fresh.store.filteredLanes(
            pipelineID: pipeline.id, text: "", mine: Self.sam, stalledAt: nil, summariesOf: pipeline.id, pages: Self.wholeLanes(pipeline))
        #expect(lanes.matchCount == mine.count)
        for (stage, page) in zip(pipeline.stages, lanes.pages) {
            let expected = mine.filter { $0.stageID == stage.id }.sorted { ($0.lanePosition, $0.id) < ($1.lanePosition, $1.id) }
            #expect(page.deals.map(\.id) == expected.map(\.id), "\(stage.name)")
            let summary = try #require(lanes.summaries.first { $0.stageID == stage.id })
            #expect(summary.dealCount == expected.count)
            #expect(summary.total == (try MoneyTotals(expected.map(\.value))))
        }

        // With a filter typed as well: the filter's matches that are mine.
        let typed = try fresh.store.filteredLanes(
            pipelineID: pipeline.id, text: "an", mine: nil, stalledAt: nil, summariesOf: nil, pages: Self.wholeLanes(pipeline))
        let both = try fresh.store.filteredLanes(
            pipelineID: pipeline.id, text: "an", mine: Self.sam, stalledAt: nil, summariesOf: pipeline.id, pages: Self.wholeLanes(pipeline))
        for (all, narrowed) in zip(typed.pages, both.pages) {
            #expect(narrowed.deals.map(\.id) == all.deals.filter(Self.sam.owns).map(\.id))
        }
        #expect(both.matchCount == typed.pages.flatMap(\.deals).filter(Self.sam.owns).count)
        #expect(both.matchCount > 0 && both.matchCount < typed.matchCount)
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func stalledCountsAndTheStalledLanesOfMyDeals(engine: StoreEngineUnderTest) throws {
        let (fresh, pipeline) = try Self.seeded(engine)
        let stalled = try fresh.store.stalledDeals(pipelineID: pipeline.id, now: fresh.now, timeZone: Self.utc).filter(Self.sam.owns)
        try #require(stalled.count > 3)
        let expected = Dictionary(grouping: stalled, by: \.stageID).mapValues(\.count)
        #expect(try fresh.store.stalledCounts(pipelineID: pipeline.id, mine: Self.sam, now: fresh.now, timeZone: Self.utc) == expected)
        #expect(try fresh.store.stalledCounts(pipelineID: pipeline.id, mine: nil, now: fresh.now, timeZone: Self.utc)
            != expected)
        let check = StallCheck(now: fresh.now, timeZone: Self.utc)
        let lanes = try fresh.store.filteredLanes(
            pipelineID: pipeline.id, text: "", mine: Self.sam, stalledAt: check, summariesOf: pipeline.id,
            pages: Self.wholeLanes(pipeline, stalledAt: check))
        #expect(Set(lanes.pages.flatMap(\.deals).map(\.id)) == Set(stalled.map(\.id)))
        #expect(lanes.summaries.reduce(0) { $0 + $1.dealCount } == stalled.count)
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func todaysReviewOfMyDeals(engine: StoreEngineUnderTest) throws {
        let (fresh, _) = try Self.seeded(engine)
        let everyone = try fresh.store.reviewQueue(now: fresh.now, timeZone: Self.utc, mine: nil)
        let mine = try fresh.store.reviewQueue(now: fresh.now, timeZone: Self.utc, mine: Self.sam)
        let expected = everyone.remaining.filter { Self.sam.owns($0.deal) }
        try #require(expected.count > 2 && expected.count < everyone.remaining.count)
        // The same deals; their order is the review's among my deals alone (a big deal is big among mine).
        #expect(Set(mine.remaining.map(\.deal.id)) == Set(expected.map(\.deal.id)))
        #expect(mine.remaining.count == expected.count)
        // A decision on someone else's deal is not counted in my review's progress.
        let others = try #require(everyone.remaining.first { !Self.sam.owns($0.deal) })
        let myItem = try #require(expected.first)
        let day = CalendarDay(fresh.now, in: Self.utc)
        try fresh.store.skipReviewItem(dealID: others.deal.id, mark: ReviewMark(day: day, reason: others.reason, decision: .skipped), now: fresh.now)
        try fresh.store.skipReviewItem(dealID: myItem.deal.id, mark: ReviewMark(day: day, reason: myItem.reason, decision: .skipped), now: fresh.now)
        let after = try fresh.store.reviewQueue(now: fresh.now, timeZone: Self.utc, mine: Self.sam)
        #expect(after.handled.count == 1)
        #expect(after.remaining.count == expected.count - 1)
        #expect(try fresh.store.reviewQueue(now: fresh.now, timeZone: Self.utc, mine: nil).handled.count == 2)
    }
}
