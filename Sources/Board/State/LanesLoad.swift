/// A reload of some lanes of the board only: their totals and a page of each.
///
/// Asked for after a change that touched only those lanes (a saved move), so the other lanes
/// and the totals over the whole pipeline are not read again.
public struct LanesLoad: Sendable, Hashable {
    public var pipelineID: Int64
    public var filter: String
    /// One page request per lane to reload, in lane order.
    public var requests: [LaneRequest]

    public init(pipelineID: Int64, filter: String, requests: [LaneRequest]) {
        self.pipelineID = pipelineID
        self.filter = filter
        self.requests = requests
    }
}
