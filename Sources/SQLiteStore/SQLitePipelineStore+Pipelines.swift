import Foundation
import GRDB
import FunnelStore
import Pipeline
import Wording

// MARK: - Pipelines and stages

extension SQLitePipelineStore {
    /// Every pipeline with its stages, in pipeline order.
    public func pipelines() throws -> [Pipeline] {
        try read { db in try Self.fetchPipelines(db) }
    }

    /// The pipeline with this name (case-insensitive), or the first sales pipeline when `name` is nil.
    public func pipeline(named name: String?) throws -> Pipeline {
        try read { db in try Self.fetchPipeline(db, named: name) }
    }

    /// The pipeline with this id.
    public func pipeline(id: Int64) throws -> Pipeline {
        try read { db in try Self.fetchPipeline(db, id: id) }
    }

    /// Adds a pipeline with the given stages, spreading default probabilities across them.
    @discardableResult
    public func addPipeline(name rawName: String, stageNames: [String], kind: Pipeline.Kind = .sales) throws -> Pipeline {
        let name = try Stage.validName(rawName, what: "pipeline")
        let names = try Pipeline.checkStageNames(stageNames)
        return try write("the new pipeline") { db in
            if try Self.findPipeline(db, named: name) != nil {
                throw PipelineError.refused(ErrorText.pipelineNameTaken(name: name).string)
            }
            let position = try Int.fetchOne(db, sql: "SELECT coalesce(max(position) + 1, 0) FROM pipeline") ?? 0
            try db.execute(
                sql: "INSERT INTO pipeline (name, kind, position) VALUES (?, ?, ?)",
                arguments: [name, kind.rawValue, position])
            let id = db.lastInsertedRowID
            for (index, stageName) in names.enumerated() {
                let settings = Pipeline.defaultSettings(index: index, count: names.count)
                try db.execute(
                    sql: "INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (?, ?, ?, ?, ?)",
                    arguments: [id, stageName, index, settings.probability, settings.stallDays])
            }
            return try Self.fetchPipeline(db, id: id)
        }
    }

    /// Renames a pipeline; the new name must be unused.
    public func renamePipeline(_ oldName: String, to rawName: String) throws {
        let name = try Stage.validName(rawName, what: "pipeline")
        try write("the renaming of pipeline '\(oldName)'") { db in
            let pipeline = try Self.fetchPipeline(db, named: oldName)
            if let other = try Self.findPipeline(db, named: name), other.id != pipeline.id {
                throw PipelineError.refused(ErrorText.pipelineNameTaken(name: name).string)
            }
            try db.execute(sql: "UPDATE pipeline SET name = ? WHERE id = ?", arguments: [name, pipeline.id])
        }
    }

    /// Removes a pipeline and its stages, in one transaction. One that holds deals (open or closed) is
    /// removed only when they move to a stage of another sales pipeline (its first unless named): open
    /// deals with a history entry each, closed ones keeping their outcome. Returns the pipeline removed
    /// and how many deals moved.
    @discardableResult
    public func removePipeline(
        named name: String, moveDealsTo targetName: String?, stage stageReference: String?, now: Date
    ) throws -> (removed: Pipeline, movedDeals: Int) {
        try write { db in
            let pipeline = try Self.fetchPipeline(db, named: name)
            // A target is checked even when no deal needs it: a typo is refused, never silently ignored.
            let target = try targetName.map { try Self.fetchPipeline(db, named: $0) }
            let dealCount = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM deal WHERE pipeline_id = ?", arguments: [pipeline.id]) ?? 0
            try pipeline.checkRemoval(among: try Self.fetchPipelines(db), dealCount: dealCount, movingDealsTo: target)
            if stageReference != nil && target == nil {
                throw PipelineError.invalidValue(ErrorText.stageNeedsMoveDealsTo.string)
            }
            // Its stages go, and with them the stage ids of their history entries; its open deals move.
            try Self.restaying(db) { stays in
                try Self.noteStayingDeals(db, stageIDs: pipeline.stages.map(\.id), to: stays)
                if let target, dealCount > 0 {
                    let stage = try stageReference.map { try target.stage(named: $0) } ?? target.stages[0]
                    let openIDs = try Int64.fetchAll(
                        db, sql: "SELECT id FROM deal WHERE pipeline_id = ? AND status = 'open'", arguments: [pipeline.id])
                    for id in openIDs {
                        try Self.applyMove(db, dealID: id, to: stage, pipeline: target, kind: .moved, now: now, expectedVersion: nil)
                    }
                    // Closed deals keep their outcome; they only change the stage they are filed under.
                    try db.execute(
                        sql: "UPDATE deal SET pipeline_id = ?, stage_id = ?, version = version + 1 WHERE pipeline_id = ?",
                        arguments: [target.id, stage.id, pipeline.id])
                } else if let stageReference, let target {
                    _ = try target.stage(named: stageReference)
                }
                // The stages go with the pipeline; history entries keep their stage names.
                try db.execute(sql: "DELETE FROM pipeline WHERE id = ?", arguments: [pipeline.id])
            }
            return (pipeline, dealCount)
        }
    }

