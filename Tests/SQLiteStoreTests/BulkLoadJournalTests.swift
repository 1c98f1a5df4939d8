import Foundation
import FunnelFiles
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

@Suite("Store: a bulk load stays in WAL mode with foreign keys on")
struct BulkLoadJournalTests {
    /// The journal mode and foreign-key setting a load's body sees, and the journal mode after it.
    static func modes(_ store: SQLitePipelineStore, newDeals: Int, rollback: Bool = false) throws -> (during: String, foreignKeys: Bool, after: String) {
        let (during, foreignKeys) = try store.bulkLoad(newDeals: newDeals, rollback: rollback) { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "", try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false)
        }
        let after = try store.dbWriter.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
        return (during, foreignKeys, after)
    }

    @Test("every load, large or small, into an empty database or not, dry run or not, runs in WAL mode with foreign keys on")
    func everyLoadStaysInWALWithForeignKeys() throws {
        let fresh = try FreshStore()
        for (newDeals, rollback) in [(6_000, false), (6_000, true), (100, false)] {
            let modes = try Self.modes(fresh.store, newDeals: newDeals, rollback: rollback)
            #expect(modes.during == "wal", "\(newDeals) deals")
            #expect(modes.foreignKeys, "\(newDeals) deals")
            #expect(modes.after == "wal", "\(newDeals) deals")
        }
        #expect(!FileManager.default.fileExists(atPath: fresh.store.path + "-journal"))
    }

    @Test("a large demo into an empty database leaves no rollback journal and keeps the WAL it started with")
    func largeLoadsKeepTheirWAL() throws {
        let fresh = try FreshStore()
        let walBefore = FileIdentity(path: fresh.store.path + "-wal")
        try fresh.store.insertDemo(DemoPipeline(stages: try fresh.sales.stages, count: 6_000, seed: 3, now: fresh.now, openPercent: 20))
        #expect(walBefore != nil && FileIdentity(path: fresh.store.path + "-wal") == walBefore)
        #expect(!FileManager.default.fileExists(atPath: fresh.store.path + "-journal"))
        // A write after the load is accepted: the store still holds the WAL it opened.
        try fresh.addDeal("After the demo")
        #expect(try fresh.store.dealCount(DealQuery(statuses: [])) == 6_001)
    }

    @Test("a demo for a stage that no longer exists is refused whole")
    func demoForAMissingStageIsRefused() throws {
        let fresh = try FreshStore()
        var stages = try fresh.sales.stages
        stages[2] = Stage(id: 999, pipelineID: stages[2].pipelineID, name: "Gone", position: 2, probability: 50, stallDays: 14)
        #expect(throws: PipelineError.self) {
            try fresh.store.insertDemo(DemoPipeline(stages: stages, count: 6_000, seed: 1, now: fresh.now, openPercent: 5))
        }
        #expect(try fresh.store.dealCount(DealQuery(statuses: [])) == 0)
        #expect(try fresh.store.dbWriter.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM stage_change") } == 0)
    }

    @Test("the file a killed journal-mode load of an older Funnel left behind opens as it was before the load")
    func killedJournalLoadIsRolledBackOnOpen() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("loaded.sqlite")
        let store = try SQLitePipelineStore.open(path: path)
        try store.close()
        // A load in rollback-journal mode with a cache small enough to write pages into the file
        // before commit; the file and journal are copied mid-transaction, as a SIGKILL leaves them.
        let copy = folder.path("killed.sqlite")
        var config = Configuration()
        config.prepareDatabase { db in db.add(function: SQLitePipelineStore.lowercaseFunction) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.writeWithoutTransaction { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") == "delete")
            try db.execute(sql: "PRAGMA cache_size = 20")
            try db.inTransaction(.immediate) {
                for number in 0..<3_000 {
                    try db.execute(sql: """
                        INSERT INTO deal (title, value, currency, pipeline_id, stage_id, status, created_at, stage_entered_at, updated_at)
                        VALUES (?, 100, 'USD', 1, 1, 'open', 1700000000, 1700000000, 1700000000)
                        """, arguments: ["Half loaded \(number) " + String(repeating: "x", count: 200)])
                }
                let fileManager = FileManager.default
                #expect(fileManager.fileExists(atPath: path + "-journal"))
                try fileManager.copyItem(atPath: path, toPath: copy)
                try fileManager.copyItem(atPath: path + "-journal", toPath: copy + "-journal")
                return .rollback
            }
        }
        try queue.close()
        // The copy's header no longer matches its size: without the journal check it would read as truncated.
        let reopened = try SQLitePipelineStore.open(path: copy)
        #expect(try reopened.integrityCheck() == "ok")
        #expect(try reopened.dealCount(DealQuery(statuses: [])) == 0)
        #expect(!StoreFileCheck.hasJournal(copy))
        #expect(try reopened.dbWriter.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
    }
}

@Suite("Store: a demo stores exactly the deals and history its sequence describes")
struct DemoInsertTests {
    @Test("every stored deal and history entry equals the readable form of the same draw")
    func storedDemoEqualsTheReadableForm() throws {
        let fresh = try FreshStore()
        let demo = DemoPipeline(stages: try fresh.sales.stages, count: 6_000, seed: 21, now: fresh.now, openPercent: 30)
        #expect(try fresh.store.insertDemo(demo) == 6_000)
        let stored = try fresh.store.deals(DealQuery(statuses: [])).sorted { $0.id < $1.id }
        let expected = Array(demo)
        #expect(stored.count == expected.count)
        for (deal, item) in zip(stored, expected) {
            var made = item.deal
            made.id = deal.id
            #expect(deal == made, "deal \(deal.id)")
        }
        // Every deal's history, in order, as the sequence describes it.
        for id in [1, 2, 3, 500, 4_321, 6_000] {
            let history = try fresh.store.history(dealID: Int64(id))
            let item = expected[id - 1]
            #expect(history.map(\.kind) == item.history.map(\.kind))
            #expect(history.map(\.at) == item.history.map(\.at))
            #expect(history.map(\.fromStageID) == item.history.map(\.fromStageID))
            #expect(history.map(\.toStageID) == item.history.map(\.toStageID))
            #expect(history.map(\.fromStageName) == item.history.map(\.fromStageName))
            #expect(history.map(\.toStageName) == item.history.map(\.toStageName))
        }
        let entries = try fresh.store.dbWriter.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM stage_change") }
        #expect(entries == expected.reduce(0) { $0 + $1.history.count })
        #expect(try fresh.store.integrityCheck() == "ok")
        let orphans = try fresh.store.dbWriter.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(orphans.isEmpty)
    }
}
