import Foundation
import GRDB
import Testing
import FunnelTestSupport
import Pipeline
import FunnelStore
@testable import SQLiteStore

/// Migration "report: stage stays kept by the store, not by triggers": the stay triggers and their
/// scratch table go, the kept stays stay as they were, and the store's own writes keep them from then on.
@Suite("Store: stage stays kept by the store after the migration that dropped their triggers")
struct StoreKeptStaysMigrationTests {
    /// Triggers on the history table, and whether the stays' scratch table is there.
    static func historyTriggersAndScratch(_ db: Database) throws -> (triggers: [String], scratch: Bool) {
        let triggers = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_schema WHERE type = 'trigger' AND (tbl_name = 'stage_change' OR name LIKE 'stage_stay%') ORDER BY name
            """)
        let scratch = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'stage_stay_change')") ?? true
        return (triggers, scratch)
    }

    @Test("a fresh database has no trigger on stage_change, none keeping stays, and no stays scratch table")
    func freshSchemaHasNoStayTriggers() throws {
        let fresh = try FreshStore()
        let found = try fresh.store.dbWriter.read(Self.historyTriggersAndScratch)
        #expect(found.triggers == [])
        #expect(!found.scratch)
    }

    @Test("upgrading a file whose triggers kept the stays drops them and leaves the stays as they were, right from then on")
    func upgradeKeepsTheStaysAndDropsTheTriggers() throws {
        let older = try OlderDatabase(.beforeCancellation, filled: true)
        let keptBefore: [String]
        do {
            let queue = try DatabaseQueue(path: older.path)
            let before = try queue.read(Self.historyTriggersAndScratch)
            #expect(before.triggers.count == 7, "the fixture was kept by the seven stay triggers")
            #expect(before.scratch)
            keptBefore = try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM stage_stay ORDER BY stage_id, end_kind, end_stage_id").map(\.description)
            }
            try queue.close()
        }
        #expect(!keptBefore.isEmpty)
        let store = try SQLitePipelineStore.open(path: older.path)
        let after = try store.dbWriter.read(Self.historyTriggersAndScratch)
        #expect(after.triggers == [])
        #expect(!after.scratch)
        let keptAfter = try store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM stage_stay ORDER BY stage_id, end_kind, end_stage_id").map(\.description)
        }
        #expect(keptAfter == keptBefore)
        let (kept, rebuilt) = try KeptReportPropertyTests.keptAndRebuiltTables(store)
        #expect(kept == rebuilt)

        // Writes after the upgrade keep them: a move, a win, a reopen, a deletion.
        let now = try OlderReleaseFilesTests.at("2026-12-01T10:00:00Z")
        let open = try store.deals(DealQuery(statuses: [.open]))
        try #require(open.count >= 2)
        let sales = try store.pipeline(id: open[0].pipelineID)
        let elsewhere = try #require(sales.stages.first { $0.id != open[0].stageID })
        try store.moveDeal(id: open[0].id, toStageID: elsewhere.id, now: now)
        try store.markWon(id: open[1].id, now: now.addingTimeInterval(60))
        try store.reopen(id: open[1].id, stage: nil, now: now.addingTimeInterval(120))
        try store.deleteDeal(id: open[0].id)
        let (keptLater, rebuiltLater) = try KeptReportPropertyTests.keptAndRebuiltTables(store)
        #expect(keptLater == rebuiltLater)
        #expect(keptLater != kept)
    }
}
