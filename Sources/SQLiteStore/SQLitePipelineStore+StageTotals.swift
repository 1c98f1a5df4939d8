import GRDB
import FunnelStore
import Pipeline

// MARK: - Lane totals kept by triggers

extension SQLitePipelineStore {
    /// Counts and totals of the open deals of some stages, read from `stage_total` (kept in step by
    /// triggers): a few rows per stage, whatever the number of deals. Stages without open deals get empty summaries.
    public func stageTotals(stageIDs: [Int64]) throws -> [StageSummary] {
        try read { db in try Self.fetchStageTotals(db, stageIDs: stageIDs) }
    }

    /// The same for every stage of a pipeline, in stage order: the lane headers of the unfiltered board.
    static func fetchStageTotals(_ db: Database, pipelineID: Int64) throws -> [StageSummary] {
        let pipeline = try fetchPipeline(db, id: pipelineID)
        return try fetchStageTotals(db, stageIDs: pipeline.stages.map(\.id))
    }

    static func fetchStageTotals(_ db: Database, stageIDs: [Int64]) throws -> [StageSummary] {
        var summaries = stageIDs.map { StageSummary(stageID: $0) }
        let statement = try db.cachedStatement(sql: """
            SELECT stage_total.currency, stage_total.deals, stage_total.value, stage_total.stage_weighted_value,
                   stage_total.stage_weighted_value * stage.probability + stage_total.own_weighted_hundredths AS weighted_hundredths
            FROM stage JOIN stage_total ON stage_total.stage_id = stage.id
            WHERE stage.id = ? AND stage_total.deals > 0
            """)
        for index in summaries.indices {
            let rows = try Row.fetchCursor(statement, arguments: [summaries[index].stageID])
            while let row = try rows.next() {
                guard let currency = Currency(code: row["currency"]) else { continue }
                let hundredths = try MoneyColumn.minorUnits(row, "weighted_hundredths", currency: currency)
                try summaries[index].add(
                    deals: row["deals"], value: Money(minorUnits: MoneyColumn.minorUnits(row, "value", currency: currency), currency: currency),
                    weighted: Money.weightedTotal(stageWeighted: 0, stageProbability: 0, ownHundredths: hundredths, currency: currency),
                    stageWeighted: MoneyColumn.minorUnits(row, "stage_weighted_value", currency: currency))
            }
        }
        return summaries
    }

    /// The same totals computed from the deals themselves (an aggregate over every open deal of the
    /// pipeline): what `stage_total` must always equal. For checks, never for the board.
    static func scannedStageTotals(_ db: Database, pipelineID: Int64) throws -> [StageSummary] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT deal.stage_id, deal.currency, count(*) AS deals, sum(deal.value) AS total,
                   sum(deal.value * coalesce(deal.probability_override, stage.probability)) AS weighted_hundredths,
                   sum(CASE WHEN deal.probability_override IS NULL THEN deal.value ELSE 0 END) AS stage_weighted
            FROM stage JOIN deal INDEXED BY deal_on_open_lane ON deal.stage_id = stage.id AND deal.status = 'open'
            WHERE stage.pipeline_id = ?
            GROUP BY deal.stage_id, deal.currency
            """, arguments: [pipelineID])
        return try summaries(db, pipelineID: pipelineID, rows: rows)
    }
}
