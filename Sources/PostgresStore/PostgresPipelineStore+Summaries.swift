import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

// MARK: - Lane totals, stage summaries and the filter

extension PostgresPipelineStore {
    /// Counts and totals of the open deals of some stages, read from `stage_total` (kept by a trigger): a few
    /// rows per stage, whatever the number of deals. Stages without open deals get empty summaries.
    public func stageTotals(stageIDs: [Int64]) throws -> [StageSummary] {
        try read { session in try Self.fetchStageTotals(session, stageIDs: stageIDs) }
    }

    static func fetchStageTotals(_ session: ServerSession, stageIDs: [Int64]) throws -> [StageSummary] {
        var summaries = stageIDs.map { StageSummary(stageID: $0) }
        guard !stageIDs.isEmpty else { return summaries }
        let rows = try session.namedRows("""
            SELECT stage_total.stage_id, stage_total.currency, stage_total.deals, stage_total.value::text AS total,
                   stage_total.stage_weighted_value::text AS stage_weighted,
                   (stage_total.stage_weighted_value::numeric * stage.probability + stage_total.own_weighted_hundredths)::text AS weighted_hundredths
            FROM stage JOIN stage_total ON stage_total.stage_id = stage.id
            WHERE stage.id = ANY(\(stageIDs)) AND stage_total.deals > 0
            ORDER BY stage_total.stage_id, stage_total.currency
            """)
        try add(rows, to: &summaries)
        return summaries
    }

    /// Counts and totals of the open deals in each stage of a pipeline: the kept totals without a filter, an
    /// aggregate over the filter's matches with one (`filteredLanes`). Weighted totals are `sum(value × probability) / 100`
    /// per currency, rounded half up once, a deal's own probability winning over its stage's.
    public func stageSummaries(pipelineID: Int64, text: String? = nil) throws -> [StageSummary] {
        if let text, !text.isEmpty {
            return try filteredLanes(pipelineID: pipelineID, text: text, mine: nil, stalledAt: nil, summariesOf: pipelineID, pages: []).summaries
        }
        return try read { session in
            try Self.fetchStageTotals(session, stageIDs: try Self.fetchPipeline(session, id: pipelineID).stages.map(\.id))
        }
    }

    /// Counts and totals of the stalled deals in each stage of a pipeline (matching `text`): lane headers under `s`.
    public func stalledSummaries(pipelineID: Int64, text: String?, now: Date, timeZone: TimeZone) throws -> [StageSummary] {
        try read { session in
            let pipeline = try Self.fetchPipeline(session, id: pipelineID)
            return try Self.matchedSummaries(
                session, pipeline: pipeline, text: text?.isEmpty == false ? text : nil, stalledAt: StallCheck(now: now, timeZone: timeZone),
                mine: nil)
        }
    }

    /// True when the open deals of a pipeline have more than one owner (cards then show owners' initials).
    public func hasSeveralOwners(pipelineID: Int64) throws -> Bool {
        // The first owner found, then whether any open deal has another: stops at the first difference.
        try read { session in
            try session.value("""
                SELECT EXISTS (
                    SELECT 1 FROM deal
                    WHERE pipeline_id = \(pipelineID) AND status = 'open' AND owner IS NOT NULL
                      AND owner <> (SELECT owner FROM deal WHERE pipeline_id = \(pipelineID) AND status = 'open' AND owner IS NOT NULL LIMIT 1))
                """, as: Bool.self) ?? false
        }
    }

