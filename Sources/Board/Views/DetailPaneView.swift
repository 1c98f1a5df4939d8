import Foundation
import Pipeline
import Wording

/// Every field of one deal, its activities (planned and done) and its stage history with dates, in a scrollable pane.
public struct DetailPaneView: ScreenView {
    public var pane: DetailPane
    public var pipeline: Pipeline?
    public var now: Date
    public var dateFormat: DateFormat
    public var timeZone: TimeZone
    /// The pane's width in columns, frame included: the title wraps to fit it.
    public var width: Int
    /// The language of its labels and words (the deal's own texts stay as typed).
    public var language: Language

    public init(
        pane: DetailPane, pipeline: Pipeline?, now: Date, dateFormat: DateFormat = .iso, timeZone: TimeZone = TimeZone(identifier: "UTC")!,
        width: Int, language: Language = .english
    ) {
        self.language = language
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

    func say(_ text: Text) -> String { text.rendered(in: language) }

    /// The pane's text, one entry a line; the same lines in every language, so the reducer can count them in English.
    public var lines: [(label: String, value: String)] {
        let deal = pane.deal
        let answers = deal.qualification
        let temperature = "\(deal.temperature.symbol) \(say(deal.temperature.shownName))"
        var lines: [(String, String)] = titleLines.map { ("", $0) } + [("", "")]
        lines += [
            ("ID", String(deal.id)),
            (say(.detailStage), pipeline?.stage(id: deal.stageID)?.name ?? "?"),
            (say(.showStatus), deal.lostReason.map { say(.showLostStatus(reason: $0)) } ?? say(deal.status.shownName)),
            (say(.showValue), deal.value.formatted),
            (say(.showOrganization), deal.organization ?? ""),
            (say(.showPerson), deal.person.name ?? ""),
            (say(.detailJobTitle), deal.person.jobTitle ?? ""),
            (say(.showEmail), deal.person.email ?? ""),
            (say(.showPhone), deal.person.phone ?? ""),
            (say(.showSource), deal.source?.shown(in: language) ?? ""),
            (say(.showOwner), deal.owner ?? ""),
            (say(.showTemperature), deal.temperatureSetByHand ? say(.showSetByHand(temperature: temperature)) : temperature),
            (say(.detailQualification), say(.showQualification(
                budget: say(answers.budget.shownName), authority: say(answers.authority.shownName),
                need: say(answers.need.shownName), timing: say(answers.timing.shownName)))),
            (say(.showPriority), String(deal.priority)),
            (say(.showProbability), deal.probabilityOverride.map { "\($0)%" } ?? say(.detailStageProbability)),
            (say(.detailExpectedClose), deal.expectedClose.map(dateFormat.format) ?? ""),
            (say(.detailInStage), say(.detailDays(count: deal.daysInStage(now: now)))),
            (say(.showIdle), idleText),
            (say(.showCreated), moment(deal.createdAt)),
            (say(.showNotes), deal.notes ?? ""),
            ("", ""),
            (say(.showActivities), activitiesHint),
        ]
        for activity in pane.activities ?? [] {
            if let doneAt = activity.doneAt {
                lines.append((dateFormat.format(CalendarDay(doneAt, in: timeZone)), "✓ \(say(activity.kind.name)) \(activity.subject)"))
            } else if activity.isCancelled {
                let shown = "\(Self.time(activity.due))\(say(activity.kind.name)) \(activity.subject)"
                lines.append((activity.due.map { dateFormat.format($0.day) } ?? "", "✗ " + say(.detailCancelled(activity: shown))))
            } else {
                let state = activity.state(now: now, timeZone: timeZone)
                lines.append((activity.due.map { dateFormat.format($0.day) } ?? "", "\(state.symbol) \(Self.time(activity.due))\(say(activity.kind.name)) \(activity.subject) (\(say(state.name)))"))
            }
        }
        lines += [("", ""), (say(.showHistory), pane.history == nil ? say(.detailLoading) : "")]
        for change in StageChange.shown(pane.history ?? []) {
            let day = dateFormat.format(change.at, in: timeZone)
            let move = change.fromStageName.map { "\($0) → \(change.toStageName)" } ?? change.toStageName
            let entry = "\(say(change.kind.shownName)): \(move)"
            lines.append((day, change.undone ? say(.showUndone(entry: entry)) : entry))
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
        guard let activities = pane.activities else { return say(.detailLoading) }
        if activities.isEmpty { return say(.showNone) }
        return say(pane.selectedActivity == nil ? .detailTabChooses : .detailActivityKeys)
    }

    /// The line of the pane (counted from its top, before scrolling) that shows an activity.
    public func lineIndex(ofActivity id: Int64) -> Int? {
        guard let index = pane.activities?.firstIndex(where: { $0.id == id }),
              let heading = lines.firstIndex(where: { $0.label == say(.showActivities) }) else { return nil }
        return heading + 1 + index
    }

    /// Idle days, the stage's threshold and the stalled flag or snooze.
    var idleText: String {
        let deal = pane.deal
        guard deal.status == .open, let stage = pipeline?.stage(id: deal.stageID) else { return "" }
        let idle = StallRule.idleDays(deal, now: now)
        var text = say(stage.stallDays == 0 ? .showIdleNeverStalls(days: idle)
            : StallRule(stage: stage).isStalled(deal, now: now, timeZone: timeZone) ? .showIdleStalled(days: idle, stallDays: stage.stallDays)
            : .showIdleStallsAfter(days: idle, stallDays: stage.stallDays))
        if let until = deal.snoozedUntil, deal.isSnoozed(today: CalendarDay(now, in: timeZone)) { text += say(.detailSnoozedUntil(day: dateFormat.format(until))) }
        return text
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        screen.fill(area, style: CellStyle(.overlay))
        screen.box(area, title: say(.showDeal))
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
            if scroll > 0 { screen.put(say(.frameMoreAbove), x: area.maxX - 9, y: area.y, style: CellStyle(.dim)) }
            if scroll + inner.height < all.count { screen.put(say(.frameMoreBelow), x: area.maxX - 9, y: area.maxY - 1, style: CellStyle(.dim)) }
        }
    }
}
