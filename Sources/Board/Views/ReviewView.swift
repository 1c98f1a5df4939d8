import Foundation
import Pipeline

/// The daily review: one deal with its context, the keys for each decision, and the progress.
public struct ReviewView: ScreenView {
    public var screenState: ReviewScreen
    public var pipelines: [Pipeline]
    public var now: Date
    public var timeZone: TimeZone
    public var dateFormat: DateFormat

    public init(screen: ReviewScreen, pipelines: [Pipeline], now: Date, timeZone: TimeZone, dateFormat: DateFormat = .iso) {
        self.screenState = screen
        self.pipelines = pipelines
        self.now = now
        self.timeZone = timeZone
        self.dateFormat = dateFormat
    }

    /// The review's text lines (without the prompt).
    public var lines: [String] {
        guard let queue = screenState.queue else { return ["Loading today's review…"] }
        guard let step = screenState.step else {
            return queue.total == 0
                ? ["Nothing needs attention today (\(dateFormat.format(queue.day))).", "", "Esc back to the board"]
                : ["Review done for \(dateFormat.format(queue.day)): \(queue.total) deals.", queue.summary + ".", "", "Esc back to the board"]
        }
        let deal = step.item.deal
        let pipeline = pipelines.first { $0.id == deal.pipelineID }
        let stage = pipeline?.stage(id: deal.stageID)
        var lines = [
            "\(queue.progressText)  \(step.reasonText)",
            "",
            "\(deal.shownTitle)",
            "\(deal.value.formatted) · \(pipeline?.name ?? "?") › \(stage?.name ?? "?")" + (deal.organization.map { " · \($0)" } ?? ""),
            step.idleText(stage: stage) + (step.item.stalled ? " ⚑ stalled" : ""),
            "\(deal.temperature.symbol) \(deal.temperature.rawValue) · \(step.qualificationText)",
            "Last: " + (step.lastDone.map { line($0) } ?? "no activity done yet"),
            "Next: " + (step.nextPlanned.map { line($0) } ?? "no next step"),
        ]
        if screenState.expanded {
            lines.append("")
            lines.append("Activities:" + (screenState.activities.isEmpty ? " none" : ""))
            for activity in screenState.activities { lines.append("  " + line(activity)) }
            if let person = deal.person.name { lines.append("Person: \(person)") }
            if let close = deal.expectedClose { lines.append("Expected close: \(dateFormat.format(close))") }
        }
        lines.append("")
        lines.append(Self.keys)
        return lines
    }

    /// "c log contact  n next step  …  Esc pause": every choice of a review step, then pausing.
    static let keys = (ReviewStep.Choice.allCases.map { "\($0.rawValue) \($0.label)" } + ["Esc pause"]).joined(separator: "  ")

    func line(_ activity: Activity) -> String {
        if let doneAt = activity.doneAt {
            return "\(activity.kind.rawValue) \"\(activity.subject)\" done \(dateFormat.format(doneAt, in: timeZone))"
        }
        let due = activity.due.map { "due \(dateFormat.format($0)) (\(activity.state(now: now, timeZone: timeZone).label))" } ?? ""
        return "\(activity.kind.rawValue) \"\(activity.subject)\" \(due)"
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        screen.fill(area, style: CellStyle(.overlay))
        let day = screenState.queue.map { " " + dateFormat.format($0.day) } ?? ""
        screen.box(area, title: "Daily review" + day)
        let inner = area.inset(by: 1)
        guard inner.height > 0, inner.width > 4 else { return }
        for (row, text) in lines.prefix(inner.height).enumerated() {
            let style = row == 0 || row == 2 ? CellStyle(.header, bold: true) : CellStyle(.plain)
            screen.put(text, x: inner.x + 1, y: inner.y + row, style: style, limit: inner.width - 2)
        }
        switch screenState.prompt {
        case .activity(let prompt): PromptView(activity: prompt).draw(on: &screen, in: inner)
        case .day(let prompt): PromptView(day: prompt).draw(on: &screen, in: inner)
        case nil: break
        }
    }
}
