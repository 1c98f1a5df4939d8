import Pipeline

/// The pane that shows every field of one deal, its activities and its stage history.
public struct DetailPane: Sendable, Hashable {
    public var deal: Deal
    /// Nil while the history loads.
    public var history: [StageChange]?
    /// Lines scrolled off the top.
    public var scroll: Int
    /// Done and planned activities; nil while they load.
    public var activities: [Activity]?
    /// The activity chosen with Tab, which `r`, `e`, `d` and `x` act on; nil for none.
    public var selectedActivityID: Int64?
    /// A question about the selected activity, drawn over the pane; nil for none.
    public var activityPrompt: ActivityEditPrompt?

    public init(deal: Deal, history: [StageChange]? = nil, scroll: Int = 0) {
        self.deal = deal
        self.history = history
        self.scroll = scroll
        self.activities = nil
    }

    /// The selected activity as last loaded, if it is still there.
    public var selectedActivity: Activity? {
        guard let id = selectedActivityID else { return nil }
        return activities?.first { $0.id == id }
    }
}
