import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

@Suite("Store: bulk loads rebuild indexes and derived tables in their own transaction")
struct BulkLoadTests {
    /// Every index and trigger of the database, by name, with its SQL.
    static func schemaObjects(_ db: Database) throws -> [String: String] {
        var objects: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL") {
            objects[row["name"]] = row["sql"]
        }
        return objects
    }

    /// A derived table for the tests: open deals per stage, kept by a trigger on insert.
    static let openPerStage = DerivedTable(name: "test_open_per_stage", triggers: ["test_open_per_stage_on_insert"]) { db in
        try db.execute(sql: """
            DELETE FROM test_open_per_stage;
            INSERT INTO test_open_per_stage (stage_id, deals) SELECT stage_id, count(*) FROM deal WHERE status = 'open' GROUP BY stage_id;
            """)
    }

    static func createOpenPerStage(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE test_open_per_stage (stage_id INTEGER PRIMARY KEY, deals INTEGER NOT NULL);
            CREATE TRIGGER test_open_per_stage_on_insert AFTER INSERT ON deal WHEN new.status = 'open' BEGIN
                INSERT INTO test_open_per_stage (stage_id, deals) VALUES (new.stage_id, 1)
                    ON CONFLICT (stage_id) DO UPDATE SET deals = deals + 1;
            END;
            """)
    }

    static func insertDeals(_ db: Database, count: Int, stageID: Int64) throws {
        for number in 0..<count {
            try db.execute(sql: """
                INSERT INTO deal (title, value, currency, pipeline_id, stage_id, status, closed_at, created_at, stage_entered_at, updated_at)
                VALUES (?, 100, 'USD', 1, ?, ?, ?, 1700000000, 1700000000, 1700000000)
                """, arguments: ["Deal \(number)", stageID, number % 4 == 0 ? "open" : "won", number % 4 == 0 ? nil : 1700000100])
        }
    }

    @Test("a large load drops the indexes and the derived tables' triggers, then restores them and rebuilds the tables")
    func largeLoadRestoresSchemaAndDerivedTables() throws {
        let fresh = try FreshStore()
        try fresh.store.dbWriter.write { db in try Self.createOpenPerStage(db) }
        let before = try fresh.store.dbWriter.read { db in try Self.schemaObjects(db) }
        #expect(before["deal_for_outcomes"] != nil)
        #expect(before["test_open_per_stage_on_insert"] != nil)
        try fresh.store.dbWriter.write { db in
            let load = try BulkLoad.begin(db, newDeals: 6_000, derivedTables: [Self.openPerStage])
            let during = try Self.schemaObjects(db)
            #expect(during["deal_for_outcomes"] == nil)
            #expect(during["stage_change_on_deal"] == nil)
            #expect(during["test_open_per_stage_on_insert"] == nil)
            // Unique indexes stay, to refuse a duplicate at the row that brings it.
            #expect(during["imported_deal_on_source_external_id"] != nil)
            try Self.insertDeals(db, count: 6_000, stageID: 2)
            try load.finish(db)
        }
        let after = try fresh.store.dbWriter.read { db in try Self.schemaObjects(db) }
        #expect(after == before)
        let perStage = try fresh.store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT stage_id, deals FROM test_open_per_stage ORDER BY stage_id").map { [$0[0], $0[1]] as [Int64] }
        }
        #expect(perStage == [[2, 1_500]])
        // The trigger works again after the load.
        try fresh.addDeal("After the load", stage: 1)
        #expect(try fresh.store.dbWriter.read { db in try Int.fetchOne(db, sql: "SELECT deals FROM test_open_per_stage WHERE stage_id = 2") } == 1_501)
        #expect(try fresh.store.integrityCheck() == "ok")
    }

    @Test("every trigger a registered derived table names exists, so a bulk load really suspends it")
    func registeredTriggersExist() throws {
        let fresh = try FreshStore()
        let objects = try fresh.store.dbWriter.read { db in try Self.schemaObjects(db) }
        let named = SQLitePipelineStore.derivedTables.flatMap(\.triggers)
        #expect(!named.isEmpty)
        #expect(named.filter { objects[$0] == nil } == [])
    }

    @Test("a load small next to the stored deals keeps indexes and triggers in place")
    func smallLoadKeepsIndexes() throws {
        let fresh = try FreshStore()
        try fresh.store.dbWriter.write { db in
            try Self.createOpenPerStage(db)
            try Self.insertDeals(db, count: 20_000, stageID: 1)
        }
        let before = try fresh.store.dbWriter.read { db in try Self.schemaObjects(db) }
        try fresh.store.dbWriter.write { db in
            let load = try BulkLoad.begin(db, newDeals: 6_000, derivedTables: [Self.openPerStage])
            #expect(try Self.schemaObjects(db) == before)
            try Self.insertDeals(db, count: 8, stageID: 3)
            try load.finish(db)
        }
        #expect(try fresh.store.dbWriter.read { db in try Int.fetchOne(db, sql: "SELECT deals FROM test_open_per_stage WHERE stage_id = 3") } == 2)
    }

    @Test("a bulk load that fails leaves the indexes and the deals as they were")
    func failedLoadChangesNothing() throws {
        struct Stop: Error {}
        let fresh = try FreshStore()
        try fresh.addDeal("Stored before")
        let before = try fresh.store.dbWriter.read { db in try Self.schemaObjects(db) }
        #expect(throws: Stop.self) {
            try fresh.store.bulkLoad(newDeals: 10_000) { db in
                try Self.insertDeals(db, count: 100, stageID: 1)
                throw Stop()
            }
        }
        #expect(try fresh.store.dbWriter.read { db in try Self.schemaObjects(db) } == before)
        #expect(try fresh.store.dealCount(DealQuery(statuses: [])) == 1)
    }

    @Test("a demo big enough to rebuild the indexes stores what the sequence made, with its history")
    func demoStoresEveryDealAndEntry() throws {
        let fresh = try FreshStore()
        let demo = DemoPipeline(stages: try fresh.sales.stages, count: 6_000, seed: 5, now: fresh.now, openPercent: 5)
        #expect(try fresh.store.insertDemo(demo) == 6_000)
        var expectedHistory = 0
        var expectedOpen = 0
        for item in demo {
            expectedHistory += item.history.count
            if item.deal.status == .open { expectedOpen += 1 }
        }
        #expect(try fresh.store.dealCount(DealQuery(statuses: [])) == 6_000)
        #expect(try fresh.store.dealCount(DealQuery(statuses: [.open])) == expectedOpen)
        #expect(try fresh.store.dbWriter.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM stage_change") } == expectedHistory)
        // Entries follow their deals in id order, each deal's starting with its creation.
        let last = Array(demo).last!
        let history = try fresh.store.history(dealID: 6_000)
        #expect(history.map(\.kind) == last.history.map(\.kind))
        #expect(history.map(\.at) == last.history.map(\.at))
        #expect(try fresh.store.integrityCheck() == "ok")
    }
}

@Suite("Store: the bulk loads migration")
struct CheapChecksMigrationTests {
    @Test("a new database keeps the CHECK lists as v1 wrote them (no schema rewrite), refusing bad values and accepting the rest")
    func checksStillRefuseBadValues() throws {
        let fresh = try FreshStore()
        let deal = try fresh.addDeal("Acme")
        try fresh.store.dbWriter.write { db in
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'deal'") ?? ""
            #expect(sql.contains("CHECK (status IN ('open', 'won', 'lost'))"))
            #expect(!sql.contains("status = 'open' OR"))
            for (column, bad) in [("status", "pending"), ("temperature", "tepid"), ("budget", "maybe"), ("authority", "maybe"), ("need", "maybe"), ("timing", "maybe")] {
                #expect(throws: DatabaseError.self) {
                    try db.execute(sql: "UPDATE deal SET \(column) = ? WHERE id = ?", arguments: [bad, deal.id])
                }
            }
            try db.execute(sql: "UPDATE deal SET temperature = 'cold', budget = 'no', timing = 'yes' WHERE id = ?", arguments: [deal.id])
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: """
                    INSERT INTO stage_change (deal_id, to_stage_id, to_stage, kind, at) VALUES (?, 1, 'Prospecting', 'teleported', 0)
                    """, arguments: [deal.id])
            }
            try db.execute(sql: """
                INSERT INTO stage_change (deal_id, to_stage_id, to_stage, kind, at) VALUES (?, 1, 'Prospecting', 'unparked', 0)
                """, arguments: [deal.id])
        }
    }

    @Test("an older database is upgraded: its rows and its tables' text are kept, and the unused index dropped")
    func upgradeFromInterop() throws {
        var tablesBefore: [String] = []
        let older = try OlderDatabase(.interop) { db in
            tablesBefore = try Self.tableTexts(db)
            try db.execute(sql: """
                INSERT INTO deal (title, value, currency, pipeline_id, stage_id, status, closed_at, created_at, stage_entered_at, updated_at)
                VALUES ('Old deal', 500, 'EUR', 1, 2, 'won', 1700000100, 1700000000, 1700000000, 1700000100)
                """)
            #expect(try Self.indexNames(db).contains("stage_change_on_to_stage"))
        }
        let store = try SQLitePipelineStore.open(path: older.path)
        #expect(try store.deal(id: 1).status == .won)
        try store.dbWriter.read { db in
            #expect(try !Self.indexNames(db).contains("stage_change_on_to_stage"))
            // Later migrations only append columns (issue 18's `author`): the text before them is kept.
            let after = try Self.tableTexts(db).map { $0.replacingOccurrences(of: "\n, author TEXT)", with: "\n)") }
            #expect(after.count == 2 && after == tablesBefore)
            #expect(after.last?.contains("kind IN ('created', 'moved'") == true)
        }
        #expect(try store.integrityCheck() == "ok")
    }

    /// The `CREATE TABLE` texts of `deal` and `stage_change`, whose CHECKs the migration once rewrote.
    static func tableTexts(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name IN ('deal', 'stage_change') ORDER BY name")
    }

    static func indexNames(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index'")
    }
}

@Suite("Store: bulk loads keep the filter's search index right")
struct BulkLoadSearchIndexTests {
    @Test("a demo large enough to suspend the search triggers leaves every open deal, and only those, in the index")
    func demoRebuildsTheSearchIndex() throws {
        let fresh = try FreshStore()
        try fresh.addDeal("Stored before the demo")
        let before = try fresh.store.dbWriter.read { db in try BulkLoadTests.schemaObjects(db) }
        #expect(before["deal_search_after_insert"] != nil)
        let demo = DemoPipeline(stages: try fresh.sales.stages, count: 6_000, seed: 9, now: fresh.now, openPercent: 20)
        try fresh.store.insertDemo(demo)
        #expect(try fresh.store.dbWriter.read { db in try BulkLoadTests.schemaObjects(db) } == before)
        let (indexed, open, stray) = try fresh.store.dbWriter.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM deal_search") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM deal WHERE status = 'open'") ?? -2,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM deal_search s LEFT JOIN deal d ON d.id = s.deal_id WHERE d.status IS NOT 'open'") ?? -3)
        }
        #expect(open > 1_000)
        #expect(indexed == open)
        #expect(stray == 0)
    }
}