    /// The board's lanes under a `/` filter, in one snapshot: the matches' totals per stage of `summariesOf`
    /// and the pages asked for.
    ///
    /// Without the stalled filter the matches are found once (`ServerFilterMatches`, one query) and kept
    /// (`filterResults`): the next key finds them kept (a key deleted) or narrows them (a key typed) as long as
    /// the change counter, read first in the same snapshot, has not moved; totals and pages are worked out from
    /// them, and only cards not read before at that counter are read, by id. Under the stalled filter (which
    /// changes with the clock) each figure is an aggregate over the trigram condition.
    public func filteredLanes(
        pipelineID: Int64?, text: String, mine: Salesperson?, stalledAt: StallCheck?, summariesOf: Int64?, pages: [LanePageRequest]
    ) throws -> FilteredLaneCards {
        let keepable = stalledAt == nil && mine == nil && !text.isEmpty && !pages.contains { $0.stalledAt != nil } && !session.inTransaction
            && (summariesOf == nil || pipelineID == nil || summariesOf == pipelineID)
        guard keepable else {
            return try read { session in
                try Self.aggregatedLanes(
                    session, pipelineID: pipelineID, text: text, mine: mine, stalledAt: stalledAt, summariesOf: summariesOf, pages: pages)
            }
        }
        return try read { session in
            let version = ServerFilterResults.Version(counter: try Self.changeCounter(session), connection: reconnections)
            let matches = try filterResults.matches(pipelineID: pipelineID, needle: ServerFilterMatches.needle(text), at: version)
                ?? ServerFilterMatches.read(session, pipelineID: pipelineID, text: text)
            let pipelines = try filterResults.pipelines(at: version) ?? Self.fetchPipelines(session)
            let summaries: [StageSummary] = try summariesOf.map { (id: Int64) throws -> [StageSummary] in
                guard let pipeline = pipelines.first(where: { $0.id == id }) else {
                    throw PipelineError.notFound(ErrorText.noPipelineWithID(id: id).string)
                }
                return try matches.summaries(of: pipeline)
            } ?? []
            let slices = try pages.map { request in
                try matches.page(request) { id in try Self.fetchLaneKey(session, dealID: id, stageID: request.stageID) }
            }
            // The cards not read before at this counter, in one query.
            var known = filterResults.deals(at: version)
            let missing = slices.flatMap { $0.cards.map(\.id) }.filter { known[$0] == nil }
            var fetched: [Deal] = []
            if !missing.isEmpty {
                fetched = try session.namedRows("SELECT * FROM deal WHERE id = ANY(\(missing))").map(Deal.init(serverRow:))
                for deal in fetched { known[deal.id] = deal }
            }
            let cards = zip(pages, slices).map { request, slice in
                LaneCards(stageID: request.stageID, deals: slice.cards.compactMap { known[$0.id] }, firstIndex: slice.firstIndex)
            }
            filterResults.keep(matches, pipelines: pipelines, deals: fetched, at: version)
            return FilteredLaneCards(summaries: summaries, pages: cards, matchCount: matches.count)
        }
    }

    /// The change counter as this snapshot sees it: every write up to it, none after.
    static func changeCounter(_ session: ServerSession) throws -> Int64 {
        try session.value("SELECT counter FROM funnel_change WHERE id = 1", as: Int64.self) ?? 0
    }

    // MARK: - Inside a transaction

    /// The filtered lanes by aggregates over the trigram condition, nothing kept: under the stalled filter, and
    /// for my deals (`o`), which the owner index finds.
    static func aggregatedLanes(
        _ session: ServerSession, pipelineID: Int64?, text: String, mine: Salesperson?, stalledAt: StallCheck?, summariesOf: Int64?,
        pages: [LanePageRequest]
    ) throws -> FilteredLaneCards {
        let scope = try mine.map { try MineScope(session, mine: $0) }
        let summaries = try summariesOf.map { id in
            try matchedSummaries(
                session, pipeline: try fetchPipeline(session, id: id), text: text.isEmpty ? nil : text, stalledAt: stalledAt, mine: scope)
        } ?? []
        var cards: [LaneCards] = []
        for request in pages {
            cards.append(try matchedPage(session, request: request, text: text, mine: scope))
        }
        var statement = ServerSQL()
        let query = DealQuery(pipelineID: pipelineID, statuses: [.open], text: text)
        let condition = query.condition(binding: &statement)
        let stalled = stalledAt.map { " AND " + $0.condition(binding: &statement) } ?? ""
        let owned = scope.map { " AND " + $0.condition(binding: &statement) } ?? ""
        statement.append("SELECT count(*) FROM deal WHERE \(condition)\(stalled)\(owned)")
        let matchCount = try session.value(statement.query, as: Int.self) ?? 0
        return FilteredLaneCards(summaries: summaries, pages: cards, matchCount: matchCount)
    }

    /// Per stage and currency over the open deals of a pipeline that match `text` and/or are stalled.
    static func matchedSummaries(
        _ session: ServerSession, pipeline: Pipeline, text: String?, stalledAt: StallCheck?, mine: MineScope?
    ) throws -> [StageSummary] {
        var statement = ServerSQL()
        var conditions = ["stage.pipeline_id = \(statement.bind(pipeline.id))", "deal.status = 'open'"]
        if let text {
            conditions.append(DealQuery(statuses: [.open], text: text).condition(binding: &statement))
        }
        if let stalledAt { conditions.append(stalledAt.condition(binding: &statement, stageJoined: true)) }
        if let mine { conditions.append(mine.condition(binding: &statement)) }
        statement.append("""
            SELECT deal.stage_id, deal.currency, count(*) AS deals, sum(deal.value)::text AS total,
                   sum(deal.value::numeric * coalesce(deal.probability_override, stage.probability))::text AS weighted_hundredths,
                   sum(CASE WHEN deal.probability_override IS NULL THEN deal.value ELSE 0 END)::text AS stage_weighted
            FROM stage JOIN deal ON deal.stage_id = stage.id
            WHERE \(conditions.joined(separator: " AND "))
            GROUP BY deal.stage_id, deal.currency
            ORDER BY deal.stage_id, deal.currency
            """)
        var summaries = pipeline.stages.map { StageSummary(stageID: $0.id) }
        try add(try session.namedRows(statement.query), to: &summaries)
        return summaries
    }

