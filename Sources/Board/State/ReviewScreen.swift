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

    /// The planned activity that made the item overdue or due today, if any.
    public func dueActivity(now: Date, timeZone: TimeZone) -> Activity? {
        guard let next = activities.filter(\.isPlanned).min(by: Activity.dueOrder) else { return nil }
        return [.overdue, .dueToday].contains(next.state(now: now, timeZone: timeZone)) ? next : nil
    }
}
