import Wording
import Foundation
import GRDB
import GRDBSQLite
import FunnelStore
import Pipeline

// MARK: - Insights

extension SQLitePipelineStore {
    /// Deals listed in a report's Pareto top list, per currency; the counts and shares cover them all.
    public static let paretoListLimit = 20

    /// Every insight into the deals matching `filter`, in one snapshot.
    ///
    /// A report of a whole pipeline reads the stage stays the store keeps (`stage_stay`, `StageStayUpkeep`), groups the
    /// outcomes over the covering index `deal_for_outcomes`, and reads the medians at their rank in
    /// ordered indexes; one filtered by owner or creation day
    /// reads every matching deal and history entry. `today` picks the forecast's first month.
    public func report(_ filter: ReportFilter, today: CalendarDay) throws -> PipelineReport {
        try read { db in try Self.buildReport(db, filter: filter, today: today, kept: filter.isWholePipeline) }
    }

    /// The same report computed from every deal and history entry, never from the kept figures:
    /// what the kept figures must always equal (the tests' oracle).
    func scannedReport(_ filter: ReportFilter, today: CalendarDay) throws -> PipelineReport {
        try read { db in try Self.buildReport(db, filter: filter, today: today, kept: false) }
    }

    static func buildReport(_ db: Database, filter: ReportFilter, today: CalendarDay, kept: Bool) throws -> PipelineReport {
        let pipeline = try Self.fetchPipeline(db, id: filter.pipelineID)
        var stages = try kept
            ? Self.keptStageConversions(db, pipeline: pipeline)
            : Self.scannedStageConversions(db, pipeline: pipeline, filter: filter)
        let open = try Self.fetchOpenDeals(db, pipeline: pipeline, filter: filter, today: today)
        for index in stages.indices {
            stages[index].now = open.summaries[stages[index].stage.id] ?? StageSummary(stageID: stages[index].stage.id)
        }
        let outcomes = try Self.fetchOutcomes(db, filter: filter, kept: kept)
        let pareto = try outcomes.currencies.map { performance in
            try Self.fetchPareto(db, pipeline: pipeline, filter: filter, currency: performance.currency,
                                 openDeals: performance.openDeals, openValue: performance.openValue)
        }.filter { $0.openDeals > 0 }
        return PipelineReport(
            pipeline: pipeline, deals: outcomes.deals, stages: stages, winRate: outcomes.winRate,
            currencies: outcomes.currencies, forecast: open.forecast, pareto: pareto,
            owners: outcomes.owners, sources: outcomes.sources, lostReasons: outcomes.lostReasons)
    }

