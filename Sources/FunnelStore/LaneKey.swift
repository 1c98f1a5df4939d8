/// A card's place in its lane: its position, then its id.
public struct LaneKey: Sendable, Hashable {
    public var lanePosition: Double
    public var id: Int64

    public init(lanePosition: Double, id: Int64) {
        self.lanePosition = lanePosition
        self.id = id
    }
}
