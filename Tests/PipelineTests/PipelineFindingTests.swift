import Pipeline
import Testing

/// Finding a pipeline among all of them, by name, by id, or the one a command means without a name.
@Suite("Pipelines: found by name, by id, or the first sales one")
struct PipelineFindingTests {
    let revisit = Pipeline(id: 3, name: "Revisit", kind: .revisit, stages: [])
    let sales = Pipeline(id: 1, name: "Sales", kind: .sales, stages: [])
    let partners = Pipeline(id: 2, name: "Partners", kind: .sales, stages: [])

    @Test func aNameIsFoundWhateverItsCaseAndSpacesAround() throws {
        let pipelines = [sales, partners, revisit]
        #expect(pipelines.pipeline(named: "  partners ")?.id == 2)
        #expect(pipelines.pipeline(named: "Lost") == nil)
        #expect(try pipelines.pipeline(chosen: "SALES").id == 1)
        #expect(try pipelines.pipeline(id: 3).name == "Revisit")
    }

    @Test func withoutANameTheFirstSalesPipelineIsMeantElseTheFirstOfAll() throws {
        #expect(try [revisit, partners, sales].pipeline(chosen: nil).id == 2)
        #expect(try [revisit].pipeline(chosen: nil).id == 3)
        #expect(throws: PipelineError.notFound("the database holds no pipeline")) { try [Pipeline]().pipeline(chosen: nil) }
    }

    @Test func anUnknownNameOrIDIsRefusedNamingWhatThereIs() {
        let pipelines = [sales, partners, revisit]
        #expect(throws: PipelineError.notFound("no pipeline 'Lost': use one of Sales, Partners, Revisit")) {
            try pipelines.pipeline(chosen: "Lost")
        }
        #expect(throws: PipelineError.notFound("no pipeline with id 9")) { try pipelines.pipeline(id: 9) }
    }
}
