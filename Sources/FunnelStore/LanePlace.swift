/// Where a card goes in its new lane: at either end, or named by a neighbour.
public enum LanePlace: Sendable, Hashable {
    case top
    /// Below every card: where a deal sent on to the next stage joins the lane (docs/DECISIONS.md).
    case bottom
    case below(dealID: Int64)
    case above(dealID: Int64)
}
