import Pipeline

/// One page of a lane's cards, as a `LanePageRequest` asked for.
public struct LaneCards: Sendable, Hashable {
    public var stageID: Int64
    /// The deals in lane order.
    public var deals: [Deal]
    /// The index of the first of them in the whole (filtered) lane.
    public var firstIndex: Int

    public init(stageID: Int64, deals: [Deal], firstIndex: Int) {
        self.stageID = stageID
        self.deals = deals
        self.firstIndex = firstIndex
    }
}
