import Foundation
import Pipeline
import Wording
import FunnelStore

/// The interactive review on a plain terminal or a pipe: one item at a time, one key and Enter per decision.
///
/// Every decision is written (with its review mark) before the next item shows, so quitting,
/// a closed pipe or a crash loses nothing: the next run continues with what is left.
struct ReviewSession {
    let store: any PipelineStore
    let now: Date
    let timeZone: TimeZone
    /// From the config: how days are shown and where weeks start for `next week`.
    var dates = DateText()
    var weekStartsOn: Weekday = .monday
    /// Whose deals are reviewed: the person running Funnel's (and the unowned), nil for everyone's (`--all`).
    var mine: Salesperson?

    mutating func run() throws {
        var shown = Set<Int64>()
        while true {
            let queue = try store.reviewQueue(now: now, timeZone: timeZone, mine: mine)
            guard let item = queue.remaining.first else {
                if queue.total == 0 {
                    say(Text.reviewNothingToday(day: dates.day(queue.day)).string)
                } else {
                    say(Text.sessionDone(day: dates.day(queue.day), total: queue.total, summary: queue.summary(in: Language.current)).string)
                }
                return
            }
            let pipeline = try store.pipeline(id: item.deal.pipelineID)
            let step = ReviewStep(day: queue.day, item: item, activities: try store.activities(dealID: item.deal.id))
            if shown.isEmpty {
                say((queue.handled.isEmpty
                    ? Text.sessionHeader(day: dates.day(queue.day), toDo: queue.remaining.count)
                    : Text.sessionHeaderHandled(day: dates.day(queue.day), toDo: queue.remaining.count, handled: queue.handled.count)).string)
                if let mine { say(Text.reviewOfMine(name: mine.name).string) }
                if let cycle = queue.salesCycle { say(ReviewText.sweepLine(cycle)) }
            }
            shown.insert(item.deal.id)
            for line in ReviewText.context(step, progress: queue.progressText, pipeline: pipeline, now: now, timeZone: timeZone, dates: dates) {
                say(line)
            }
            say(ReviewText.keys)
            guard let answer = ask(">") else { return stop(queue) }
            if answer.lowercased().first == "q" { return stop(queue) }
            guard let choice = answer.first.flatMap(ReviewStep.Choice.init(key:)) else {
                warn(Text.sessionUnknownKey(key: TerminalText.visible(answer), keys: ReviewStep.keyList(quit: "q")).string)
                continue
            }
            do {
                switch choice {
                case .logContact:
                    guard try logContact(step) else { return stop(queue) }
                case .nextStep:
                    guard let next = try askNextStep(item.deal.id, prompt: Text.sessionNextStepPrompt.string) else {
                        return stop(queue)
                    }
                    if let next { try store.addActivity(next, review: step.mark(choice), now: now) }
                case .advance:
                    let change = try store.advanceFromReview(dealID: item.deal.id, mark: step.mark(choice)!, now: now).value
                    say(Text.sessionMovedTo(stage: TerminalText.visible(change.toStageName)).string)
                case .snooze:
                    guard let text = ask(Text.sessionSnoozePrompt.string) else { return stop(queue) }
                    let day = try ActivityDue.parseFutureDay(text.isEmpty ? "+1w" : text, today: queue.day, weekStartsOn: weekStartsOn, field: "snooze day")
                    try store.snooze(dealID: item.deal.id, until: day, reason: nil, now: now, review: step.mark(choice))
                    say(Text.sessionSnoozed(day: dates.day(day)).string)
                case .park:
                    guard let text = ask(Text.sessionRevisitPrompt.string) else { return stop(queue) }
                    let day = try text.isEmpty ? nil : ActivityDue.parseFutureDay(text, today: queue.day, weekStartsOn: weekStartsOn, field: "revisit day")
                    try store.park(dealID: item.deal.id, until: day, stage: nil, now: now, review: step.mark(choice))
                    say(Text.sessionParked.string)
                case .markLost:
                    guard let reason = ask(Text.sessionLostPrompt.string) else { return stop(queue) }
                    try store.markLostFromReview(dealID: item.deal.id, reason: reason, mark: step.mark(choice)!, now: now)
                    say(Text.sessionMarkedLost.string)
                case .open:
                    open(item.deal, pipeline: pipeline, activities: step.activities)
                case .skip:
                    try store.skipReviewItem(dealID: item.deal.id, mark: step.mark(choice)!, now: now)
                }
            } catch {
                warn(FunnelMain.describe(error))
            }
        }
    }

