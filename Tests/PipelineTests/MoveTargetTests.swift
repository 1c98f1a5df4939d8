import Pipeline
import Testing

/// Where a deal may be moved or placed: a stage of its own pipeline, and only while it is open.
@Suite("Moves: the stage a deal moves to")
struct MoveTargetTests {
    let sales = Fixtures.sales

    @Test func anOpenDealMovesToAStageOfItsPipelineOrItsOwn() throws {
        let deal = Fixtures.deal(id: 4, stageID: 10)
        #expect(try sales.moveTarget(for: deal, stageID: 11).name == "Closing")
        #expect(try sales.moveTarget(for: deal, stageID: 10).name == "Contact")
    }

    @Test func aStageElsewhereIsRefusedBeforeAClosedDeal() {
        var deal = Fixtures.deal(id: 4, stageID: 10)
        deal.status = .lost
        #expect(throws: PipelineError.notFound("stage 20 is not in pipeline 'Sales'")) {
            try sales.moveTarget(for: deal, stageID: 20)
        }
        #expect(throws: PipelineError.refused("deal 4 is lost: reopen it to move it")) {
            try sales.moveTarget(for: deal, stageID: 11)
        }
    }
}
