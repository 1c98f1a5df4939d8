import Foundation
import Pipeline
import Wording

/// The review's words: printed lines and the context shown for one item.
enum ReviewText {
    /// `  #12  overdue activity  Acme renewal  $12,000.00  Sales › Contact  idle 9d`
    static func printedLine(_ item: ReviewItem, pipeline: Pipeline, now: Date, timeZone: TimeZone, dates: DateText = DateText()) -> String {
        let stage = pipeline.stage(id: item.deal.stageID)?.name ?? "?"
        var parts = [
            "#\(item.deal.id)", item.reason.shownName.string, TerminalText.visible(item.deal.title), item.deal.value.formatted,
            "\(TerminalText.visible(pipeline.name)) › \(TerminalText.visible(stage))", Text.reviewIdle(days: item.idleDays).string,
        ]
        if item.stalled && item.reason != .stalled { parts.append(Text.reviewStalledMark.string) }
        if let due = item.deal.nextActivityDue { parts.append(Text.reviewNext(due: dates.due(due)).string) }
        return "  " + parts.joined(separator: " · ")
    }

    /// The weekly sweep's basis: "Weekly sweep: deals open longer than 45 days (median of 12 won deals)".
    static func sweepLine(_ cycle: SalesCycle) -> String {
        (cycle.fromHistory
            ? Text.reviewSweepFromHistory(days: cycle.parkAfterDays, wonDeals: cycle.wonDealCount)
            : .reviewSweepFromSetting(days: cycle.parkAfterDays)).string
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
            Text.reviewWhy(reason: step.reasonText(in: Language.current)).string,
            "\(step.idleText(stage: stage, in: Language.current))\(step.item.stalled ? " ⚑" : "") · \(deal.temperature.symbol) \(deal.temperature.shownName.string)"
                + " · \(step.qualificationText(in: Language.current))",
            Text.reviewLast(activity: step.lastDone.map { ActivityText.line($0, now: now, timeZone: timeZone, dates: dates) } ?? Text.reviewNoActivityDone.string).string,
            Text.reviewNextLine(activity: step.nextPlanned.map { ActivityText.line($0, now: now, timeZone: timeZone, dates: dates) } ?? Text.reviewNoNextStep.string).string,
        ]
    }

    /// "[c] log contact  [n] next step  …  [q] quit": every choice of a review step, then quitting.
    static var keys: String {
        (ReviewStep.Choice.allCases.map { "[\($0.rawValue)] \($0.name.string)" } + ["[q] \(Text.hintQuit.string)"]).joined(separator: "  ")
    }
}
