import Foundation
import Wording
import FunnelStore
import Pipeline
import PostgresNIO

// MARK: - Reports and the revenue planner

extension PostgresPipelineStore {
    /// Deals listed in a report's Pareto top list, per currency; the counts and shares cover them all.
    public static let paretoListLimit = 20

    /// Every insight into the deals matching `filter`, in one snapshot.
    ///
    /// A report of a whole pipeline reads the stage stays the engine keeps (`stage_stay`, by `StageStayUpkeep`),
    /// groups the outcomes in one aggregate, and reads the medians at their rank in ordered indexes; one filtered
    /// by owner or creation day reads every matching deal and history entry. `today` picks the forecast's first month.
    public func report(_ filter: ReportFilter, today: CalendarDay) throws -> PipelineReport {
        try read { session in try Self.buildReport(session, filter: filter, today: today, kept: filter.isWholePipeline) }
    }

    /// The same report computed from every deal and history entry, never from the kept figures: what the kept
    /// figures must always equal (the tests' oracle).
    func scannedReport(_ filter: ReportFilter, today: CalendarDay) throws -> PipelineReport {
        try read { session in try Self.buildReport(session, filter: filter, today: today, kept: false) }
    }

    static func buildReport(_ session: ServerSession, filter: ReportFilter, today: CalendarDay, kept: Bool) throws -> PipelineReport {
        let pipeline = try fetchPipeline(session, id: filter.pipelineID)
        let scope = try ReportScope(session, filter: filter)
        var stages = try kept
            ? keptStageConversions(session, pipeline: pipeline)
            : scannedStageConversions(session, pipeline: pipeline, scope: scope)
        let open = try fetchOpenDeals(session, scope: scope, today: today)
        for index in stages.indices {
            stages[index].now = open.summaries[stages[index].stage.id] ?? StageSummary(stageID: stages[index].stage.id)
        }
        let outcomes = try fetchOutcomes(session, scope: scope, kept: kept)
        let pareto = try outcomes.currencies.map { performance in
            try fetchPareto(session, pipeline: pipeline, scope: scope, currency: performance.currency,
                            openDeals: performance.openDeals, openValue: performance.openValue)
        }.filter { $0.openDeals > 0 }
        return PipelineReport(
            pipeline: pipeline, deals: outcomes.deals, stages: stages, winRate: outcomes.winRate,
            currencies: outcomes.currencies, forecast: open.forecast, pareto: pareto,
            owners: outcomes.owners, sources: outcomes.sources, lostReasons: outcomes.lostReasons)
    }

    /// What a revenue plan needs: the stage conversions, open deals of one currency per stage, and that
    /// currency's average won value.
    public func planInputs(_ filter: ReportFilter, currency: Currency) throws
        -> (pipeline: Pipeline, stages: [StageConversion], dealsNow: [Int64: Int], averageWonValue: Money?)
    {
        try read { session in
            let pipeline = try Self.fetchPipeline(session, id: filter.pipelineID)
            let scope = try ReportScope(session, filter: filter)
            let stages = try filter.isWholePipeline
                ? Self.keptStageConversions(session, pipeline: pipeline)
                : Self.scannedStageConversions(session, pipeline: pipeline, scope: scope)
            var dealsNow: [Int64: Int] = [:]
            var open = ServerSQL()
            let openCondition = scope.condition(&open)
            open.append("""
                SELECT d.stage_id, count(*) AS deals FROM deal d
                WHERE \(openCondition) AND d.status = 'open' AND d.currency = \(open.bind(currency.code))
                GROUP BY d.stage_id
                """)
            for row in try session.namedRows(open.query) {
                dealsNow[try row["stage_id"]] = try row["deals"]
            }
            var won = ServerSQL()
            let wonCondition = scope.condition(&won)
            won.append("""
                SELECT count(*) AS deals, coalesce(sum(d.value), 0)::text AS total FROM deal d
                WHERE \(wonCondition) AND d.status = 'won' AND d.currency = \(won.bind(currency.code))
                """)
            guard let row = try session.namedRows(won.query).first else { throw StoreError.failed(ErrorText.unreadableStoredValue(column: "deal.value").string) }
            let performance = CurrencyPerformance(
                currency: currency, wonDeals: try row["deals"],
                wonValue: Money(minorUnits: try Self.minorUnits(row, "total", currency: currency), currency: currency))
            return (pipeline, stages, dealsNow, performance.averageWonValue)
        }
    }

