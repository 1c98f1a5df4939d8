/// One stay of a deal in a stage, as the stage-flow figures count it: the entry that put the
/// deal there, and the entry that ended the stay (none while the deal is still there).
///
/// The store keeps the stays of every deal summed per stage (`StageStayGroup`), so a report
/// reads a few hundred rows instead of every history entry.
public struct StageStay: Hashable, Sendable {
    /// The stage the entry put the deal in.
    public var stageID: Int64
    /// The kind of the entry that ended the stay; nil while it lasts.
    public var endKind: StageChange.Kind?
    /// Where that entry put the deal, for moves only (whether the stay advanced depends on the
    /// stages' order, which may change later); nil for any other end, or a removed stage.
    public var endStageID: Int64?
    /// Seconds in the stage, never negative; nil while the stay lasts.
    public var seconds: Int64?

    public init(stageID: Int64, endKind: StageChange.Kind?, endStageID: Int64?, seconds: Int64?) {
        self.stageID = stageID
        self.endKind = endKind
        self.endStageID = endStageID
        self.seconds = seconds
    }

    /// One deal's stays in every stage of any pipeline, from its history oldest first without
    /// undone entries, by the rules of `StageFlowTally`.
    public static func stays(of events: [StageFlowTally.Event]) -> [StageStay] {
        var stays: [StageStay] = []
        forEachStay(of: events) { stays.append($0) }
        return stays
    }

    /// Calls `body` with each of one deal's stays, in the order of `stays(of:)`, without
    /// building an array (a million-deal history holds millions of stays).
    public static func forEachStay(of events: [StageFlowTally.Event], _ body: (StageStay) throws -> Void) rethrows {
        for offset in events.indices {
            let event = events[offset]
            guard StageFlowTally.entersStage(event.kind), let stageID = event.stageID else { continue }
            let next = offset + 1 < events.count ? events[offset + 1] : nil
            // An import's "entered its stage later" entry starts the stay instead.
            if let next, next.kind == .moved, next.fromNowhere, next.stageID == stageID { continue }
            try body(StageStay(
                stageID: stageID, endKind: next?.kind, endStageID: next?.kind == .moved ? next?.stageID : nil,
                seconds: next.map { max(0, $0.at - event.at) }))
        }
    }
}
