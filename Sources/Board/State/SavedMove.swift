import Pipeline

/// A deal that changed lanes (or its place in a lane) and nothing else: the deal as the board showed
/// it and as the store saved it, so the board can update the two lanes without reloading the rest.
public struct SavedMove: Sendable, Hashable {
    /// The deal as it was shown, in its old lane.
    public var before: Deal
    /// The deal as saved, in its new lane.
    public var after: Deal
    /// Dropped next to a neighbour: the store may have renumbered the new lane to make room, so its
    /// page is read again rather than updated from the move.
    public var placedByNeighbour: Bool

    public init(before: Deal, after: Deal, placedByNeighbour: Bool = false) {
        self.before = before
        self.after = after
        self.placedByNeighbour = placedByNeighbour
    }
}
