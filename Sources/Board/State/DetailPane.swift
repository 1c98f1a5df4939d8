import Pipeline

/// The pane that shows every field of one deal and its stage history.
public struct DetailPane: Sendable, Hashable {
    public var deal: Deal
    /// Nil while the history loads.
    public var history: [StageChange]?
    /// Lines scrolled off the top.
    public var scroll: Int
    /// Done and planned activities; nil while they load.
    public var activities: [Activity]?

    public init(deal: Deal, history: [StageChange]? = nil, scroll: Int = 0) {
        self.deal = deal
        self.history = history
        self.scroll = scroll
        self.activities = nil
    }
}
