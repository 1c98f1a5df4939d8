import Wording

extension Deal {
    /// Where this deal is parked: the stage of the Revisit pipeline named by `stageReference`, else its first.
    ///
    /// Refuses a closed deal, and one already parked (in a pipeline that is not a sales pipeline). Its own
    /// pipeline (`pipeline`) and the Revisit pipeline (`revisit`) are read only when the rule before needs them.
    public func parkingStage(
        named stageReference: String?, pipeline: () throws -> Pipeline, revisit: () throws -> Pipeline
    ) throws -> (revisit: Pipeline, stage: Stage) {
        guard status == .open else {
            throw PipelineError.refused(ErrorText.parkOnlyOpen(id: id, status: status.rawValue).string)
        }
        let from = try pipeline()
        guard from.kind == .sales else {
            throw PipelineError.refused(ErrorText.alreadyParked(id: id, pipeline: from.name).string)
        }
        let revisit = try revisit()
        let target = try stageReference.map { ref throws(PipelineError) in try revisit.stage(named: ref) } ?? revisit.stages[0]
        return (revisit, target)
    }
}
