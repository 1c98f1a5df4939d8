import Wording

/// The insights report as plain text lines: bar charts drawn with block characters (eighths for
/// smooth ends, shade for the unweighted part of the forecast), tables aligned by display width,
/// readable without colour. `funnel report` prints it; the board's insights screen scrolls it.
///
/// Every word is in `ReportText`, in the language asked for; days are written in `dateFormat`.
public enum ReportPage {
    /// The report as lines of at most about `width` columns (tables may run wider on very narrow widths).
    public static func lines(
        _ report: PipelineReport, owner: String? = nil, since: CalendarDay? = nil, until: CalendarDay? = nil, width: Int,
        language: Language = .english, dateFormat: DateFormat = .iso
    ) -> [String] {
        func say(_ text: ReportText) -> String { text.rendered(in: language) }
        func days(_ value: Double) -> String { ReportPage.days(value, in: language) }
        func percent(_ share: DealShare) -> String { share.value.map(DealShare.percent) ?? say(.tooLittleHistory) }
        var out: [String] = []
        out.append(say(.reportScope(
            pipeline: TerminalText.visible(report.pipeline.name), deals: report.deals, owner: owner.map(TerminalText.visible),
            since: since.map(dateFormat.format), until: until.map(dateFormat.format))))
        out.append(say(.reportWinRate(rate: report.winRate.share.value.map(DealShare.percent), won: report.winRate.won, lost: report.winRate.lost)))

        out += section(say(.funnelTitle))
        let funnel = BarChart(rows: report.stages.map { stage in
            BarChart.Row(label: stage.stage.name, value: Double(stage.entered), caption: say(.funnelEntered(count: stage.entered)))
        })
        let funnelLines = funnel.lines(width: width)
        let labelWidth = min(report.stages.map { DisplayWidth.of(TerminalText.visible($0.stage.name)) }.max() ?? 0, 24, width / 3)
        for (index, line) in funnelLines.enumerated() {
            out.append(line)
            let stage = report.stages[index]
            let flow = say(.funnelFlow(
                rate: stage.conversion.value.map(DealShare.percent), advanced: stage.advanced, entered: stage.entered,
                isLast: index + 1 == report.stages.count, wonInTheEnd: stage.winShare.value.map(DealShare.percent)))
            out.append(String(repeating: " ", count: labelWidth + 1) + "↓ " + flow)
        }

        out += section(say(.openNowTitle))
        var open = PageTable(
            headers: [say(.headingStage), say(.headingDeals), say(.headingValue), say(.headingWeighted)], alignments: [.left, .right, .right, .right],
            maxWidths: [24, 12, max(12, width / 3), max(12, width / 3)])
        for stage in report.stages {
            // One line per currency: amounts of two currencies are never added.
            let amounts = stage.now.total.amounts
            if amounts.isEmpty { open.append([stage.stage.name, "0", "0", "0"]) }
            for (index, amount) in amounts.enumerated() {
                let weighted = Money(minorUnits: stage.now.weighted.byCurrency[amount.currency] ?? 0, currency: amount.currency)
                open.append([index == 0 ? stage.stage.name : "", index == 0 ? count(stage.now.dealCount) : "", amount.compact, weighted.compact])
            }
        }
        out += open.lines()

        out += section(say(.timeInStageTitle))
        let timed = report.stages.filter { $0.medianDays != nil }
        if timed.isEmpty {
            out.append(say(.noStayEndedYet))
        } else {
            out += BarChart(rows: report.stages.map { stage in
                BarChart.Row(
                    label: stage.stage.name, value: stage.medianDays ?? 0,
                    caption: stage.medianDays.map { say(.stayCaption(median: days($0), mean: days(stage.meanDays ?? 0), stays: stage.completed)) }
                        ?? say(.noStayEnded))
            }).lines(width: width)
        }

        out += section(say(.wonByCurrencyTitle))
        if report.currencies.isEmpty {
            out.append(say(.noDeals))
        }
        for performance in report.currencies {
            // Won deals without amounts add up to 0: the line says so rather than show 0 as if it were earned.
            out.append(say(performance.wonDeals > 0 && performance.wonValue.minorUnits == 0
                ? .currencyWonNoAmounts(currency: performance.currency.code, won: performance.wonDeals, cycle: performance.medianCycleDays.map(days))
                : .currencyWon(
                    currency: performance.currency.code, won: performance.wonDeals, value: performance.wonValue.compact,
                    average: performance.averageWonValue?.compact, median: performance.medianWonValue?.compact,
                    cycle: performance.medianCycleDays.map(days))))
            let velocity = performance.velocity(winRate: report.winRate)
            out.append(say(.currencyOpen(open: performance.openDeals, value: performance.openValue.compact, velocityPerDay: velocity?.perDay.compact)))
        }

        out += section(say(.forecastTitle))
        let currencies = Set(report.forecast.months.flatMap { $0.bucket.total.amounts.map(\.currency) }).sorted()
        if currencies.isEmpty { out.append(say(.forecastNothing)) }
        for currency in currencies {
            if currencies.count > 1 { out.append(currency.code) }
            out += BarChart(rows: report.forecast.months.map { month in
                let total = month.bucket.total.byCurrency[currency] ?? 0
                let weighted = month.bucket.weighted.byCurrency[currency] ?? 0
                return BarChart.Row(
                    label: say(.month(year: month.month.year, month: month.month.month)), value: Double(weighted),
                    shaded: Double(max(0, total - weighted)),
                    caption: say(.forecastCaption(
                        total: Money(minorUnits: total, currency: currency).compact, weighted: Money(minorUnits: weighted, currency: currency).compact)))
            }).lines(width: width)
        }
        let forecast = report.forecast
        if forecast.overdue.deals > 0 {
            out.append(say(.forecastOverdue(deals: forecast.overdue.deals, total: forecast.overdue.total.compact, weighted: forecast.overdue.weighted.compact)))
        }
        if forecast.later.deals > 0 {
            out.append(say(.forecastLater(deals: forecast.later.deals, total: forecast.later.total.compact, weighted: forecast.later.weighted.compact)))
        }
        if forecast.undated.deals > 0 {
            out.append(say(.forecastUndated(deals: forecast.undated.deals, total: forecast.undated.total.compact, weighted: forecast.undated.weighted.compact)))
        }

        out += section(say(.paretoTitle))
        if report.pareto.isEmpty { out.append(say(.noOpenDeals)) }
        for pareto in report.pareto {
            out.append(say(.paretoShare(
                currency: pareto.currency.code, top: pareto.topCount, open: pareto.openDeals, share: pareto.share.map(DealShare.percent),
                topValue: pareto.topValue.compact, total: pareto.totalValue.compact)))
            var table = PageTable(
                headers: [say(.headingID), say(.headingDeal), say(.headingStage), say(.headingValue)], alignments: [.right, .left, .left, .right],
                maxWidths: [8, max(10, width - 40), 16, .max])
            for deal in pareto.topDeals.prefix(paretoLimit) { table.append([String(deal.id), deal.title, deal.stageName, deal.value.compact]) }
            out += table.lines().map { "  " + $0 }
            let shown = min(pareto.topDeals.count, paretoLimit)
            if pareto.topCount > shown { out.append(say(.paretoMore(count: pareto.topCount - shown))) }
        }

        let segmentTables: [(title: ReportText, heading: ReportText, segments: [SegmentPerformance], noName: ReportText)] = [
            (.ownersTitle, .headingOwner, report.owners, .noOwner), (.sourcesTitle, .headingSource, report.sources, .noSource),
        ]
        for (title, heading, segments, noName) in segmentTables {
            out += section(say(title))
            var table = PageTable(
                headers: [say(heading), say(.headingDeals), say(.headingWon), say(.headingLost), say(.headingWinRate), say(.headingWonValue)],
                alignments: [.left, .right, .right, .right, .right, .right], maxWidths: [24, 8, 8, 8, 18, .max])
            for segment in segments {
                let noAmounts = segment.winRate.won > 0 && segment.wonValue.amounts.allSatisfy { $0.minorUnits == 0 }
                let values = noAmounts ? [say(.wonValueNoAmounts)] : perCurrency(segment.wonValue)
                table.append([
                    segment.name.map { heading == .headingSource ? LeadSource($0).shown(in: language) : $0 } ?? say(noName), String(segment.deals), String(segment.winRate.won), String(segment.winRate.lost),
                    percent(segment.winRate.share), values[0],
                ])
                for value in values.dropFirst() { table.append(["", "", "", "", "", value]) }
            }
            if segments.isEmpty { out.append(say(.noDeals)) } else { out += table.lines() }
        }

        out += section(say(.lostReasonsTitle))
        if report.lostReasons.isEmpty {
            out.append(say(.noLostDeals))
        } else {
            var table = PageTable(
                headers: [say(.headingReason), say(.headingDeals), say(.headingValue)], alignments: [.left, .right, .right], maxWidths: [30, 8, .max])
            for tally in report.lostReasons {
                let values = perCurrency(tally.value)
                table.append([tally.reason ?? say(.noLostReason), String(tally.deals), values[0]])
                for value in values.dropFirst() { table.append(["", "", value]) }
            }
            out += table.lines()
        }
        return out
    }

    /// Amounts one per line, whole (money is never cut): a table row per currency, never added up.
    static func perCurrency(_ totals: MoneyTotals) -> [String] {
        let amounts = totals.amounts.map(\.compact)
        return amounts.isEmpty ? ["0"] : amounts
    }

    /// Top deals listed per currency in the text report.
    public static let paretoLimit = 10

    static func section(_ title: String) -> [String] { ["", title] }

    /// How `funnel report` and `funnel plan` write days: `2026-12-27` in English, as they always have
    /// (scripts read it), and `2026年12月27日` in Chinese, as `show` and `list` write them.
    public static func dateFormat(for language: Language) -> DateFormat {
        language == .english ? .iso : DateFormat.default(for: language)
    }

    /// A count with thousands separators: `1,000,000`.
    public static func count(_ value: Int) -> String { ReportText.grouped(value) }

    /// `4.5 days`, `1 day`; `4.5 天` in Chinese.
    public static func days(_ value: Double, in language: Language = .english) -> String {
        let tenths = (value * 10).rounded()
        let text = tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10))" : "\(Int(tenths) / 10).\(Int(tenths) % 10)"
        return ReportText.days(number: text).rendered(in: language)
    }
}
