import Foundation
import GRDB
import Testing
import FunnelTestSupport
import Pipeline
import FunnelStore
@testable import SQLiteStore

/// Issue 15 item 6: a demo writes its deals' activities in its one transaction, and the deals' follow-up columns
/// and the stalled counts are what the activity writes themselves would have left.
@Suite("Demo loads: activities with the deals' follow-up columns and stalled counts right")
struct DemoActivityLoadTests {
    static let utc = TimeZone(identifier: "UTC")!

    /// The deals whose stored last done, last contact or next due differ from those `followUpAssignments` computes.
    static func dealsWithWrongFollowUp(_ store: SQLitePipelineStore) throws -> Int {
        try store.dbWriter.write { db in
            try db.execute(sql: "CREATE TEMP TABLE stored AS SELECT id, last_done_at, last_contact_at, next_due FROM deal")
            try db.execute(sql: "UPDATE deal SET \(SQLitePipelineStore.followUpAssignments)")
            let wrong = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM deal JOIN stored USING (id)
                WHERE deal.last_done_at IS NOT stored.last_done_at OR deal.last_contact_at IS NOT stored.last_contact_at
                    OR deal.next_due IS NOT stored.next_due
                """) ?? -1
            try db.execute(sql: "DROP TABLE stored")
            return wrong
        }
    }

    @Test("a small demo (triggers on) and a large one (triggers suspended) store every drawn activity and right follow-up columns", arguments: [300, 6_000])
    func followUpColumnsMatchTheActivities(count: Int) throws {
        let fresh = try FreshStore()
        let store = fresh.store
        let stages = try fresh.sales.stages
        let demo = DemoPipeline(stages: stages, count: count, seed: 9, now: fresh.now, openPercent: 40, timeZone: Self.utc)
        try store.insertDemo(demo)
        let drawn = demo.reduce(0) { $0 + $1.activities.count }
        let (stored, planned) = try store.dbWriter.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM activity") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM activity WHERE done_at IS NULL") ?? 0)
        }
        #expect(stored == drawn)
        #expect(planned > 0)
        #expect(try Self.dealsWithWrongFollowUp(store) == 0)

        // The stalled counts kept per stage agree with the rule applied to every open deal, and are a minority.
        let counts = try store.stalledCounts(pipelineID: try fresh.sales.id, now: fresh.now, timeZone: Self.utc)
        let open = try store.deals(DealQuery(pipelineID: try fresh.sales.id, statuses: [.open]))
        let byID = Dictionary(uniqueKeysWithValues: stages.map { ($0.id, $0) })
        let stalled = open.filter { StallRule(stage: byID[$0.stageID]!).isStalled($0, now: fresh.now, timeZone: Self.utc) }
        #expect(counts.values.reduce(0, +) == stalled.count)
        #expect(!stalled.isEmpty && stalled.count * 4 < open.count)
        #expect(open.filter { $0.nextActivityDue != nil }.count * 4 > open.count * 3)
    }
}