    // MARK: - Stage history

    /// Entries into each stage of the pipeline and how they ended, from the kept stage stays (`stage_stay`) and,
    /// for the medians, the kept stay lengths: the same figures as `scannedStageConversions` over every deal.
    static func keptStageConversions(_ session: ServerSession, pipeline: Pipeline) throws -> [StageConversion] {
        guard !pipeline.stages.isEmpty else { return [] }
        let stageIDs = pipeline.stages.map(\.id)
        let groups = try session.namedRows("""
            SELECT stage_id, end_kind, end_stage_id, stays, won_stays, seconds FROM stage_stay WHERE stage_id = ANY(\(stageIDs))
            """).map { row in
            let endStageID: Int64 = try row["end_stage_id"]
            return StageStayGroup(
                stageID: try row["stage_id"], endKind: StageChange.Kind(rawValue: try row["end_kind"]),
                endStageID: endStageID == 0 ? nil : endStageID, stays: try row["stays"], wonStays: try row["won_stays"],
                seconds: try row["seconds"])
        }
        var days: [Int64: [(day: Int64, stays: Int64)]] = [:]
        for row in try session.namedRows(
            "SELECT stage_id, day, stays FROM stage_stay_days WHERE stage_id = ANY(\(stageIDs)) ORDER BY stage_id, day")
        {
            days[try row["stage_id"], default: []].append((try row["day"], try row["stays"]))
        }
        var medians: [Int64: Double] = [:]
        for stage in pipeline.stages {
            medians[stage.id] = try medianStaySeconds(session, stageID: stage.id, days: days[stage.id] ?? [])
        }
        return StageStayGroup.conversions(groups, pipeline: pipeline, medianSeconds: medians)
    }

    /// The median length of a stage's ended stays, in seconds (the mean of the middle two for an even count); nil
    /// when none ended.
    ///
    /// `days` (the stage's rows of `stage_stay_days`, in day order) finds the day that holds the middle stays,
    /// and `stage_stay_seconds` the exact seconds within that day.
    static func medianStaySeconds(_ session: ServerSession, stageID: Int64, days: [(day: Int64, stays: Int64)]) throws -> Double? {
        let count = days.reduce(0) { $0 + $1.stays }
        guard count > 0 else { return nil }
        func seconds(rank: Int64) throws -> Int64 {
            var before: Int64 = 0
            for (day, stays) in days {
                guard before + stays <= rank else {
                    let rows = try session.rows("""
                        SELECT seconds, stays FROM stage_stay_seconds
                        WHERE stage_id = \(stageID) AND seconds >= \(day * 86_400) AND seconds < \((day + 1) * 86_400)
                        ORDER BY seconds
                        """)
                    for row in rows {
                        let (length, stays) = try row.decode((Int64, Int64).self)
                        before += stays
                        if before > rank { return length }
                    }
                    throw StoreError.failed(ErrorText.keptStaysDisagree(stage: stageID).string)
                }
                before += stays
            }
            throw StoreError.failed(ErrorText.keptStaysDisagree(stage: stageID).string)
        }
        let upper = try seconds(rank: count / 2)
        guard count % 2 == 0 else { return Double(upper) }
        return (Double(try seconds(rank: count / 2 - 1)) + Double(upper)) / 2
    }

    /// Entries into each stage of the pipeline and how they ended, from every history entry of the deals in
    /// `scope` (rules in `StageFlowTally`): filtered reports, and the oracle the kept stage stays are tested against.
    static func scannedStageConversions(_ session: ServerSession, pipeline: Pipeline, scope: ReportScope) throws -> [StageConversion] {
        var tally = StageFlowTally(pipeline: pipeline)
        try StageHistoryWalk.forEachDeal(session, condition: { scope.condition(&$0, pipeline: false) }) { _, events, won in
            tally.add(events, dealWon: won)
        }
        return tally.conversions()
    }

    // MARK: - Open deals

