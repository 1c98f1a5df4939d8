/// A revenue plan as plain text lines, for `funnel plan` and the board's planner.
public enum RevenuePlanPage {
    /// The plan as lines: inputs, one table row per stage, and the headline.
    public static func lines(_ plan: RevenuePlan, pipeline: Pipeline) -> [String] {
        var out: [String] = []
        out.append("Goal \(plan.goal.formatted) (\(plan.goal.currency.code)) in pipeline \(TerminalText.visible(pipeline.name))"
            + (plan.goalDate.map { " by \($0)" } ?? ""))
        out.append("Average won deal \(plan.averageWonValue.formatted): \(plan.wonDealsNeeded) won deal\(plan.wonDealsNeeded == 1 ? "" : "s") needed")
        out.append(plan.basis == .history
            ? "Rates from history (every stage has at least \(DealShare.minimumDeals) entries)"
            : "Rates from stage probabilities (too little history: a stage has fewer than \(DealShare.minimumDeals) entries)")
        out.append("")
        var table = PageTable(
            headers: ["Stage", "Moves on", "Needed", "Now", "Gap", "Median days"],
            alignments: [.left, .right, .right, .right, .right, .right], maxWidths: [24, 10, 12, 12, 12, 12])
        for step in plan.steps {
            table.append([
                step.stage.name, DealShare.percent(step.conversion.rate), String(step.dealsNeeded), String(step.dealsNow),
                String(step.gap), step.medianDays.map(ReportPage.days) ?? "?",
            ])
        }
        out += table.lines()
        out.append("")
        let top = TerminalText.visible(plan.steps.first?.stage.name ?? "the first stage")
        var headline = plan.newDealsNeededAtTop == 0
            ? "No new deals needed: the deals in the pipeline now are enough at these rates."
            : "Add \(plan.newDealsNeededAtTop) new deal\(plan.newDealsNeededAtTop == 1 ? "" : "s") to \(top)"
        if plan.newDealsNeededAtTop > 0 {
            if let enterBy = plan.enterTopBy {
                headline += plan.isTooLate
                    ? " — too late at the historical pace: a deal takes \(ReportPage.days(plan.daysThroughPipeline!)) through the pipeline, so new deals added today close around \(plan.earliestClose!), after \(plan.goalDate!)."
                    : " by \(enterBy) to close by \(plan.goalDate!) at the historical pace (\(ReportPage.days(plan.daysThroughPipeline!)) through the pipeline)."
            } else if let close = plan.earliestClose {
                headline += "; at the historical pace (\(ReportPage.days(plan.daysThroughPipeline!)) through the pipeline) deals added today close around \(close)."
            } else {
                headline += "; too little history to say how long they take (a stage has no finished stay)."
            }
        }
        out.append(headline)
        return out
    }

}
