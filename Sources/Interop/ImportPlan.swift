import Foundation
import Pipeline
import Wording

/// Deals read from a file, placed in their pipeline and stage and ready for the store:
/// the pure half of an import, decided before anything is written.
public struct ImportPlan: Sendable {
    /// One deal to create or update.
    public struct Item: Sendable, Equatable {
        public var line: Int
        public var externalID: String?
        /// The deal with its pipeline set; its stage is `stageName` (the store resolves it, since it may be new).
        public var deal: Deal
        public var stageName: String
        public var createdAtGiven: Bool
        public var stageEnteredAtGiven: Bool
        public var updatedAtGiven: Bool
        public var closedAtGiven: Bool
    }

    /// A stage `--create-stages` adds at the end of a pipeline.
    public struct NewStage: Sendable, Hashable {
        public var pipelineID: Int64
        public var name: String
    }

    public var items: [Item]
    public var newStages: [NewStage]
    /// Rows that cannot be imported (duplicate ids in the file).
    public var problems: [RowProblem]

    /// Places drafts in pipelines and stages.
    ///
    /// - `target`: `--pipeline`; else a row's own pipeline column; else the first sales pipeline.
    /// - Unknown stages (after `stageMap`) stop the plan with the flag that fixes them, unless
    ///   `createStages` adds them. "Closed Won"/"Closed Lost" become won/lost in the last stage.
    public static func make(
        drafts: [DealDraft], pipelines: [Pipeline], target: Pipeline?, stageMap: StageMap,
        createStages: Bool, now: Date
    ) throws(ImportError) -> ImportPlan {
        guard let fallback = target ?? pipelines.first(where: { $0.kind == .sales }) ?? pipelines.first else {
            throw .usage(ErrorText.importNoPipeline.string)
        }
        // Map targets must be real stages of the pipelines they are used with; checked per pipeline below.
        var items: [Item] = []
        var problems: [RowProblem] = []
        var unknownPipelines: [String: (count: Int, line: Int)] = [:]
        var unknownStages: [(pipeline: Pipeline, name: String, count: Int, line: Int)] = []
        var unknownIndex: [String: Int] = [:]
        var firstLineOfID: [String: Int] = [:]
        items.reserveCapacity(drafts.count)
        firstLineOfID.reserveCapacity(drafts.count)
        // Rows repeat a few pipeline and stage names: each spelling is looked up once.
        var pipelineNamed: [String: Pipeline?] = [:]
        var placeOfStage: [StageKey: StagePlace] = [:]

        for draft in drafts {
            if let id = draft.externalID {
                if let first = firstLineOfID[id] {
                    problems.append(RowProblem(line: draft.line, column: nil, reason: ErrorText.importIDRepeated(id: id, first: first).string))
                    continue
                }
                firstLineOfID[id] = draft.line
            }
            var pipeline = fallback
            if target == nil, let name = draft.pipelineName {
                if pipelineNamed[name] == nil {
                    pipelineNamed[name] = .some(pipelines.first(where: { $0.name.matchesIgnoringCase(name) }))
                }
                guard let named = pipelineNamed[name]! else {
                    unknownPipelines[name, default: (0, draft.line)].count += 1
                    continue
                }
                pipeline = named
            }
            var deal = draft.deal
            deal.pipelineID = pipeline.id
            var stageName = pipeline.stages.first?.name ?? ""
            if let raw = draft.stageName {
                let key = StageKey(pipelineID: pipeline.id, raw: raw)
                if let place = placeOfStage[key] {
                    if let outcome = place.outcome { deal.status = outcome }
                    if let index = place.unknown {
                        unknownStages[index].count += 1
                        stageName = unknownStages[index].name
                    } else {
                        stageName = place.name
                    }
                } else {
                    var place = StagePlace(name: "", outcome: StageMap.outcome(of: raw), unknown: nil)
                    let named = pipeline.stages.contains { $0.name.matchesIgnoringCase(raw) }
                    let mapped = stageMap.target(of: raw) ?? (named ? nil : StageMap.standardTarget(of: raw, in: pipeline))
                    if let outcome = place.outcome {
                        deal.status = outcome
                        stageName = mapped ?? pipeline.stages.last?.name ?? stageName
                    } else {
                        stageName = mapped ?? raw
                    }
                    if let mapped, !pipeline.stages.contains(where: { $0.name.matchesIgnoringCase(mapped) }) {
                        throw .usage(ErrorText.stageMapUnknownStage(from: raw, to: mapped, pipeline: pipeline.name, stages: pipeline.stageList).string)
                    }
                    if let known = pipeline.stages.first(where: { $0.name.matchesIgnoringCase(stageName) }) {
                        stageName = known.name
                    } else {
                        let key = "\(pipeline.id)\u{0}\(stageName.lowercased())"
                        if let index = unknownIndex[key] {
                            unknownStages[index].count += 1
                            stageName = unknownStages[index].name
                            place.unknown = index
                        } else {
                            unknownIndex[key] = unknownStages.count
                            place.unknown = unknownStages.count
                            unknownStages.append((pipeline, stageName, 1, draft.line))
                        }
                    }
                    place.name = stageName
                    placeOfStage[key] = place
                }
            }
            settleOutcome(&deal, closedAtGiven: draft.closedAtGiven, now: now)
            if !draft.updatedAtGiven, let closedAt = deal.closedAt, closedAt > deal.updatedAt { deal.updatedAt = closedAt }
            items.append(Item(
                line: draft.line, externalID: draft.externalID, deal: deal, stageName: stageName,
                createdAtGiven: draft.createdAtGiven, stageEnteredAtGiven: draft.stageEnteredAtGiven,
                updatedAtGiven: draft.updatedAtGiven, closedAtGiven: draft.closedAtGiven))
        }

        if !unknownPipelines.isEmpty {
            let list = unknownPipelines.sorted { $0.value.line < $1.value.line }
                .map { ErrorText.importUnknownName(name: TerminalText.visible($0.key), rows: $0.value.count, line: $0.value.line).string }
            throw .usage(ErrorText.importUnknownPipelines(names: list.joined(separator: ", ")).string)
        }
        var newStages: [NewStage] = []
        if !unknownStages.isEmpty {
            guard createStages else {
                let list = unknownStages.map { ErrorText.importUnknownName(name: TerminalText.visible($0.name), rows: $0.count, line: $0.line).string }
                let pipelineNames = Set(unknownStages.map(\.pipeline.name)).sorted().map { "'\($0)'" }.joined(separator: ", ")
                let example = unknownStages[0]
                throw .usage(ErrorText.importUnknownStages(
                    pipelines: pipelineNames, names: list.joined(separator: ", "), example: TerminalText.visible(example.name),
                    firstStage: example.pipeline.stages.first?.name ?? "Stage").string)
            }
            var added: [Int64: Int] = [:]
            for unknown in unknownStages {
                let name: String
                do {
                    name = try Stage.validName(unknown.name)
                } catch {
                    throw .usage(ErrorText.importCannotCreateStage(line: unknown.line, reason: error.description).string)
                }
                let count = unknown.pipeline.stages.count + added[unknown.pipeline.id, default: 0] + 1
                guard count <= Pipeline.maximumStages else {
                    throw .usage(ErrorText.importTooManyStages(pipeline: unknown.pipeline.name, count: count, maximum: Pipeline.maximumStages).string)
                }
                added[unknown.pipeline.id, default: 0] += 1
                newStages.append(NewStage(pipelineID: unknown.pipeline.id, name: name))
            }
        }
        return ImportPlan(items: items, newStages: newStages, problems: problems)
    }

    /// A stage name as a row wrote it, in the pipeline the row goes to.
    struct StageKey: Hashable {
        var pipelineID: Int64
        var raw: String
    }

    /// Where rows naming a stage go: the stage's name, the outcome the name means ("Closed Won"),
    /// and the index of the unknown stage when the pipeline has none by that name.
    struct StagePlace {
        var name: String
        var outcome: DealStatus?
        var unknown: Int?
    }

    /// UTC, for expected close days (made once: imports settle hundreds of thousands of deals).
    static let utc = TimeZone(identifier: "UTC")!

    /// Open deals have no close time or lost reason; closed ones get a close time when the file had none:
    /// the expected close date if it lies between entering the stage and now, else when the stage was entered.
    static func settleOutcome(_ deal: inout Deal, closedAtGiven: Bool, now: Date) {
        if deal.status != .lost { deal.lostReason = nil }
        guard deal.status != .open else {
            deal.closedAt = nil
            return
        }
        if deal.closedAt == nil {
            if let expected = deal.expectedClose?.start(in: utc), expected >= deal.stageEnteredAt, expected <= now {
                deal.closedAt = expected
            } else {
                deal.closedAt = deal.stageEnteredAt
            }
        }
    }
}
