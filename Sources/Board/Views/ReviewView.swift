import Foundation
import Pipeline
import Wording

/// The daily review: one deal with its context, the keys for each decision, and the progress.
public struct ReviewView: ScreenView {
    public var screenState: ReviewScreen
    public var pipelines: [Pipeline]
    public var now: Date
    public var timeZone: TimeZone
    public var dateFormat: DateFormat
    /// The language of its words (the deal's own texts stay as typed).
    public var language: Language

    public init(
        screen: ReviewScreen, pipelines: [Pipeline], now: Date, timeZone: TimeZone, dateFormat: DateFormat = .iso,
        language: Language = .english
    ) {
        self.language = language
        self.screenState = screen
        self.pipelines = pipelines
        self.now = now
        self.timeZone = timeZone
        self.dateFormat = dateFormat
    }

    func say(_ text: Text) -> String { text.rendered(in: language) }

    /// The review's text lines (without the prompt).
    public var lines: [String] {
        guard let queue = screenState.queue else { return [say(.reviewLoading)] }
        guard let step = screenState.step else {
            return queue.total == 0
                ? [say(.reviewNothingToday(day: dateFormat.format(queue.day))), "", say(.reviewBackToBoard)]
                : [
                    say(.reviewFinished(day: dateFormat.format(queue.day), total: queue.total)),
                    queue.summary(in: language) + (language == .english ? "." : "。"), "", say(.reviewBackToBoard),
                ]
        }
        let deal = step.item.deal
        let pipeline = pipelines.first { $0.id == deal.pipelineID }
        let stage = pipeline?.stage(id: deal.stageID)
        var lines = [
            "\(queue.progressText)  \(step.reasonText(in: language))",
            "",
            "\(deal.shownTitle)",
            "\(deal.value.formatted) · \(pipeline?.name ?? "?") › \(stage?.name ?? "?")" + (deal.organization.map { " · \($0)" } ?? ""),
            contactLine(deal.person),
            step.idleText(stage: stage, in: language) + (step.item.stalled ? " " + say(.reviewStalledMark) : ""),
            "\(deal.temperature.symbol) \(say(deal.temperature.shownName)) · \(step.qualificationText(in: language))",
            say(.reviewLast(activity: step.lastDone.map { line($0) } ?? say(.reviewNoActivityDone))),
            say(.reviewNextLine(activity: step.nextPlanned.map { line($0) } ?? say(.reviewNoNextStep))),
        ]
        if screenState.expanded {
            lines.append("")
            lines.append(say(.reviewActivitiesHeading) + (screenState.activities.isEmpty ? " " + say(.showNone) : ""))
            for activity in screenState.activities { lines.append("  " + line(activity)) }
            if let jobTitle = deal.person.jobTitle { lines.append(say(.reviewJobTitle(title: jobTitle))) }
            if let close = deal.expectedClose { lines.append(say(.reviewExpectedClose(day: dateFormat.format(close)))) }
        }
        lines.append("")
        lines.append(Self.keys(in: language))
        return lines
    }

    /// Who to call and how: the person, phone and email, or that none is on record.
    func contactLine(_ person: ContactPerson) -> String {
        let parts = [person.name, person.phone.map { "☎ \($0)" }, person.email.map { "✉ \($0)" }].compactMap { $0 }
        return parts.isEmpty ? say(.reviewNoContact) : parts.joined(separator: " · ")
    }

    /// The deals still to review, the current one first, for the column beside the deal.
    var queueLines: [String] {
        guard let queue = screenState.queue, !queue.remaining.isEmpty else { return [] }
        var lines = [say(.reviewStillToReview(count: queue.remaining.count)), ""]
        for (index, item) in queue.remaining.enumerated() {
            lines.append((index == 0 ? "▶ " : "  ") + item.deal.shownTitle)
            lines.append("    \(say(item.reason.shownName)) · \(item.deal.value.compact)")
        }
        return lines
    }

    /// "c log contact · n next step · … · Esc pause": every choice of a review step, then pausing.
    static func keys(in language: Language) -> String {
        (ReviewStep.Choice.allCases.map { "\($0.rawValue) \($0.name.rendered(in: language))" } + [Text.reviewEscPause.rendered(in: language)])
            .joined(separator: " · ")
    }

    func line(_ activity: Activity) -> String {
        if let doneAt = activity.doneAt {
            return say(.reviewActivityDone(kind: say(activity.kind.name), subject: activity.subject, at: dateFormat.format(doneAt, in: timeZone)))
        }
        guard let due = activity.due else { return say(activity.kind.name) + " \"\(activity.subject)\" " }
        return say(.reviewActivityDue(
            kind: say(activity.kind.name), subject: activity.subject, due: dateFormat.format(due),
            state: say(activity.state(now: now, timeZone: timeZone).name)))
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        screen.fill(area, style: CellStyle(.overlay))
        screen.box(area, title: screenState.queue.map { say(.reviewTitle(day: dateFormat.format($0.day))) } ?? say(.reviewTitleLoading))
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
            if queue.count > inner.height { screen.put(say(.frameMoreBelow), x: area.maxX - 9, y: area.maxY - 1, style: CellStyle(.dim)) }
        }
        let today = CalendarDay(now, in: timeZone)
        switch screenState.prompt {
        case .activity(let prompt): PromptView(activity: prompt, today: today).draw(on: &screen, in: inner)
        case .day(let prompt): PromptView(day: prompt, today: today).draw(on: &screen, in: inner)
        case .lostReason(let chooser):
            LostReasonView(chooser: chooser, dealTitle: screenState.current?.deal.title ?? "", language: language).draw(on: &screen, in: inner)
        case nil: break
        }
    }
}
