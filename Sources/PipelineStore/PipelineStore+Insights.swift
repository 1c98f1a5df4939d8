import Foundation
import GRDB
import Pipeline

// MARK: - Insights

extension PipelineStore {
    /// Deals listed in a report's Pareto top list, per currency; the counts and shares cover them all.
    public static let paretoListLimit = 20

    /// Every insight into the deals matching `filter`, by SQL aggregates over all of them in one snapshot.
    ///
    /// `today` picks the forecast's first month.
    public func report(_ filter: ReportFilter, today: CalendarDay) throws -> PipelineReport {
        try read { db in
            let pipeline = try Self.fetchPipeline(db, id: filter.pipelineID)
            var stages = try Self.fetchStageConversions(db, pipeline: pipeline, filter: filter)
            let open = try Self.fetchOpenDeals(db, pipeline: pipeline, filter: filter, today: today)
            for index in stages.indices {
                stages[index].now = open.summaries[stages[index].stage.id] ?? StageSummary(stageID: stages[index].stage.id)
            }
            let outcomes = try Self.fetchOutcomes(db, filter: filter)
            let pareto = try outcomes.currencies.map { performance in
                try Self.fetchPareto(db, pipeline: pipeline, filter: filter, currency: performance.currency,
                                     openDeals: performance.openDeals, openValue: performance.openValue)
            }.filter { $0.openDeals > 0 }
            return PipelineReport(
                pipeline: pipeline, deals: outcomes.deals, stages: stages, winRate: outcomes.winRate,
                currencies: outcomes.currencies, forecast: open.forecast, pareto: pareto,
                owners: outcomes.owners, sources: outcomes.sources, lostReasons: outcomes.lostReasons)
        }
    }

