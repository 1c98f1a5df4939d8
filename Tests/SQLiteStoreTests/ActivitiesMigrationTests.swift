import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

@Suite("Store: upgrading a database made before activities")
struct ActivitiesMigrationTests {
    @Test("deals keep everything, get empty follow-up, and a user pipeline named Revisit is left alone")
    func upgrade() throws {
        // A database as the first release left it, with a pipeline the user happened to call "Revisit".
        let older = try OlderDatabase(upTo: OlderDatabase.firstRelease) { db in
            try db.execute(sql: "INSERT INTO pipeline (name, kind, position) VALUES ('Revisit', 'sales', 1)")
            try db.execute(sql: "INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (?, 'Later', 0, 5, 30)", arguments: [db.lastInsertedRowID])
            try db.execute(sql: """
                INSERT INTO deal (title, value, currency, pipeline_id, stage_id, created_at, stage_entered_at, updated_at)
                VALUES ('Old deal', 500, 'EUR', 1, 1, 1700000000, 1700000000, 1700000000)
                """)
        }
        let store = try SQLitePipelineStore.open(path: older.path)
        let deal = try store.deal(id: 1)
        #expect(deal.title == "Old deal")
        #expect(deal.value.minorUnits == 500)
        #expect(deal.lastActivityAt == nil)
        #expect(deal.nextActivityDue == nil)
        #expect(deal.snoozedUntil == nil)
        let pipelines = try store.pipelines()
        #expect(pipelines.map(\.name) == ["Sales", "Revisit", "Revisit later"])
        #expect(pipelines.map(\.kind) == [.sales, .sales, .revisit])
        #expect(try store.revisitPipeline().name == "Revisit later")
        // The upgraded database works: an activity on the old deal keeps its follow-up.
        try store.addActivity(Activity(dealID: 1, kind: .call, due: ActivityDue(stored: "2026-12-01"), createdAt: Date(timeIntervalSince1970: 1_800_000_000)))
        #expect(try store.deal(id: 1).nextActivityDue?.description == "2026-12-01")
        #expect(try store.integrityCheck() == "ok")
    }
}
