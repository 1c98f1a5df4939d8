import GRDB
import FunnelStore
import Pipeline

// MARK: - Stage summaries

extension SQLitePipelineStore {
    /// Counts and totals of the open deals in each stage of a pipeline: from the `stage_total` rows kept
    /// by triggers without a filter, by one pass over the search index's matches with one.
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
        // Unfiltered: the totals kept by triggers, without reading a deal.
        return try fetchStageTotals(db, pipelineID: pipelineID)
    }

    /// True when the open deals of a pipeline (the cards the board shows) have more than one owner: cards then
    /// show their owner's initials (issue 15 item 10). Read on the covering index `deal_for_outcomes`: the
    /// first owner found, then whether any open deal has another; no kept table.
    public func hasSeveralOwners(pipelineID: Int64) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (
                    SELECT 1 FROM deal INDEXED BY deal_for_outcomes
                    WHERE pipeline_id = ?1 AND status = 'open' AND owner IS NOT NULL
                      AND owner <> (SELECT owner FROM deal INDEXED BY deal_for_outcomes
                                    WHERE pipeline_id = ?1 AND status = 'open' AND owner IS NOT NULL LIMIT 1))
                """, arguments: [pipelineID]) ?? false
        }
    }
}
