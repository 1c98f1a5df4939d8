import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import Testing

/// Deals, their history and the pipelines they live in, through the store contract on every engine.
@Suite("Store contract: deals, history and pipelines")
struct PipelineStoreConformanceTests {
    @Test(arguments: StoreEngineUnderTest.all) func moveUpdatesTheDealAndAppendsHistoryTogether(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let deal = try fresh.addDeal("Acme renewal")
        let later = fresh.now.addingTimeInterval(3_600)
        let contact = try fresh.sales.stages[2]
        let change = try #require(try fresh.store.moveDeal(id: deal.id, toStageID: contact.id, now: later).value)
        #expect(change.kind == .moved)
        let moved = try fresh.store.deal(id: deal.id)
        #expect(moved.stageID == contact.id)
        #expect(moved.stageEnteredAt == later)
        #expect(moved.version == deal.version + 1)
        let history = try fresh.store.history(dealID: deal.id)
        #expect(history.map(\.kind) == [.created, .moved])
        #expect(history.map(\.toStageName) == ["Prospecting", "Contact"])
        #expect(history[1].fromStageName == "Prospecting")
        // Moving to the same stage writes nothing.
        #expect(try fresh.store.moveDeal(id: deal.id, toStageID: contact.id, now: later).value == nil)
        #expect(try fresh.store.history(dealID: deal.id).count == 2)
    }

    @Test(arguments: StoreEngineUnderTest.all) func wonLostReopenEachWriteOneEntry(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let deal = try fresh.addDeal("Acme renewal", stage: 4)
        try fresh.store.markLost(id: deal.id, reason: "  price ", now: fresh.now)
        var stored = try fresh.store.deal(id: deal.id)
        #expect(stored.status == .lost)
        #expect(stored.lostReason == "price")
        #expect(stored.closedAt == fresh.now)
        #expect(throws: PipelineError.self) { try fresh.store.markWon(id: deal.id, now: fresh.now).value }
        try fresh.store.reopen(id: deal.id, stage: "2", now: fresh.now)
        stored = try fresh.store.deal(id: deal.id)
        #expect(stored.status == .open)
        #expect(stored.lostReason == nil)
        #expect(stored.closedAt == nil)
        #expect(try fresh.store.pipeline(named: nil).stage(id: stored.stageID)?.name == "Qualifying")
        try fresh.store.markWon(id: deal.id, now: fresh.now)
        #expect(try fresh.store.history(dealID: deal.id).map(\.kind) == [.created, .lost, .reopened, .won])
        #expect(try fresh.store.lostReasons() == [])
    }

    @Test(arguments: StoreEngineUnderTest.all) func undoRestoresTheDealExactlyAndMarksTheEntry(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let before = try fresh.addDeal("Acme renewal", at: fresh.now.addingTimeInterval(-86_400 * 3))
        let target = try fresh.sales.stages[3].id
        let change = try #require(try fresh.store.moveDeal(id: before.id, toStageID: target, now: fresh.now).value)
        let after = try fresh.store.deal(id: before.id)
        let restored = try fresh.store.undo(change: change, restoring: before, expectedVersion: after.version)
        #expect(restored.stageID == before.stageID)
        #expect(restored.stageEnteredAt == before.stageEnteredAt)
        #expect(restored.status == before.status)
        #expect(restored.lanePosition == before.lanePosition)
        #expect(try fresh.store.history(dealID: before.id).map(\.undone) == [false, true])
        // Redo puts the move back and clears the mark.
        let redone = try fresh.store.redo(change: change, applying: after, expectedVersion: restored.version)
        #expect(redone.stageID == target)
        #expect(try fresh.store.history(dealID: before.id).map(\.undone) == [false, false])
        // An undo made on a stale version is refused, naming the change since (here the redo).
        #expect {
            try fresh.store.undo(change: change, restoring: before, expectedVersion: after.version)
        } throws: { error in
            guard case StoreError.changedElsewhere(before.id, let stale?) = error else { return false }
            return stale.restoring == .undo(title: "Acme renewal") && stale.change?.kind == .redone
        }
    }

    @Test(arguments: StoreEngineUnderTest.all) func staleEditsOfTheSameFieldAreRefused(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let deal = try fresh.addDeal("Acme renewal")
        try fresh.store.editDeal(id: deal.id, now: fresh.now) { $0.title = "Acme renewal 2027" }
        #expect(throws: StoreError.self) {
            try fresh.store.editDeal(id: deal.id, now: fresh.now, expectedVersion: deal.version) {
                $0.title = "Acme"
                $0.priority = 2
            }
        }
        let after = try fresh.store.deal(id: deal.id)
        #expect(after.priority == 0)
        #expect(after.title == "Acme renewal 2027")
    }

    @Test(arguments: StoreEngineUnderTest.all) func removingAStageMovesItsDealsOrRefuses(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        let deal = try fresh.addDeal("Acme", stage: 2)
        #expect(throws: PipelineError.self) { try fresh.store.removeStage(pipelineID: pipeline.id, "Contact", moveDealsTo: nil, now: fresh.now) }
        try fresh.store.removeStage(pipelineID: pipeline.id, "contact", moveDealsTo: "Relationship", now: fresh.now)
        let after = try fresh.sales
        #expect(after.stages.map(\.name) == ["Prospecting", "Qualifying", "Relationship", "Closing"])
        #expect(after.stages.map(\.position) == [0, 1, 2, 3])
        #expect(try fresh.store.deal(id: deal.id).stageID == after.stages[2].id)
        // History still names the removed stage.
        #expect(try fresh.store.history(dealID: deal.id).map(\.toStageName) == ["Contact", "Relationship"])
    }

    @Test(arguments: StoreEngineUnderTest.all) func addingAndReorderingStages(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        try fresh.store.addStage(pipelineID: pipeline.id, name: "Demo", after: "Qualifying", probability: 30, stallDays: 5)
        try fresh.store.moveStage(pipelineID: pipeline.id, "Closing", toPosition: 1)
        try fresh.store.renameStage(pipelineID: pipeline.id, "Demo", to: "Product demo")
        try fresh.store.updateStage(pipelineID: pipeline.id, "product demo", probability: 35, stallDays: 0)
        let after = try fresh.sales
        #expect(after.stages.map(\.name) == ["Closing", "Prospecting", "Qualifying", "Product demo", "Contact", "Relationship"])
        #expect(after.stages[3].probability == 35)
        #expect(after.stages[3].stallDays == 0)
        #expect(throws: PipelineError.self) { try fresh.store.addStage(pipelineID: pipeline.id, name: "contact", after: nil, probability: nil, stallDays: nil) }
    }

    @Test(arguments: StoreEngineUnderTest.all) func pipelinesHaveUniqueNames(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let partners = try fresh.store.addPipeline(name: "Partners", stageNames: ["Lead", "Pitch", "Signed"])
        #expect(partners.stages.map(\.probability) == [10, 45, 80])
        #expect(throws: PipelineError.self) { try fresh.store.addPipeline(name: "partners", stageNames: ["A"]) }
        #expect(throws: PipelineError.self) { try fresh.store.renamePipeline("Partners", to: "SALES") }
        try fresh.store.renamePipeline("partners", to: "Channel")
        #expect(try fresh.store.pipelines().map(\.name) == ["Sales", "Channel", "Revisit"])
    }

}
