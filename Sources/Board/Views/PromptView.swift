import Foundation
import Pipeline
import Wording

/// A small box asking one question: the activity prompt's steps, a snooze or revisit day, a lost reason.
public struct PromptView: ScreenView {
    public var title: String
    /// Lines above the input: what is being asked and the accepted forms.
    public var lines: [String]
    /// The typed text, shown with a cursor; nil for a one-letter choice.
    public var input: TextField?
    public var error: String?
    public var hint: String

    public init(title: String, lines: [String], input: TextField?, error: String?, hint: String) {
        self.title = title
        self.lines = lines
        self.input = input
        self.error = error
        self.hint = hint
    }

    /// A due or revisit day to show as an example: two weeks from today (a fixed date would soon be in the past).
    static func exampleDay(_ today: CalendarDay?, days: Int = 14) -> String {
        (today ?? CalendarDay(year: 2030, month: 1, day: 15)!).adding(days: today == nil ? 0 : days).description
    }

    /// The activity prompt at its current step, in a language; `today` dates the examples.
    public init(activity prompt: ActivityPrompt, today: CalendarDay? = nil, language: Language = .english) {
        func say(_ text: Text) -> String { text.rendered(in: language) }
        var lines: [String] = []
        var input: TextField? = prompt.input
        // English names a kind by its title (`Call`) where it stands first, as before.
        let kind = language == .english ? prompt.kind.title : say(prompt.kind.name)
        switch prompt.step {
        case .kind:
            lines = [say(.activityPromptKind), Activity.Kind.allCases.map { "\($0.letter) \(say($0.name))" }.joined(separator: "  ")]
            input = nil
        case .subject:
            lines = [say(.activityPromptSubject(kind: kind))]
        case .when:
            lines = [
                say(.activityPromptWhen(kind: kind, subject: prompt.subject)),
                say(.activityPromptWhenForms(example: Self.exampleDay(today))),
            ]
        case .nextStep:
            if let completing = prompt.completing {
                lines.append(say(.activityPromptDone(kind: say(completing.kind.name), subject: completing.subject)))
            } else if let logged = prompt.logged {
                lines.append(say(.activityPromptLogged(kind: say(logged.kind.name), subject: logged.subject)))
            }
            lines.append(say(prompt.logged != nil || prompt.completing != nil ? .activityPromptNextStepAfter : .activityPromptNextStep))
        }
        // After a done activity the question is the next step: Enter plans what is typed, and "next" would read as
        // another question to come.
        let afterDone = prompt.step == .nextStep && (prompt.logged != nil || prompt.completing != nil)
        self.init(
            title: say(.activityPromptTitle(title: TerminalText.visible(prompt.dealTitle))), lines: lines, input: input, error: prompt.error,
            hint: say(afterDone ? .promptHintPlanOrSkip : .promptHintNext))
    }

    /// A question about the activity selected in the detail pane.
    public init(activityEdit prompt: ActivityEditPrompt, today: CalendarDay? = nil, language: Language = .english) {
        func say(_ text: Text) -> String { text.rendered(in: language) }
        let activity = prompt.activity
        // English names a kind by its raw name (`call`) here, as before.
        let kind = language == .english ? activity.kind.rawValue : say(activity.kind.name)
        let subject = TerminalText.visible(activity.subject)
        // The due date as the board's messages write it: the stored form in English, the language's own otherwise.
        let shownDue = { (due: ActivityDue) in language == .english ? due.description : DateFormat.default(for: language).format(due) }
        let shown = activity.due.map { say(.editShownDue(kind: kind, subject: subject, due: shownDue($0))) }
            ?? say(.editShown(kind: kind, subject: subject))
        let emptySubject = language == .english ? activity.kind.title : say(activity.kind.name)
        switch prompt.purpose {
        case .reschedule:
            self.init(
                title: say(.editRescheduleTitle), lines: [shown, say(.editRescheduleForms(example: Self.exampleDay(today)))],
                input: prompt.input, error: prompt.error, hint: say(.promptHintSave))
        case .subject:
            self.init(
                title: say(.editActivityTitle), lines: [shown, say(.editSubjectLine(kind: emptySubject))],
                input: prompt.input, error: prompt.error, hint: say(.promptHintNext))
        case .note:
            self.init(
                title: say(.editActivityTitle), lines: [shown, say(.editNoteLine)],
                input: prompt.input, error: prompt.error, hint: say(.promptHintSave))
        case .confirmDelete:
            self.init(
                title: say(.editDeleteTitle), lines: [say(.editDeleteQuestion(activity: shown))],
                input: nil, error: prompt.error, hint: say(.editDeleteHint))
        }
    }

    /// A day prompt, in a language; `today` dates the examples.
    public init(day prompt: DayPrompt, today: CalendarDay? = nil, language: Language = .english) {
        let shown = TerminalText.visible(prompt.dealTitle)
        let (title, line): (Text, Text) = switch prompt.purpose {
        case .snooze: (.promptSnoozeTitle(title: shown), .promptSnoozeUntil(example: Self.exampleDay(today)))
        case .park: (.promptParkTitle(title: shown), .promptParkUntil(example: Self.exampleDay(today, days: 45)))
        }
        self.init(
            title: title.rendered(in: language), lines: [line.rendered(in: language)], input: prompt.input, error: prompt.error,
            hint: Text.promptHintSave.rendered(in: language))
    }

    /// The box's width: 64 columns, wider for a longer line where the area allows, so a wide screen shows
    /// every line whole; lines still too wide wrap.
    static func boxWidth(for lines: [String], error: String?, in area: Rect) -> Int {
        let widest = (lines + [error ?? ""]).map(DisplayWidth.of).max() ?? 0
        return min(area.width, max(64, widest + 4))
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        let width = Self.boxWidth(for: lines, error: error, in: area)
        let shown = lines.flatMap { WrappedText.lines($0, width: max(1, width - 4)) }
        let errorLines = error.map { WrappedText.lines($0, width: max(1, width - 4)) } ?? []
        let height = shown.count + (input == nil ? 0 : 1) + errorLines.count + 3
        let box = area.centered(width: width, height: height)
        screen.fill(box, style: CellStyle(.overlay))
        screen.box(box, title: title)
        let inner = box.inset(by: 1)
        guard inner.height > 0, inner.width > 2 else { return }
        var y = inner.y
        for line in shown where y < inner.maxY {
            screen.put(line, x: inner.x + 1, y: y, limit: inner.width - 2)
            y += 1
        }
        if let input, y < inner.maxY {
            let used = screen.put("> ", x: inner.x + 1, y: y, style: CellStyle(.focusedField))
            TextFieldView(field: input).draw(on: &screen, in: Rect(x: inner.x + 1 + used, y: y, width: inner.width - 2 - used, height: 1))
            y += 1
        }
        for line in errorLines where y < inner.maxY - 1 {
            screen.put(line, x: inner.x + 1, y: y, style: CellStyle(.error, bold: true), limit: inner.width - 2)
            y += 1
        }
        screen.put(hint, x: inner.x + 1, y: inner.maxY - 1, style: CellStyle(.dim), limit: inner.width - 2)
    }
}
