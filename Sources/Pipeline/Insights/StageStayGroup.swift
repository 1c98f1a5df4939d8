/// Stays in one stage that ended the same way, summed: one row of the store's kept stage-flow figures.
public struct StageStayGroup: Hashable, Sendable {
    /// The stage stayed in.
    public var stageID: Int64
    /// How the stays ended; nil for stays that last.
    public var endKind: StageChange.Kind?
    /// Where the ending move put the deal (moves only, see `StageStay.endStageID`).
    public var endStageID: Int64?
    /// How many stays.
    public var stays: Int
    /// How many of them belong to deals that are won now.
    public var wonStays: Int
    /// Their seconds in the stage, summed (zero for stays that last).
    public var seconds: Int64

    public init(stageID: Int64, endKind: StageChange.Kind?, endStageID: Int64?, stays: Int, wonStays: Int, seconds: Int64) {
        self.stageID = stageID
        self.endKind = endKind
        self.endStageID = endStageID
        self.stays = stays
        self.wonStays = wonStays
        self.seconds = seconds
    }

    /// A pipeline's conversions from the summed stays of its stages, with nothing in "now" yet:
    /// the same figures `StageFlowTally` counts entry by entry.
    ///
    /// `medianSeconds` holds each stage's median ended stay in seconds (absent when none ended):
    /// a median cannot be summed, so the store finds it in its kept distribution of stays.
    public static func conversions(_ groups: [StageStayGroup], pipeline: Pipeline, medianSeconds: [Int64: Double]) -> [StageConversion] {
        let stageIDs = pipeline.stages.map(\.id)
        var entered = Array(repeating: 0, count: stageIDs.count)
        var advanced = entered
        var won = entered
        var completed = entered
        var seconds = Array(repeating: Int64(0), count: stageIDs.count)
        for group in groups {
            guard let here = stageIDs.firstIndex(of: group.stageID) else { continue }
            entered[here] += group.stays
            won[here] += group.wonStays
            guard let end = group.endKind else { continue }
            completed[here] += group.stays
            seconds[here] += group.seconds
            if end == .won {
                advanced[here] += group.stays
            } else if end == .moved, let endID = group.endStageID, let there = stageIDs.firstIndex(of: endID), there > here {
                advanced[here] += group.stays
            }
        }
        return pipeline.stages.enumerated().map { position, stage in
            let ended = completed[position]
            return StageConversion(
                stage: stage, entered: entered[position], advanced: advanced[position], won: won[position],
                completed: ended, medianDays: ended == 0 ? nil : medianSeconds[stage.id].map { $0 / 86_400 },
                meanDays: ended == 0 ? nil : Double(seconds[position]) / Double(ended) / 86_400)
        }
    }
}
