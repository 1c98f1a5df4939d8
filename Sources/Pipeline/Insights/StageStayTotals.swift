/// Many deals' stage stays summed the way the store keeps them: per stage and ending
/// (`StageStayGroup`), and the lengths of the ended stays per stage for the median.
///
/// One set of rules (`StageStay.forEachStay(of:_:)`) for both places that add up whole histories:
/// the store's rebuild of its kept stays from every history entry, and the demo, which adds each
/// deal's history as it makes it instead of reading it back.
public struct StageStayTotals: Sendable {
    /// A stage and how stays in it ended: the key of one `StageStayGroup`.
    public struct Ending: Hashable, Sendable {
        public var stageID: Int64
        public var endKind: StageChange.Kind?
        public var endStageID: Int64?
    }

    /// The summed stays, one group per stage and ending, in no order.
    public private(set) var groups: [Ending: StageStayGroup] = [:]
    /// Stage ids with the seconds of their ended stays in the order added: a dozen stages at
    /// most, so a linear search beats hashing for each of millions of stays.
    private var lengthsByStage: [(stageID: Int64, seconds: [Int64])] = []

    public init() {}

    /// The stages that have ended stays, ascending.
    public var stagesWithLengths: [Int64] { lengthsByStage.map(\.stageID).sorted() }

    /// The seconds of a stage's ended stays, in the order added.
    public func lengths(stageID: Int64) -> [Int64] {
        lengthsByStage.first { $0.stageID == stageID }?.seconds ?? []
    }

    /// Adds one deal's history, oldest first, without undone entries; `dealWon` tells whether the
    /// deal is won now.
    public mutating func add(_ events: [StageFlowTally.Event], dealWon: Bool) {
        StageStay.forEachStay(of: events) { stay in
            let ending = Ending(stageID: stay.stageID, endKind: stay.endKind, endStageID: stay.endStageID)
            groups[ending, default: StageStayGroup(
                stageID: stay.stageID, endKind: stay.endKind, endStageID: stay.endStageID, stays: 0, wonStays: 0, seconds: 0)]
                .add(seconds: stay.seconds ?? 0, won: dealWon)
            guard let seconds = stay.seconds else { return }
            if let slot = lengthsByStage.firstIndex(where: { $0.stageID == stay.stageID }) {
                lengthsByStage[slot].seconds.append(seconds)
            } else {
                lengthsByStage.append((stay.stageID, [seconds]))
            }
        }
    }

    /// Hands one stage's ended stay lengths over in ascending order and forgets them (a million
    /// deals hold millions: the store sorts and writes one stage at a time).
    public mutating func takeSortedLengths(stageID: Int64) -> [Int64] {
        guard let slot = lengthsByStage.firstIndex(where: { $0.stageID == stageID }) else { return [] }
        let seconds = lengthsByStage.remove(at: slot).seconds
        return Self.sortedByRadix(seconds)
    }

    /// Non-negative whole numbers sorted by their bytes, least significant first (stable passes,
    /// 11 bits each, as many as the largest needs): stays of up to a few years take two or three
    /// passes, several times faster than a comparison sort of millions of lengths.
    static func sortedByRadix(_ values: [Int64]) -> [Int64] {
        guard values.count > 1, let largest = values.max() else { return values }
        guard values.allSatisfy({ $0 >= 0 }) else { return values.sorted() }
        let bits = 11
        let buckets = 1 << bits
        var source = values
        var target = [Int64](repeating: 0, count: values.count)
        var shift = 0
        while shift < 64 && largest >> shift > 0 {
            var counts = [Int](repeating: 0, count: buckets + 1)
            for value in source { counts[Int((value >> shift) & Int64(buckets - 1)) + 1] += 1 }
            for bucket in 0..<buckets { counts[bucket + 1] += counts[bucket] }
            for value in source {
                let bucket = Int((value >> shift) & Int64(buckets - 1))
                target[counts[bucket]] = value
                counts[bucket] += 1
            }
            swap(&source, &target)
            shift += bits
        }
        return source
    }
}

extension StageStayGroup {
    fileprivate mutating func add(seconds: Int64, won: Bool) {
        stays += 1
        if won { wonStays += 1 }
        self.seconds += seconds
    }
}
