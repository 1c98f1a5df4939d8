import Foundation
import FunnelStore
import Pipeline
import Testing

/// The stage each row of an import names, found the same way on every engine.
@Suite("Import stages: found by pipeline and name whatever the case")
struct ImportStagesTests {
    let stages = ImportStages(pipelines: [
        Pipeline(id: 1, name: "Sales", stages: [
            Stage(id: 10, pipelineID: 1, name: "Contact", position: 0, probability: 40, stallDays: 7),
            Stage(id: 11, pipelineID: 1, name: "Closing", position: 1, probability: 80, stallDays: 0),
        ]),
        Pipeline(id: 2, name: "Partners", stages: [
            Stage(id: 20, pipelineID: 2, name: "Contact", position: 0, probability: 30, stallDays: 7),
        ]),
    ])

    func row(line: Int, pipelineID: Int64, stage: String) -> DealImport {
        let deal = Deal(
            title: "Acme", value: Money(minorUnits: 100, currency: .usd), pipelineID: pipelineID, stageID: 0,
            createdAt: Date(timeIntervalSince1970: 1_796_000_000))
        return DealImport(
            line: line, source: "generic", externalID: nil, deal: deal, stageName: stage,
            createdAtGiven: false, stageEnteredAtGiven: false, updatedAtGiven: false, closedAtGiven: false)
    }

    @Test func aStageIsFoundInItsDealsPipelineWhateverItsCase() throws {
        #expect(try stages.stage(for: row(line: 2, pipelineID: 1, stage: "CONTACT")).id == 10)
        #expect(try stages.stage(for: row(line: 3, pipelineID: 2, stage: "contact")).id == 20)
        #expect(stages.names == [10: "Contact", 11: "Closing", 20: "Contact"])
    }

    @Test func aStageNotInTheDealsPipelineIsRefusedNamingTheLine() {
        #expect(throws: PipelineError.notFound("line 7: no stage 'Closing' in pipeline 2")) {
            try stages.stage(for: row(line: 7, pipelineID: 2, stage: "Closing"))
        }
    }
}
