import Foundation
import Pipeline

/// `r`: the daily review on the board, one deal at a time.
public struct ReviewScreen: Sendable, Hashable {
    /// Nil while it loads.
    public var queue: ReviewQueue?
    /// Activities of the current item's deal (done and planned).
    public var activities: [Activity]
    /// A question being answered about the current item.
    public var prompt: Prompt?
    /// `o`: the deal's activities and details are shown in full.
    public var expanded: Bool

    public enum Prompt: Sendable, Hashable {
        case activity(ActivityPrompt)
        case day(DayPrompt)
        /// `l`: why it was lost, from the reasons used before or typed.
        case lostReason(LostReasonChooser)
    }

    public init(queue: ReviewQueue? = nil, activities: [Activity] = [], prompt: Prompt? = nil, expanded: Bool = false) {
        self.queue = queue
        self.activities = activities
        self.prompt = prompt
        self.expanded = expanded
    }

    public var current: ReviewItem? { queue?.remaining.first }

    /// The current item as the review works it (`ReviewStep`, shared with the CLI's review), or nil.
    public var step: ReviewStep? {
        queue.flatMap { ReviewStep(queue: $0, activities: activities) }
    }
}
