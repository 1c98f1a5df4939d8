import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

// MARK: - Pipelines and stages

extension PostgresPipelineStore {
    /// Every pipeline with its stages, in pipeline order.
    public func pipelines() throws -> [Pipeline] {
        try read { session in try Self.fetchPipelines(session) }
    }

    /// The pipeline with this name (case-insensitive), or the first sales pipeline when `name` is nil.
    public func pipeline(named name: String?) throws -> Pipeline {
        try read { session in try Self.fetchPipeline(session, named: name) }
    }

    /// The pipeline with this id.
    public func pipeline(id: Int64) throws -> Pipeline {
        try read { session in try Self.fetchPipeline(session, id: id) }
    }

    /// The Revisit pipeline (every database has one).
    public func revisitPipeline() throws -> Pipeline {
        try read { session in try Self.fetchRevisitPipeline(session) }
    }

    /// Adds a pipeline with the given stages, spreading default probabilities across them.
    @discardableResult
    public func addPipeline(name rawName: String, stageNames: [String], kind: Pipeline.Kind = .sales) throws -> Pipeline {
        let name = try Stage.validName(rawName, what: "pipeline")
        let names = try Pipeline.checkStageNames(stageNames)
        return try write { session in
            if try Self.findPipeline(session, named: name) != nil {
                throw PipelineError.refused(ErrorText.pipelineNameTaken(name: name).string)
            }
            let position = try session.value("SELECT coalesce(max(position) + 1, 0)::bigint FROM pipeline", as: Int.self) ?? 0
            let id = try session.value(
                "INSERT INTO pipeline (name, kind, position) VALUES (\(name), \(kind.rawValue), \(position)) RETURNING id", as: Int64.self)!
            for (index, stageName) in names.enumerated() {
                let settings = Pipeline.defaultSettings(index: index, count: names.count)
                try session.execute("""
                    INSERT INTO stage (pipeline_id, name, position, probability, stall_days)
                    VALUES (\(id), \(stageName), \(index), \(settings.probability), \(settings.stallDays))
                    """)
            }
            return try Self.fetchPipeline(session, id: id)
        }
    }

    /// Renames a pipeline; the new name must be unused.
    public func renamePipeline(_ oldName: String, to rawName: String) throws {
        let name = try Stage.validName(rawName, what: "pipeline")
        try write { session in
            let pipeline = try Self.fetchPipeline(session, named: oldName)
            if let other = try Self.findPipeline(session, named: name), other.id != pipeline.id {
                throw PipelineError.refused(ErrorText.pipelineNameTaken(name: name).string)
            }
            try session.execute("UPDATE pipeline SET name = \(name) WHERE id = \(pipeline.id)")
        }
    }

    /// Removes a pipeline and its stages, in one transaction. One that holds deals (open or closed) is removed
    /// only when they move to a stage of another sales pipeline (its first unless named): open deals with a history
    /// entry each, closed ones keeping their outcome. Returns the pipeline removed and how many deals moved.
    @discardableResult
    public func removePipeline(
        named name: String, moveDealsTo targetName: String?, stage stageReference: String?, now: Date
    ) throws -> (removed: Pipeline, movedDeals: Int) {
        try write { session in
            let pipeline = try Self.fetchPipeline(session, named: name)
            // A target is checked even when no deal needs it: a typo is refused, never silently ignored.
            let target = try targetName.map { try Self.fetchPipeline(session, named: $0) }
            let dealCount = try session.value("SELECT count(*) FROM deal WHERE pipeline_id = \(pipeline.id)", as: Int.self) ?? 0
            try pipeline.checkRemoval(among: try Self.fetchPipelines(session), dealCount: dealCount, movingDealsTo: target)
            if stageReference != nil && target == nil {
                throw PipelineError.invalidValue(ErrorText.stageNeedsMoveDealsTo.string)
            }
            // Its stages go, and with them the stage ids of their history entries; its open deals move.
            try Self.noteStayingDeals(session, stageIDs: pipeline.stages.map(\.id))
            if let target, dealCount > 0 {
                let stage = try stageReference.map { try target.stage(named: $0) } ?? target.stages[0]
                let openIDs = try session.rows(
                    "SELECT id FROM deal WHERE pipeline_id = \(pipeline.id) AND status = 'open' ORDER BY id").map { try $0.decode(Int64.self) }
                for id in openIDs {
                    try Self.applyMove(session, dealID: id, to: stage, pipeline: target, kind: .moved, now: now, expectedVersion: nil)
                }
                // Closed deals keep their outcome; they only change the stage they are filed under.
                try session.execute("""
                    UPDATE deal SET pipeline_id = \(target.id), stage_id = \(stage.id), version = version + 1
                    WHERE pipeline_id = \(pipeline.id)
                    """)
            } else if let stageReference, let target {
                _ = try target.stage(named: stageReference)
            }
            // The stages go with the pipeline; history entries keep their stage names.
            try session.execute("DELETE FROM pipeline WHERE id = \(pipeline.id)")
            return (pipeline, dealCount)
        }
    }

