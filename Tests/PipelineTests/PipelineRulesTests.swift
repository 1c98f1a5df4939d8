import Testing
@testable import Pipeline

@Suite("Stage rules")
struct PipelineRulesTests {
    func sales() -> Pipeline {
        Pipeline(id: 1, name: "Sales", stages: Stage.defaults.enumerated().map { index, stage in
            Stage(id: Int64(index + 10), pipelineID: 1, name: stage.name, position: index, probability: stage.probability, stallDays: stage.stallDays)
        })
    }

    @Test func findsStagesByNameAnyCaseOrNumber() throws {
        let pipeline = sales()
        #expect(try pipeline.stage(named: "contact").name == "Contact")
        #expect(try pipeline.stage(named: "QUALIFYING").id == 11)
        #expect(try pipeline.stage(named: "5").name == "Closing")
        #expect(throws: PipelineError.self) { try pipeline.stage(named: "6") }
        #expect(throws: PipelineError.self) { try pipeline.stage(named: "0") }
        #expect {
            try pipeline.stage(named: "Demo")
        } throws: { error in
            "\(error)".contains("'Demo'") && "\(error)".contains("Prospecting, Qualifying, Contact, Relationship, Closing")
        }
    }

    @Test func neighbours() {
        let pipeline = sales()
        #expect(pipeline.stage(after: 10)?.name == "Qualifying")
        #expect(pipeline.stage(after: 14) == nil)
        #expect(pipeline.stage(before: 10) == nil)
        #expect(pipeline.stage(before: 14)?.name == "Relationship")
    }

    @Test func newStageNamesAreUniqueIgnoringCase() throws {
        let pipeline = sales()
        #expect(throws: PipelineError.self) { try pipeline.checkNewStageName("closing") }
        #expect(throws: PipelineError.self) { try pipeline.checkNewStageName("   ") }
        #expect(throws: PipelineError.self) { try pipeline.checkNewStageName("Bad\u{1B}[2J") }
        #expect(try pipeline.checkNewStageName("  Demo ") == "Demo")
    }

    @Test func atMostTwelveStagesAndAtLeastOne() throws {
        var pipeline = sales()
        for index in 5..<12 {
            pipeline.stages.append(Stage(id: Int64(100 + index), pipelineID: 1, name: "S\(index)", position: index, probability: 50, stallDays: 0))
        }
        #expect(throws: PipelineError.self) { try pipeline.checkNewStageName("Thirteenth") }
        let single = Pipeline(id: 2, name: "One", stages: [pipeline.stages[0]])
        #expect(throws: PipelineError.self) { try single.checkRemoval(single.stages[0]) }
        #expect(throws: PipelineError.self) { try Pipeline.checkStageNames([]) }
        #expect(throws: PipelineError.self) { try Pipeline.checkStageNames(["A", "a"]) }
        #expect(throws: PipelineError.self) { try Pipeline.checkStageNames((1...13).map { "S\($0)" }) }
    }

    @Test func renameMayKeepItsOwnNameInAnotherCase() throws {
        let pipeline = sales()
        #expect(try pipeline.checkRename(pipeline.stages[2], to: "CONTACT") == "CONTACT")
        #expect(throws: PipelineError.self) { try pipeline.checkRename(pipeline.stages[2], to: "closing") }
    }

    @Test func reorderingKeepsPositionsDense() throws {
        let pipeline = sales()
        let reordered = try pipeline.reordering(pipeline.stages[4], toPosition: 1)
        #expect(reordered.map(\.name) == ["Closing", "Prospecting", "Qualifying", "Contact", "Relationship"])
        #expect(reordered.map(\.position) == [0, 1, 2, 3, 4])
        #expect(throws: PipelineError.self) { try pipeline.reordering(pipeline.stages[0], toPosition: 6) }
    }

    @Test func settingsChecks() {
        #expect(throws: PipelineError.self) { try Stage.validProbability(101) }
        #expect(throws: PipelineError.self) { try Stage.validProbability(-1) }
        #expect(throws: PipelineError.self) { try Stage.validStallDays(-1) }
        #expect(throws: PipelineError.self) { try Deal.validPriority(4) }
        #expect(throws: PipelineError.self) { try Deal.validTitle("  ") }
        #expect(throws: PipelineError.self) { try Deal.validEmail("not-an-email") }
    }

    @Test func temperatureFollowsQualification() {
        #expect(Qualification(budget: .yes, authority: .yes, need: .yes, timing: .yes).impliedTemperature == .hot)
        #expect(Qualification(budget: .yes, authority: .no, need: .yes, timing: .yes).impliedTemperature == .cold)
        #expect(Qualification(budget: .yes, authority: .unknown, need: .yes, timing: .yes).impliedTemperature == .warm)
        #expect(Qualification.unknown.impliedTemperature == .warm)
    }
}
