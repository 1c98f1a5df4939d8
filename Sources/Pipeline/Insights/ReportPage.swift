/// The insights report as plain text lines: bar charts drawn with block characters (eighths for
/// smooth ends, shade for the unweighted part of the forecast), tables aligned by display width,
/// readable without colour. `funnel report` prints it; the board's insights screen scrolls it.
public enum ReportPage {
    /// The report as lines of at most about `width` columns (tables may run wider on very narrow widths).
    public static func lines(
        _ report: PipelineReport, owner: String? = nil, since: CalendarDay? = nil, until: CalendarDay? = nil, width: Int
    ) -> [String] {
        var out: [String] = []
        var scope = "Pipeline \(TerminalText.visible(report.pipeline.name)) · \(count(report.deals)) deal\(report.deals == 1 ? "" : "s")"
        if let owner { scope += " · owner \(TerminalText.visible(owner))" }
        if since != nil || until != nil {
            scope += " · created \(since?.description ?? "…") to \(until?.description ?? "…")"
        }
        out.append(scope)
        out.append("Win rate: \(report.winRate.share.percentText) (\(count(report.winRate.won)) won, \(count(report.winRate.lost)) lost)")

        out += section("Funnel: entries per stage, share moving on")
        let funnel = BarChart(rows: report.stages.map { stage in
            BarChart.Row(label: stage.stage.name, value: Double(stage.entered), caption: "\(count(stage.entered)) in")
        })
        let funnelLines = funnel.lines(width: width)
        let labelWidth = min(report.stages.map { DisplayWidth.of(TerminalText.visible($0.stage.name)) }.max() ?? 0, 24, width / 3)
        for (index, line) in funnelLines.enumerated() {
            out.append(line)
            let stage = report.stages[index]
            let next = index + 1 < report.stages.count ? "moved on" : "won"
            let flow = stage.conversion.value.map { "\(DealShare.percent($0)) \(next) (\(count(stage.advanced)) of \(count(stage.entered)))" }
                ?? "\(stage.advanced) of \(stage.entered) \(next): too little history for a rate"
            let won = stage.winShare.value.map { " · \(DealShare.percent($0)) won in the end" } ?? ""
            out.append(String(repeating: " ", count: labelWidth + 1) + "↓ " + flow + won)
        }

        out += section("Open now")
        var open = PageTable(
            headers: ["Stage", "Deals", "Value", "Weighted"], alignments: [.left, .right, .right, .right],
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

        out += section("Time in stage: median days (mean)")
        let timed = report.stages.filter { $0.medianDays != nil }
        if timed.isEmpty {
            out.append("No deal has left a stage yet.")
        } else {
            out += BarChart(rows: report.stages.map { stage in
                BarChart.Row(
                    label: stage.stage.name, value: stage.medianDays ?? 0,
                    caption: stage.medianDays.map { "\(days($0)) (\(days(stage.meanDays ?? 0))) over \(count(stage.completed))" } ?? "no stay ended")
            }).lines(width: width)
        }

        out += section("Won deals by currency")
        if report.currencies.isEmpty {
            out.append("No deals.")
        }
        for performance in report.currencies {
            let code = performance.currency.code
            var line = "\(code): \(count(performance.wonDeals)) won \(performance.wonValue.compact)"
            if let average = performance.averageWonValue, let median = performance.medianWonValue {
                line += " · average \(average.compact) · median \(median.compact)"
            }
            if let cycle = performance.medianCycleDays { line += " · median cycle \(days(cycle))" }
            out.append(line)
            let velocity = performance.velocity(winRate: report.winRate)
            out.append("     \(count(performance.openDeals)) open \(performance.openValue.compact) · velocity "
                + (velocity.map { "\($0.perDay.compact) a day" } ?? "needs a win rate, a won deal and a cycle"))
        }

        out += section("Forecast by close month (█ weighted, ░ rest of value)")
        let currencies = Set(report.forecast.months.flatMap { $0.bucket.total.amounts.map(\.currency) }).sorted()
        if currencies.isEmpty { out.append("No open deal is expected to close in the next six months.") }
        for currency in currencies {
            if currencies.count > 1 { out.append(currency.code) }
            out += BarChart(rows: report.forecast.months.map { month in
                let total = month.bucket.total.byCurrency[currency] ?? 0
                let weighted = month.bucket.weighted.byCurrency[currency] ?? 0
                return BarChart.Row(
                    label: month.month.shortName, value: Double(weighted), shaded: Double(max(0, total - weighted)),
                    caption: "\(Money(minorUnits: total, currency: currency).compact) (\(Money(minorUnits: weighted, currency: currency).compact) weighted)")
            }).lines(width: width)
        }
        for (name, bucket) in [("Overdue", report.forecast.overdue), ("Later", report.forecast.later), ("No close date", report.forecast.undated)]
        where bucket.deals > 0 {
            out.append("\(name): \(count(bucket.deals)) deal\(bucket.deals == 1 ? "" : "s") \(bucket.total.compact) (\(bucket.weighted.compact) weighted)")
        }

        out += section("Top 20% of open deals")
        if report.pareto.isEmpty { out.append("No open deals.") }
        for pareto in report.pareto {
            let top = "\(pareto.currency.code): the top \(count(pareto.topCount)) of \(count(pareto.openDeals)) open deals hold "
            out.append(pareto.share.map { top + "\(DealShare.percent($0)) (\(pareto.topValue.compact) of \(pareto.totalValue.compact))" }
                ?? top + "\(pareto.topValue.compact) of \(pareto.totalValue.compact) (too few deals for a share)")
            var table = PageTable(headers: ["ID", "Deal", "Stage", "Value"], alignments: [.right, .left, .left, .right], maxWidths: [8, max(10, width - 40), 16, .max])
            for deal in pareto.topDeals.prefix(paretoLimit) { table.append([String(deal.id), deal.title, deal.stageName, deal.value.compact]) }
            out += table.lines().map { "  " + $0 }
            let shown = min(pareto.topDeals.count, paretoLimit)
            if pareto.topCount > shown { out.append("  … and \(count(pareto.topCount - shown)) more") }
        }

        for (title, segments, noName) in [("Owners", report.owners, "(no owner)"), ("Sources", report.sources, "(no source)")] {
            out += section(title)
            var table = PageTable(
                headers: [title == "Owners" ? "Owner" : "Source", "Deals", "Won", "Lost", "Win rate", "Won value"],
                alignments: [.left, .right, .right, .right, .right, .right], maxWidths: [24, 8, 8, 8, 18, .max])
            for segment in segments {
                let values = perCurrency(segment.wonValue)
                table.append([
                    segment.name ?? noName, String(segment.deals), String(segment.winRate.won), String(segment.winRate.lost),
                    segment.winRate.share.percentText, values[0],
                ])
                for value in values.dropFirst() { table.append(["", "", "", "", "", value]) }
            }
            if segments.isEmpty { out.append("No deals.") } else { out += table.lines() }
        }

        out += section("Lost reasons")
        if report.lostReasons.isEmpty {
            out.append("No lost deals.")
        } else {
            var table = PageTable(headers: ["Reason", "Deals", "Value"], alignments: [.left, .right, .right], maxWidths: [30, 8, .max])
            for tally in report.lostReasons {
                let values = perCurrency(tally.value)
                table.append([tally.reason, String(tally.deals), values[0]])
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

    /// A count with thousands separators: `1,000,000`.
    public static func count(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// `4.5 days`, `1 day`.
    public static func days(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let text = tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10))" : "\(Int(tenths) / 10).\(Int(tenths) % 10)"
        return text + (text == "1" ? " day" : " days")
    }
}
