import GRDB
import Pipeline

// MARK: - Stage summaries

extension PipelineStore {
    /// Counts and totals of the open deals in each stage of a pipeline, by indexed SQL aggregates.
    ///
    /// Weighted totals are `sum(value × probability) / 100` per currency, rounded half up once,
    /// with a deal's own probability winning over its stage's.
    public func stageSummaries(pipelineID: Int64, text: String? = nil) throws -> [StageSummary] {
        try read { db in try Self.fetchStageSummaries(db, pipelineID: pipelineID, text: text) }
    }

    static func fetchStageSummaries(_ db: Database, pipelineID: Int64, text: String?) throws -> [StageSummary] {
        if let text, !text.isEmpty {
            // Under a filter: an aggregate over the matches (`FilteredLanes`).
            return try FilteredLanes(db, pipelineID: pipelineID, text: text).summaries(pipelineID: pipelineID)
        }
        let pipeline = try fetchPipeline(db, id: pipelineID)
        var summaries = pipeline.stages.map { StageSummary(stageID: $0.id) }
        let rows = try Row.fetchAll(db, sql: """
            SELECT deal.stage_id, deal.currency, count(*) AS deals, sum(deal.value) AS total,
                   sum(deal.value * coalesce(deal.probability_override, stage.probability)) AS weighted_hundredths
            FROM stage JOIN deal INDEXED BY deal_on_open_lane ON deal.stage_id = stage.id AND deal.status = 'open'
            WHERE stage.pipeline_id = ?
            GROUP BY deal.stage_id, deal.currency
            """, arguments: [pipelineID])
        for row in rows {
            let stageID: Int64 = row["stage_id"]
            guard let index = summaries.firstIndex(where: { $0.stageID == stageID }),
                  let currency = Currency(code: row["currency"]) else { continue }
            summaries[index].dealCount += row["deals"] as Int
            summaries[index].total.add(Money(minorUnits: row["total"], currency: currency))
            let hundredths: Int64 = row["weighted_hundredths"]
            summaries[index].weighted.add(Money(minorUnits: (hundredths + 50) / 100, currency: currency))
        }
        return summaries
    }
}
