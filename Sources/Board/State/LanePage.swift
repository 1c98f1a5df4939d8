import Pipeline

/// A page of one lane's cards as the store returned it.
public struct LanePage: Sendable, Hashable {
    public var stageID: Int64
    /// Cards in lane order.
    public var deals: [Deal]
    /// How many matching cards come before the first one: its index in the whole lane.
    public var firstIndex: Int

    public init(stageID: Int64, deals: [Deal], firstIndex: Int) {
        self.stageID = stageID
        self.deals = deals
        self.firstIndex = firstIndex
    }
}
