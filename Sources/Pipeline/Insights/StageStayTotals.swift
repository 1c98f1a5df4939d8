/// Many deals' stage stays summed the way the store keeps them: per stage and ending
/// (`StageStayGroup`), and the lengths of the ended stays per stage for the median.
///
/// One set of rules (`StageStay.stays(of:)`) for both places that add up whole histories: the
/// store's rebuild of its kept stays from every history entry, and the demo, which adds each deal's
/// history as it makes it instead of reading it back.
public struct StageStayTotals: Sendable {
    /// A stage and how stays in it ended: the key of one `StageStayGroup`.
    public struct Ending: Hashable, Sendable {
        public var stageID: Int64
        public var endKind: StageChange.Kind?
        public var endStageID: Int64?
    }

    /// The summed stays, one group per stage and ending, in no order.
    public private(set) var groups: [Ending: StageStayGroup] = [:]
    /// The seconds of every ended stay, per stage, in the order added.
    public private(set) var lengths: [Int64: [Int64]] = [:]

    public init() {}

    /// Adds one deal's history, oldest first, without undone entries; `dealWon` tells whether the
    /// deal is won now.
    public mutating func add(_ events: [StageFlowTally.Event], dealWon: Bool) {
        for stay in StageStay.stays(of: events) {
            let ending = Ending(stageID: stay.stageID, endKind: stay.endKind, endStageID: stay.endStageID)
            groups[ending, default: StageStayGroup(
                stageID: stay.stageID, endKind: stay.endKind, endStageID: stay.endStageID, stays: 0, wonStays: 0, seconds: 0)]
                .add(seconds: stay.seconds ?? 0, won: dealWon)
            if let seconds = stay.seconds { lengths[stay.stageID, default: []].append(seconds) }
        }
    }

    /// Hands the lengths of one stage's ended stays over and forgets them (a million deals hold
    /// millions of them: the store sorts and writes one stage at a time).
    public mutating func takeLengths(stageID: Int64) -> [Int64] {
        lengths.removeValue(forKey: stageID) ?? []
    }
}

extension StageStayGroup {
    fileprivate mutating func add(seconds: Int64, won: Bool) {
        stays += 1
        if won { wonStays += 1 }
        self.seconds += seconds
    }
}
