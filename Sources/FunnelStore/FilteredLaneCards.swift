import Pipeline

/// The board's lanes under a `/` filter, read at one moment: the lane totals of the matches and the pages asked for.
public struct FilteredLaneCards: Sendable, Hashable {
    /// The totals of the matching open deals per stage (empty when they were not asked for).
    public var summaries: [StageSummary]
    /// The pages, in the order they were asked for.
    public var pages: [LaneCards]
    /// How many open deals match.
    public var matchCount: Int

    public init(summaries: [StageSummary], pages: [LaneCards], matchCount: Int) {
        self.summaries = summaries
        self.pages = pages
        self.matchCount = matchCount
    }
}
