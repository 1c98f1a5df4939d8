import Foundation
import GRDB
import FunnelStore
import Pipeline

// MARK: - Export and restore

extension SQLitePipelineStore {
    /// Pipelines, deals matching the query, their history, activities, review progress and import
    /// links, and the settings, read in one transaction.
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
                // The stage names as written in the entry (no joined current names here).
                history.append(try StageChange(row: row))
            }
            let links = try Row.fetchAll(db, sql: "SELECT * FROM imported_deal ORDER BY deal_id").compactMap { row -> PipelineArchive.ImportLink? in
                let dealID: Int64 = row["deal_id"]
                guard ids.contains(dealID) else { return nil }
                return PipelineArchive.ImportLink(dealID: dealID, source: row["source"], externalID: row["external_id"])
            }
            var activities: [Activity] = []
            let activityRows = try Row.fetchCursor(db, sql: "SELECT * FROM activity ORDER BY id")
            while let row = try activityRows.next() {
                let activity = Activity(row: row)
                if ids.contains(activity.dealID) { activities.append(activity) }
            }
            let progress = try Row.fetchAll(db, sql: "SELECT * FROM review_progress ORDER BY day, at, rowid").compactMap { row -> PipelineArchive.ReviewEntry? in
                let dealID: Int64 = row["deal_id"]
                guard ids.contains(dealID), let day = try? CalendarDay.parse(row["day"]),
                      let reason = ReviewReason(rawValue: row["reason"]), let decision = ReviewDecision(rawValue: row["decision"])
                else { return nil }
                return PipelineArchive.ReviewEntry(
                    day: day, dealID: dealID, reason: reason, decision: decision, dealVersion: row["deal_version"],
                    at: Timestamp.date(seconds: row["at"]))
            }
            let settings = try Row.fetchAll(db, sql: "SELECT key, value FROM setting ORDER BY key").map { row in
                (key: row["key"] as String, value: row["value"] as String)
            }
            return PipelineArchive(
                pipelines: pipelines, deals: deals, history: history, importLinks: links,
                activities: activities, reviewProgress: progress, settings: settings)
        }
    }

    /// Replaces the pipelines and settings of a database that holds no deals with an archive, keeping
    /// every id, in one transaction. Refused when the database holds deals: restoring never merges.
    ///
    /// Deals' follow-up columns (last done, last contact, next due) are computed from the restored
    /// activities without touching the deals' versions. An archive of one pipeline has no Revisit
    /// pipeline: the database gets a new one, so parking keeps working.
    public func restore(_ archive: PipelineArchive) throws {
        try write { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM deal") ?? 0
            guard count == 0 else {
                throw PipelineError.refused(
                    "'\(path)' already holds \(count) deal\(count == 1 ? "" : "s"): a JSON export is restored only into an empty database; use --db NEW_FILE, or 'funnel restore' for a backup file")
            }
            // A large archive is a bulk load: indexes built by sorting and derived tables rebuilt once
            // at the end. The stage stays are rebuilt from the restored history whatever its size (the
            // database held no deals, so the rebuild reads the archive's entries alone).
            try Self.restaying(db) { stays in
                stays.rebuildAtEnd()
                let load = try BulkLoad.begin(db, newDeals: archive.deals.count)
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
                if !archive.pipelines.contains(where: { $0.kind == .revisit }) { try Schema.insertRevisitPipeline(db) }
                let names = ["id"] + Deal.importColumnNames + ["lane_position", "version", "snoozed_until", "snooze_reason", "revisit_on"]
                let insertDeal = try db.makeStatement(sql: """
                    INSERT INTO deal (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))
                    """)
                for deal in archive.deals {
                    var values: [DatabaseValue] = [deal.id.databaseValue]
                    values += deal.importColumnValues.map { $0?.databaseValue ?? .null }
                    values.append(deal.lanePosition.databaseValue)
                    values.append(deal.version.databaseValue)
                    values.append(deal.snoozedUntil?.description.databaseValue ?? .null)
                    values.append(deal.snoozeReason?.databaseValue ?? .null)
                    values.append(deal.revisitOn?.description.databaseValue ?? .null)
                    try insertDeal.execute(arguments: StatementArguments(values))
                }
                let insertChange = try db.makeStatement(sql: """
                    INSERT INTO stage_change (id, deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at, undone, author)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for change in archive.history {
                    try insertChange.execute(arguments: [
                        change.id, change.dealID, change.fromStageID, change.toStageID == 0 ? nil : change.toStageID,
                        change.fromStageName, change.toStageName, change.kind.rawValue, Timestamp.seconds(change.at), change.undone,
                        change.by,
                    ])
                }
                let insertLink = try db.makeStatement(sql: "INSERT INTO imported_deal (deal_id, source, external_id) VALUES (?, ?, ?)")
                for link in archive.importLinks {
                    try insertLink.execute(arguments: [link.dealID, link.source, link.externalID])
                }
                let insertActivity = try db.makeStatement(sql: """
                    INSERT INTO activity (id, deal_id, kind, subject, due, done_at, note, owner, created_at, cancelled_at, author)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for activity in archive.activities {
                    try insertActivity.execute(arguments: [
                        activity.id, activity.dealID, activity.kind.rawValue, activity.subject, activity.due?.description,
                        activity.doneAt.map(Timestamp.seconds), activity.note, activity.owner, Timestamp.seconds(activity.createdAt),
                        activity.cancelledAt.map(Timestamp.seconds), activity.by,
                    ])
                }
                if !archive.activities.isEmpty {
                    // The file keeps when an activity was cancelled, not by which close: the deal's last won or
                    // lost that counts, as the upgrade that added cancellation decided for older closes.
                    try db.execute(sql: """
                        UPDATE activity SET cancelled_by = (SELECT max(id) FROM stage_change
                                                            WHERE stage_change.deal_id = activity.deal_id AND kind IN ('won', 'lost') AND undone = 0)
                        WHERE cancelled_at IS NOT NULL
                        """)
                    try db.execute(sql: "UPDATE deal SET \(Self.followUpAssignments) WHERE id IN (SELECT deal_id FROM activity)")
                }
                let insertProgress = try db.makeStatement(sql: """
                    INSERT INTO review_progress (day, deal_id, reason, decision, deal_version, at) VALUES (?, ?, ?, ?, ?, ?)
                    """)
                for entry in archive.reviewProgress {
                    try insertProgress.execute(arguments: [
                        entry.day.description, entry.dealID, entry.reason.rawValue, entry.decision.rawValue, entry.dealVersion,
                        Timestamp.seconds(entry.at),
                    ])
                }
                try db.execute(sql: "DELETE FROM setting")
                for setting in archive.settings {
                    try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?)", arguments: [setting.key, setting.value])
                }
                try load.finish(db)
            }
        }
    }
}
