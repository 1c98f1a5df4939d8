/// A card's place in its lane: ordered by lane position, then id (the `deal_on_open_lane` index order).
public struct DealKey: Sendable, Hashable, Comparable {
    public var lanePosition: Double
    public var id: Int64

    public init(lanePosition: Double, id: Int64) {
        self.lanePosition = lanePosition
        self.id = id
    }

    public static func < (a: DealKey, b: DealKey) -> Bool {
        a.lanePosition != b.lanePosition ? a.lanePosition < b.lanePosition : a.id < b.id
    }
}

import Pipeline

extension Deal {
    /// Where the card sits in its lane.
    public var key: DealKey { DealKey(lanePosition: lanePosition, id: id) }
}
