import Foundation
import Pipeline
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

    mutating func run() throws {
        var shown = Set<Int64>()
        while true {
            let queue = try store.reviewQueue(now: now, timeZone: timeZone)
            guard let item = queue.remaining.first else {
                if queue.total == 0 {
                    say("Nothing needs attention today (\(dates.day(queue.day))).")
                } else {
                    say("Review done for \(dates.day(queue.day)): \(queue.total) deals; \(queue.summary).")
                }
                return
            }
            let pipeline = try store.pipeline(id: item.deal.pipelineID)
            let step = ReviewStep(day: queue.day, item: item, activities: try store.activities(dealID: item.deal.id))
            if shown.isEmpty {
                say("Review for \(dates.day(queue.day)): \(queue.remaining.count) to do" + (queue.handled.isEmpty ? "" : ", \(queue.handled.count) already handled today"))
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
                warn("unknown key '\(TerminalText.visible(answer))': use \(ReviewStep.keyList(quit: "q"))")
                continue
            }
            do {
                switch choice {
                case .logContact:
                    guard try logContact(step) else { return stop(queue) }
                case .nextStep:
                    guard let next = try askNextStep(item.deal.id, prompt: "Next step: kind and due, e.g. 'call +2d' or 'e fri 14:00'") else {
                        return stop(queue)
                    }
                    if let next { try store.addActivity(next, review: step.mark(choice), now: now) }
                case .advance:
                    let change = try store.advanceFromReview(dealID: item.deal.id, mark: step.mark(choice)!, now: now).value
                    say("Moved to \(TerminalText.visible(change.toStageName)).")
                case .snooze:
                    guard let text = ask("Snooze until (Enter: +1w):") else { return stop(queue) }
                    let day = try ActivityDue.parseFutureDay(text.isEmpty ? "+1w" : text, today: queue.day, weekStartsOn: weekStartsOn, field: "snooze day")
                    try store.snooze(dealID: item.deal.id, until: day, reason: nil, now: now, review: step.mark(choice))
                    say("Snoozed until \(dates.day(day)).")
                case .park:
                    guard let text = ask("Revisit on (Enter: no date):") else { return stop(queue) }
                    let day = try text.isEmpty ? nil : ActivityDue.parseFutureDay(text, today: queue.day, weekStartsOn: weekStartsOn, field: "revisit day")
                    try store.park(dealID: item.deal.id, until: day, stage: nil, now: now, review: step.mark(choice))
                    say("Parked in Revisit.")
                case .markLost:
                    guard let reason = ask("Lost reason:") else { return stop(queue) }
                    try store.markLostFromReview(dealID: item.deal.id, reason: reason, mark: step.mark(choice)!, now: now)
                    say("Marked lost.")
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
            say(TerminalText.visible("Marking done: #\(due.id) \(due.kind.rawValue) \"\(due.subject)\""))
            guard let next = try askNextStep(item.deal.id, prompt: "Next step (e.g. 'call +2d', 'email fri'; Enter to skip):", optional: true) else {
                return false
            }
            if let next {
                try store.completeActivity(id: due.id, now: now)
                try store.addActivity(next, review: mark, now: now)
            } else {
                try store.completeActivity(id: due.id, now: now, review: mark, expected: nil)
            }
            say("Logged.")
            return true
        }
        guard let kindText = ask("Contact kind (Enter: call; or email, meeting, sms, chat, social, demo):") else { return false }
        let kind = try kindText.isEmpty ? .call : Activity.Kind.parse(letterOrName: kindText)
        guard kind.isContact else { throw PipelineError.invalidValue("invalid contact kind '\(kindText)': tasks and notes are not contact") }
        guard let subjectText = ask("Subject (Enter: \(kind.title)):") else { return false }
        let subject = try Activity.validSubject(subjectText, kind: kind)
        guard let next = try askNextStep(item.deal.id, prompt: "Next step (e.g. 'call +2d', 'email fri'; Enter to skip):", optional: true) else {
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
        say("Logged.")
        return true
    }

    /// Asks for a next step as "KIND DUE [TIME]" and its subject. Nil: input ended; .some(nil): skipped.
    private func askNextStep(_ dealID: Int64, prompt: String, optional: Bool = false) throws -> Activity?? {
        guard let text = ask(prompt) else { return nil }
        if text.isEmpty {
            if optional { return .some(nil) }
            throw PipelineError.invalidValue("a next step needs a kind and a due date, e.g. 'call +2d'")
        }
        var next = try Activity.nextStep(text, dealID: dealID, today: CalendarDay(now, in: timeZone), weekStartsOn: weekStartsOn, createdAt: now)
        guard let subjectText = ask("Subject (Enter: \(next.kind.title)):") else { return nil }
        next.subject = try Activity.validSubject(subjectText, kind: next.kind)
        return .some(next)
    }

    private func open(_ deal: Deal, pipeline: Pipeline, activities: [Activity]) {
        if let org = deal.organization { say(TerminalText.visible("Organization: \(org)")) }
        let person = [deal.person.name, deal.person.jobTitle, deal.person.email, deal.person.phone].compactMap { $0 }
        if !person.isEmpty { say(TerminalText.visible("Person: \(person.joined(separator: ", "))")) }
        if let close = deal.expectedClose { say("Expected close: \(dates.day(close))") }
        if let notes = deal.notes { for line in TerminalText.visibleLines(notes) { say("  " + line) } }
        say("Activities:" + (activities.isEmpty ? " none" : ""))
        for activity in activities { say("  " + ActivityText.line(activity, now: now, timeZone: timeZone, dates: dates)) }
    }

    private func stop(_ queue: ReviewQueue) {
        say("")
        say("Stopped at \(queue.progressText); today's progress is kept: run 'funnel review' to continue.")
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
