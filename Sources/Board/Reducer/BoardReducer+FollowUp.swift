import Foundation
import Pipeline
import Wording

/// Activities, the stalled filter, snooze, park, qualification and the daily review.
extension BoardReducer {
    // MARK: - Commands while browsing

    static func runFollowUp(_ command: BoardCommand, _ state: inout BoardState) -> [BoardEffect] {
        switch command {
        case .stalledFilter:
            state.stalledOnly.toggle()
            state.message = BoardMessage(state.text(state.stalledOnly ? .stalledOnlyShown : .allDealsShown))
            return [reload(state, fromTop: true)]
        case .myDeals:
            guard let salesperson = state.salesperson else { return [] }
            // Switching is a read the server must answer: while it is away the board keeps what it shows and says why.
            guard !state.serverLost else {
                state.message = .offline(state.text(.myDealsNeedTheServer))
                return []
            }
            state.mineOnly.toggle()
            state.message = BoardMessage(state.text(state.mineOnly ? .myDealsShown(name: salesperson.name) : .everyonesDealsShown))
            return [reload(state, fromTop: true)]
        case .review:
            state.mode = .reviewing(ReviewScreen())
            return [.loadReview(mine: state.shownMine)]
        default:
            break
        }
        guard let deal = state.selectedDeal else { return nothingSelected(&state) }
        switch command {
        case .logActivity:
            state.mode = .loggingActivity(ActivityPrompt(dealID: deal.id, dealTitle: deal.title))
        case .snooze:
            state.mode = .askingDay(DayPrompt(purpose: .snooze, dealID: deal.id, dealVersion: deal.version, dealTitle: deal.title))
        case .park:
            // In the Revisit pipeline the same key brings the deal back.
            guard state.pipeline?.kind != .revisit else { return [.unpark(dealID: deal.id, expectedVersion: deal.version)] }
            state.mode = .askingDay(DayPrompt(purpose: .park, dealID: deal.id, dealVersion: deal.version, dealTitle: deal.title))
        case .qualify:
            state.mode = .qualifying(QualifyForm(deal: deal))
        default:
            break
        }
        return []
    }

    // MARK: - Prompts

    /// What a key did to a prompt.
    enum PromptOutcome {
        case editing
        case cancelled
        case finished([BoardEffect])
    }

    /// Keys in the activity prompt: kind letter, subject, when, next step.
    static func activityKey(
        _ key: Key, _ prompt: inout ActivityPrompt, now: Date, timeZone: TimeZone, weekStartsOn: Weekday = .monday,
        language: Language = .english
    ) -> PromptOutcome {
        let today = CalendarDay(now, in: timeZone)
        if key == .escape {
            // Asked for the next step after a done activity, Esc skips the next step, as an empty Enter does (and the
            // CLI's review): what was done is still saved.
            guard prompt.step == .nextStep, prompt.logged != nil || prompt.completing != nil else { return .cancelled }
            return .finished([.logActivity(ActivityLog(
                dealID: prompt.dealID, completeID: prompt.completing?.id, done: prompt.logged, next: nil, review: prompt.review))])
        }
        prompt.error = nil
        switch prompt.step {
        case .kind:
            if key == .enter {
                prompt.step = .subject
                return .editing
            }
            guard let letter = key.typed, let kind = Activity.Kind(letter: letter) else {
                prompt.error = Text.chooseKindByLetter(kinds: Activity.Kind.allCases.map { "\($0.letter) \($0.name.rendered(in: language))" })
                    .rendered(in: language)
                return .editing
            }
            prompt.kind = kind
            prompt.step = .subject
            return .editing
        case .subject, .when, .nextStep:
            if key != .enter {
                prompt.input.edit(key)
                return .editing
            }
        }
        // Enter on a text step.
        do {
            switch prompt.step {
            case .kind:
                return .editing
            case .subject:
                prompt.subject = try Activity.validSubject(prompt.text, kind: prompt.kind)
                prompt.text = ""
                if prompt.review != nil {
                    // From the review, `c` logs a contact that happened now.
                    prompt.logged = Activity(dealID: prompt.dealID, kind: prompt.kind, subject: prompt.subject, doneAt: now, createdAt: now)
                    prompt.step = .nextStep
                } else {
                    prompt.step = .when
                }
                return .editing
            case .when:
                let text = prompt.text.trimmingWhitespace()
                if text.isEmpty {
                    let done = Activity(dealID: prompt.dealID, kind: prompt.kind, subject: prompt.subject, doneAt: now, createdAt: now)
                    guard prompt.kind.isContact else {
                        return .finished([.logActivity(ActivityLog(dealID: prompt.dealID, done: done, review: prompt.review))])
                    }
                    prompt.logged = done
                    prompt.step = .nextStep
                    prompt.text = ""
                    return .editing
                }
                let due = try ActivityDue.parse(text, today: today, weekStartsOn: weekStartsOn)
                let planned = Activity(dealID: prompt.dealID, kind: prompt.kind, subject: prompt.subject, due: due, createdAt: now)
                return .finished([.logActivity(ActivityLog(dealID: prompt.dealID, next: planned, review: prompt.review))])
            case .nextStep:
                let text = prompt.text.trimmingWhitespace()
                let next = try text.isEmpty && (prompt.logged != nil || prompt.completing != nil)
                    ? nil : Activity.nextStep(text, dealID: prompt.dealID, today: today, weekStartsOn: weekStartsOn, createdAt: now)
                return .finished([.logActivity(ActivityLog(
                    dealID: prompt.dealID, completeID: prompt.completing?.id, done: prompt.logged, next: next, review: prompt.review))])
            }
        } catch {
            prompt.error = error.description
            return .editing
        }
    }

