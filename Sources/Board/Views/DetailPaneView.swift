import Foundation
import Pipeline

/// Every field of one deal, its activities (planned and done) and its stage history with dates, in a scrollable pane.
public struct DetailPaneView: ScreenView {
    public var pane: DetailPane
    public var pipeline: Pipeline?
    public var now: Date
    public var dateFormat: DateFormat
    public var timeZone: TimeZone
    /// The pane's width in columns, frame included: the title wraps to fit it.
    public var width: Int

    public init(
        pane: DetailPane, pipeline: Pipeline?, now: Date, dateFormat: DateFormat = .iso, timeZone: TimeZone = TimeZone(identifier: "UTC")!,
        width: Int
    ) {
        self.pane = pane
        self.pipeline = pipeline
        self.now = now
        self.dateFormat = dateFormat
        self.timeZone = timeZone
        self.width = width
    }

    /// The deal's whole title, wrapped by display width to the pane's inner width.
    public var titleLines: [String] { WrappedText.lines(pane.deal.shownTitle, width: max(1, width - 4)) }

    /// A moment as people read it, on their clock to the minute, as the command line shows it.
    func moment(_ date: Date) -> String { dateFormat.formatMoment(date, in: timeZone) }

    /// The pane's text, one entry a line.
    public var lines: [(label: String, value: String)] {
        let deal = pane.deal
        var lines: [(String, String)] = titleLines.map { ("", $0) } + [("", "")]
        lines += [
            ("ID", String(deal.id)),
            ("Stage", pipeline?.stage(id: deal.stageID)?.name ?? "?"),
            ("Status", deal.status.rawValue + (deal.lostReason.map { " (\($0))" } ?? "")),
            ("Value", deal.value.formatted),
            ("Organization", deal.organization ?? ""),
            ("Person", deal.person.name ?? ""),
            ("Job title", deal.person.jobTitle ?? ""),
            ("Email", deal.person.email ?? ""),
            ("Phone", deal.person.phone ?? ""),
            ("Source", deal.source?.name ?? ""),
            ("Owner", deal.owner ?? ""),
            ("Temperature", "\(deal.temperature.symbol) \(deal.temperature.rawValue)\(deal.temperatureSetByHand ? " (set by hand)" : "")"),
            ("Qualification", "budget \(deal.qualification.budget.rawValue), authority \(deal.qualification.authority.rawValue), need \(deal.qualification.need.rawValue), timing \(deal.qualification.timing.rawValue)"),
            ("Priority", String(deal.priority)),
            ("Probability", deal.probabilityOverride.map { "\($0)%" } ?? "stage's"),
            ("Expected close", deal.expectedClose.map(dateFormat.format) ?? ""),
            ("In stage", "\(deal.daysInStage(now: now)) days"),
            ("Idle", idleText),
            ("Created", moment(deal.createdAt)),
            ("Notes", deal.notes ?? ""),
            ("", ""),
            ("Activities", activitiesHint),
        ]
        for activity in pane.activities ?? [] {
            if let doneAt = activity.doneAt {
                lines.append((CalendarDay(doneAt, in: timeZone).description, "✓ \(activity.kind.rawValue) \(activity.subject)"))
            } else if activity.isCancelled {
                lines.append((activity.due?.day.description ?? "", "✗ \(Self.time(activity.due))\(activity.kind.rawValue) \(activity.subject) (cancelled: the deal was closed)"))
            } else {
                let state = activity.state(now: now, timeZone: timeZone)
                lines.append((activity.due?.day.description ?? "", "\(state.symbol) \(Self.time(activity.due))\(activity.kind.rawValue) \(activity.subject) (\(state.label))"))
            }
        }
        lines += [("", ""), ("History", pane.history == nil ? "loading…" : "")]
        for change in StageChange.shown(pane.history ?? []) {
            let day = dateFormat.format(change.at, in: timeZone)
            let move = change.fromStageName.map { "\($0) → \(change.toStageName)" } ?? change.toStageName
            lines.append((day, "\(change.kind.rawValue): \(move)\(change.undone ? " (undone)" : "")"))
        }
        return lines
    }

    /// A due time and a space (`14:00 `), or nothing for an all-day activity: the day is the line's label.
    static func time(_ due: ActivityDue?) -> String {
        guard let minute = due?.minuteOfDay else { return "" }
        return String(format: "%02d:%02d ", minute / 60, minute % 60)
    }

    /// Beside the Activities heading: what loads, or the keys that act on them.
    var activitiesHint: String {
        guard let activities = pane.activities else { return "loading…" }
        if activities.isEmpty { return "none" }
        return pane.selectedActivity == nil ? "Tab chooses one" : "r reschedule · e edit · d done · x delete"
    }

    /// The line of the pane (counted from its top, before scrolling) that shows an activity.
    public func lineIndex(ofActivity id: Int64) -> Int? {
        guard let index = pane.activities?.firstIndex(where: { $0.id == id }),
              let heading = lines.firstIndex(where: { $0.label == "Activities" }) else { return nil }
        return heading + 1 + index
    }

    /// Idle days, the stage's threshold and the stalled flag or snooze.
    var idleText: String {
        let deal = pane.deal
        guard deal.status == .open, let stage = pipeline?.stage(id: deal.stageID) else { return "" }
        var text = "\(StallRule.idleDays(deal, now: now)) days"
        text += " (\(stage.stallThresholdText))"
        if StallRule(stage: stage).isStalled(deal, now: now, timeZone: timeZone) { text += " ⚑ stalled" }
        if let until = deal.snoozedUntil, deal.isSnoozed(today: CalendarDay(now, in: timeZone)) { text += " · snoozed until \(until)" }
        return text
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        screen.fill(area, style: CellStyle(.overlay))
        screen.box(area, title: "Deal")
        let inner = area.inset(by: 1)
        guard inner.height > 0, inner.width > 4 else { return }
        let all = lines
        let titleRows = titleLines.count
        let scroll = max(0, min(pane.scroll, all.count - inner.height))
        let selectedRow = pane.selectedActivityID.flatMap(lineIndex(ofActivity:))
        for (row, line) in all.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + row
            let labelWidth = min(15, inner.width / 3)
            if scroll + row < titleRows {
                screen.put(line.value, x: inner.x + 1, y: y, style: CellStyle(.header, bold: true), limit: inner.width - 2)
            } else if scroll + row == selectedRow {
                screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: CellStyle(.selected, reverse: true))
                screen.put("▶", x: inner.x, y: y, style: CellStyle(.selected, reverse: true))
                screen.put(line.label, x: inner.x + 1, y: y, style: CellStyle(.selected, reverse: true), limit: labelWidth)
                screen.put(line.value, x: inner.x + 2 + labelWidth, y: y, style: CellStyle(.selected, reverse: true), limit: inner.width - labelWidth - 3)
            } else {
                screen.put(line.label, x: inner.x + 1, y: y, style: CellStyle(.dim), limit: labelWidth)
                screen.put(line.value, x: inner.x + 2 + labelWidth, y: y, limit: inner.width - labelWidth - 3)
            }
        }
        // The history often runs below the pane: say so on its frame, as the insights screen does.
        if area.width > 12 {
            if scroll > 0 { screen.put("↑ more", x: area.maxX - 9, y: area.y, style: CellStyle(.dim)) }
            if scroll + inner.height < all.count { screen.put("↓ more", x: area.maxX - 9, y: area.maxY - 1, style: CellStyle(.dim)) }
        }
    }
}