    /// Adds a stage after another (or at the end), with a probability and stall threshold.
    @discardableResult
    public func addStage(
        pipelineID: Int64, name rawName: String, after afterReference: String?, probability: Int?, stallDays: Int?
    ) throws -> Stage {
        try write("the new stage") { db in
            let pipeline = try Self.fetchPipeline(db, id: pipelineID)
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
            try db.execute(
                sql: "UPDATE stage SET position = position + 1 WHERE pipeline_id = ? AND position >= ?",
                arguments: [pipelineID, position])
            try db.execute(
                sql: "INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (?, ?, ?, ?, ?)",
                arguments: [pipelineID, name, position, chosenProbability, chosenStallDays])
            return Stage(
                id: db.lastInsertedRowID, pipelineID: pipelineID, name: name, position: position,
                probability: chosenProbability, stallDays: chosenStallDays)
        }
    }

    /// Renames a stage; history keeps showing the stage by its current name.
    public func renameStage(pipelineID: Int64, _ reference: String, to rawName: String) throws {
        try write("the change to stage '\(reference)'") { db in
            let pipeline = try Self.fetchPipeline(db, id: pipelineID)
            let stage = try pipeline.stage(named: reference)
            let name = try pipeline.checkRename(stage, to: rawName)
            try db.execute(sql: "UPDATE stage SET name = ? WHERE id = ?", arguments: [name, stage.id])
        }
    }

    /// Removes a stage. One that holds deals (open or closed) is removed only when its deals move to another stage.
    public func removeStage(pipelineID: Int64, _ reference: String, moveDealsTo targetReference: String?, now: Date) throws {
        try write("the change to stage '\(reference)'") { db in
            let pipeline = try Self.fetchPipeline(db, id: pipelineID)
            let stage = try pipeline.stage(named: reference)
            try pipeline.checkRemoval(stage)
            // A target is checked even when no deal needs it: a typo is refused, never silently ignored.
            let target = try targetReference.map { try pipeline.stage(named: $0) }
            guard target?.id != stage.id else {
                throw PipelineError.invalidValue(ErrorText.moveTargetIsRemovedStage.string)
            }
            try Self.restaying(db) { stays in
                // Removing the stage sets its history entries' stage ids to NULL, and the deals in it move.
                try Self.noteStayingDeals(db, stageIDs: [stage.id], to: stays)
                let dealCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM deal WHERE stage_id = ?", arguments: [stage.id]) ?? 0
                if dealCount > 0 {
                    guard let target else {
                        throw PipelineError.refused(ErrorText.stageHoldsDeals(stage: stage.name, count: dealCount).string)
                    }
                    let openIDs = try Int64.fetchAll(
                        db, sql: "SELECT id FROM deal WHERE stage_id = ? AND status = 'open'", arguments: [stage.id])
                    for id in openIDs {
                        try Self.applyMove(db, dealID: id, to: target, pipeline: pipeline, kind: .moved, now: now, expectedVersion: nil)
                    }
                    // Closed deals keep their outcome; they only change the stage they are filed under.
                    try db.execute(
                        sql: "UPDATE deal SET stage_id = ?, version = version + 1 WHERE stage_id = ?",
                        arguments: [target.id, stage.id])
                }
                try db.execute(sql: "DELETE FROM stage WHERE id = ?", arguments: [stage.id])
                try db.execute(
                    sql: "UPDATE stage SET position = position - 1 WHERE pipeline_id = ? AND position > ?",
                    arguments: [pipelineID, stage.position])
            }
        }
    }

