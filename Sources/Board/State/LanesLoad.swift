import Pipeline

/// A reload of some lanes of the board only: their totals and the pages that must be read.
///
/// Asked for after a change that touched only those lanes (a saved move), so the other lanes
/// and the totals over the whole pipeline are not read again.
public struct LanesLoad: Sendable, Hashable {
    public var pipelineID: Int64
    public var filter: String
    /// One page request per lane whose page must be read, in lane order.
    public var requests: [LaneRequest]
    /// The stages whose totals to read (every lane the change touched).
    public var totals: [Int64]
    /// Only this salesperson's deals and the unowned ones (the `o` scope); nil for everyone's.
    public var mine: Salesperson?

    public init(pipelineID: Int64, filter: String, requests: [LaneRequest], totals: [Int64], mine: Salesperson? = nil) {
        self.mine = mine
        self.pipelineID = pipelineID
        self.filter = filter
        self.requests = requests
        self.totals = totals
    }
}
