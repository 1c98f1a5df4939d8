/// Where a dropped card goes in its new lane, named by its neighbour so the store can
/// compute a lane position between that card and the next one.
public enum DropPlace: Sendable, Hashable {
    /// Above every card.
    case top
    /// Below every card: a deal sent on with L, H or m joins the end of its new lane, and the
    /// selection stays in the lane it left (docs/DECISIONS.md).
    case bottom
    /// Just below this deal.
    case below(Int64)
    /// Just above this deal (its upper neighbour is not on screen).
    case above(Int64)
}
