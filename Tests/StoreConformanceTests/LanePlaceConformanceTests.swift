import Foundation
import Pipeline
import Testing
import FunnelStore

/// Placing a card in a lane (the board's carry and drop), through the store contract on every engine.
@Suite("Store contract: a card placed between its neighbours")
struct LanePlaceConformanceTests {
    /// A lane of `count` open deals (newest on top, so titles run from "Deal <count>" down to "Deal 1").
    func lane(_ count: Int, in fresh: FreshEngineStore, stage: Int = 0) throws -> [Deal] {
        for index in 1...count { try fresh.addDeal("Deal \(index)", stage: stage) }
        let pipeline = try fresh.sales
        return try fresh.store.deals(DealQuery(pipelineID: pipeline.id, stageID: pipeline.stages[stage].id))
    }

    @Test(arguments: StoreEngineUnderTest.all) func aCarriedCardLandsBetweenItsNeighboursInOneMove(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let target = try lane(3, in: fresh, stage: 2)
        let carried = try fresh.addDeal("Carried")
        let pipeline = try fresh.sales
        let change = try fresh.store.placeDeal(
            id: carried.id, toStageID: pipeline.stages[2].id, place: .below(dealID: target[0].id), now: fresh.now,
            expectedVersion: carried.version).value
        #expect(change?.kind == .moved)
        let lane = try fresh.store.deals(DealQuery(stageID: pipeline.stages[2].id)).map(\.title)
        #expect(lane == [target[0].title, "Carried", target[1].title, target[2].title])
        // Above the first card: on top. Below the last: at the bottom.
        try fresh.store.placeDeal(id: carried.id, toStageID: pipeline.stages[2].id, place: .above(dealID: target[0].id), now: fresh.now)
        #expect(try fresh.store.deals(DealQuery(stageID: pipeline.stages[2].id)).first?.title == "Carried")
        try fresh.store.placeDeal(id: carried.id, toStageID: pipeline.stages[2].id, place: .below(dealID: target[2].id), now: fresh.now)
        #expect(try fresh.store.deals(DealQuery(stageID: pipeline.stages[2].id)).last?.title == "Carried")
        // Reordering within a lane writes no history.
        #expect(try fresh.store.history(dealID: carried.id).map(\.kind) == [.created, .moved])
    }

    @Test("a new place in the same lane keeps the version, so the move before it can still be undone", arguments: StoreEngineUnderTest.all)
    func reorderingKeepsTheMoveUndoable(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let target = try lane(2, in: fresh, stage: 1)
        let carried = try fresh.addDeal("Carried")
        let pipeline = try fresh.sales
        let change = try #require(try fresh.store.placeDeal(
            id: carried.id, toStageID: pipeline.stages[1].id, place: .top, now: fresh.now, expectedVersion: carried.version).value)
        let moved = try fresh.store.deal(id: carried.id)
        try fresh.store.placeDeal(
            id: carried.id, toStageID: pipeline.stages[1].id, place: .below(dealID: target[1].id), now: fresh.now,
            expectedVersion: moved.version)
        let reordered = try fresh.store.deal(id: carried.id)
        #expect(reordered.version == moved.version)
        #expect(try fresh.store.deals(DealQuery(stageID: pipeline.stages[1].id)).last?.id == carried.id)
        let restored = try fresh.store.undo(change: change, restoring: carried, expectedVersion: moved.version)
        #expect(restored.stageID == pipeline.stages[0].id)
    }

    @Test(arguments: StoreEngineUnderTest.all) func aStaleVersionIsRefusedAndNothingMoves(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let deal = try fresh.addDeal("Stale")
        let pipeline = try fresh.sales
        try fresh.store.moveDeal(id: deal.id, toStageID: pipeline.stages[2].id, now: fresh.now)
        #expect(throws: StoreError.self) {
            try fresh.store.placeDeal(id: deal.id, toStageID: pipeline.stages[1].id, place: .top, now: fresh.now, expectedVersion: deal.version)
        }
        #expect(try fresh.store.deal(id: deal.id).stageID == pipeline.stages[2].id)
    }

}
