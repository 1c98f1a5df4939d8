import Pipeline
import Wording

/// The stages an import places its rows in, read once per import: found by pipeline and name whatever the case,
/// and each stage's name by id, the same way on every engine.
public struct ImportStages: Sendable {
    @usableFromInline var stages: [String: Stage] = [:]
    /// Each stage's name, by id.
    public private(set) var names: [Int64: String] = [:]

    /// The stages of `pipelines` (as the engine reads them, the import's new stages included).
    public init(pipelines: [Pipeline]) {
        for pipeline in pipelines {
            for stage in pipeline.stages {
                stages["\(pipeline.id)\u{0}\(stage.name.lowercased())"] = stage
                names[stage.id] = stage.name
            }
        }
    }

    /// The stage `item` names in its deal's pipeline; refuses, naming the file's line, a stage that is not there.
    /// Called once per row of a large import, so it is inlined.
    @inlinable
    public func stage(for item: DealImport) throws(PipelineError) -> Stage {
        guard let stage = stages["\(item.deal.pipelineID)\u{0}\(item.stageName.lowercased())"] else {
            throw .notFound(ErrorText.importStageMissing(line: item.line, stage: item.stageName, pipeline: item.deal.pipelineID).string)
        }
        return stage
    }
}