    /// Logs a done contact, then offers to schedule the next step; false when input ended.
    ///
    /// When the deal is here for an overdue or due activity, that activity is the one marked done.
    private func logContact(_ step: ReviewStep) throws -> Bool {
        let item = step.item
        let mark = step.mark(.logContact)!
        if let due = step.dueActivity(now: now, timeZone: timeZone) {
            say(TerminalText.visible(Text.sessionMarkingDone(id: due.id, kind: Language.current == .english ? due.kind.rawValue : due.kind.name.string, subject: due.subject).string))
            guard let next = try askNextStep(item.deal.id, prompt: Text.sessionNextStepOptional.string, optional: true) else {
                return false
            }
            if let next {
                try store.completeActivity(id: due.id, now: now)
                try store.addActivity(next, review: mark, now: now)
            } else {
                try store.completeActivity(id: due.id, now: now, review: mark, expected: nil)
            }
            say(Text.sessionLogged.string)
            return true
        }
        guard let kindText = ask(Text.sessionContactKindPrompt.string) else { return false }
        let kind = try kindText.isEmpty ? .call : Activity.Kind.parse(letterOrName: kindText)
        guard kind.isContact else { throw PipelineError.invalidValue(ErrorText.reviewContactKindNotContact(value: kindText).string) }
        guard let subjectText = ask(Text.sessionSubjectPrompt(kind: kind.title).string) else { return false }
        let subject = try Activity.validSubject(subjectText, kind: kind)
        guard let next = try askNextStep(item.deal.id, prompt: Text.sessionNextStepOptional.string, optional: true) else {
            return false
        }
        let done = Activity(dealID: item.deal.id, kind: kind, subject: subject, doneAt: now, createdAt: now)
        // The review mark goes with the last write, so the recorded version is the deal's final one.
        if let next {
            try store.addActivity(done)
            try store.addActivity(next, review: mark, now: now)
        } else {
            try store.addActivity(done, review: mark, now: now)
        }
        say(Text.sessionLogged.string)
        return true
    }

    /// Asks for a next step as "KIND DUE [TIME]" and its subject. Nil: input ended; .some(nil): skipped.
    private func askNextStep(_ dealID: Int64, prompt: String, optional: Bool = false) throws -> Activity?? {
        guard let text = ask(prompt) else { return nil }
        if text.isEmpty {
            if optional { return .some(nil) }
            throw PipelineError.invalidValue(ErrorText.reviewNextStepNeedsKindAndDue.string)
        }
        var next = try Activity.nextStep(text, dealID: dealID, today: CalendarDay(now, in: timeZone), weekStartsOn: weekStartsOn, createdAt: now)
        guard let subjectText = ask(Text.sessionSubjectPrompt(kind: next.kind.title).string) else { return nil }
        next.subject = try Activity.validSubject(subjectText, kind: next.kind)
        return .some(next)
    }

    private func open(_ deal: Deal, pipeline: Pipeline, activities: [Activity]) {
        if let org = deal.organization { say(TerminalText.visible(Text.sessionOrganization(organization: org).string)) }
        let person = [deal.person.name, deal.person.jobTitle, deal.person.email, deal.person.phone].compactMap { $0 }
        if !person.isEmpty { say(TerminalText.visible(Text.sessionPerson(person: person.joined(separator: ", ")).string)) }
        if let close = deal.expectedClose { say(Text.reviewExpectedClose(day: dates.day(close)).string) }
        if let notes = deal.notes { for line in TerminalText.visibleLines(notes) { say("  " + line) } }
        say(Text.reviewActivitiesHeading.string + (activities.isEmpty ? " " + Text.showNone.string : ""))
        for activity in activities { say("  " + ActivityText.line(activity, now: now, timeZone: timeZone, dates: dates)) }
    }

    private func stop(_ queue: ReviewQueue) {
        say("")
        say(Text.sessionStopped(progress: queue.progressText).string)
    }

    private func say(_ line: String) {
        print(line)
        fflush(nil)
    }

    private func warn(_ message: String) {
        FileHandle.standardError.write(Data(("funnel: " + TerminalText.visible(message) + "\n").utf8))
    }

    /// Prints a prompt and reads one line, trimmed; nil at the end of input.
    private func ask(_ prompt: String) -> String? {
        print(prompt + " ", terminator: "")
        fflush(nil)
        let answer = readLine()?.trimmingWhitespace()
        // From a pipe the typed answer is not echoed: print it so a transcript reads like a session.
        if isatty(0) == 0 { print(TerminalText.visible(answer ?? "")) }
        return answer
    }
}
