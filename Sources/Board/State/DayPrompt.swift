import Pipeline

/// Asks for a day: `z` snooze until, or park's revisit day.
public struct DayPrompt: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        /// Snooze until a day after today; empty means a week.
        case snooze
        /// Park in Revisit, with an optional revisit day.
        case park
    }

    public var purpose: Purpose
    public var dealID: Int64
    /// The version of the deal the prompt was opened on: the snooze or park is refused if it changed since.
    public var dealVersion: Int
    public var dealTitle: String
    /// The day or reason being typed.
    public var input: TextField
    public var error: String?
    public var review: ReviewMark?

    public init(
        purpose: Purpose, dealID: Int64, dealVersion: Int, dealTitle: String, text: String = "", error: String? = nil,
        review: ReviewMark? = nil
    ) {
        self.purpose = purpose
        self.dealID = dealID
        self.dealVersion = dealVersion
        self.dealTitle = dealTitle
        input = TextField(text)
        self.error = error
        self.review = review
    }

    /// The typed text; setting it puts the cursor at its end.
    public var text: String {
        get { input.text }
        set { input = TextField(newValue) }
    }
}
