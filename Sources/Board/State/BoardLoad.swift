import Pipeline

/// A request to (re)load the board: which pipeline, which filter, and where each lane's page starts.
public struct BoardLoad: Sendable, Hashable {
    public enum PipelineChoice: Sendable, Hashable {
        /// By name; nil is the first pipeline.
        case named(String?)
        case id(Int64)
    }

    public var pipeline: PipelineChoice
    public var filter: String
    /// Page starts by stage id; a stage not listed starts at the top.
    public var starts: [Int64: LaneRequest.Start]
    /// Cards per lane: what fits plus a margin.
    public var limit: Int
    /// Only stalled deals (the `s` filter).
    public var stalledOnly: Bool
    /// Only this salesperson's deals and the unowned ones (the `o` scope); nil for everyone's.
    public var mine: Salesperson?
    /// Whether the lane headers' stalled counts are counted again. A key typed into the filter changes
    /// which cards show, not which deals are stalled, so it keeps the counts it has (when the pipeline stays).
    public var recountsStalled: Bool

    public init(
        pipeline: PipelineChoice, filter: String, starts: [Int64: LaneRequest.Start] = [:], limit: Int, stalledOnly: Bool = false,
        recountsStalled: Bool = true, mine: Salesperson? = nil
    ) {
        self.mine = mine
        self.pipeline = pipeline
        self.filter = filter
        self.stalledOnly = stalledOnly
        self.starts = starts
        self.limit = limit
        self.recountsStalled = recountsStalled
    }
}
