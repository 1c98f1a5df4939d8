import Foundation
import FunnelStore
import Pipeline
import PostgresNIO

extension PostgresPipelineStore {
    /// Appends a bulk load's entries to the change log, in its transaction and in one statement: one per deal it
    /// created (`created`) and per deal it changed (`edited`, every field named, so a write from before the load is
    /// refused naming it), by the load's author, so the team's boards say who imported. Read from the deals as the
    /// load left them.
    static func logBulkLoad(_ session: ServerSession, created: [Int64], updated: [Int64], at: Date) throws {
        guard !created.isEmpty || !updated.isEmpty else { return }
        let kinds = created.map { _ in DealChange.Kind.created.rawValue } + updated.map { _ in DealChange.Kind.edited.rawValue }
        let rows = try session.rows("""
            INSERT INTO deal_change (deal_id, version, author, at, kind, title, stage, subject, fields)
            SELECT d.id, d.version, \(WriteAuthor.name), \(Timestamp.seconds(at)), c.kind, d.title, s.name, NULL,
                \(DealPart.stored(Set(DealPart.allCases)))
            FROM unnest(\(created + updated)::bigint[], \(kinds)::text[]) WITH ORDINALITY AS c(id, kind, n)
            JOIN deal d ON d.id = c.id LEFT JOIN stage s ON s.id = d.stage_id
            ORDER BY c.n
            RETURNING id
            """)
        for row in rows { OwnChangeLog.appended(try row.decode(Int64.self)) }
    }
}
