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
        _ item: ReviewItem, progress: String, pipeline: Pipeline, activities: [Activity], now: Date, timeZone: TimeZone,
        dates: DateText = DateText()
    ) -> [String] {
        let deal = item.deal
        let stage = pipeline.stage(id: deal.stageID)
        let q = deal.qualification
        let others = item.allReasons.dropFirst().map(\.label)
        let lastDone = activities.filter(\.isDone).max { ($0.doneAt!, $0.id) < ($1.doneAt!, $1.id) }
        let next = activities.filter(\.isPlanned).min(by: Activity.dueOrder)
        let threshold = Stage.stallThresholdText(of: stage)
        return [
            "── \(progress) ─────────────────────────────",
            TerminalText.visible("#\(deal.id) \(deal.shownTitle) · \(deal.value.formatted) · \(pipeline.name) › \(stage?.name ?? "?")"),
            "Why: \(item.reason.label)" + (others.isEmpty ? "" : " (also: \(others.joined(separator: ", ")))"),
            "Idle \(item.idleDays) days (\(threshold))\(item.stalled ? " ⚑" : "") · \(deal.temperature.symbol) \(deal.temperature.rawValue)"
                + " · budget \(q.budget.rawValue), authority \(q.authority.rawValue), need \(q.need.rawValue), timing \(q.timing.rawValue)",
            "Last: " + (lastDone.map { ActivityText.line($0, now: now, timeZone: timeZone, dates: dates) } ?? "no activity done yet"),
            "Next: " + (next.map { ActivityText.line($0, now: now, timeZone: timeZone, dates: dates) } ?? "no next step"),
        ]
    }

    static let keys = "[c] log contact  [n] next step  [a] advance  [z] snooze  [p] park  [l] lost  [o] open  [s] skip  [q] quit"
}
