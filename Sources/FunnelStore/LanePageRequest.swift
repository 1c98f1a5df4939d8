/// Which cards of one lane to read: a small page around a known card, never the whole lane.
public struct LanePageRequest: Sendable, Hashable {
    public var stageID: Int64
    public var start: Start
    /// At most this many cards.
    public var limit: Int
    /// Only the deals stalled at this moment, when set (the board's `s` filter).
    public var stalledAt: StallCheck?

    /// Where the page starts.
    public enum Start: Sendable, Hashable {
        /// The top of the lane.
        case first
        /// The bottom of the lane: the last `limit` cards.
        case last
        /// `skip` cards after a known card (negative: that many above it).
        case key(LaneKey, skip: Int)
        /// The same from a deal that may have moved since; `fallback` is where it was.
        case deal(Int64, fallback: LaneKey, skip: Int)
    }

    public init(stageID: Int64, start: Start, limit: Int, stalledAt: StallCheck? = nil) {
        self.stageID = stageID
        self.start = start
        self.limit = limit
        self.stalledAt = stalledAt
    }
}