    /// What a revenue plan needs: the stage conversions, open deals of one currency per stage,
    /// and that currency's average won value.
    public func planInputs(_ filter: ReportFilter, currency: Currency) throws
        -> (pipeline: Pipeline, stages: [StageConversion], dealsNow: [Int64: Int], averageWonValue: Money?)
    {
        try read { db in
            let pipeline = try Self.fetchPipeline(db, id: filter.pipelineID)
            let stages = try filter.isWholePipeline
                ? Self.keptStageConversions(db, pipeline: pipeline)
                : Self.scannedStageConversions(db, pipeline: pipeline, filter: filter)
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

    /// Entries into each stage of the pipeline and how they ended, from the kept stage stays
    /// (`stage_stay`) and, for the medians, the kept stay lengths: the same figures as
    /// `scannedStageConversions` over every deal.
    static func keptStageConversions(_ db: Database, pipeline: Pipeline) throws -> [StageConversion] {
        guard !pipeline.stages.isEmpty else { return [] }
        let stageList = pipeline.stages.map { String($0.id) }.joined(separator: ", ")
        let groups = try Row.fetchAll(db, sql: """
            SELECT stage_id, end_kind, end_stage_id, stays, won_stays, seconds FROM stage_stay WHERE stage_id IN (\(stageList))
            """).map { row in
            let endStageID: Int64 = row["end_stage_id"]
            return StageStayGroup(
                stageID: row["stage_id"], endKind: StageChange.Kind(rawValue: row["end_kind"]),
                endStageID: endStageID == 0 ? nil : endStageID, stays: row["stays"], wonStays: row["won_stays"], seconds: row["seconds"])
        }
        var medians: [Int64: Double] = [:]
        for stage in pipeline.stages {
            medians[stage.id] = try medianStaySeconds(db, stageID: stage.id)
        }
        return StageStayGroup.conversions(groups, pipeline: pipeline, medianSeconds: medians)
    }

    /// The median length of a stage's ended stays, in seconds (the mean of the middle two for an
    /// even count); nil when none ended.
    ///
    /// `stage_stay_days` (a row per day of length) finds the day that holds the middle stays,
    /// and `stage_stay_seconds` the exact seconds within that day.
    static func medianStaySeconds(_ db: Database, stageID: Int64) throws -> Double? {
        let days = try Row.fetchAll(
            db, sql: "SELECT day, stays FROM stage_stay_days WHERE stage_id = ? ORDER BY day", arguments: [stageID]
        ).map { (day: $0["day"] as Int64, stays: $0["stays"] as Int64) }
        let count = days.reduce(0) { $0 + $1.stays }
        guard count > 0 else { return nil }
        func seconds(rank: Int64) throws -> Int64 {
            var before: Int64 = 0
            for (day, stays) in days {
                guard before + stays <= rank else {
                    let rows = try Row.fetchCursor(db, sql: """
                        SELECT seconds, stays FROM stage_stay_seconds WHERE stage_id = ? AND seconds >= ? AND seconds < ? ORDER BY seconds
                        """, arguments: [stageID, day * 86_400, (day + 1) * 86_400])
                    while let row = try rows.next() {
                        before += row[1] as Int64
                        if before > rank { return row[0] }
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

    /// Entries into each stage of the pipeline and how they ended, from every history entry of the
    /// deals matching `filter` (rules in `StageFlowTally`): filtered reports, and the oracle the
    /// kept stage stays are tested against.
    ///
    /// Deals are walked in id order beside the ids of the matching deals and the won deals; each
    /// deal's entries go to the tally as the next deal starts.
    static func scannedStageConversions(_ db: Database, pipeline: Pipeline, filter: ReportFilter) throws -> [StageConversion] {
        let clause = filter.conditions(alias: "d", pipeline: false)
        let arguments: StatementArguments = StatementArguments(clause.arguments)
        // Deals matching the filters (nil: all) and won deals, both in id order to walk beside the history.
        let matching: [Int64]? = clause.sql == "1"
            ? nil : try Int64.fetchAll(db, sql: "SELECT d.id FROM deal d WHERE \(clause.sql) ORDER BY d.id", arguments: arguments)
        let won = try StageHistoryWalk.wonDeals(db, filter: clause.sql, arguments: arguments)
        var tally = StageFlowTally(pipeline: pipeline)
        var matchIndex = 0
        var wonIndex = 0
        try StageHistoryWalk.forEachDeal(db) { dealID, events in
            if let matching {
                while matchIndex < matching.count && matching[matchIndex] < dealID { matchIndex += 1 }
                guard matchIndex < matching.count && matching[matchIndex] == dealID else { return }
            }
            while wonIndex < won.count && won[wonIndex] < dealID { wonIndex += 1 }
            tally.add(events, dealWon: wonIndex < won.count && won[wonIndex] == dealID)
        }
        return tally.conversions()
    }

    // MARK: - Open deals

    /// Open deals per stage (count, value, weighted value) and the forecast by expected close month,
    /// from one grouped scan of the covering index `deal_for_forecast` (grouped by close day in
    /// index order, so SQLite never sorts; days are gathered into months here). Weighted sums are rounded half up once per stage or month and currency.
    static func fetchOpenDeals(_ db: Database, pipeline: Pipeline, filter: ReportFilter, today: CalendarDay) throws
        -> (summaries: [Int64: StageSummary], forecast: Forecast)
    {
        let clause = filter.conditions(alias: "d")
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.stage_id, d.expected_close AS day, d.currency, count(*) AS deals,
                sum(d.value) AS total, sum(d.value * coalesce(d.probability_override, s.probability)) AS weighted_hundredths,
                sum(CASE WHEN d.probability_override IS NULL THEN d.value ELSE 0 END) AS stage_weighted_value
            FROM deal d JOIN stage s ON s.id = d.stage_id
            WHERE \(clause.sql) AND d.status = 'open'
            GROUP BY d.stage_id, d.expected_close, d.currency
            """, arguments: StatementArguments(clause.arguments))
        var tally = OpenDealTally()
        for row in rows {
            guard let currency = Currency(code: row["currency"]) else { continue }
            let total = try MoneyColumn.minorUnits(row, "total", currency: currency)
            try tally.add(
                stageID: row["stage_id"], day: row["day"], currency: currency, deals: row["deals"], total: total,
                weightedHundredths: try MoneyColumn.minorUnits(row, "weighted_hundredths", currency: currency),
                stageWeighted: try MoneyColumn.minorUnits(row, "stage_weighted_value", currency: currency))
        }
        return try tally.figures(today: today)
    }

    // MARK: - Outcomes

    /// Win rate, per-currency won and open figures, owners, sources and lost reasons, grouped from the
    /// matching deals: for a whole pipeline one ordered pass over the covering index `deal_for_outcomes`
    /// (no sort, no table row read); the medians at their rank in ordered indexes when `kept`.
    static func fetchOutcomes(_ db: Database, filter: ReportFilter, kept: Bool) throws -> (
        deals: Int, winRate: WinRate, currencies: [CurrencyPerformance],
        owners: [SegmentPerformance], sources: [SegmentPerformance], lostReasons: [LostReasonTally]
    ) {
        let clause = filter.conditions(alias: "d")
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.status, d.currency, d.owner, d.source, d.lost_reason, count(*) AS deals, sum(d.value) AS total
            FROM deal d WHERE \(clause.sql)
            GROUP BY d.status, d.currency, d.owner, d.source, d.lost_reason
            """, arguments: StatementArguments(clause.arguments))
        var tally = OutcomeTally()
        for row in rows {
            guard let currency = Currency(code: row["currency"]), let status = DealStatus(rawValue: row["status"]) else { continue }
            try tally.add(
                status: status, currency: currency, owner: row["owner"], source: row["source"], lostReason: row["lost_reason"],
                count: row["deals"], total: Money(minorUnits: try MoneyColumn.minorUnits(row, "total", currency: currency), currency: currency))
        }
        if kept {
            try rankedWonMedians(db, pipelineID: filter.pipelineID, into: &tally.currencies)
        } else {
            try fetchWonMedians(db, filter: filter, into: &tally.currencies)
        }
        return (
            tally.deals, tally.winRate, tally.currencyPerformances, tally.ownerPerformances, tally.sourcePerformances,
            tally.lostReasons
        )
    }

    /// Median won value and median days from creation to won, per currency.
    ///
    /// Reads the won deals' values and cycles through the covering index `deal_for_values`,
    /// already in value order per currency, and takes the medians in Swift.
    static func fetchWonMedians(_ db: Database, filter: ReportFilter, into currencies: inout [Currency: CurrencyPerformance]) throws {
        let clause = filter.conditions(alias: "d")
        for (currency, performance) in currencies where performance.wonDeals > 0 {
            var values: [Int64] = []
            var cycles: [Int64] = []
            values.reserveCapacity(performance.wonDeals)
            cycles.reserveCapacity(performance.wonDeals)
            // Stepped through the C API: a GRDB row per won deal cost more than the query.
            let statement = try db.makeStatement(sql: """
                SELECT d.value, d.closed_at - d.created_at FROM deal d
                WHERE \(clause.sql) AND d.status = 'won' AND d.currency = ? ORDER BY d.value
                """)
            try statement.setArguments(StatementArguments(clause.arguments + [currency.code]))
            let raw = statement.sqliteStatement
            while true {
                let code = sqlite3_step(raw)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                values.append(sqlite3_column_int64(raw, 0))
                cycles.append(sqlite3_column_int64(raw, 1))
            }
            sqlite3_reset(raw)
            currencies[currency]!.medianWonValue = Median.ofSortedMinorUnits(values).map { Money(minorUnits: $0, currency: currency) }
            currencies[currency]!.medianCycleDays = Median.of(cycles).map { $0 / 86_400 }
        }
    }

    /// Median won value and median days from creation to won, per currency, over a whole pipeline:
    /// only the middle one or two won deals are read, at their rank in `deal_for_values` (value
    /// order) and `deal_won_cycle` (cycle order), instead of every won deal.
    static func rankedWonMedians(_ db: Database, pipelineID: Int64, into currencies: inout [Currency: CurrencyPerformance]) throws {
        for (currency, performance) in currencies where performance.wonDeals > 0 {
            let count = performance.wonDeals
            let arguments: StatementArguments = [pipelineID, currency.code, count % 2 == 0 ? 2 : 1, (count - 1) / 2]
            let values = try Int64.fetchAll(db, sql: """
                SELECT value FROM deal INDEXED BY deal_for_values
                WHERE pipeline_id = ? AND status = 'won' AND currency = ? ORDER BY value LIMIT ? OFFSET ?
                """, arguments: arguments)
            let cycles = try Int64.fetchAll(db, sql: """
                SELECT closed_at - created_at FROM deal INDEXED BY deal_won_cycle
                WHERE pipeline_id = ? AND status = 'won' AND currency = ? ORDER BY closed_at - created_at LIMIT ? OFFSET ?
                """, arguments: arguments)
            currencies[currency]!.medianWonValue = Median.ofSortedMinorUnits(values).map { Money(minorUnits: $0, currency: currency) }
            currencies[currency]!.medianCycleDays = Median.ofSorted(cycles).map { $0 / 86_400 }
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
