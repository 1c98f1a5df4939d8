import Foundation
import Pipeline
import Testing
@testable import Interop

@Suite("Placing drafts in pipelines and stages")
struct ImportPlanTests {
    let now = try! Timestamp.parse("2026-11-29T09:00:00Z")
    let sales = Pipeline(id: 1, name: "Sales", stages: Stage.defaults.enumerated().map { index, stage in
        Stage(id: Int64(index + 1), pipelineID: 1, name: stage.name, position: index, probability: stage.probability, stallDays: stage.stallDays)
    })

    func draft(line: Int, stage: String?, id: String? = nil, status: DealStatus = .open, entered: String = "2026-10-01T00:00:00Z") -> DealDraft {
        var deal = Deal(title: "Deal \(line)", value: .zero(.usd), pipelineID: 0, stageID: 0, status: status,
                        createdAt: try! Timestamp.parse("2026-09-01T00:00:00Z"))
        deal.stageEnteredAt = try! Timestamp.parse(entered)
        var draft = DealDraft(line: line, deal: deal)
        draft.stageName = stage
        draft.externalID = id
        return draft
    }

    @Test("Known stages match in any case; an empty stage is the first")
    func knownStages() throws {
        let plan = try ImportPlan.make(
            drafts: [draft(line: 2, stage: "qualifying"), draft(line: 3, stage: nil)], pipelines: [sales], target: nil,
            stageMap: StageMap([]), createStages: false, now: now)
        #expect(plan.items.map(\.stageName) == ["Qualifying", "Prospecting"])
        #expect(plan.items.allSatisfy { $0.deal.pipelineID == 1 })
        #expect(plan.newStages.isEmpty)
    }

    @Test("Unknown stages stop the plan, each named with its rows and the flags that fix it")
    func unknownStages() throws {
        let drafts = [draft(line: 2, stage: "Discovery Call"), draft(line: 3, stage: "Legal Review"), draft(line: 4, stage: "discovery call")]
        #expect(throws: ImportError.usage(
            "unknown stages in pipeline 'Sales': 'Discovery Call' (2 rows, first on line 2), 'Legal Review' (1 row, first on line 3): map each with --stage-map \"Discovery Call=Prospecting\" or add them with --create-stages; nothing was written")) {
            try ImportPlan.make(drafts: drafts, pipelines: [sales], target: nil, stageMap: StageMap([]), createStages: false, now: now)
        }
        let mapped = try ImportPlan.make(
            drafts: drafts, pipelines: [sales], target: nil,
            stageMap: StageMap(["Discovery call=Qualifying", "Legal Review=closing"]), createStages: false, now: now)
        #expect(mapped.items.map(\.stageName) == ["Qualifying", "Closing", "Qualifying"])
        let created = try ImportPlan.make(drafts: drafts, pipelines: [sales], target: nil, stageMap: StageMap([]), createStages: true, now: now)
        #expect(created.newStages == [.init(pipelineID: 1, name: "Discovery Call"), .init(pipelineID: 1, name: "Legal Review")])
        #expect(created.items.map(\.stageName) == ["Discovery Call", "Legal Review", "Discovery Call"])
    }

    @Test("A stage map to a stage that does not exist is refused")
    func badStageMap() {
        #expect(throws: ImportError.self) {
            try ImportPlan.make(drafts: [draft(line: 2, stage: "X")], pipelines: [sales], target: nil,
                                stageMap: StageMap(["X=Nowhere"]), createStages: false, now: now)
        }
        #expect(throws: ImportError.self) { try StageMap(["no equals sign"]) }
    }

    @Test("Closed Won and Closed Lost become won and lost deals in the last stage, closed when they entered it")
    func closedStages() throws {
        let plan = try ImportPlan.make(
            drafts: [draft(line: 2, stage: "Closed Won"), draft(line: 3, stage: "closed lost")], pipelines: [sales], target: nil,
            stageMap: StageMap([]), createStages: false, now: now)
        #expect(plan.items.map(\.deal.status) == [.won, .lost])
        #expect(plan.items.map(\.stageName) == ["Closing", "Closing"])
        #expect(plan.items[0].deal.closedAt == (try Timestamp.parse("2026-10-01T00:00:00Z")))
        let mapped = try ImportPlan.make(
            drafts: [draft(line: 2, stage: "Closed Lost")], pipelines: [sales], target: nil,
            stageMap: StageMap(["Closed Lost=Contact"]), createStages: false, now: now)
        #expect(mapped.items[0].stageName == "Contact")
        #expect(mapped.items[0].deal.status == .lost)
    }

    @Test("An id that appears twice in a file is a bad row naming the first")
    func duplicateIDs() throws {
        let plan = try ImportPlan.make(
            drafts: [draft(line: 2, stage: nil, id: "7"), draft(line: 5, stage: nil, id: "7")], pipelines: [sales], target: nil,
            stageMap: StageMap([]), createStages: false, now: now)
        #expect(plan.items.map(\.line) == [2])
        #expect(plan.problems == [RowProblem(line: 5, column: nil, reason: "id '7' appears again (first on line 2); each deal once per file")])
    }

    @Test("--create-stages stops at the twelve-stage limit")
    func stageLimit() {
        let drafts = (0..<8).map { draft(line: $0 + 2, stage: "New \($0)") }
        #expect(throws: ImportError.self) {
            try ImportPlan.make(drafts: drafts, pipelines: [sales], target: nil, stageMap: StageMap([]), createStages: true, now: now)
        }
    }

    @Test("HubSpot's standard stages, by internal name or label, go to the default stages unless a map or a stage of that name says otherwise")
    func hubSpotStandardStages() throws {
        let names = ["appointmentscheduled", "Qualified To Buy", "presentationscheduled", "Decision Maker Bought-In", "contractsent", "closedwon", "Closed Lost"]
        let drafts = names.enumerated().map { draft(line: $0 + 2, stage: $1) }
        let plan = try ImportPlan.make(drafts: drafts, pipelines: [sales], target: nil, stageMap: StageMap([]), createStages: false, now: now)
        #expect(plan.items.map(\.stageName) == ["Prospecting", "Qualifying", "Contact", "Relationship", "Closing", "Closing", "Closing"])
        #expect(plan.items.map(\.deal.status) == [.open, .open, .open, .open, .open, .won, .lost])
        let overridden = try ImportPlan.make(
            drafts: drafts, pipelines: [sales], target: nil, stageMap: StageMap(["contractsent=Relationship"]), createStages: false, now: now)
        #expect(overridden.items[4].stageName == "Relationship")
        // A pipeline with a stage named like HubSpot's keeps it; one without the default stages needs a map.
        var custom = sales
        custom.stages[1].name = "Qualified To Buy"
        let own = try ImportPlan.make(drafts: [draft(line: 2, stage: "qualified to buy")], pipelines: [custom], target: nil, stageMap: StageMap([]), createStages: false, now: now)
        #expect(own.items.map(\.stageName) == ["Qualified To Buy"])
        let partners = Pipeline(id: 2, name: "Partners", stages: [Stage(id: 9, pipelineID: 2, name: "Lead", position: 0, probability: 10, stallDays: 14)])
        #expect(throws: ImportError.self) {
            try ImportPlan.make(drafts: [draft(line: 2, stage: "qualifiedtobuy")], pipelines: [partners], target: nil, stageMap: StageMap([]), createStages: false, now: now)
        }
    }
}

