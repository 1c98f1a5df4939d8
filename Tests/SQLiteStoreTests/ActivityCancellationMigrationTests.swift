import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

@Suite("Store: upgrading a database made before closes cancelled activities")
struct ActivityCancellationMigrationTests {
    /// The last migration before "activities: cancelled by their deal's close".
    static let before = "interop: values as last imported, rows imported without ids"

    @Test("a deal closed before the upgrade has what it had planned before the close cancelled by it; reopen plans it again")
    func upgrade() throws {
        let day: Int64 = 86_400
        let created: Int64 = 1_795_000_000
        let closed = created + 10 * day
        // Deal 1 won with a call planned before the win and a renewal planned after it; deal 2 open with a call.
        // The database as the Funnel before this migration left it (its search index calls funnel_lower).
        let folder = TemporaryDirectory()
        let path = folder.path("old.sqlite")
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.add(function: SQLitePipelineStore.lowercaseFunction) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(queue, upTo: Self.before)
        try queue.write { db in
            for (title, status) in [("Won deal", "won"), ("Open deal", "open")] {
                try db.execute(sql: """
                    INSERT INTO deal (title, value, currency, pipeline_id, stage_id, status, closed_at, created_at, stage_entered_at, updated_at, next_due)
                    VALUES (?, 500, 'EUR', 1, 1, ?, ?, ?, ?, ?, '2026-12-01')
                    """, arguments: [title, status, status == "won" ? closed : nil, created, created, created])
                try db.execute(
                    sql: "INSERT INTO stage_change (deal_id, to_stage_id, to_stage, kind, at) VALUES (?, 1, 'Prospecting', 'created', ?)",
                    arguments: [db.lastInsertedRowID, created])
            }
            try db.execute(
                sql: "INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at) VALUES (1, 1, 1, 'Prospecting', 'Prospecting', 'won', ?)",
                arguments: [closed])
            try db.execute(sql: """
                INSERT INTO activity (deal_id, kind, subject, due, created_at) VALUES
                    (1, 'call', 'Call', '2026-12-01', ?), (1, 'call', 'Renewal', '2027-06-01', ?), (2, 'call', 'Call', '2026-12-01', ?)
                """, arguments: [created, closed + day, created])
        }
        try queue.close()
        let store = try SQLitePipelineStore.open(path: path)
        #expect(try store.activity(id: 1).cancelledAt == Date(timeIntervalSince1970: TimeInterval(closed)))
        #expect(try store.activity(id: 2).isPlanned, "planned after the close")
        #expect(try store.activity(id: 3).isPlanned, "an open deal's")
        #expect(try store.plannedActivities().map(\.id) == [3, 2])
        #expect(try store.deal(id: 1).nextActivityDue?.description == "2027-06-01")
        #expect(try store.deal(id: 2).nextActivityDue?.description == "2026-12-01")

        try store.reopen(id: 1, stage: nil, now: Date(timeIntervalSince1970: TimeInterval(closed + 2 * day)))
        #expect(try store.activity(id: 1).isPlanned)
        #expect(try store.deal(id: 1).nextActivityDue?.description == "2026-12-01")
        #expect(try store.integrityCheck() == "ok")
    }
}
