import Pipeline

/// `a` on a card: log or schedule an activity in a few keys.
///
/// Kind by one letter, the subject typed, then Enter logs it as done now, or a due date
/// (`+2d`, `fri 14:00`) schedules it. After a done contact it asks for the next step
/// (`c +2d`), which Enter on an empty line skips.
public struct ActivityPrompt: Sendable, Hashable {
    public enum Step: Sendable, Hashable {
        case kind
        case subject
        case when
        /// After logging a done contact: the next step as "KIND DUE", empty to skip.
        case nextStep
    }

    public var dealID: Int64
    public var dealTitle: String
    public var step: Step
    public var kind: Activity.Kind
    public var subject: String
    /// What is being typed at the current step.
    public var input: TextField
    public var error: String?
    /// The done activity, once the subject and when are given; saved with the next step.
    public var logged: Activity?
    /// A planned activity marked done instead of logging a new one (the review's overdue item).
    public var completing: Activity?
    /// Set when the prompt was opened from the daily review.
    public var review: ReviewMark?

    public init(
        dealID: Int64, dealTitle: String, step: Step = .kind, kind: Activity.Kind = .call, subject: String = "",
        text: String = "", error: String? = nil, logged: Activity? = nil, completing: Activity? = nil, review: ReviewMark? = nil
    ) {
        self.dealID = dealID
        self.dealTitle = dealTitle
        self.step = step
        self.kind = kind
        self.subject = subject
        input = TextField(text)
        self.error = error
        self.logged = logged
        self.completing = completing
        self.review = review
    }

    /// The typed text; setting it puts the cursor at its end.
    public var text: String {
        get { input.text }
        set { input = TextField(newValue) }
    }
}
