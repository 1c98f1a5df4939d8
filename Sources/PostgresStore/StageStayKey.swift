import Pipeline

/// A row's key in `stage_stay`: an ending kind stored as its name ('' while the stays last), an end stage as
/// its id (0 for none), as in the SQLite engine.
struct StageStayKey {
    var stageID: Int64
    var endKind: String
    var endStageID: Int64

    init(_ group: StageStayGroup) {
        stageID = group.stageID
        endKind = group.endKind?.rawValue ?? ""
        endStageID = group.endStageID ?? 0
    }
}
