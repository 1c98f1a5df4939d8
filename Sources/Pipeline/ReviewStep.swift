import Foundation
import Wording

/// The next item of today's review as both front-ends work it (the CLI's `funnel review` and the board's `r`):
/// what each key chooses and the decision it records, the activity a logged contact completes, the deal's last
/// and next activity, and the words that describe the item. The front-ends only lay these out and ask the
/// questions their medium allows; the queue's order is `DailyReview`'s.
public struct ReviewStep: Hashable, Sendable {
    /// What a key does on a review item.
    public enum Choice: Character, CaseIterable, Sendable {
        case logContact = "c"
        case nextStep = "n"
        case advance = "a"
        case snooze = "z"
        case park = "p"
        case markLost = "l"
        case open = "o"
        case skip = "s"

        /// The choice a typed key makes (either case), or nil for a key that is none.
        public init?(key: Character) {
            guard let choice = Choice(rawValue: Character(key.lowercased())) else { return nil }
            self = choice
        }

        /// The decision recorded with the change it makes; nil for `open`, which only shows more.
        public var decision: ReviewDecision? {
            switch self {
            case .logContact: .loggedContact
            case .nextStep: .scheduledNextStep
            case .advance: .advanced
            case .snooze: .snoozed
            case .park: .parked
            case .markLost: .markedLost
            case .open: nil
            case .skip: .skipped
            }
        }

        /// Its name in the key hints ("log contact"), in the table's languages.
        public var name: Text {
            switch self {
            case .logContact: .choiceLogContact
            case .nextStep: .choiceNextStep
            case .advance: .choiceAdvance
            case .snooze: .choiceSnooze
            case .park: .choicePark
            case .markLost: .choiceLost
            case .open: .choiceOpen
            case .skip: .choiceSkip
            }
        }
    }

    /// The review day the step belongs to.
    public var day: CalendarDay
    public var item: ReviewItem
    /// The deal's activities, done and planned.
    public var activities: [Activity]

    public init(day: CalendarDay, item: ReviewItem, activities: [Activity]) {
        self.day = day
        self.item = item
        self.activities = activities
    }

    /// The step of the queue's next item, or nil when nothing is left.
    public init?(queue: ReviewQueue, activities: [Activity]) {
        guard let item = queue.remaining.first else { return nil }
        self.init(day: queue.day, item: item, activities: activities)
    }

    /// The mark a choice's change is saved with, so the item stays handled today; nil for `open`.
    public func mark(_ choice: Choice) -> ReviewMark? {
        choice.decision.map { ReviewMark(day: day, reason: item.reason, decision: $0) }
    }

    /// The deal's most recent done activity.
    public var lastDone: Activity? {
        activities.filter(\.isDone).max { ($0.doneAt!, $0.id) < ($1.doneAt!, $1.id) }
    }

    /// The deal's next planned activity.
    public var nextPlanned: Activity? {
        activities.filter(\.isPlanned).min(by: Activity.dueOrder)
    }

    /// The planned activity a logged contact marks done: the next one when it is overdue or due today.
    public func dueActivity(now: Date, timeZone: TimeZone) -> Activity? {
        guard let next = nextPlanned else { return nil }
        return [.overdue, .dueToday].contains(next.state(now: now, timeZone: timeZone)) ? next : nil
    }

    /// Why the deal is here, in a language: "overdue activity (also: stalled, no next step)".
    public func reasonText(in language: Language) -> String {
        let reason = item.reason.shownName.rendered(in: language)
        let others = item.allReasons.dropFirst().map { $0.shownName.rendered(in: language) }
        guard !others.isEmpty else { return reason }
        return Text.reviewAlso(reason: reason, others: others.joined(separator: language == .english ? ", " : "、")).rendered(in: language)
    }

    /// The deal's idle days against its stage's threshold: "Idle 9 days (stalls after 7)".
    public func idleText(stage: Stage?, in language: Language = .english) -> String {
        Text.reviewIdleLine(days: item.idleDays, threshold: Stage.stallThreshold(of: stage).rendered(in: language)).rendered(in: language)
    }

    /// The four qualifying answers, in a language: "budget yes, authority no, need unknown, timing yes".
    public func qualificationText(in language: Language) -> String {
        let q = item.deal.qualification
        func say(_ answer: Qualification.Answer) -> String { answer.shownName.rendered(in: language) }
        return Text.showQualification(budget: say(q.budget), authority: say(q.authority), need: say(q.need), timing: say(q.timing))
            .rendered(in: language)
    }

    /// The keys named in a sentence for an unknown key, in the run's language: "c, n, a, z, p, l, o, s or q".
    public static func keyList(quit: Character) -> String {
        Language.current.listed(Choice.allCases.map { String($0.rawValue) }, orLast: String(quit))
    }
}