    /// Keys in a day or reason prompt: snooze until, park's revisit day, the review's lost reason.
    static func dayKey(_ key: Key, _ prompt: inout DayPrompt, now: Date, timeZone: TimeZone, weekStartsOn: Weekday = .monday) -> PromptOutcome {
        switch key {
        case .escape:
            return .cancelled
        case .enter:
            break
        default:
            let before = prompt.text
            prompt.input.edit(key)
            if prompt.text != before { prompt.error = nil }
            return .editing
        }
        let today = CalendarDay(now, in: timeZone)
        let text = prompt.text.trimmingWhitespace()
        do {
            switch prompt.purpose {
            case .snooze:
                let day = try ActivityDue.parseFutureDay(text.isEmpty ? "+1w" : text, today: today, weekStartsOn: weekStartsOn, field: "snooze day")
                return .finished([.snooze(dealID: prompt.dealID, until: day, expectedVersion: prompt.dealVersion, review: prompt.review)])
            case .park:
                let day = try text.isEmpty ? nil : ActivityDue.parseFutureDay(text, today: today, weekStartsOn: weekStartsOn, field: "revisit day")
                return .finished([.park(dealID: prompt.dealID, until: day, expectedVersion: prompt.dealVersion, review: prompt.review)])
            }
        } catch {
            prompt.error = error.description
            return .editing
        }
    }

    // MARK: - Modes

    static func loggingActivityKey(_ key: Key, _ prompt: ActivityPrompt, _ state: inout BoardState) -> [BoardEffect] {
        var prompt = prompt
        let outcome = activityKey(key, &prompt, now: state.now, timeZone: state.timeZone, weekStartsOn: state.weekStartsOn, language: state.language)
        return settle(outcome, stillEditing: .loggingActivity(prompt), &state)
    }

    static func askingDayKey(_ key: Key, _ prompt: DayPrompt, _ state: inout BoardState) -> [BoardEffect] {
        var prompt = prompt
        let outcome = dayKey(key, &prompt, now: state.now, timeZone: state.timeZone, weekStartsOn: state.weekStartsOn)
        return settle(outcome, stillEditing: .askingDay(prompt), &state)
    }

    /// Applies a prompt's outcome: keep the prompt open, cancel with "Nothing saved", or leave with its effects.
    static func settle(_ outcome: PromptOutcome, stillEditing mode: BoardMode, _ state: inout BoardState) -> [BoardEffect] {
        switch outcome {
        case .editing:
            state.mode = mode
            return []
        case .cancelled:
            state.mode = .browsing
            state.message = BoardMessage(state.text(.nothingSaved))
            return []
        case .finished(let effects):
            state.mode = .browsing
            return effects
        }
    }

    /// Keys in the qualification form: b a n t cycle the answers, h the temperature, Enter saves.
    static func qualifyingKey(_ key: Key, _ form: QualifyForm, _ state: inout BoardState) -> [BoardEffect] {
        var form = form
        switch key {
        case .escape:
            state.mode = .browsing
            state.message = BoardMessage(state.text(.nothingSaved))
            return []
        case .enter:
            state.mode = .browsing
            return [.qualify(dealID: form.deal.id, form.qualification, temperatureByHand: form.temperatureByHand, expectedVersion: form.deal.version)]
        case .character("b"): form.qualification.budget = QualifyForm.next(form.qualification.budget)
        case .character("a"): form.qualification.authority = QualifyForm.next(form.qualification.authority)
        case .character("n"): form.qualification.need = QualifyForm.next(form.qualification.need)
        case .character("t"): form.qualification.timing = QualifyForm.next(form.qualification.timing)
        case .character("h"): form.temperatureByHand = QualifyForm.next(form.temperatureByHand)
        default: break
        }
        state.mode = .qualifying(form)
        return []
    }

