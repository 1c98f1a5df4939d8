import Wording

/// A revenue plan as plain text lines, for `funnel plan` and the board's planner.
///
/// Every word is in `ReportText`, in the language asked for; days are written in `dateFormat`.
public enum RevenuePlanPage {
    /// The plan as lines: inputs, one table row per stage, and the headline.
    public static func lines(_ plan: RevenuePlan, pipeline: Pipeline, language: Language = .english, dateFormat: DateFormat = .iso) -> [String] {
        func say(_ text: ReportText) -> String { text.rendered(in: language) }
        func days(_ value: Double) -> String { ReportPage.days(value, in: language) }
        var out: [String] = []
        out.append(say(.planGoal(
            goal: plan.goal.formatted, currency: plan.goal.currency.code, pipeline: TerminalText.visible(pipeline.name),
            by: plan.goalDate.map(dateFormat.format))))
        out.append(say(.planAverage(average: plan.averageWonValue.formatted, wonNeeded: plan.wonDealsNeeded)))
        out.append(say(plan.basis == .history
            ? .planRatesFromHistory(minimum: DealShare.minimumDeals) : .planRatesFromProbabilities(minimum: DealShare.minimumDeals)))
        out.append("")
        var table = PageTable(
            headers: [say(.headingStage), say(.headingMovesOn), say(.headingNeeded), say(.headingNow), say(.headingGap), say(.headingMedianDays)],
            alignments: [.left, .right, .right, .right, .right, .right], maxWidths: [24, 10, 12, 12, 12, 12])
        for step in plan.steps {
            table.append([
                step.stage.name, DealShare.percent(step.conversion.rate), String(step.dealsNeeded), String(step.dealsNow),
                String(step.gap), step.medianDays.map(days) ?? "?",
            ])
        }
        out += table.lines()
        out.append("")
        let count = plan.newDealsNeededAtTop
        let top = TerminalText.visible(plan.steps.first?.stage.name ?? say(.theFirstStage))
        let headline: ReportText
        if count == 0 {
            // A gap further down is filled by the deals moving on from the stages above it: the table shows
            // the gap, so the conclusion says how it closes rather than that there is none.
            headline = plan.steps.first(where: { $0.gap > 0 })
                .map { .planNoNewDealsGapsFill(stage: TerminalText.visible($0.stage.name)) } ?? .planNoNewDeals
        } else if let enterBy = plan.enterTopBy, let goalDate = plan.goalDate, let through = plan.daysThroughPipeline {
            headline = plan.isTooLate
                ? .planAddTooLate(
                    count: count, stage: top, days: days(through), close: plan.earliestClose.map(dateFormat.format) ?? "?",
                    goalDate: dateFormat.format(goalDate))
                : .planAddBy(count: count, stage: top, enterBy: dateFormat.format(enterBy), goalDate: dateFormat.format(goalDate), days: days(through))
        } else if let close = plan.earliestClose, let through = plan.daysThroughPipeline {
            headline = .planAddCloseAround(count: count, stage: top, days: days(through), close: dateFormat.format(close))
        } else {
            headline = .planAddNoPace(count: count, stage: top)
        }
        out.append(say(headline))
        return out
    }
}
