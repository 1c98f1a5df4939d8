import Foundation
import Pipeline
import Testing
import FunnelStore

/// A deal that changes stage joins the end of its new lane, whatever moved it: the board's `L`,
/// `funnel move`, `funnel edit --stage`, the review's advance, parking and unparking.
@Suite("A moved deal joins the end of its new lane")
struct MovedDealJoinsLaneEndTests {
    /// The titles of a stage's open deals, top to bottom.
    func lane(_ fixture: FreshEngineStore, stage: Int, pipeline: Pipeline? = nil) throws -> [String] {
        let pipeline = try pipeline ?? fixture.sales
        return try fixture.store.deals(DealQuery(pipelineID: pipeline.id, stageID: pipeline.stages[stage].id)).map(\.title)
    }

    @Test(arguments: StoreEngineUnderTest.all) func everyKindOfMoveAppendsToTheLane(engine: StoreEngineUnderTest) throws {
        let fixture = try FreshEngineStore(engine)
        let waiting = try fixture.addDeal("Waiting", stage: 1)
        let moved = try fixture.addDeal("Moved")
        let edited = try fixture.addDeal("Edited")
        let advanced = try fixture.addDeal("Advanced")
        let qualifying = try fixture.sales.stages[1]
        try fixture.store.moveDeal(id: moved.id, toStageID: qualifying.id, now: fixture.now)
        _ = try fixture.store.editDeal(id: edited.id, now: fixture.now, expectedVersion: nil, moveTo: "Qualifying") { _ in }
        try fixture.store.advanceFromReview(
            dealID: advanced.id, mark: ReviewMark(day: CalendarDay(fixture.now, in: .gmt), reason: .noNextStep, decision: .advanced),
            now: fixture.now)
        #expect(try lane(fixture, stage: 1) == [waiting.title, "Moved", "Edited", "Advanced"])

        // Parked and brought back: it leaves the lane and comes back at its end.
        try fixture.store.park(dealID: moved.id, until: nil, now: fixture.now)
        #expect(try lane(fixture, stage: 1) == [waiting.title, "Edited", "Advanced"])
        try fixture.store.unpark(dealID: moved.id, stage: "Qualifying", now: fixture.now)
        #expect(try lane(fixture, stage: 1) == [waiting.title, "Edited", "Advanced", "Moved"])
    }

    @Test(arguments: StoreEngineUnderTest.all) func aNewDealStillGoesOnTop(engine: StoreEngineUnderTest) throws {
        let fixture = try FreshEngineStore(engine)
        try fixture.addDeal("First")
        try fixture.addDeal("Second")
        #expect(try lane(fixture, stage: 0) == ["Second", "First"])
    }
}
