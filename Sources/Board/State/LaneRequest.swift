import Pipeline

/// Which cards of one lane to load: a small page around a known card, never the whole lane.
public struct LaneRequest: Sendable, Hashable {
    public var stageID: Int64
    public var start: Start
    /// At most this many cards: what fits plus a margin.
    public var limit: Int
    /// Only stalled deals (the `s` filter).
    public var stalledOnly: Bool
    /// Only this salesperson's deals and the unowned ones (the `o` scope); nil for everyone's.
    public var mine: Salesperson?

    /// Where the page starts.
    public enum Start: Sendable, Hashable {
        /// The top of the lane.
        case first
        /// The bottom of the lane: the last `limit` cards.
        case last
        /// `skip` cards after a known card (negative: that many above it).
        case key(DealKey, skip: Int)
        /// The same from a deal that may have moved since; `fallback` is where it was.
        case deal(Int64, fallback: DealKey, skip: Int)
    }

    public init(stageID: Int64, start: Start, limit: Int, stalledOnly: Bool = false, mine: Salesperson? = nil) {
        self.mine = mine
        self.stageID = stageID
        self.start = start
        self.limit = limit
        self.stalledOnly = stalledOnly
    }
}