    // MARK: - The review

    static func reviewLoaded(_ queue: ReviewQueue, activities: [Activity], _ state: inout BoardState) {
        guard case .reviewing(var screen) = state.mode else { return }
        if screen.current?.deal.id != queue.remaining.first?.deal.id { screen.expanded = false }
        screen.queue = queue
        screen.activities = activities
        screen.prompt = nil
        state.mode = .reviewing(screen)
    }

    static func reviewingKey(_ key: Key, _ screen: ReviewScreen, _ state: inout BoardState) -> [BoardEffect] {
        var screen = screen
        if let prompt = screen.prompt {
            let outcome: PromptOutcome
            switch prompt {
            case .activity(var activity):
                outcome = activityKey(key, &activity, now: state.now, timeZone: state.timeZone, weekStartsOn: state.weekStartsOn, language: state.language)
                screen.prompt = .activity(activity)
            case .day(var day):
                outcome = dayKey(key, &day, now: state.now, timeZone: state.timeZone, weekStartsOn: state.weekStartsOn)
                screen.prompt = .day(day)
            case .lostReason(var chooser):
                switch lostReasonChooserKey(key, &chooser) {
                case .choosing: outcome = .editing
                case .cancelled: outcome = .cancelled
                case .chosen(let reason):
                    guard let review = chooser.review, let version = chooser.dealVersion else { outcome = .cancelled; break }
                    outcome = .finished([.markLostFromReview(dealID: chooser.dealID, reason: reason, review, expectedVersion: version)])
                }
                screen.prompt = .lostReason(chooser)
            }
            switch outcome {
            case .editing:
                state.mode = .reviewing(screen)
                return []
            case .cancelled:
                screen.prompt = nil
                state.mode = .reviewing(screen)
                return []
            case .finished(let effects):
                // The prompt stays until the saved change reloads the review.
                state.mode = .reviewing(screen)
                return effects
            }
        }
        guard let queue = screen.queue else {
            if key == .escape || key == .character("q") { state.mode = .browsing }
            return []
        }
        guard let step = screen.step else {
            state.mode = .browsing
            state.message = BoardMessage(state.text(.reviewDone(summary: queue.summary(in: state.language))))
            return [reload(state)]
        }
        let deal = step.item.deal
        switch key {
        case .escape, .character("q"):
            state.mode = .browsing
            state.message = BoardMessage(state.text(.reviewPaused(progress: queue.progressText)))
            return [reload(state)]
        case .enter:
            screen.expanded.toggle()
        case .character(let letter):
            guard let choice = ReviewStep.Choice(rawValue: letter) else { break }
            let mark = step.mark(choice)
            switch choice {
            case .logContact:
                if let due = step.dueActivity(now: state.now, timeZone: state.timeZone) {
                    screen.prompt = .activity(ActivityPrompt(
                        dealID: deal.id, dealTitle: deal.title, step: .nextStep, kind: due.kind, subject: due.subject,
                        completing: due, review: mark))
                } else {
                    screen.prompt = .activity(ActivityPrompt(dealID: deal.id, dealTitle: deal.title, review: mark))
                }
            case .nextStep:
                screen.prompt = .activity(ActivityPrompt(dealID: deal.id, dealTitle: deal.title, step: .nextStep, review: mark))
            case .snooze:
                screen.prompt = .day(DayPrompt(purpose: .snooze, dealID: deal.id, dealVersion: deal.version, dealTitle: deal.title, review: mark))
            case .park:
                screen.prompt = .day(DayPrompt(purpose: .park, dealID: deal.id, dealVersion: deal.version, dealTitle: deal.title, review: mark))
            case .markLost:
                // As `x` on the board: the reasons used before, or a new one.
                screen.prompt = .lostReason(LostReasonChooser(dealID: deal.id, review: mark!, dealVersion: deal.version))
                state.mode = .reviewing(screen)
                return [.loadLostReasons]
            case .advance:
                state.mode = .reviewing(screen)
                return [.advanceFromReview(dealID: deal.id, mark!, expectedVersion: deal.version)]
            case .skip:
                state.mode = .reviewing(screen)
                return [.skipReviewItem(dealID: deal.id, mark!, expectedVersion: deal.version)]
            case .open:
                screen.expanded.toggle()
            }
        default:
            break
        }
        state.mode = .reviewing(screen)
        return []
    }
}