    /// What a revenue plan needs: the stage conversions, open deals of one currency per stage,
    /// and that currency's average won value.
    public func planInputs(_ filter: ReportFilter, currency: Currency) throws
        -> (pipeline: Pipeline, stages: [StageConversion], dealsNow: [Int64: Int], averageWonValue: Money?)
    {
        try read { db in
            let pipeline = try Self.fetchPipeline(db, id: filter.pipelineID)
            let stages = try Self.fetchStageConversions(db, pipeline: pipeline, filter: filter)
            let clause = filter.conditions(alias: "deal")
            var dealsNow: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT stage_id, count(*) AS deals FROM deal
                WHERE \(clause.sql) AND status = 'open' AND currency = ?
                GROUP BY stage_id
                """, arguments: StatementArguments(clause.arguments + [currency.code])) {
                dealsNow[row["stage_id"]] = row["deals"]
            }
            let won = try Row.fetchOne(db, sql: """
                SELECT count(*) AS deals, coalesce(sum(value), 0) AS total FROM deal
                WHERE \(clause.sql) AND status = 'won' AND currency = ?
                """, arguments: StatementArguments(clause.arguments + [currency.code]))!
            let performance = CurrencyPerformance(
                currency: currency, wonDeals: won["deals"], wonValue: Money(minorUnits: won["total"], currency: currency))
            return (pipeline, stages, dealsNow, performance.averageWonValue)
        }
    }

    // MARK: - Stage history

    /// Entries into each stage of the pipeline and how they ended, from the stage history.
    ///
    /// An entry is a history entry that puts a deal into a stage (created, moved, reopened,
    /// parked, unparked); it ends at the deal's next entry of any kind. Undone entries are
    /// skipped before pairing, so an undone move neither ends nor starts a stay. An import's
    /// "entered its stage later" entry (moved, from no stage, into the same stage) replaces
    /// the creation as the start of that stay instead of counting as a second entry.
    static func fetchStageConversions(_ db: Database, pipeline: Pipeline, filter: ReportFilter) throws -> [StageConversion] {
        let clause = filter.conditions(alias: "d", pipeline: false)
        let sql = """
            WITH event AS (
                SELECT sc.kind, sc.to_stage_id, sc.at, d.status,
                    lead(sc.kind) OVER w AS next_kind,
                    lead(sc.to_stage_id) OVER w AS next_stage_id,
                    lead(sc.from_stage_id IS NULL) OVER w AS next_from_nowhere,
                    lead(sc.at) OVER w AS next_at
                FROM stage_change sc INDEXED BY stage_change_for_reports
                JOIN deal d ON d.id = sc.deal_id
                WHERE sc.undone = 0 AND \(clause.sql)
                WINDOW w AS (PARTITION BY sc.deal_id ORDER BY sc.at, sc.id)
            ),
            visit AS MATERIALIZED (
                SELECT e.to_stage_id AS stage_id,
                    CASE WHEN e.next_kind = 'won' THEN 1
                         WHEN e.next_kind = 'moved' AND ns.pipeline_id = s.pipeline_id AND ns.position > s.position THEN 1
                         ELSE 0 END AS advanced,
                    e.status = 'won' AS won,
                    e.next_at - e.at AS seconds
                FROM event e
                JOIN stage s ON s.id = e.to_stage_id
                LEFT JOIN stage ns ON ns.id = e.next_stage_id
                WHERE s.pipeline_id = ?
                    AND e.kind IN ('created', 'moved', 'reopened', 'parked', 'unparked')
                    AND NOT (e.next_kind IS 'moved' AND e.next_from_nowhere AND e.next_stage_id IS e.to_stage_id)
            ),
            ranked AS (
                SELECT stage_id, seconds,
                    row_number() OVER (PARTITION BY stage_id ORDER BY seconds) AS rank,
                    count(*) OVER (PARTITION BY stage_id) AS n
                FROM visit WHERE seconds IS NOT NULL
            ),
            median AS (
                SELECT stage_id, avg(seconds) AS median_seconds FROM ranked
                WHERE rank IN ((n + 1) / 2, (n + 2) / 2) GROUP BY stage_id
            )
            SELECT flow.*, median.median_seconds FROM (
                SELECT stage_id, count(*) AS entered, sum(advanced) AS advanced, sum(won) AS won,
                    count(seconds) AS completed, avg(seconds) AS mean_seconds
                FROM visit GROUP BY stage_id
            ) AS flow LEFT JOIN median USING (stage_id)
            """
        var conversions = pipeline.stages.map { StageConversion(stage: $0) }
        let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(clause.arguments + [pipeline.id]))
        for row in rows {
            let stageID: Int64 = row["stage_id"]
            guard let index = conversions.firstIndex(where: { $0.stage.id == stageID }) else { continue }
            conversions[index].entered = row["entered"]
            conversions[index].advanced = row["advanced"]
            conversions[index].won = row["won"]
            conversions[index].completed = row["completed"]
            conversions[index].meanDays = (row["mean_seconds"] as Double?).map { $0 / 86_400 }
            conversions[index].medianDays = (row["median_seconds"] as Double?).map { $0 / 86_400 }
        }
        return conversions
    }

    // MARK: - Open deals

    /// Open deals per stage (count, value, weighted value) and the forecast by expected close month,
    /// from one grouped scan. Weighted sums are rounded half up once per stage or month and currency.
    static func fetchOpenDeals(_ db: Database, pipeline: Pipeline, filter: ReportFilter, today: CalendarDay) throws
        -> (summaries: [Int64: StageSummary], forecast: Forecast)
    {
        let clause = filter.conditions(alias: "d")
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.stage_id, substr(d.expected_close, 1, 7) AS month, d.currency, count(*) AS deals,
                sum(d.value) AS total, sum(d.value * coalesce(d.probability_override, s.probability)) AS weighted_hundredths
            FROM deal d JOIN stage s ON s.id = d.stage_id
            WHERE \(clause.sql) AND d.status = 'open'
            GROUP BY d.stage_id, month, d.currency
            """, arguments: StatementArguments(clause.arguments))
        var summaries: [Int64: StageSummary] = [:]
        var stageHundredths: [Int64: [Currency: Int64]] = [:]
        var monthly: [String: [Currency: (deals: Int, total: Int64, hundredths: Int64)]] = [:]
        for row in rows {
            guard let currency = Currency(code: row["currency"]) else { continue }
            let stageID: Int64 = row["stage_id"]
            let deals: Int = row["deals"]
            let total: Int64 = row["total"]
            let hundredths: Int64 = row["weighted_hundredths"]
            summaries[stageID, default: StageSummary(stageID: stageID)].dealCount += deals
            summaries[stageID]!.total.add(Money(minorUnits: total, currency: currency))
            stageHundredths[stageID, default: [:]][currency, default: 0] += hundredths
            let month = (row["month"] as String?) ?? ""
            var bucket = monthly[month, default: [:]][currency] ?? (0, 0, 0)
            bucket.deals += deals
            bucket.total += total
            bucket.hundredths += hundredths
            monthly[month, default: [:]][currency] = bucket
        }
        for (stageID, byCurrency) in stageHundredths {
            for (currency, hundredths) in byCurrency {
                summaries[stageID]!.weighted.add(Money(minorUnits: (hundredths + 50) / 100, currency: currency))
            }
        }
        var forecast = Forecast(startingAt: CalendarMonth(today))
        for (monthText, byCurrency) in monthly {
            let month = monthText.isEmpty ? nil : (try? CalendarDay.parse(monthText + "-01")).map(CalendarMonth.init)
            for (currency, bucket) in byCurrency {
                forecast.add(
                    month: month, deals: bucket.deals, total: Money(minorUnits: bucket.total, currency: currency),
                    weightedHundredths: bucket.hundredths)
            }
        }
        return (summaries, forecast)
    }

