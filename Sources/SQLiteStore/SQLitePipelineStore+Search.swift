import Foundation
import GRDB
import FunnelStore
import Pipeline

// MARK: - The board's filter through the search index

extension SQLitePipelineStore {
    /// Runs `body` on the lanes under a filter inside one read: the matches of `text` (in a pipeline, when
    /// given; only the stalled ones with `stalledAt`) are found once, then the lane totals and every page
    /// read them. `text` must not be empty.
    ///
    /// Without the stalled filter the matches come from `filterResults` when the database is as it was when
    /// they were found (a key deleted), or are narrowed from a shorter filter's (a key typed), and the cards
    /// of a page read before at the same version are not read again. The version is read before and after
    /// the read: when it moved in between, what was kept may be older than what was read, so the read is
    /// made again from the database alone.
    ///
    /// With `mine` (the board's `o`), the matches are `mine`'s deals read through the owner index, narrowed by
    /// `text`, in one read and never kept (`text` may be empty then).
    public func readFilteredLanes<T>(
        pipelineID: Int64?, text: String, mine: Salesperson? = nil, stalledAt: StallCheck? = nil, _ body: (FilteredLanes) throws -> T
    ) throws -> T {
        if let mine {
            return try read { db in
                let matches = try FilterMatches.readMine(db, pipelineID: pipelineID, text: text, mine: mine, stalledAt: stalledAt)
                return try body(FilteredLanes(db, matches: matches, text: text, stalledAt: stalledAt))
            }
        }
        if let stalledAt {
            return try read { db in try body(FilteredLanes(db, pipelineID: pipelineID, text: text, stalledAt: stalledAt)) }
        }
        let needle = FilterMatches.needle(text)
        var reuses = true
        while true {
            let before = try filterVersion()
            let known = reuses ? before.flatMap { filterResults.matches(pipelineID: pipelineID, needle: needle, at: $0) } : nil
            let knownDeals = reuses ? before.map { filterResults.deals(at: $0) } ?? [:] : [:]
            let shelf = FilteredLanes.Shelf()
            var found: FilterMatches?
            let result = try read { db in
                let matches = try known ?? FilterMatches.read(db, pipelineID: pipelineID, text: text)
                found = matches
                return try body(FilteredLanes(db, matches: matches, text: text, stalledAt: nil, known: knownDeals, shelf: shelf))
            }
            let after = try filterVersion()
            if let before, before == after, let found {
                filterResults.keep(found, deals: shelf.deals, at: before)
                return result
            }
            // Matches and deals read in this transaction agree whatever happened around it.
            if known == nil && knownDeals.isEmpty { return result }
            reuses = false
        }
    }

    /// The contract's filtered lanes: the matches are found once, in one read, for the totals and every page.
    public func filteredLanes(
        pipelineID: Int64?, text: String, mine: Salesperson?, stalledAt: StallCheck?, summariesOf: Int64?, pages: [LanePageRequest]
    ) throws -> FilteredLaneCards {
        try readFilteredLanes(pipelineID: pipelineID, text: text, mine: mine, stalledAt: stalledAt) { lanes in
            FilteredLaneCards(
                summaries: try summariesOf.map { try lanes.summaries(pipelineID: $0) } ?? [],
                pages: try pages.map { try lanes.cards($0) }, matchCount: lanes.matchCount)
        }
    }

    /// What the database is now for `filterResults`; nil while this store is writing.
    func filterVersion() throws -> FilterResults.Version? {
        guard let writes = filterResults.writesWhenIdle else { return nil }
        return FilterResults.Version(token: try changeToken(), writes: writes)
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
               sum(deal.value * coalesce(deal.probability_override, stage.probability)) AS weighted_hundredths,
               sum(CASE WHEN deal.probability_override IS NULL THEN deal.value ELSE 0 END) AS stage_weighted
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
            let hundredths = try MoneyColumn.minorUnits(row, "weighted_hundredths", currency: currency)
            try summaries[index].add(
                deals: row["deals"], value: Money(minorUnits: MoneyColumn.minorUnits(row, "total", currency: currency), currency: currency),
                weighted: Money.weightedTotal(stageWeighted: 0, stageProbability: 0, ownHundredths: hundredths, currency: currency),
                stageWeighted: MoneyColumn.minorUnits(row, "stage_weighted", currency: currency))
        }
        return summaries
    }
}
