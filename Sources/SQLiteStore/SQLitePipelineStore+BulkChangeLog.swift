import Foundation
import FunnelStore
import GRDB
import Pipeline

extension SQLitePipelineStore {
    /// Appends a bulk load's entries to the change log, in its transaction: one per deal it created (`created`)
    /// and per deal it changed (`edited`, every field named, so a write from before the load is refused naming it),
    /// by the load's author, so the team's boards say who imported. Read from the deals as the load left them.
    static func logBulkLoad(_ db: Database, created: [Int64], updated: [Int64], at: Date) throws {
        guard !created.isEmpty || !updated.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO deal_change (deal_id, version, author, at, kind, title, stage, subject, fields)
            SELECT d.id, d.version, ?, ?, ?, d.title, s.name, NULL, ? FROM deal d LEFT JOIN stage s ON s.id = d.stage_id
            WHERE d.id = ?
            """)
        let fields = DealPart.stored(Set(DealPart.allCases))
        let seconds = Timestamp.seconds(at)
        for (ids, kind) in [(created, DealChange.Kind.created), (updated, .edited)] {
            for id in ids {
                try statement.execute(arguments: [WriteAuthor.name, seconds, kind.rawValue, fields, id])
                OwnChangeLog.appended(db.lastInsertedRowID)
            }
        }
    }

    /// Appends a demo's entries to the change log: one `created` per deal of ids `ids`, as `logBulkLoad`.
    static func logBulkLoad(_ db: Database, createdIDs ids: Range<Int64>, at: Date) throws {
        guard !ids.isEmpty else { return }
        let before = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM deal_change") ?? 0
        try db.execute(sql: """
            INSERT INTO deal_change (deal_id, version, author, at, kind, title, stage, subject, fields)
            SELECT d.id, d.version, ?, ?, ?, d.title, s.name, NULL, ? FROM deal d LEFT JOIN stage s ON s.id = d.stage_id
            WHERE d.id >= ? AND d.id < ? ORDER BY d.id
            """, arguments: [
                WriteAuthor.name, Timestamp.seconds(at), DealChange.Kind.created.rawValue, DealPart.stored(Set(DealPart.allCases)),
                ids.lowerBound, ids.upperBound,
            ])
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM deal_change WHERE id > ?", arguments: [before]) {
            OwnChangeLog.appended(id)
        }
    }
}
