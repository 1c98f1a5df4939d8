import Foundation
import Pipeline
import Testing
import FunnelStore

/// Undo and redo refuse to put a deal back into a stage that was removed since, and change nothing.
@Suite struct UndoIntoRemovedStageTests {
    @Test(arguments: StoreEngineUnderTest.all) func undoIntoARemovedStageIsRefusedAndTheDealStays(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        let deal = try fresh.addDeal("华为 renewal", stage: 0)
        let change = try #require(try fresh.store.moveDeal(id: deal.id, toStageID: pipeline.stages[1].id, now: fresh.now).value)
        let moved = try fresh.store.deal(id: deal.id)
        try fresh.store.removeStage(pipelineID: pipeline.id, pipeline.stages[0].name, moveDealsTo: nil, now: fresh.now)

        #expect {
            try fresh.store.undo(change: change, restoring: deal, expectedVersion: moved.version)
        } throws: { error in
            guard case PipelineError.refused(let message) = error else { return false }
            return message.contains("华为 renewal") && message.contains("removed")
        }
        let after = try fresh.store.deal(id: deal.id)
        #expect(after == moved)
        #expect(try fresh.store.history(dealID: deal.id).allSatisfy { !$0.undone })
    }

    @Test(arguments: StoreEngineUnderTest.all) func redoIntoARemovedStageIsRefusedAndTheDealStays(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        let deal = try fresh.addDeal("Redo target", stage: 0)
        let change = try #require(try fresh.store.moveDeal(id: deal.id, toStageID: pipeline.stages[2].id, now: fresh.now).value)
        let moved = try fresh.store.deal(id: deal.id)
        let undone = try fresh.store.undo(change: change, restoring: deal, expectedVersion: moved.version)
        try fresh.store.removeStage(pipelineID: pipeline.id, pipeline.stages[2].name, moveDealsTo: nil, now: fresh.now)

        #expect(throws: PipelineError.self) {
            try fresh.store.redo(change: change, applying: moved, expectedVersion: undone.version)
        }
        #expect(try fresh.store.deal(id: deal.id) == undone)
    }
}
