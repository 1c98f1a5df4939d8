import Pipeline

/// A card lifted off its lane and being carried to a new place by keyboard ("keyboard drag").
public struct Carry: Sendable, Hashable {
    /// The deal as it was when picked up (its version guards the save).
    public var deal: Deal
    public var fromLane: Int
    public var fromIndex: Int
    /// The lane it would drop into.
    public var toLane: Int
    /// How many of the other cards of `toLane` would sit above it (index over the whole lane).
    public var toIndex: Int

    public init(deal: Deal, fromLane: Int, fromIndex: Int, toLane: Int, toIndex: Int) {
        self.deal = deal
        self.fromLane = fromLane
        self.fromIndex = fromIndex
        self.toLane = toLane
        self.toIndex = toIndex
    }
}
