import Pipeline

/// A deal going to another stage (or another place in its lane), as the board asks the store.
public struct DealMove: Sendable, Hashable {
    /// The deal as shown; its version guards against changes made elsewhere.
    public var deal: Deal
    public var toStage: Stage
    /// Nil: on top of the lane. `.bottom` is a deal sent on from the keyboard (L, H, m).
    public var place: DropPlace?

    public init(deal: Deal, toStage: Stage, place: DropPlace? = nil) {
        self.deal = deal
        self.toStage = toStage
        self.place = place
    }
}
