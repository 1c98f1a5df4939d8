import Foundation
import Interop
import Pipeline

/// The JSON shape of `funnel report` and `funnel plan`: the contract documented in docs/cli.md.
///
/// Rates are fractions from 0 to 1 and `null` when there is too little history; money is a
/// decimal string with its currency, and amounts of different currencies are listed, never added.
enum ReportJSON {
    static func report(_ report: PipelineReport, filter: ReportFilterText) -> JSONValue {
        .object([
            ("pipeline", .string(report.pipeline.name)),
            ("filters", .object([
                ("owner", .string(filter.owner)),
                ("since", .string(filter.since?.description)),
                ("until", .string(filter.until?.description)),
            ])),
            ("deals", .int(report.deals)),
            ("won", .int(report.winRate.won)),
            ("lost", .int(report.winRate.lost)),
            ("win_rate", rate(report.winRate.share)),
            ("stages", .array(report.stages.map(stage))),
            ("currencies", .array(report.currencies.map { currency($0, winRate: report.winRate) })),
            ("forecast", forecast(report.forecast)),
            ("pareto", .array(report.pareto.map(pareto))),
            ("owners", .array(report.owners.map { segment($0, key: "owner") })),
            ("sources", .array(report.sources.map { segment($0, key: "source") })),
            ("lost_reasons", .array(report.lostReasons.map { tally in
                .object([("reason", tally.reason.map(JSONValue.string) ?? .null), ("deals", .int(tally.deals)), ("value", totals(tally.value))])
            })),
        ])
    }

    static func stage(_ stage: StageConversion) -> JSONValue {
        .object([
            ("stage", .string(stage.stage.name)),
            ("entered", .int(stage.entered)),
            ("advanced", .int(stage.advanced)),
            ("won", .int(stage.won)),
            ("conversion_rate", rate(stage.conversion)),
            ("win_rate", rate(stage.winShare)),
            ("median_days", number(stage.medianDays)),
            ("mean_days", number(stage.meanDays)),
            ("deals_now", .int(stage.now.dealCount)),
            ("value_now", totals(stage.now.total)),
            ("weighted_now", totals(stage.now.weighted)),
        ])
    }

    static func currency(_ performance: CurrencyPerformance, winRate: WinRate) -> JSONValue {
        .object([
            ("currency", .string(performance.currency.code)),
            ("won_deals", .int(performance.wonDeals)),
            ("lost_deals", .int(performance.lostDeals)),
            ("won_value", .string(performance.wonValue.decimalString)),
            ("average_won_value", .string(performance.averageWonValue?.decimalString)),
            ("median_won_value", .string(performance.medianWonValue?.decimalString)),
            ("median_cycle_days", number(performance.medianCycleDays)),
            ("open_deals", .int(performance.openDeals)),
            ("open_value", .string(performance.openValue.decimalString)),
            ("velocity_per_day", .string(performance.velocity(winRate: winRate)?.perDay.decimalString)),
        ])
    }

    static func forecast(_ forecast: Forecast) -> JSONValue {
        .object([
            ("months", .array(forecast.months.map { month in
                var members: [(String, JSONValue)] = [("month", .string(month.month.description))]
                members += bucket(month.bucket)
                return .object(members)
            })),
            ("overdue", .object(bucket(forecast.overdue))),
            ("later", .object(bucket(forecast.later))),
            ("undated", .object(bucket(forecast.undated))),
        ])
    }

    static func bucket(_ bucket: ForecastMonth.Bucket) -> [(String, JSONValue)] {
        [("deals", .int(bucket.deals)), ("value", totals(bucket.total)), ("weighted", totals(bucket.weighted))]
    }

    static func pareto(_ pareto: Pareto) -> JSONValue {
        .object([
            ("currency", .string(pareto.currency.code)),
            ("open_deals", .int(pareto.openDeals)),
            ("top_deals", .int(pareto.topCount)),
            ("top_value", .string(pareto.topValue.decimalString)),
            ("total_value", .string(pareto.totalValue.decimalString)),
            ("share", number(pareto.share)),
            ("deals", .array(pareto.topDeals.map { deal in
                .object([
                    ("id", .int(deal.id)), ("title", .string(deal.title)), ("value", .string(deal.value.decimalString)),
                    ("stage", .string(deal.stageName)),
                ])
            })),
        ])
    }

    static func segment(_ segment: SegmentPerformance, key: String) -> JSONValue {
        .object([
            (key, .string(segment.name)),
            ("deals", .int(segment.deals)),
            ("won", .int(segment.winRate.won)),
            ("lost", .int(segment.winRate.lost)),
            ("win_rate", rate(segment.winRate.share)),
            ("won_value", totals(segment.wonValue)),
        ])
    }

    static func plan(_ plan: RevenuePlan, pipeline: Pipeline) -> JSONValue {
        .object([
            ("pipeline", .string(pipeline.name)),
            ("goal", .string(plan.goal.decimalString)),
            ("currency", .string(plan.goal.currency.code)),
            ("average_won_value", .string(plan.averageWonValue.decimalString)),
            ("won_deals_needed", .int(plan.wonDealsNeeded)),
            ("basis", .string(plan.basis.rawValue)),
            ("stages", .array(plan.steps.map { step in
                .object([
                    ("stage", .string(step.stage.name)),
                    ("conversion_rate", .double(step.conversion.rate)),
                    ("deals_needed", .int(step.dealsNeeded)),
                    ("deals_now", .int(step.dealsNow)),
                    ("gap", .int(step.gap)),
                    ("median_days", number(step.medianDays)),
                ])
            })),
            ("new_deals_needed_at_top", .int(plan.newDealsNeededAtTop)),
            ("today", .string(plan.today.description)),
            ("by", .string(plan.goalDate?.description)),
            ("days_through_pipeline", number(plan.daysThroughPipeline)),
            ("earliest_close", .string(plan.earliestClose?.description)),
            ("enter_top_by", .string(plan.enterTopBy?.description)),
        ])
    }

    /// `[{"currency": "USD", "value": "1200.00"}, ...]`, ordered by currency code.
    static func totals(_ totals: MoneyTotals) -> JSONValue {
        .array(totals.amounts.map { .object([("currency", .string($0.currency.code)), ("value", .string($0.decimalString))]) })
    }

    static func rate(_ share: DealShare) -> JSONValue { number(share.value) }

    static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }
}
