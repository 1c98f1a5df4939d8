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

    /// Where this parked deal is brought back to: the stage named by `stageReference` in the pipeline it was
    /// parked from, else the stage it was parked from (`parkedFrom`, its last parking's), else that pipeline's first.
    /// The pipeline is the one holding that stage, else the first sales pipeline.
    ///
    /// Refuses a deal that is not parked (`pipeline`, its own, is not Revisit), a closed one, and a database with no
    /// sales pipeline. `parkedFrom` and `pipelines` (all of them) are read only once the deal may be brought back.
    public func unparkingStage(
        named stageReference: String?, pipeline current: Pipeline, parkedFrom: () throws -> Int64?,
        pipelines: () throws -> [Pipeline]
    ) throws -> (pipeline: Pipeline, stage: Stage) {
        guard current.kind == .revisit else {
            throw PipelineError.refused(ErrorText.notParked(id: id, pipeline: current.name).string)
        }
        guard status == .open else {
            throw PipelineError.refused(ErrorText.unparkReopenFirst(id: id, status: status.rawValue).string)
        }
        let parkedFrom = try parkedFrom()
        let pipelines = try pipelines()
        let origin = pipelines.first { pipeline in parkedFrom.map { pipeline.stage(id: $0) != nil } ?? false }
            ?? pipelines.first { $0.kind == .sales }
        guard let origin else { throw PipelineError.notFound(ErrorText.noSalesPipelineToReturnTo.string) }
        let target: Stage
        if let stageReference {
            target = try origin.stage(named: stageReference)
        } else {
            target = parkedFrom.flatMap(origin.stage(id:)) ?? origin.stages[0]
        }
        return (origin, target)
    }
}