    // MARK: - Outcomes

    /// Win rate, per-currency won and open figures, owners, sources and lost reasons.
    static func fetchOutcomes(_ db: Database, filter: ReportFilter) throws -> (
        deals: Int, winRate: WinRate, currencies: [CurrencyPerformance],
        owners: [SegmentPerformance], sources: [SegmentPerformance], lostReasons: [LostReasonTally]
    ) {
        let clause = filter.conditions(alias: "d")
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.status, d.currency, d.owner, d.source, d.lost_reason, count(*) AS deals, sum(d.value) AS total
            FROM deal d WHERE \(clause.sql)
            GROUP BY d.status, d.currency, d.owner, d.source, d.lost_reason
            """, arguments: StatementArguments(clause.arguments))
        var deals = 0
        var winRate = WinRate()
        var currencies: [Currency: CurrencyPerformance] = [:]
        var owners: [String?: SegmentPerformance] = [:]
        var sources: [String?: SegmentPerformance] = [:]
        var reasons: [String: LostReasonTally] = [:]
        for row in rows {
            guard let currency = Currency(code: row["currency"]), let status = DealStatus(rawValue: row["status"]) else { continue }
            let count: Int = row["deals"]
            let value = Money(minorUnits: row["total"], currency: currency)
            deals += count
            var performance = currencies[currency] ?? CurrencyPerformance(currency: currency)
            let owner: String? = row["owner"]
            let source: String? = row["source"]
            var ownerSegment = owners[owner] ?? SegmentPerformance(name: owner)
            var sourceSegment = sources[source] ?? SegmentPerformance(name: source)
            ownerSegment.deals += count
            sourceSegment.deals += count
            switch status {
            case .won:
                winRate.won += count
                performance.wonDeals += count
                performance.wonValue.minorUnits += value.minorUnits
                ownerSegment.winRate.won += count
                sourceSegment.winRate.won += count
                ownerSegment.wonValue.add(value)
                sourceSegment.wonValue.add(value)
            case .lost:
                winRate.lost += count
                performance.lostDeals += count
                ownerSegment.winRate.lost += count
                sourceSegment.winRate.lost += count
                let reason: String = row["lost_reason"] ?? "(no reason)"
                var tally = reasons[reason] ?? LostReasonTally(reason: reason)
                tally.deals += count
                tally.value.add(value)
                reasons[reason] = tally
            case .open:
                performance.openDeals += count
                performance.openValue.minorUnits += value.minorUnits
            }
            currencies[currency] = performance
            owners[owner] = ownerSegment
            sources[source] = sourceSegment
        }
        try fetchWonMedians(db, filter: filter, into: &currencies)
        return (
            deals, winRate,
            currencies.values.sorted { $0.currency < $1.currency },
            owners.values.sorted(by: SegmentPerformance.byRevenue),
            sources.values.sorted(by: SegmentPerformance.byRevenue),
            reasons.values.sorted { ($0.deals, $1.reason) > ($1.deals, $0.reason) }
        )
    }

    /// Median won value and median days from creation to won, per currency.
    static func fetchWonMedians(_ db: Database, filter: ReportFilter, into currencies: inout [Currency: CurrencyPerformance]) throws {
        let clause = filter.conditions(alias: "d")
        let rows = try Row.fetchAll(db, sql: """
            WITH won AS MATERIALIZED (
                SELECT d.currency, d.value, d.closed_at - d.created_at AS cycle FROM deal d
                WHERE \(clause.sql) AND d.status = 'won'
            ),
            by_value AS (
                SELECT currency, value AS x, row_number() OVER (PARTITION BY currency ORDER BY value) AS rank,
                    count(*) OVER (PARTITION BY currency) AS n FROM won
            ),
            by_cycle AS (
                SELECT currency, cycle AS x, row_number() OVER (PARTITION BY currency ORDER BY cycle) AS rank,
                    count(*) OVER (PARTITION BY currency) AS n FROM won
            )
            SELECT 'value' AS measure, currency, min(x) AS low, max(x) AS high FROM by_value
                WHERE rank IN ((n + 1) / 2, (n + 2) / 2) GROUP BY currency
            UNION ALL
            SELECT 'cycle' AS measure, currency, min(x) AS low, max(x) AS high FROM by_cycle
                WHERE rank IN ((n + 1) / 2, (n + 2) / 2) GROUP BY currency
            """, arguments: StatementArguments(clause.arguments))
        for row in rows {
            guard let currency = Currency(code: row["currency"]), currencies[currency] != nil else { continue }
            let low: Int64 = row["low"]
            let high: Int64 = row["high"]
            if row["measure"] as String == "value" {
                // The mean of the two middle values, rounded half up; the middle value itself when odd.
                currencies[currency]!.medianWonValue = Money(minorUnits: (low + high + 1) / 2, currency: currency)
            } else {
                currencies[currency]!.medianCycleDays = Double(low + high) / 2 / 86_400
            }
        }
    }

    // MARK: - Pareto

    /// The top 20% of one currency's open deals by value: their total and the first few of them.
    static func fetchPareto(
        _ db: Database, pipeline: Pipeline, filter: ReportFilter, currency: Currency, openDeals: Int, openValue: Money
    ) throws -> Pareto {
        let clause = filter.conditions(alias: "d")
        let topCount = Pareto.topCount(openDeals: openDeals)
        let arguments: [any DatabaseValueConvertibleSendable] = clause.arguments + [currency.code]
        let condition = "\(clause.sql) AND d.status = 'open' AND d.currency = ?"
        let topValue = try Int64.fetchOne(db, sql: """
            SELECT coalesce(sum(value), 0) FROM (
                SELECT d.value FROM deal d WHERE \(condition) ORDER BY d.value DESC LIMIT ?)
            """, arguments: StatementArguments(arguments + [topCount])) ?? 0
        let listed = try Row.fetchAll(db, sql: """
            SELECT d.id, d.title, d.value, d.stage_id FROM deal d WHERE \(condition)
            ORDER BY d.value DESC, d.id LIMIT ?
            """, arguments: StatementArguments(arguments + [min(topCount, paretoListLimit)])).map { row in
            ParetoDeal(
                id: row["id"], title: row["title"], value: Money(minorUnits: row["value"], currency: currency),
                stageName: pipeline.stage(id: row["stage_id"])?.name ?? "?")
        }
        return Pareto(
            currency: currency, openDeals: openDeals, totalValue: openValue,
            topValue: Money(minorUnits: topValue, currency: currency), topDeals: listed)
    }
}
