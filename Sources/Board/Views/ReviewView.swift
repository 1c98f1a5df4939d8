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
            contactLine(deal.person),
            step.idleText(stage: stage) + (step.item.stalled ? " ⚑ stalled" : ""),
            "\(deal.temperature.symbol) \(deal.temperature.rawValue) · \(step.qualificationText)",
            "Last: " + (step.lastDone.map { line($0) } ?? "no activity done yet"),
            "Next: " + (step.nextPlanned.map { line($0) } ?? "no next step"),
        ]
        if screenState.expanded {
            lines.append("")
            lines.append("Activities:" + (screenState.activities.isEmpty ? " none" : ""))
            for activity in screenState.activities { lines.append("  " + line(activity)) }
            if let jobTitle = deal.person.jobTitle { lines.append("Job title: \(jobTitle)") }
            if let close = deal.expectedClose { lines.append("Expected close: \(dateFormat.format(close))") }
        }
        lines.append("")
        lines.append(Self.keys)
        return lines
    }

    /// Who to call and how: the person, phone and email, or that none is on record.
    func contactLine(_ person: ContactPerson) -> String {
        let parts = [person.name, person.phone.map { "☎ \($0)" }, person.email.map { "✉ \($0)" }].compactMap { $0 }
        return parts.isEmpty ? "No contact person on record: e on the board adds one." : parts.joined(separator: " · ")
    }

    /// The deals still to review, the current one first, for the column beside the deal.
    var queueLines: [String] {
        guard let queue = screenState.queue, !queue.remaining.isEmpty else { return [] }
        var lines = ["Still to review: \(queue.remaining.count)", ""]
        for (index, item) in queue.remaining.enumerated() {
            lines.append((index == 0 ? "▶ " : "  ") + item.deal.shownTitle)
            lines.append("    \(item.reason.label) · \(item.deal.value.compact)")
        }
        return lines
    }

    /// "c log contact · n next step · … · Esc pause": every choice of a review step, then pausing.
    static let keys = (ReviewStep.Choice.allCases.map { "\($0.rawValue) \($0.label)" } + ["Esc pause"]).joined(separator: " · ")

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
        // From 120 columns the queue stands beside the deal, so what comes next is in sight.
        let queue = area.width >= 120 ? queueLines : []
        let queueWidth = queue.isEmpty ? 0 : inner.width / 3
        let dealWidth = inner.width - queueWidth
        var row = 0
        for (index, text) in lines.enumerated() {
            let style = index == 0 || index == 2 ? CellStyle(.header, bold: true) : CellStyle(.plain)
            // Wrapped, so the title, the contact and the keys are read whole.
            for part in WrappedText.lines(text, width: max(1, dealWidth - 2)) where row < inner.height {
                screen.put(part, x: inner.x + 1, y: inner.y + row, style: style, limit: dealWidth - 2)
                row += 1
            }
        }
        if !queue.isEmpty {
            let x = inner.x + dealWidth
            for y in inner.y..<inner.maxY { screen.put("│", x: x, y: y, style: CellStyle(.border)) }
            for (index, text) in queue.prefix(inner.height).enumerated() {
                let style = index == 0 ? CellStyle(.header, bold: true) : index == 2 ? CellStyle(bold: true) : CellStyle(.plain)
                screen.put(text, x: x + 2, y: inner.y + index, style: style, limit: queueWidth - 3)
            }
            if queue.count > inner.height { screen.put("↓ more", x: area.maxX - 9, y: area.maxY - 1, style: CellStyle(.dim)) }
        }
        let today = CalendarDay(now, in: timeZone)
        switch screenState.prompt {
        case .activity(let prompt): PromptView(activity: prompt, today: today).draw(on: &screen, in: inner)
        case .day(let prompt): PromptView(day: prompt, today: today).draw(on: &screen, in: inner)
        case .lostReason(let chooser):
            LostReasonView(chooser: chooser, dealTitle: screenState.current?.deal.title ?? "").draw(on: &screen, in: inner)
        case nil: break
        }
    }
}
