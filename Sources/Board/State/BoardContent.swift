import Foundation
import Pipeline

/// What the store returned for one load of the board: the pipeline, its lane totals and pages.
public struct BoardContent: Sendable, Hashable {
    public var pipelines: [Pipeline]
    public var pipeline: Pipeline
    public var summaries: [StageSummary]
    public var pages: [LanePage]
    public var now: Date
    /// Stalled open deals per stage id (stages with none are absent); nil when not counted again
    /// (`BoardLoad.recountsStalled`): the board keeps the counts it has.
    public var stalledCounts: [Int64: Int]?
    /// Whether the pipeline's deals have more than one owner (cards show initials); nil when not read again,
    /// like `stalledCounts`: the board keeps what it has.
    public var severalOwners: Bool?

    public init(
        pipelines: [Pipeline], pipeline: Pipeline, summaries: [StageSummary], pages: [LanePage], now: Date,
        stalledCounts: [Int64: Int]? = [:], severalOwners: Bool? = nil
    ) {
        self.severalOwners = severalOwners
        self.pipelines = pipelines
        self.pipeline = pipeline
        self.summaries = summaries
        self.pages = pages
        self.now = now
        self.stalledCounts = stalledCounts
    }
}
