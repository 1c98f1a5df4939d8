import Pipeline

/// The insights screen (`i`): the pipeline's report, scrolled.
public struct InsightsScreen: Sendable, Hashable {
    /// Nil until the store has answered.
    public var report: PipelineReport?
    /// First report line shown.
    public var scroll: Int

    public init(report: PipelineReport? = nil, scroll: Int = 0) {
        self.report = report
        self.scroll = scroll
    }
}