    /// Removes a stage. One that holds deals (open or closed) is removed only when its deals move to another stage.
    public func removeStage(pipelineID: Int64, _ reference: String, moveDealsTo targetReference: String?, now: Date) throws {
        try write { session in
            let pipeline = try Self.fetchPipeline(session, id: pipelineID)
            let stage = try pipeline.stage(named: reference)
            try pipeline.checkRemoval(stage)
            // A target is checked even when no deal needs it: a typo is refused, never silently ignored.
            let target = try targetReference.map { try pipeline.stage(named: $0) }
            guard target?.id != stage.id else {
                throw PipelineError.invalidValue(ErrorText.moveTargetIsRemovedStage.string)
            }
            let dealCount = try session.value("SELECT count(*) FROM deal WHERE stage_id = \(stage.id)", as: Int.self) ?? 0
            if dealCount > 0 && target == nil {
                throw PipelineError.refused(ErrorText.stageHoldsDeals(stage: stage.name, count: dealCount).string)
            }
            // Removing the stage sets its history entries' stage ids to NULL, and the deals in it move.
            try Self.noteStayingDeals(session, stageIDs: [stage.id])
            if dealCount > 0, let target {
                let openIDs = try session.rows(
                    "SELECT id FROM deal WHERE stage_id = \(stage.id) AND status = 'open' ORDER BY id").map { try $0.decode(Int64.self) }
                for id in openIDs {
                    try Self.applyMove(session, dealID: id, to: target, pipeline: pipeline, kind: .moved, now: now, expectedVersion: nil)
                }
                // Closed deals keep their outcome; they only change the stage they are filed under.
                try session.execute("UPDATE deal SET stage_id = \(target.id), version = version + 1 WHERE stage_id = \(stage.id)")
            }
            try session.execute("DELETE FROM stage WHERE id = \(stage.id)")
            try session.execute(
                "UPDATE stage SET position = position - 1 WHERE pipeline_id = \(pipelineID) AND position > \(stage.position)")
        }
    }

    /// Adds a stage after another (or at the end), with a probability and stall threshold.
    @discardableResult
    public func addStage(
        pipelineID: Int64, name rawName: String, after afterReference: String?, probability: Int?, stallDays: Int?
    ) throws -> Stage {
        try write { session in
            let pipeline = try Self.fetchPipeline(session, id: pipelineID)
            let name = try pipeline.checkNewStageName(rawName)
            let position: Int
            if let afterReference {
                position = try pipeline.stage(named: afterReference).position + 1
            } else {
                position = pipeline.stages.count
            }
            let neighbour = pipeline.stages[min(max(position - 1, 0), pipeline.stages.count - 1)]
            let chosenProbability = try Stage.validProbability(probability ?? neighbour.probability)
            let chosenStallDays = try Stage.validStallDays(stallDays ?? 14)
            try session.execute("UPDATE stage SET position = position + 1 WHERE pipeline_id = \(pipelineID) AND position >= \(position)")
            let id = try session.value("""
                INSERT INTO stage (pipeline_id, name, position, probability, stall_days)
                VALUES (\(pipelineID), \(name), \(position), \(chosenProbability), \(chosenStallDays)) RETURNING id
                """, as: Int64.self)!
            return Stage(
                id: id, pipelineID: pipelineID, name: name, position: position,
                probability: chosenProbability, stallDays: chosenStallDays)
        }
    }

