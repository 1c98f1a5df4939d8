import Board
import Foundation
import Pipeline

/// A pipeline and deals to feed the reducer and the views, with fixed times.
enum BoardFixture {
    static let now = Date(timeIntervalSince1970: 1_795_942_800)  // 2026-11-29T09:00:00Z
    static let day: TimeInterval = 86_400

    static func pipeline(id: Int64 = 1, name: String = "Sales", stageNames: [String]? = nil) -> Pipeline {
        let names = stageNames ?? Stage.defaults.map(\.name)
        let stages = names.enumerated().map { index, name in
            let settings = Pipeline.defaultSettings(index: index, count: names.count)
            return Stage(
                id: id * 100 + Int64(index + 1), pipelineID: id, name: name, position: index,
                probability: settings.probability, stallDays: settings.stallDays)
        }
        return Pipeline(id: id, name: name, stages: stages)
    }

    static func deal(
        _ id: Int64, _ title: String, stage: Stage, value: Int64 = 1_000_000, currency: Currency = .usd,
        organization: String? = nil, temperature: Temperature = .warm, daysInStage: Int = 3, position: Double? = nil
    ) -> Deal {
        Deal(
            id: id, title: title, value: Money(minorUnits: value, currency: currency), pipelineID: stage.pipelineID,
            stageID: stage.id, organization: organization, temperature: temperature,
            createdAt: now.addingTimeInterval(-Double(daysInStage + 5) * day),
            stageEnteredAt: now.addingTimeInterval(-Double(daysInStage) * day),
            lanePosition: position ?? Double(id), version: 1)
    }

    /// The board as the store would return it: every deal of each lane in one page.
    static func content(_ pipeline: Pipeline, _ deals: [Deal], pipelines: [Pipeline]? = nil) -> BoardContent {
        var summaries: [StageSummary] = []
        var pages: [LanePage] = []
        for stage in pipeline.stages {
            let lane = deals.filter { $0.stageID == stage.id }.sorted { $0.key < $1.key }
            var summary = StageSummary(stageID: stage.id, dealCount: lane.count)
            for deal in lane {
                try! summary.total.add(deal.value)
                try! summary.weighted.add(deal.weightedValue(stageProbability: stage.probability))
            }
            summaries.append(summary)
            pages.append(LanePage(stageID: stage.id, deals: lane, firstIndex: 0))
        }
        return BoardContent(pipelines: pipelines ?? [pipeline], pipeline: pipeline, summaries: summaries, pages: pages, now: now)
    }

    /// A board of the standard pipeline with three deals in Prospecting and one in Qualifying.
    static func sampleDeals(_ pipeline: Pipeline) -> [Deal] {
        let s = pipeline.stages
        return [
            deal(1, "Acme renewal", stage: s[0], value: 1_200_000, organization: "Acme Corp", temperature: .hot),
            deal(2, "Globex pilot", stage: s[0], value: 450_000, organization: "Globex"),
            deal(3, "Initech seats", stage: s[0], value: 90_000, temperature: .cold),
            deal(4, "Umbrella rollout", stage: s[1], value: 2_500_000, organization: "Umbrella"),
        ]
    }

    /// A loaded board state at a size.
    static func loaded(width: Int = 120, height: Int = 40, deals: [Deal]? = nil, pipeline: Pipeline = pipeline()) -> BoardState {
        var state = BoardState(width: width, height: height, now: now)
        _ = BoardReducer.start(&state)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(content(pipeline, deals ?? sampleDeals(pipeline))))
        return state
    }
}
