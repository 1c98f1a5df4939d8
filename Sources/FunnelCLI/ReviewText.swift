import Foundation
import Pipeline

/// The review's words: printed lines and the context shown for one item.
enum ReviewText {
    /// `  #12  overdue activity  Acme renewal  $12,000.00  Sales › Contact  idle 9d`
    static func printedLine(_ item: ReviewItem, pipeline: Pipeline, now: Date, timeZone: TimeZone, dates: DateText = DateText()) -> String {
        let stage = pipeline.stage(id: item.deal.stageID)?.name ?? "?"
        var parts = [
            "#\(item.deal.id)", item.reason.label, TerminalText.visible(item.deal.title), item.deal.value.formatted,
            "\(TerminalText.visible(pipeline.name)) › \(TerminalText.visible(stage))", "idle \(item.idleDays)d",
        ]
        if item.stalled && item.reason != .stalled { parts.append("⚑ stalled") }
        if let due = item.deal.nextActivityDue { parts.append("next \(dates.due(due))") }
        return "  " + parts.joined(separator: " · ")
    }

    /// The weekly sweep's basis: "Weekly sweep: deals open longer than 45 days (median of 12 won deals)".
    static func sweepLine(_ cycle: SalesCycle) -> String {
        "Weekly sweep: suggesting to park deals open longer than \(cycle.parkAfterDays) days ("
            + (cycle.fromHistory ? "median of \(cycle.wonDealCount) won deals" : "the park-after-days setting; too few won deals") + ")"
    }

    /// The lines that give an item its context: deal, why, idle days, last and next activity, qualification.
    static func context(
        _ step: ReviewStep, progress: String, pipeline: Pipeline, now: Date, timeZone: TimeZone, dates: DateText = DateText()
    ) -> [String] {
        let deal = step.item.deal
        let stage = pipeline.stage(id: deal.stageID)
        return [
            "── \(progress) ─────────────────────────────",
            TerminalText.visible("#\(deal.id) \(deal.shownTitle) · \(deal.value.formatted) · \(pipeline.name) › \(stage?.name ?? "?")"),
            "Why: \(step.reasonText)",
            "\(step.idleText(stage: stage))\(step.item.stalled ? " ⚑" : "") · \(deal.temperature.symbol) \(deal.temperature.rawValue)"
                + " · \(step.qualificationText)",
            "Last: " + (step.lastDone.map { ActivityText.line($0, now: now, timeZone: timeZone, dates: dates) } ?? "no activity done yet"),
            "Next: " + (step.nextPlanned.map { ActivityText.line($0, now: now, timeZone: timeZone, dates: dates) } ?? "no next step"),
        ]
    }

    /// "[c] log contact  [n] next step  …  [q] quit": every choice of a review step, then quitting.
    static let keys = (ReviewStep.Choice.allCases.map { "[\($0.rawValue)] \($0.label)" } + ["[q] quit"]).joined(separator: "  ")
}
