import Pipeline
import Wording

/// Choosing why a deal was lost: one of the reasons used before, or a new one typed in.
///
/// `x` on the board and `l` in the daily review both use it.
public struct LostReasonChooser: Sendable, Hashable {
    public var dealID: Int64
    /// Reasons used before, most used first; nil while they load.
    public var reasons: [String]?
    /// Index into `reasons`; `reasons.count` means the "new reason" line.
    public var selected: Int
    /// A new reason being typed.
    public var input: TextField
    /// Why the last Enter saved nothing.
    public var error: Text?
    /// Set when the chooser was opened from the daily review.
    public var review: ReviewMark?
    /// The version of the deal the chooser was opened on (the card's, or the review's item's).
    public var dealVersion: Int?

    public init(
        dealID: Int64, reasons: [String]? = nil, selected: Int = 0, typed: String = "", error: Text? = nil, review: ReviewMark? = nil,
        dealVersion: Int? = nil
    ) {
        self.dealID = dealID
        self.reasons = reasons
        self.selected = selected
        input = TextField(typed)
        self.error = error
        self.review = review
        self.dealVersion = dealVersion
    }

    /// What Enter on nothing chosen says: the chooser stays open with it.
    public static let nothingChosen = Text.chooseLostReason

    /// The new reason as typed; setting it puts the cursor at its end.
    public var typed: String {
        get { input.text }
        set { input = TextField(newValue) }
    }

    /// The reason Enter would save, if any.
    public var chosen: String? {
        let text = typed.trimmingWhitespace()
        if !text.isEmpty { return text }
        guard let reasons, reasons.indices.contains(selected) else { return nil }
        return reasons[selected]
    }
}
