import Wording

/// A named sales process and its ordered stages.
///
/// The rules for changing stages live here, so the CLI and the board refuse
/// the same things with the same words; the store only persists the result.
public struct Pipeline: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    /// What the pipeline is for: the main sales process or the "revisit later" list.
    public var kind: Kind
    /// Stages in pipeline order; `position` equals the index.
    public var stages: [Stage]

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case sales
        case revisit
    }

    public static let minimumStages = 1
    public static let maximumStages = 12
    /// The name of the pipeline a new database starts with.
    public static let defaultName = "Sales"

    /// The names a new database starts with in a language: its sales pipeline, the stages (in order,
    /// with `Stage.defaults`' probabilities and thresholds), the Revisit pipeline and its one stage.
    public struct DefaultNames: Sendable, Equatable {
        public var sales: String
        public var stages: [String]
        public var revisit: String
        public var parked: String
    }

    /// The names of a new database created in a language. Existing databases keep theirs.
    public static func defaultNames(for language: Language) -> DefaultNames {
        switch language {
        case .english:
            DefaultNames(sales: defaultName, stages: Stage.defaults.map(\.name), revisit: "Revisit", parked: "Parked")
        case .simplifiedChinese:
            DefaultNames(sales: "销售", stages: ["潜在客户", "资格审查", "初步接触", "建立关系", "成交"], revisit: "以后再跟进", parked: "已搁置")
        }
    }

    public init(id: Int64, name: String, kind: Kind = .sales, stages: [Stage]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.stages = stages
    }

    // MARK: - Finding stages

    /// Finds a stage by name (case-insensitive) or by its 1-based position.
    public func stage(named reference: String) throws(PipelineError) -> Stage {
        let trimmed = reference.trimmingWhitespace()
        if let number = Int(trimmed) {
            if number < 0 { throw .invalidValue(ErrorText.stageNumberNegative(value: number, count: stages.count, stages: stageList).string) }
            // No pipeline has a stage 0: bad input, as a negative number is; a number past the last stage is not found.
            if number == 0 { throw .invalidValue(ErrorText.noStageNumber(number: number, pipeline: name, count: stages.count, stages: stageList).string) }
            guard (1...stages.count).contains(number) else {
                throw .notFound(ErrorText.noStageNumber(number: number, pipeline: name, count: stages.count, stages: stageList).string)
            }
            return stages[number - 1]
        }
        if let stage = stages.first(where: { $0.name.matchesIgnoringCase(trimmed) }) { return stage }
        throw .notFound(ErrorText.noStageNamed(value: reference, pipeline: name, count: stages.count, stages: stageList).string)
    }

    /// The stage with an id, if it belongs to this pipeline.
    public func stage(id: Int64) -> Stage? { stages.first { $0.id == id } }

    /// The stage `stageID` of this pipeline that `deal` moves or is placed to (its own stage for a new place in its lane).
    ///
    /// Refuses a stage of another pipeline, and a closed deal, which moves only once reopened.
    public func moveTarget(for deal: Deal, stageID: Int64) throws(PipelineError) -> Stage {
        guard let target = stage(id: stageID) else {
            throw .notFound(ErrorText.stageNotInPipeline(stage: stageID, pipeline: name).string)
        }
        guard deal.status == .open else {
            throw .refused(ErrorText.dealClosedCannotMove(id: deal.id, status: deal.status.rawValue).string)
        }
        return target
    }

    /// The stage after the given one, nil for the last.
    public func stage(after id: Int64) -> Stage? {
        guard let index = stages.firstIndex(where: { $0.id == id }), index + 1 < stages.count else { return nil }
        return stages[index + 1]
    }

    /// The stage before the given one, nil for the first.
    public func stage(before id: Int64) -> Stage? {
        guard let index = stages.firstIndex(where: { $0.id == id }), index > 0 else { return nil }
        return stages[index - 1]
    }

    /// Stage names listed for messages in the run's language: `Prospecting, Qualifying, Contact`.
    public var stageList: String { Language.current.listed(stages.map(\.name)) }

    // MARK: - Changing stages

    /// Checks that a new stage may be added with this name; returns the cleaned name.
    public func checkNewStageName(_ raw: String) throws(PipelineError) -> String {
        let name = try Stage.validName(raw)
        guard stages.count < Pipeline.maximumStages else {
            throw .refused(ErrorText.tooManyStages(pipeline: self.name, maximum: Pipeline.maximumStages).string)
        }
        guard !stages.contains(where: { $0.name.matchesIgnoringCase(name) }) else {
            throw .refused(ErrorText.stageNameTaken(pipeline: self.name, name: name).string)
        }
        return name
    }

    /// Checks that a stage may be renamed; returns the cleaned new name.
    public func checkRename(_ stage: Stage, to raw: String) throws(PipelineError) -> String {
        let name = try Stage.validName(raw)
        if stages.contains(where: { $0.id != stage.id && $0.name.matchesIgnoringCase(name) }) {
            throw .refused(ErrorText.stageNameTaken(pipeline: self.name, name: name).string)
        }
        return name
    }

    /// Checks that a stage may be removed: never the last one.
    public func checkRemoval(_ stage: Stage) throws(PipelineError) {
        guard stages.count > Pipeline.minimumStages else {
            throw .refused(ErrorText.onlyStage(stage: stage.name, pipeline: name).string)
        }
    }

    /// Checks that this pipeline may be removed from `all`: never the Revisit pipeline (parked deals
    /// wait there) nor the last sales pipeline; its deals, if any, go to `target`, another sales pipeline.
    public func checkRemoval(among all: [Pipeline], dealCount: Int, movingDealsTo target: Pipeline?) throws(PipelineError) {
        guard kind == .sales else {
            throw .refused(ErrorText.revisitCannotBeRemoved(pipeline: name).string)
        }
        guard all.contains(where: { $0.kind == .sales && $0.id != id }) else {
            throw .refused(ErrorText.onlySalesPipeline(pipeline: name).string)
        }
        if let target {
            guard target.id != id else {
                throw .invalidValue(ErrorText.moveTargetIsRemoved.string)
            }
            guard target.kind == .sales else {
                throw .invalidValue(ErrorText.moveTargetIsRevisit(pipeline: target.name).string)
            }
        } else if dealCount > 0 {
            throw .refused(ErrorText.pipelineHoldsDeals(pipeline: name, count: dealCount).string)
        }
    }

    /// The stage order after moving one stage to a 1-based position.
    public func reordering(_ stage: Stage, toPosition position: Int) throws(PipelineError) -> [Stage] {
        if position < 0 { throw .invalidValue(ErrorText.positionNegative(value: position, count: stages.count).string) }
        guard (1...stages.count).contains(position) else {
            throw .invalidValue(ErrorText.positionInvalid(value: position, count: stages.count).string)
        }
        var reordered = stages.filter { $0.id != stage.id }
        reordered.insert(stage, at: position - 1)
        for index in reordered.indices { reordered[index].position = index }
        return reordered
    }

    /// Checks a list of stage names for a new pipeline: 1 to 12, unique, valid.
    public static func checkStageNames(_ raw: [String]) throws(PipelineError) -> [String] {
        var names: [String] = []
        for item in raw {
            let name = try Stage.validName(item)
            if names.contains(where: { $0.matchesIgnoringCase(name) }) {
                throw .invalidValue(ErrorText.stageTwice(name: name).string)
            }
            names.append(name)
        }
        guard (minimumStages...maximumStages).contains(names.count) else {
            throw .invalidValue(ErrorText.stageCount(minimum: minimumStages, maximum: maximumStages, got: names.count).string)
        }
        return names
    }

    /// Default probability and stall days for the n-th of `count` stages of a new pipeline.
    public static func defaultSettings(index: Int, count: Int) -> (probability: Int, stallDays: Int) {
        if count == Stage.defaults.count {
            return (Stage.defaults[index].probability, Stage.defaults[index].stallDays)
        }
        // Spread probabilities evenly from 10% to 80%.
        let probability = count == 1 ? 50 : 10 + (70 * index) / (count - 1)
        return (probability, 14)
    }
}

extension String {
    /// True when two names are equal ignoring case (Unicode-aware).
    public func matchesIgnoringCase(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}
