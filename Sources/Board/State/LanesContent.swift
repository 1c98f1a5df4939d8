import Pipeline

/// What the store returned for a `LanesLoad`: the totals and the pages asked for.
public struct LanesContent: Sendable, Hashable {
    public var summaries: [StageSummary]
    public var pages: [LanePage]

    public init(summaries: [StageSummary], pages: [LanePage]) {
        self.summaries = summaries
        self.pages = pages
    }
}
