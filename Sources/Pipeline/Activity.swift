import Foundation
import Wording

/// Something done or planned on a deal: a call, an email, a meeting, a task.
///
/// An activity is planned while `doneAt` is nil and done once it is set. Its `due`
/// is a wall-clock day (and optional time) in the user's time zone. Closing a deal (won or
/// lost) cancels its planned activities (`cancelledAt`): they stay in its history, are neither
/// planned nor done, and come back when the deal is reopened or its close undone.
public struct Activity: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var dealID: Int64
    public var kind: Kind
    public var subject: String
    public var due: ActivityDue?
    public var doneAt: Date?
    public var note: String?
    public var owner: String?
    public var createdAt: Date
    /// When the deal's close cancelled this planned activity; nil while it counts.
    public var cancelledAt: Date?
    /// Who logged or planned it (the name the store was opened with); nil for activities saved before names were kept.
    public var by: String?

    public init(
        id: Int64 = 0, dealID: Int64, kind: Kind, subject: String? = nil, due: ActivityDue? = nil,
        doneAt: Date? = nil, note: String? = nil, owner: String? = nil, createdAt: Date, cancelledAt: Date? = nil,
        by: String? = nil
    ) {
        self.id = id
        self.dealID = dealID
        self.kind = kind
        self.subject = subject ?? kind.title
        self.due = due
        self.doneAt = doneAt
        self.note = note
        self.owner = owner
        self.createdAt = createdAt
        self.cancelledAt = cancelledAt
        self.by = by
    }

    /// True once the activity has been done.
    public var isDone: Bool { doneAt != nil }

    /// True once closing its deal cancelled it.
    public var isCancelled: Bool { cancelledAt != nil }

    /// True while it is still to be done: neither done nor cancelled.
    public var isPlanned: Bool { doneAt == nil && cancelledAt == nil }

    /// Where a planned activity stands today; `.none` for a done or cancelled one.
    public func state(now: Date, timeZone: TimeZone) -> NextActivityState {
        guard isPlanned, let due else { return .none }
        return due.state(now: now, timeZone: timeZone)
    }

    /// This planned activity marked done at `now`, or the rule that refuses it. A refusal names when it was
    /// done on the wall clock of `timeZone` in `dateFormat`, as `show` writes it: never raw UTC.
    public func completed(
        at now: Date, dateFormat: DateFormat = .iso, timeZone: TimeZone = TimeZone(identifier: "UTC")!
    ) throws(PipelineError) -> Activity {
        if let doneAt {
            throw .refused(ErrorText.activityAlreadyDone(id: id, at: dateFormat.formatMoment(doneAt, in: timeZone)).string)
        }
        if isCancelled {
            throw .refused(ErrorText.activityCancelled(id: id, deal: dealID).string)
        }
        var done = self
        done.doneAt = now
        return done
    }

    /// Orders planned activities by due date (undated last), then by id: the first is the next step.
    public static func dueOrder(_ lhs: Activity, _ rhs: Activity) -> Bool {
        switch (lhs.due, rhs.due) {
        case let (left?, right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.id < rhs.id
        }
    }

    /// What kind of activity: the ways a salesperson reaches a customer, plus tasks and notes.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case call
        case email
        case meeting
        case sms
        case chat
        case social
        case demo
        case task
        case note

        /// Parses a kind name, case-insensitively, or names the accepted ones.
        public static func parse(_ text: String) throws(PipelineError) -> Kind {
            try parseChoice(text, what: "activity kind")
        }

        /// A kind from its one letter (c call, e email, m meeting, s sms, h chat, o social, d demo, t task, n note) or its name.
        public static func parse(letterOrName text: String) throws(PipelineError) -> Kind {
            let word = text.trimmingWhitespace().lowercased()
            if word.count == 1, let kind = Kind(letter: Character(word)) { return kind }
            return try parse(word)
        }

        /// True for kinds that reach the customer; tasks and notes are not contact.
        public var isContact: Bool { self != .task && self != .note }

        /// The kind's name as a person reads it: `call`, `电话`.
        public var name: Text {
            switch self {
            case .call: .kindCall
            case .email: .kindEmail
            case .meeting: .kindMeeting
            case .sms: .kindSMS
            case .chat: .kindChat
            case .social: .kindSocial
            case .demo: .kindDemo
            case .task: .kindTask
            case .note: .kindNote
            }
        }

        /// The subject an activity gets when none is typed, in the language Funnel speaks when it is saved
        /// (`Call`, `电话`): it is stored with the activity, so it stays as it was written.
        public var title: String { title(in: Language.current) }

        /// The default subject in one language.
        public func title(in language: Language) -> String {
            guard language == .english else { return name.rendered(in: language) }
            switch self {
            case .sms: return "SMS"
            default: return rawValue.prefix(1).uppercased() + rawValue.dropFirst()
            }
        }

        /// True when `subject` is this kind's default subject in any language (an edit that changes the kind
        /// renames it).
        public func isDefaultSubject(_ subject: String) -> Bool {
            Language.allCases.contains { title(in: $0) == subject }
        }

        /// The one letter that chooses this kind on the board.
        public var letter: Character {
            switch self {
            case .call: "c"
            case .email: "e"
            case .meeting: "m"
            case .sms: "s"
            case .chat: "h"
            case .social: "o"
            case .demo: "d"
            case .task: "t"
            case .note: "n"
            }
        }

        /// The kind chosen by a letter, if any.
        public init?(letter: Character) {
            guard let kind = Kind.allCases.first(where: { $0.letter == Character(letter.lowercased()) }) else { return nil }
            self = kind
        }
    }

    // MARK: - Field rules

    /// Reads a next step typed as "KIND DUE", e.g. `call +2d`, `e fri 14:00`: a planned activity titled after its kind.
    public static func nextStep(
        _ text: String, dealID: Int64, today: CalendarDay, weekStartsOn: Weekday = .monday, createdAt: Date
    ) throws(PipelineError) -> Activity {
        let words = text.trimmingWhitespace().split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first else {
            throw .invalidValue(ErrorText.nextStepEmpty.string)
        }
        let kind = try Kind.parse(letterOrName: first)
        guard words.count == 2 else { throw .invalidValue(ErrorText.nextStepNeedsDue(kind: kind.rawValue).string) }
        let due = try ActivityDue.parse(words[1], today: today, weekStartsOn: weekStartsOn)
        return Activity(dealID: dealID, kind: kind, due: due, createdAt: createdAt)
    }

    /// Checks a subject: trimmed, no control characters, at most 200 characters; empty means the kind's title.
    public static func validSubject(_ raw: String?, kind: Kind) throws(PipelineError) -> String {
        guard let subject = try Deal.validText(raw, field: "subject", maxLength: 200) else { return kind.title }
        guard !subject.unicodeScalars.contains(where: TerminalText.isControl) else {
            throw .invalidValue(ErrorText.subjectHasControl(value: TerminalText.visible(subject)).string)
        }
        return subject
    }
}