    /// Renames a stage; history keeps showing the stage by its current name.
    public func renameStage(pipelineID: Int64, _ reference: String, to rawName: String) throws {
        try write { session in
            let pipeline = try Self.fetchPipeline(session, id: pipelineID)
            let stage = try pipeline.stage(named: reference)
            let name = try pipeline.checkRename(stage, to: rawName)
            try session.execute("UPDATE stage SET name = \(name) WHERE id = \(stage.id)")
        }
    }

    /// Moves a stage to a 1-based position, shifting the others.
    public func moveStage(pipelineID: Int64, _ reference: String, toPosition position: Int) throws {
        try write { session in
            let pipeline = try Self.fetchPipeline(session, id: pipelineID)
            let stage = try pipeline.stage(named: reference)
            for reordered in try pipeline.reordering(stage, toPosition: position) {
                try session.execute("UPDATE stage SET position = \(reordered.position) WHERE id = \(reordered.id)")
            }
        }
    }

    /// Changes a stage's win probability and/or stall threshold.
    public func updateStage(pipelineID: Int64, _ reference: String, probability: Int?, stallDays: Int?) throws {
        try write { session in
            let pipeline = try Self.fetchPipeline(session, id: pipelineID)
            let stage = try pipeline.stage(named: reference)
            if let probability {
                try session.execute("UPDATE stage SET probability = \(try Stage.validProbability(probability)) WHERE id = \(stage.id)")
            }
            if let stallDays {
                try session.execute("UPDATE stage SET stall_days = \(try Stage.validStallDays(stallDays)) WHERE id = \(stage.id)")
            }
        }
    }

    /// Names to the stage-stay upkeep the deals whose stays the removal of stages changes: those with a history
    /// entry into or out of one of them (the entry loses its stage id) and those in them now (they move). From
    /// `staysToRebuild` stays in them on, the tables are rebuilt instead: one pass over the history beats working
    /// out so many deals one by one.
    static func noteStayingDeals(_ session: ServerSession, stageIDs: [Int64]) throws {
        guard let stays = session.stageStays, !stageIDs.isEmpty else { return }
        let staysHere = try session.value("""
            SELECT coalesce(sum(stays), 0)::bigint FROM stage_stay WHERE stage_id = ANY(\(stageIDs)) OR end_stage_id = ANY(\(stageIDs))
            """, as: Int64.self) ?? 0
        if staysHere >= staysToRebuild {
            stays.rebuildAtEnd()
            return
        }
        let dealIDs = try session.rows("""
            SELECT deal_id FROM stage_change WHERE to_stage_id = ANY(\(stageIDs)) OR from_stage_id = ANY(\(stageIDs))
            UNION SELECT id FROM deal WHERE stage_id = ANY(\(stageIDs))
            """).map { try $0.decode(Int64.self) }
        try stays.willChange(session, dealIDs: dealIDs)
    }

    /// Stays in removed stages from which their removal rebuilds the stage stays rather than keep them deal by deal.
    static let staysToRebuild: Int64 = 20_000

    // MARK: - Fetching

    static func fetchPipelines(_ session: ServerSession) throws -> [Pipeline] {
        if session.inTransaction, let read = session.pipelinesRead { return read }
        let pipelines = try readPipelines(session)
        if session.inTransaction { session.pipelinesRead = pipelines }
        return pipelines
    }

    private static func readPipelines(_ session: ServerSession) throws -> [Pipeline] {
        var stagesByPipeline: [Int64: [Stage]] = [:]
        for row in try session.namedRows("SELECT * FROM stage ORDER BY pipeline_id, position") {
            let stage = try Stage(serverRow: row)
            stagesByPipeline[stage.pipelineID, default: []].append(stage)
        }
        return try session.namedRows("SELECT * FROM pipeline ORDER BY kind = 'revisit', position, id").map { row in
            let id: Int64 = try row["id"]
            return Pipeline(
                id: id, name: try row["name"], kind: Pipeline.Kind(rawValue: try row["kind"]) ?? .sales,
                stages: stagesByPipeline[id] ?? [])
        }
    }

    static func findPipeline(_ session: ServerSession, named name: String) throws -> Pipeline? {
        try fetchPipelines(session).pipeline(named: name)
    }

    static func fetchPipeline(_ session: ServerSession, named name: String?) throws -> Pipeline {
        try fetchPipelines(session).pipeline(chosen: name)
    }

    static func fetchPipeline(_ session: ServerSession, id: Int64) throws -> Pipeline {
        try fetchPipelines(session).pipeline(id: id)
    }
}