    /// Moves a stage to a 1-based position, shifting the others.
    public func moveStage(pipelineID: Int64, _ reference: String, toPosition position: Int) throws {
        try write("the change to stage '\(reference)'") { db in
            let pipeline = try Self.fetchPipeline(db, id: pipelineID)
            let stage = try pipeline.stage(named: reference)
            for reordered in try pipeline.reordering(stage, toPosition: position) {
                try db.execute(sql: "UPDATE stage SET position = ? WHERE id = ?", arguments: [reordered.position, reordered.id])
            }
        }
    }

    /// Changes a stage's win probability and/or stall threshold.
    public func updateStage(pipelineID: Int64, _ reference: String, probability: Int?, stallDays: Int?) throws {
        try write("the change to stage '\(reference)'") { db in
            let pipeline = try Self.fetchPipeline(db, id: pipelineID)
            let stage = try pipeline.stage(named: reference)
            if let probability {
                try db.execute(
                    sql: "UPDATE stage SET probability = ? WHERE id = ?",
                    arguments: [try Stage.validProbability(probability), stage.id])
            }
            if let stallDays {
                try db.execute(
                    sql: "UPDATE stage SET stall_days = ? WHERE id = ?",
                    arguments: [try Stage.validStallDays(stallDays), stage.id])
            }
        }
    }

    // MARK: - Fetching

    /// Names to `stays` the deals whose stays the removal of stages changes: those with a history
    /// entry into or out of one of them (the entry loses its stage id) and those in them now (they
    /// move). From `staysToRebuild` stays in them on, the tables are rebuilt instead: one pass over
    /// the history (about a second for a million deals) beats working out so many deals one by one.
    static func noteStayingDeals(_ db: Database, stageIDs: [Int64], to stays: StageStayUpkeep) throws {
        guard !stageIDs.isEmpty else { return }
        let list = stageIDs.map(String.init).joined(separator: ", ")
        let staysHere = try Int.fetchOne(db, sql: """
            SELECT coalesce(sum(stays), 0) FROM stage_stay WHERE stage_id IN (\(list)) OR end_stage_id IN (\(list))
            """) ?? 0
        if staysHere >= staysToRebuild {
            stays.rebuildAtEnd()
            return
        }
        try stays.willChange(db, dealIDs: Int64.fetchAll(db, sql: """
            SELECT deal_id FROM stage_change WHERE to_stage_id IN (\(list)) OR from_stage_id IN (\(list))
            UNION SELECT id FROM deal WHERE stage_id IN (\(list))
            """))
    }

    /// Stays in removed stages from which their removal rebuilds the stage stays rather than keep them deal by deal.
    static let staysToRebuild = 20_000

    static func fetchPipelines(_ db: Database) throws -> [Pipeline] {
        // Cached statements and cursors: every write and load reads the pipelines first.
        let stageRows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT * FROM stage ORDER BY pipeline_id, position"))
        var stagesByPipeline: [Int64: [Stage]] = [:]
        while let row = try stageRows.next() {
            let stage = Stage(
                id: row["id"], pipelineID: row["pipeline_id"], name: row["name"], position: row["position"],
                probability: row["probability"], stallDays: row["stall_days"])
            stagesByPipeline[stage.pipelineID, default: []].append(stage)
        }
        var pipelines: [Pipeline] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT * FROM pipeline ORDER BY kind = 'revisit', position, id"))
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            pipelines.append(Pipeline(
                id: id, name: row["name"], kind: Pipeline.Kind(rawValue: row["kind"]) ?? .sales,
                stages: stagesByPipeline[id] ?? []))
        }
        return pipelines
    }

    static func findPipeline(_ db: Database, named name: String) throws -> Pipeline? {
        try fetchPipelines(db).pipeline(named: name)
    }

    static func fetchPipeline(_ db: Database, named name: String?) throws -> Pipeline {
        try fetchPipelines(db).pipeline(chosen: name)
    }

    static func fetchPipeline(_ db: Database, id: Int64) throws -> Pipeline {
        try fetchPipelines(db).pipeline(id: id)
    }
}