    /// Open deals per stage (count, value, weighted value) and the forecast by expected close month, from one
    /// grouped aggregate (grouped by close day; days are gathered into months here). Weighted sums are rounded
    /// half up once per stage or month and currency; sums arrive as exact text, so one past 64 bits is refused.
    static func fetchOpenDeals(_ session: ServerSession, scope: ReportScope, today: CalendarDay) throws
        -> (summaries: [Int64: StageSummary], forecast: Forecast)
    {
        var statement = ServerSQL()
        let condition = scope.condition(&statement)
        statement.append("""
            SELECT d.stage_id, d.expected_close AS day, d.currency, count(*) AS deals,
                sum(d.value)::text AS total,
                sum(d.value::numeric * coalesce(d.probability_override, s.probability))::text AS weighted_hundredths,
                sum(CASE WHEN d.probability_override IS NULL THEN d.value ELSE 0 END)::text AS stage_weighted_value
            FROM deal d JOIN stage s ON s.id = d.stage_id
            WHERE \(condition) AND d.status = 'open'
            GROUP BY d.stage_id, d.expected_close, d.currency
            """)
        var tally = OpenDealTally()
        for row in try session.namedRows(statement.query) {
            guard let currency = Currency(code: try row["currency"]) else { continue }
            let total = try minorUnits(row, "total", currency: currency)
            try tally.add(
                stageID: try row["stage_id"], day: try row["day"], currency: currency, deals: try row["deals"], total: total,
                weightedHundredths: try minorUnits(row, "weighted_hundredths", currency: currency),
                stageWeighted: try minorUnits(row, "stage_weighted_value", currency: currency))
        }
        return try tally.figures(today: today)
    }

    // MARK: - Outcomes

    /// Win rate, per-currency won and open figures, owners, sources and lost reasons, grouped from the deals in
    /// `scope` in one aggregate; the medians at their rank in ordered indexes when `kept`.
    static func fetchOutcomes(_ session: ServerSession, scope: ReportScope, kept: Bool) throws -> (
        deals: Int, winRate: WinRate, currencies: [CurrencyPerformance],
        owners: [SegmentPerformance], sources: [SegmentPerformance], lostReasons: [LostReasonTally]
    ) {
        var statement = ServerSQL()
        let condition = scope.condition(&statement)
        statement.append("""
            SELECT d.status, d.currency, d.owner, d.source, d.lost_reason, count(*) AS deals, sum(d.value)::text AS total
            FROM deal d WHERE \(condition)
            GROUP BY d.status, d.currency, d.owner, d.source, d.lost_reason
            """)
        var tally = OutcomeTally()
        for row in try session.namedRows(statement.query) {
            guard let currency = Currency(code: try row["currency"]), let status = DealStatus(rawValue: try row["status"]) else { continue }
            try tally.add(
                status: status, currency: currency, owner: try row["owner"], source: try row["source"],
                lostReason: try row["lost_reason"], count: try row["deals"],
                total: Money(minorUnits: try minorUnits(row, "total", currency: currency), currency: currency))
        }
        if kept {
            try rankedWonMedians(session, pipelineID: scope.filter.pipelineID, into: &tally.currencies)
        } else {
            try fetchWonMedians(session, scope: scope, into: &tally.currencies)
        }
        return (
            tally.deals, tally.winRate, tally.currencyPerformances, tally.ownerPerformances, tally.sourcePerformances,
            tally.lostReasons
        )
    }

    /// Median won value and median days from creation to won, per currency, from every won deal in `scope`
    /// (read in value order), the medians taken in Swift.
    static func fetchWonMedians(_ session: ServerSession, scope: ReportScope, into currencies: inout [Currency: CurrencyPerformance]) throws {
        for (currency, performance) in currencies where performance.wonDeals > 0 {
            var statement = ServerSQL()
            let condition = scope.condition(&statement)
            statement.append("""
                SELECT d.value, d.closed_at - d.created_at FROM deal d
                WHERE \(condition) AND d.status = 'won' AND d.currency = \(statement.bind(currency.code)) ORDER BY d.value
                """)
            var values: [Int64] = []
            var cycles: [Int64] = []
            values.reserveCapacity(performance.wonDeals)
            cycles.reserveCapacity(performance.wonDeals)
            for row in try session.rows(statement.query) {
                let (value, cycle) = try row.decode((Int64, Int64).self)
                values.append(value)
                cycles.append(cycle)
            }
            currencies[currency]!.medianWonValue = Median.ofSortedMinorUnits(values).map { Money(minorUnits: $0, currency: currency) }
            currencies[currency]!.medianCycleDays = Median.of(cycles).map { $0 / 86_400 }
        }
    }

