import Pipeline
import Testing

/// Where a deal is parked, and which deals may be: open ones in a sales pipeline.
@Suite("Parking: the Revisit stage a deal waits in")
struct ParkingStageTests {
    let sales = Pipeline(id: 1, name: "Sales", kind: .sales, stages: [
        Stage(id: 10, pipelineID: 1, name: "Contact", position: 0, probability: 40, stallDays: 7),
    ])
    let revisit = Pipeline(id: 2, name: "Revisit", kind: .revisit, stages: [
        Stage(id: 20, pipelineID: 2, name: "Parked", position: 0, probability: 0, stallDays: 0),
        Stage(id: 21, pipelineID: 2, name: "Next year", position: 1, probability: 0, stallDays: 0),
    ])

    @Test func anOpenSalesDealGoesToTheFirstRevisitStageOrTheOneNamed() throws {
        let deal = Fixtures.deal(id: 4, stageID: 10)
        #expect(try deal.parkingStage(named: nil, pipeline: { sales }, revisit: { revisit }).stage.id == 20)
        let named = try deal.parkingStage(named: "next year", pipeline: { sales }, revisit: { revisit })
        #expect(named.revisit.id == 2 && named.stage.id == 21)
        #expect(throws: PipelineError.self) { try deal.parkingStage(named: "Never", pipeline: { sales }, revisit: { revisit }) }
    }

    @Test func aClosedDealIsRefusedBeforeAnyPipelineIsRead() {
        var deal = Fixtures.deal(id: 4, stageID: 10)
        deal.status = .won
        #expect(throws: PipelineError.refused("deal 4 is won: only open deals are parked")) {
            try deal.parkingStage(named: nil, pipeline: {
                Issue.record("no pipeline is read for a closed deal")
                return sales
            }, revisit: { revisit })
        }
    }

    @Test func aDealAlreadyParkedIsRefusedBeforeTheRevisitPipelineIsRead() {
        let deal = Fixtures.deal(id: 4, stageID: 20, pipelineID: 2)
        #expect(throws: PipelineError.refused("deal 4 is already parked in 'Revisit': 'funnel unpark 4' brings it back")) {
            try deal.parkingStage(named: nil, pipeline: { revisit }, revisit: {
                Issue.record("the Revisit pipeline is read only for a deal to park")
                return revisit
            })
        }
    }

    // MARK: - Bringing back

    let partners = Pipeline(id: 3, name: "Partners", kind: .sales, stages: [
        Stage(id: 30, pipelineID: 3, name: "Intro", position: 0, probability: 10, stallDays: 7),
        Stage(id: 31, pipelineID: 3, name: "Pilot", position: 1, probability: 50, stallDays: 7),
    ])
    var parked: Deal { Fixtures.deal(id: 4, stageID: 20, pipelineID: 2) }

    @Test func aParkedDealGoesBackToTheStageItLeftOrTheOneNamedInThatPipeline() throws {
        let all = [sales, partners, revisit]
        let back = try parked.unparkingStage(named: nil, pipeline: revisit, parkedFrom: { 31 }, pipelines: { all })
        #expect(back.pipeline.id == 3 && back.stage.id == 31)
        let named = try parked.unparkingStage(named: "intro", pipeline: revisit, parkedFrom: { 31 }, pipelines: { all })
        #expect(named.pipeline.id == 3 && named.stage.id == 30)
        // A stage removed since, or no parking in the history: the first sales pipeline's first stage.
        let gone = try parked.unparkingStage(named: nil, pipeline: revisit, parkedFrom: { 99 }, pipelines: { all })
        #expect(gone.pipeline.id == 1 && gone.stage.id == 10)
        let unknown = try parked.unparkingStage(named: nil, pipeline: revisit, parkedFrom: { nil }, pipelines: { [revisit, partners] })
        #expect(unknown.pipeline.id == 3 && unknown.stage.id == 30)
    }

    @Test func aDealNotParkedOrClosedIsRefusedBeforeItsHistoryIsRead() {
        let neverRead: () throws -> Int64? = {
            Issue.record("the history is read only for a deal that may come back")
            return nil
        }
        #expect(throws: PipelineError.refused("deal 4 is not parked: it is in pipeline 'Sales'")) {
            try Fixtures.deal(id: 4).unparkingStage(named: nil, pipeline: sales, parkedFrom: neverRead, pipelines: { [sales] })
        }
        var lost = parked
        lost.status = .lost
        #expect(throws: PipelineError.refused("deal 4 is lost: reopen it first")) {
            try lost.unparkingStage(named: nil, pipeline: revisit, parkedFrom: neverRead, pipelines: { [sales] })
        }
        #expect(throws: PipelineError.notFound("the database holds no sales pipeline to bring the deal back to")) {
            try parked.unparkingStage(named: nil, pipeline: revisit, parkedFrom: { nil }, pipelines: { [revisit] })
        }
    }
}