@Suite("Choosing the pipeline of imported deals")
struct ImportPipelineTests {
    let now = try! Timestamp.parse("2026-11-29T09:00:00Z")
    let sales = Pipeline(id: 1, name: "Sales", stages: [Stage(id: 1, pipelineID: 1, name: "Prospecting", position: 0, probability: 10, stallDays: 14)])
    let partners = Pipeline(id: 2, name: "Partners", stages: [Stage(id: 7, pipelineID: 2, name: "Intro", position: 0, probability: 20, stallDays: 14)])

    func draft(line: Int, pipeline: String?, stage: String?) -> DealDraft {
        var draft = DealDraft(line: line, deal: Deal(title: "D\(line)", value: .zero(.usd), pipelineID: 0, stageID: 0, createdAt: now))
        draft.pipelineName = pipeline
        draft.stageName = stage
        return draft
    }

    @Test("A row's pipeline column picks the pipeline; --pipeline overrides it; neither means the first sales pipeline")
    func choice() throws {
        let drafts = [draft(line: 2, pipeline: "partners", stage: "Intro"), draft(line: 3, pipeline: nil, stage: nil)]
        let byColumn = try ImportPlan.make(drafts: drafts, pipelines: [sales, partners], target: nil, stageMap: StageMap([]), createStages: false, now: now)
        #expect(byColumn.items.map(\.deal.pipelineID) == [2, 1])
        #expect(byColumn.items.map(\.stageName) == ["Intro", "Prospecting"])
        let forced = try ImportPlan.make(
            drafts: [draft(line: 2, pipeline: "Sales", stage: nil)], pipelines: [sales, partners], target: partners,
            stageMap: StageMap([]), createStages: false, now: now)
        #expect(forced.items.map(\.deal.pipelineID) == [2])
    }

    @Test("An unknown pipeline stops the plan, naming its rows and the fixes")
    func unknown() {
        #expect(throws: ImportError.usage(
            "unknown pipelines: 'Renewals' (2 rows, first on line 4): create them with 'funnel pipelines add' or import every row into one with --pipeline NAME; nothing was written")) {
            try ImportPlan.make(
                drafts: [draft(line: 4, pipeline: "Renewals", stage: nil), draft(line: 9, pipeline: "Renewals", stage: nil)],
                pipelines: [sales, partners], target: nil, stageMap: StageMap([]), createStages: false, now: now)
        }
    }

}