    /// Adds rows of (stage_id, currency, deals, total, stage_weighted, weighted_hundredths as text) to summaries.
    ///
    /// Sums arrive as text (PostgreSQL's exact numeric), so a sum past 64 bits is refused as too large rather
    /// than cut.
    static func add(_ rows: [ServerRow], to summaries: inout [StageSummary]) throws {
        for row in rows {
            let stageID: Int64 = try row["stage_id"]
            guard let index = summaries.firstIndex(where: { $0.stageID == stageID }),
                  let currency = Currency(code: try row["currency"]) else { continue }
            func minorUnits(_ column: String) throws -> Int64 {
                guard let text: String = try row[column] else { return 0 }
                guard let value = Int64(text) else { throw MoneyTotals.tooLarge(currency) }
                return value
            }
            try summaries[index].add(
                deals: try row["deals"], value: Money(minorUnits: try minorUnits("total"), currency: currency),
                weighted: Money.weightedTotal(stageWeighted: 0, stageProbability: 0, ownHundredths: try minorUnits("weighted_hundredths"), currency: currency),
                stageWeighted: try minorUnits("stage_weighted"))
        }
    }

    /// One page of a lane's open deals that match `text` (and the stall check), and the index of its first card
    /// among the lane's matches.
    static func matchedPage(_ session: ServerSession, request: LanePageRequest, text: String, mine: MineScope? = nil) throws -> LaneCards {
        func page(pivot: LaneKey?, skip: Int, last: Bool) throws -> (deals: [Deal], firstIndex: Int) {
            func conditions(_ statement: inout ServerSQL) -> String {
                var parts = ["deal.stage_id = \(statement.bind(request.stageID))", "deal.status = 'open'",
                             DealQuery(statuses: [.open], text: text).condition(binding: &statement)]
                if let stalledAt = request.stalledAt { parts.append(stalledAt.condition(binding: &statement)) }
                if let mine { parts.append(mine.condition(binding: &statement)) }
                return parts.joined(separator: " AND ")
            }
            var deals: [Deal] = []
            if last {
                var statement = ServerSQL()
                statement.append("SELECT * FROM deal WHERE \(conditions(&statement)) ORDER BY lane_position DESC, id DESC LIMIT \(request.limit)")
                deals = try session.namedRows(statement.query).map(Deal.init(serverRow:)).reversed()
            } else {
                let key = pivot ?? LaneKey(lanePosition: -Double.greatestFiniteMagnitude, id: Int64.min)
                if skip < 0 {
                    var statement = ServerSQL()
                    let where_ = conditions(&statement)
                    statement.append("""
                        SELECT * FROM deal WHERE \(where_) AND (lane_position, id) < (\(statement.bind(key.lanePosition)), \(statement.bind(key.id)))
                        ORDER BY lane_position DESC, id DESC LIMIT \(-skip)
                        """)
                    deals = try session.namedRows(statement.query).map(Deal.init(serverRow:)).reversed()
                }
                let rest = max(0, request.limit - deals.count)
                if rest > 0 {
                    var statement = ServerSQL()
                    let where_ = conditions(&statement)
                    statement.append("""
                        SELECT * FROM deal WHERE \(where_) AND (lane_position, id) >= (\(statement.bind(key.lanePosition)), \(statement.bind(key.id)))
                        ORDER BY lane_position, id LIMIT \(rest) OFFSET \(max(0, skip))
                        """)
                    deals += try session.namedRows(statement.query).map(Deal.init(serverRow:))
                }
            }
            guard let first = deals.first else { return ([], 0) }
            var statement = ServerSQL()
            let where_ = conditions(&statement)
            statement.append("""
                SELECT count(*) FROM deal WHERE \(where_) AND (lane_position, id) < (\(statement.bind(first.lanePosition)), \(statement.bind(first.id)))
                """)
            return (deals, try session.value(statement.query, as: Int.self) ?? 0)
        }
        let result: (deals: [Deal], firstIndex: Int)
        switch request.start {
        case .first: result = try page(pivot: nil, skip: 0, last: false)
        case .last: result = try page(pivot: nil, skip: 0, last: true)
        case .key(let key, let skip): result = try page(pivot: key, skip: skip, last: false)
        case .deal(let id, let fallback, let skip):
            let pivot = try fetchLaneKey(session, dealID: id, stageID: request.stageID) ?? fallback
            result = try page(pivot: pivot, skip: skip, last: false)
        }
        return LaneCards(stageID: request.stageID, deals: result.deals, firstIndex: result.firstIndex)
    }
}