    /// Median won value and median days from creation to won, per currency, over a whole pipeline: only the
    /// middle one or two won deals are read, at their rank in `deal_for_values` (value order) and
    /// `deal_won_cycle` (cycle order), instead of every won deal.
    static func rankedWonMedians(_ session: ServerSession, pipelineID: Int64, into currencies: inout [Currency: CurrencyPerformance]) throws {
        for (currency, performance) in currencies where performance.wonDeals > 0 {
            let count = performance.wonDeals
            let limit = count % 2 == 0 ? 2 : 1
            let offset = (count - 1) / 2
            let values = try session.rows("""
                SELECT value FROM deal WHERE pipeline_id = \(pipelineID) AND status = 'won' AND currency = \(currency.code)
                ORDER BY value LIMIT \(limit) OFFSET \(offset)
                """).map { try $0.decode(Int64.self) }
            let cycles = try session.rows("""
                SELECT closed_at - created_at FROM deal WHERE pipeline_id = \(pipelineID) AND status = 'won' AND currency = \(currency.code)
                ORDER BY closed_at - created_at LIMIT \(limit) OFFSET \(offset)
                """).map { try $0.decode(Int64.self) }
            currencies[currency]!.medianWonValue = Median.ofSortedMinorUnits(values).map { Money(minorUnits: $0, currency: currency) }
            currencies[currency]!.medianCycleDays = Median.ofSorted(cycles).map { $0 / 86_400 }
        }
    }

    // MARK: - Pareto

    /// The top 20% of one currency's open deals by value: their total and the first few of them.
    static func fetchPareto(
        _ session: ServerSession, pipeline: Pipeline, scope: ReportScope, currency: Currency, openDeals: Int, openValue: Money
    ) throws -> Pareto {
        let topCount = Pareto.topCount(openDeals: openDeals)
        var top = ServerSQL()
        let topCondition = scope.condition(&top)
        top.append("""
            SELECT coalesce(sum(value), 0)::text FROM (
                SELECT d.value FROM deal d WHERE \(topCondition) AND d.status = 'open' AND d.currency = \(top.bind(currency.code))
                ORDER BY d.value DESC LIMIT \(top.bind(Int64(topCount)))) AS top
            """)
        let topText = try session.value(top.query, as: String.self) ?? "0"
        guard let topValue = Int64(topText) else { throw MoneyTotals.tooLarge(currency) }
        var listed = ServerSQL()
        let listedCondition = scope.condition(&listed)
        listed.append("""
            SELECT d.id, d.title, d.value, d.stage_id FROM deal d
            WHERE \(listedCondition) AND d.status = 'open' AND d.currency = \(listed.bind(currency.code))
            ORDER BY d.value DESC, d.id LIMIT \(listed.bind(Int64(min(topCount, paretoListLimit))))
            """)
        let deals = try session.namedRows(listed.query).map { row in
            ParetoDeal(
                id: try row["id"], title: try row["title"], value: Money(minorUnits: try row["value"], currency: currency),
                stageName: pipeline.stage(id: try row["stage_id"])?.name ?? "?")
        }
        return Pareto(
            currency: currency, openDeals: openDeals, totalValue: openValue,
            topValue: Money(minorUnits: topValue, currency: currency), topDeals: deals)
    }

    // MARK: - Sums

    /// A sum of one currency's minor units read as exact text (0 for NULL, an empty sum), or the refusal of a
    /// sum past 64 bits.
    static func minorUnits(_ row: ServerRow, _ column: String, currency: Currency) throws -> Int64 {
        guard let text = try row[column, as: String?.self] else { return 0 }
        guard let value = Int64(text) else { throw MoneyTotals.tooLarge(currency) }
        return value
    }
}
