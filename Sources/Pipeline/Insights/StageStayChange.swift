/// What a write does to a store's kept stage stays, netted: how much to add to (or, negative, take
/// from) each row of the three kept tables, after the deals it touched had their rows from before
/// the write `remove`d and their rows after it `add`ed.
///
/// The tables, as every engine keeps them: stays summed per stage and ending (`groups`: how many,
/// how many of won deals, their seconds), and the ended stays counted per stage and length in
/// seconds (`lengths`) and in whole days (`days`, for finding a median without reading every
/// length). A row whose every figure nets to zero is left out: a deal whose stays the write did
/// not change costs nothing to write.
public struct StageStayChange: Sendable {
    /// How many ended stays of a stage lasted `length` (seconds, or whole days), to add.
    public struct LengthCount: Hashable, Sendable {
        public var stageID: Int64
        public var length: Int64
        public var stays: Int
    }

    private var groupChanges: [StageStayTotals.Ending: StageStayGroup] = [:]
    private var lengthChanges: [LengthKey: Int] = [:]
    private var dayChanges: [LengthKey: Int] = [:]

    private struct LengthKey: Hashable {
        var stageID: Int64
        var length: Int64
    }

    /// Seconds in a day, the unit of the kept days (`seconds / secondsPerDay`, rounded down).
    public static let secondsPerDay: Int64 = 86_400

    public init() {}

    /// Takes a deal's rows as they were before the write.
    public mutating func remove(_ rows: [StageStayRow]) {
        for row in rows { count(row, sign: -1) }
    }

    /// Adds a deal's rows as they are after the write.
    public mutating func add(_ rows: [StageStayRow]) {
        for row in rows { count(row, sign: 1) }
    }

    private mutating func count(_ row: StageStayRow, sign: Int) {
        let stay = row.stay
        let ending = StageStayTotals.Ending(stageID: stay.stageID, endKind: stay.endKind, endStageID: stay.endStageID)
        groupChanges[ending, default: StageStayGroup(
            stageID: stay.stageID, endKind: stay.endKind, endStageID: stay.endStageID, stays: 0, wonStays: 0, seconds: 0)]
            .count(seconds: stay.seconds ?? 0, won: row.won, sign: sign)
        guard let seconds = stay.seconds else { return }
        lengthChanges[LengthKey(stageID: stay.stageID, length: seconds), default: 0] += sign
        dayChanges[LengthKey(stageID: stay.stageID, length: seconds / Self.secondsPerDay), default: 0] += sign
    }

    /// The changes to the summed stays, each a `StageStayGroup` whose figures are the amounts to add;
    /// in key order (stage, ending kind, end stage), none that nets to zero.
    public var groups: [StageStayGroup] {
        groupChanges.values
            .filter { $0.stays != 0 || $0.wonStays != 0 || $0.seconds != 0 }
            .sorted { ($0.stageID, $0.endKind?.rawValue ?? "", $0.endStageID ?? 0) < ($1.stageID, $1.endKind?.rawValue ?? "", $1.endStageID ?? 0) }
    }

    /// The changes to the ended stays counted per stage and length in seconds, in key order, none zero.
    public var lengths: [LengthCount] { Self.counts(lengthChanges) }

    /// The changes to the ended stays counted per stage and whole day, in key order, none zero.
    public var days: [LengthCount] { Self.counts(dayChanges) }

    /// True when the write changed no kept figure.
    public var isEmpty: Bool { groups.isEmpty && lengths.isEmpty && days.isEmpty }

    private static func counts(_ changes: [LengthKey: Int]) -> [LengthCount] {
        changes.filter { $0.value != 0 }
            .map { LengthCount(stageID: $0.key.stageID, length: $0.key.length, stays: $0.value) }
            .sorted { ($0.stageID, $0.length) < ($1.stageID, $1.length) }
    }
}

extension StageStayGroup {
    fileprivate mutating func count(seconds: Int64, won: Bool, sign: Int) {
        stays += sign
        if won { wonStays += sign }
        self.seconds += Int64(sign) * seconds
    }
}
