import Foundation
import GRDB
import Pipeline

// MARK: - Export and restore

extension PipelineStore {
    /// Pipelines, deals matching the query, their history and import links, read in one transaction.
    public func archive(_ query: DealQuery) throws -> PipelineArchive {
        try read { db in
            var pipelines = try Self.fetchPipelines(db)
            if let pipelineID = query.pipelineID { pipelines = pipelines.filter { $0.id == pipelineID } }
            let clause = query.whereClause
            let deals = try Row.fetchAll(
                db, sql: "SELECT * FROM deal WHERE \(clause.sql) ORDER BY id",
                arguments: StatementArguments(clause.arguments)).map(Deal.init(row:))
            let ids = Set(deals.map(\.id))
            var history: [StageChange] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM stage_change ORDER BY deal_id, at, id")
            while let row = try rows.next() {
                let dealID: Int64 = row["deal_id"]
                guard ids.contains(dealID) else { continue }
                history.append(StageChange(
                    id: row["id"], dealID: dealID, fromStageID: row["from_stage_id"], toStageID: row["to_stage_id"] ?? 0,
                    fromStageName: row["from_stage"], toStageName: row["to_stage"],
                    kind: StageChange.Kind(rawValue: row["kind"]) ?? .moved, at: Timestamp.date(seconds: row["at"]),
                    undone: row["undone"]))
            }
            let links = try Row.fetchAll(db, sql: "SELECT * FROM imported_deal ORDER BY deal_id").compactMap { row -> PipelineArchive.ImportLink? in
                let dealID: Int64 = row["deal_id"]
                guard ids.contains(dealID) else { return nil }
                return PipelineArchive.ImportLink(dealID: dealID, source: row["source"], externalID: row["external_id"])
            }
            return PipelineArchive(pipelines: pipelines, deals: deals, history: history, importLinks: links)
        }
    }

    /// Replaces the pipelines of a database that holds no deals with an archive, keeping every id,
    /// in one transaction. Refused when the database holds deals: restoring never merges.
    public func restore(_ archive: PipelineArchive) throws {
        try write { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM deal") ?? 0
            guard count == 0 else {
                throw PipelineError.refused(
                    "'\(path)' already holds \(count) deal\(count == 1 ? "" : "s"): a JSON export is restored only into an empty database; use --db NEW_FILE, or 'funnel restore' for a backup file")
            }
            try db.execute(sql: "DELETE FROM stage; DELETE FROM pipeline")
            for (position, pipeline) in archive.pipelines.enumerated() {
                try db.execute(
                    sql: "INSERT INTO pipeline (id, name, kind, position) VALUES (?, ?, ?, ?)",
                    arguments: [pipeline.id, pipeline.name, pipeline.kind.rawValue, position])
                for stage in pipeline.stages {
                    try db.execute(
                        sql: "INSERT INTO stage (id, pipeline_id, name, position, probability, stall_days) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [stage.id, pipeline.id, stage.name, stage.position, stage.probability, stage.stallDays])
                }
            }
            let names = ["id"] + Deal.importColumnNames + ["lane_position", "version"]
            let insertDeal = try db.makeStatement(sql: """
                INSERT INTO deal (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))
                """)
            for deal in archive.deals {
                try insertDeal.execute(arguments: StatementArguments(
                    [deal.id.databaseValue] + deal.importColumnValues.map { $0?.databaseValue ?? .null }
                        + [deal.lanePosition.databaseValue, deal.version.databaseValue]))
            }
            let insertChange = try db.makeStatement(sql: """
                INSERT INTO stage_change (id, deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at, undone)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for change in archive.history {
                try insertChange.execute(arguments: [
                    change.id, change.dealID, change.fromStageID, change.toStageID == 0 ? nil : change.toStageID,
                    change.fromStageName, change.toStageName, change.kind.rawValue, Timestamp.seconds(change.at), change.undone,
                ])
            }
            let insertLink = try db.makeStatement(sql: "INSERT INTO imported_deal (deal_id, source, external_id) VALUES (?, ?, ?)")
            for link in archive.importLinks {
                try insertLink.execute(arguments: [link.dealID, link.source, link.externalID])
            }
        }
    }
}
