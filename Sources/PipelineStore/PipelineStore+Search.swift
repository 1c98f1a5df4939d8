import Foundation
import GRDB
import Pipeline

// MARK: - The board's filter through the search index

extension PipelineStore {
    /// Runs `body` on the lanes under a filter inside one read: the matches of `text` (in a pipeline, when
    /// given; only the stalled ones with `stalledAt`) are found once, then the lane totals and every page
    /// read them. `text` must not be empty.
    public func readFilteredLanes<T>(
        pipelineID: Int64?, text: String, stalledAt: StallCheck? = nil, _ body: (FilteredLanes) throws -> T
    ) throws -> T {
        try read { db in try body(FilteredLanes(db, pipelineID: pipelineID, text: text, stalledAt: stalledAt)) }
    }

    // MARK: - Inside a transaction

    /// Lane totals of every stalled open deal: one range of the idle-since index per stage.
    static func fetchStalledSummaries(_ db: Database, pipelineID: Int64, stalledAt: StallCheck) throws -> [StageSummary] {
        let rows = try Row.fetchAll(db, sql: stalledSummariesSQL, arguments: StatementArguments([pipelineID] + stalledAt.arguments))
        return try summaries(db, pipelineID: pipelineID, rows: rows)
    }

    /// Per stage and currency over every stalled open deal (arguments: the pipeline id, then the stall check's).
    ///
    /// CROSS JOIN keeps stages as the outer loop: one range of the idle-since index per stage.
    static let stalledSummariesSQL = """
        SELECT deal.stage_id, deal.currency, count(*) AS deals, sum(deal.value) AS total,
               sum(deal.value * coalesce(deal.probability_override, stage.probability)) AS weighted_hundredths
        FROM stage CROSS JOIN deal ON deal.stage_id = stage.id
        WHERE stage.pipeline_id = ? AND deal.status = 'open' AND \(StallCheck.stageJoinCondition)
        GROUP BY deal.stage_id, deal.currency
        """

    /// One summary per stage of the pipeline from rows of (stage_id, currency, deals, total, weighted_hundredths).
    ///
    /// Weighted totals are `sum(value × probability) / 100` per currency, rounded half up once.
    static func summaries(_ db: Database, pipelineID: Int64, rows: [Row]) throws -> [StageSummary] {
        let pipeline = try fetchPipeline(db, id: pipelineID)
        var summaries = pipeline.stages.map { StageSummary(stageID: $0.id) }
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
