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
}
