import Foundation
import GRDB
import GRDBSQLite
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

    /// Entries into each stage of the pipeline and how they ended, from the stage history
    /// (rules in `StageFlowTally`).
    ///
    /// One pass over the covering index `stage_change_for_reports` in (deal, time) order,
    /// which skips undone entries; each deal's entries go to the tally as soon as the next deal
    /// starts. Window functions did the same pairing ten times slower on a million deals.
    static func fetchStageConversions(_ db: Database, pipeline: Pipeline, filter: ReportFilter) throws -> [StageConversion] {
        let clause = filter.conditions(alias: "d", pipeline: false)
        let arguments: StatementArguments = StatementArguments(clause.arguments)
        // Deals matching the filters (nil: all) and won deals, both in id order to walk beside the history.
        let matching: [Int64]? = clause.sql == "1"
            ? nil : try Int64.fetchAll(db, sql: "SELECT d.id FROM deal d WHERE \(clause.sql) ORDER BY d.id", arguments: arguments)
        // Through deal_for_values (pipeline, status, ...) one pipeline at a time, instead of reading every deal row.
        var won = try Int64.fetchAll(db, sql: """
            SELECT d.id FROM deal d WHERE d.pipeline_id IN (SELECT id FROM pipeline) AND d.status = 'won' AND \(clause.sql)
            """, arguments: arguments)
        won.sort()
        var tally = StageFlowTally(pipeline: pipeline)
        var events: [StageFlowTally.Event] = []
        var currentDeal: Int64 = -1
        var matchIndex = 0
        var wonIndex = 0
        func flush() {
            guard currentDeal >= 0, !events.isEmpty else { return }
            while wonIndex < won.count && won[wonIndex] < currentDeal { wonIndex += 1 }
            tally.add(events, dealWon: wonIndex < won.count && won[wonIndex] == currentDeal)
            events.removeAll(keepingCapacity: true)
        }
        // packed = stage id × 256 + first letter of the kind × 2 + (came from no stage).
        // Stepped through the C API: GRDB's row cursor costs more than SQLite itself over millions of rows.
        let statement = try db.makeStatement(sql: """
            SELECT deal_id, at, \(Schema.stageFlowPacked) AS packed
            FROM stage_change INDEXED BY stage_change_for_reports
            WHERE undone = 0 ORDER BY deal_id, at, id
            """)
        let raw = statement.sqliteStatement
        var skipping = false
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            let dealID = sqlite3_column_int64(raw, 0)
            if dealID != currentDeal {
                flush()
                currentDeal = dealID
                if let matching {
                    while matchIndex < matching.count && matching[matchIndex] < dealID { matchIndex += 1 }
                    skipping = !(matchIndex < matching.count && matching[matchIndex] == dealID)
                }
            }
            if skipping { continue }
            let packed = sqlite3_column_int64(raw, 2)
            guard let kind = StageFlowTally.kind(firstLetter: (packed % 256) / 2) else { continue }
            let stageID = packed / 256
            events.append(StageFlowTally.Event(
                kind: kind, stageID: stageID == 0 ? nil : stageID, fromNowhere: packed % 2 == 1, at: sqlite3_column_int64(raw, 1)))
        }
        sqlite3_reset(raw)
        flush()
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
                sum(d.value) AS total, sum(d.value * coalesce(d.probability_override, s.probability)) AS weighted_hundredths
            FROM deal d JOIN stage s ON s.id = d.stage_id
            WHERE \(clause.sql) AND d.status = 'open'
            GROUP BY d.stage_id, d.expected_close, d.currency
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
            let month = (row["day"] as String?).map { String($0.prefix(7)) } ?? ""
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
