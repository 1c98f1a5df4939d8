import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import Testing
import FunnelStore
@testable import SQLiteStore

@Suite("Importing deals into the store")
struct ImportStoreTests {
    /// An open deal of the file, created in `stage` of `pipeline` (stage by name, as the plan gives it).
    func item(_ number: Int, _ pipeline: Pipeline, stage: Int, now: Date, status: DealStatus = .open) -> DealImport {
        var deal = Deal(
            title: "Deal \(number)", value: Money(minorUnits: Int64(number) * 100, currency: .usd),
            pipelineID: pipeline.id, stageID: 0, createdAt: now.addingTimeInterval(Double(-86_400 * number)))
        deal.stageEnteredAt = deal.createdAt.addingTimeInterval(3_600)
        deal.updatedAt = deal.stageEnteredAt
        if status != .open {
            deal.status = status
            deal.closedAt = deal.stageEnteredAt.addingTimeInterval(60)
            deal.updatedAt = deal.closedAt!
        }
        return DealImport(
            line: number + 1, source: "test", externalID: "x\(number)", deal: deal, stageName: pipeline.stages[stage].name,
            createdAtGiven: true, stageEnteredAtGiven: true, updatedAtGiven: true, closedAtGiven: status != .open)
    }

    @Test("New deals between updated ones get the next ids in file order, their rows, history and links in file order")
    func newDealsAroundUpdates() throws {
        let fresh = try FreshStore()
        let pipeline = try fresh.sales
        _ = try fresh.addDeal("Already there", stage: 1)
        let first = try fresh.store.importDeals(
            (1...3).map { item($0, pipeline, stage: 0, now: fresh.now) }, newStages: [], dryRun: false)
        #expect(first.results.map(\.dealID) == [2, 3, 4])
        let historyBefore = try fresh.store.dbWriter.read { try Int64.fetchOne($0, sql: "SELECT max(id) FROM stage_change") } ?? 0
        let topBefore = try fresh.store.dbWriter.read {
            try Double.fetchOne($0, sql: "SELECT min(lane_position) FROM deal WHERE stage_id = ? AND status = 'open'", arguments: [pipeline.stages[1].id])
        } ?? 0

        // 40 rows: x1, x2 and x3 (known: moved to stage 1) at rows 3, 20 and 37, the others new, across
        // several multi-row INSERTs and a last short one; every fifth new deal won.
        var rows: [DealImport] = []
        var known: [Int: Int] = [3: 1, 20: 2, 37: 3]
        for row in 0..<40 {
            if let number = known.removeValue(forKey: row) {
                var update = item(number, pipeline, stage: 1, now: fresh.now)
                update.line = row + 2
                rows.append(update)
            } else {
                var new = item(100 + row, pipeline, stage: 1 + row % 2, now: fresh.now, status: row % 5 == 4 ? .won : .open)
                new.line = row + 2
                rows.append(new)
            }
        }
        let outcome = try fresh.store.importDeals(rows, newStages: [], dryRun: false)

        let newRows = rows.filter { !["x1", "x2", "x3"].contains($0.externalID) }
        #expect(outcome.results.map(\.line) == rows.map(\.line))
        #expect(outcome.results.filter { $0.action == .created }.map(\.dealID) == Array(5...Int64(4 + newRows.count)))
        #expect(outcome.results.filter { $0.action == .updated }.map(\.dealID) == [2, 3, 4])
        for (result, row) in zip(outcome.results, rows) {
            let stored = try fresh.store.deal(id: result.dealID)
            #expect(stored.title == row.deal.title)
            #expect(stored.stageID == pipeline.stages[row.stageName == pipeline.stages[1].name ? 1 : 2].id)
            #expect(stored.status == row.deal.status)
        }

        // History in file order: each new deal's creation (and win), each known deal's move; no phantom move from
        // no stage after a creation (issue 15 item 12).
        var expected: [String] = []
        for (result, row) in zip(outcome.results, rows) {
            if result.action == .updated {
                expected.append("\(result.dealID) moved")
                continue
            }
            expected.append("\(result.dealID) created")
            if row.deal.status == .won { expected.append("\(result.dealID) won") }
        }
        let history = try fresh.store.dbWriter.read {
            try Row.fetchAll($0, sql: "SELECT deal_id, kind FROM stage_change WHERE id > ? ORDER BY id", arguments: [historyBefore])
        }.map { "\($0[0] as Int64) \($0[1] as String)" }
        #expect(history == expected)

        // Links for every new deal; open new deals above the lane's old top, in file order.
        let links = try fresh.store.dbWriter.read {
            try Row.fetchAll($0, sql: "SELECT deal_id, external_id FROM imported_deal ORDER BY deal_id")
        }.map { "\($0[0] as Int64) \($0[1] as String)" }
        let created = zip(outcome.results, rows).filter { $0.0.action == .created }
        #expect(links == ["2 x1", "3 x2", "4 x3"] + created.map { "\($0.0.dealID) \($0.1.externalID!)" })
        let lane = try fresh.store.dbWriter.read {
            try Row.fetchAll($0, sql: "SELECT id, lane_position FROM deal WHERE stage_id = ? AND status = 'open' AND id >= 5 ORDER BY id", arguments: [pipeline.stages[1].id])
        }.map { ($0[0] as Int64, $0[1] as Double) }
        #expect(!lane.isEmpty)
        #expect(lane.map(\.1) == lane.map(\.1).sorted())
        #expect(lane.allSatisfy { $0.1 < topBefore })
        #expect(try fresh.store.dbWriter.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try fresh.store.dbWriter.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") } == true)
    }

    @Test("A row the database refuses, after thousands written many to an INSERT, leaves nothing of the import", arguments: [40, 6_000])
    func refusedRowRollsBackTheWholeImport(rows: Int) throws {
        let fresh = try FreshStore()
        let pipeline = try fresh.sales
        let schema = try fresh.store.dbWriter.read { db in try BulkLoadTests.schemaObjects(db) }
        var items = (1...rows).map { item($0, pipeline, stage: $0 % 3, now: fresh.now, status: $0 % 4 == 0 ? .lost : .open) }
        // A blank title passes no draft rule here (the store is called directly); the deal's CHECK refuses it.
        items[rows - 3].deal.title = "  "
        #expect(throws: (any Error).self) { try fresh.store.importDeals(items, newStages: [], dryRun: false) }
        #expect(try fresh.store.dealCount(DealQuery(statuses: Set(DealStatus.allCases))) == 0)
        let left = try fresh.store.dbWriter.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM stage_change) + (SELECT count(*) FROM imported_deal) + (SELECT count(*) FROM deal_search)")
        }
        #expect(left == 0)
        #expect(try fresh.store.dbWriter.read { db in try BulkLoadTests.schemaObjects(db) } == schema)
        #expect(try fresh.store.dbWriter.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        // The same file without the bad row imports whole.
        items[rows - 3].deal.title = "Deal fixed"
        let outcome = try fresh.store.importDeals(items, newStages: [], dryRun: false)
        #expect(outcome.results.map(\.dealID) == Array(1...Int64(rows)))
        #expect(try fresh.store.dealCount(DealQuery(statuses: Set(DealStatus.allCases))) == rows)
        // Every index is back, the links' unique index too (a large import builds it at its end),
        // and importing the file again finds every deal by its link.
        #expect(try fresh.store.dbWriter.read { db in try BulkLoadTests.schemaObjects(db) } == schema)
        let again = try fresh.store.importDeals(items, newStages: [], dryRun: false)
        #expect(again.results.allSatisfy { $0.action == .unchanged })
        #expect(try fresh.store.dealCount(DealQuery(statuses: Set(DealStatus.allCases))) == rows)
    }

    @Test("A large import's links get their unique index again at the end, which refuses two links of one id")
    func largeImportRebuildsTheLinkIndex() throws {
        let fresh = try FreshStore()
        let pipeline = try fresh.sales
        var items = (1...6_000).map { item($0, pipeline, stage: 0, now: fresh.now) }
        // Two rows of one id: the plan refuses this in a file; the store must still not keep both links.
        items[5_999].externalID = items[10].externalID
        #expect(throws: (any Error).self) { try fresh.store.importDeals(items, newStages: [], dryRun: false) }
        #expect(try fresh.store.dealCount(DealQuery(statuses: Set(DealStatus.allCases))) == 0)
        let index = try fresh.store.dbWriter.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'imported_deal_on_source_external_id'")
        }
        #expect(index?.hasPrefix("CREATE UNIQUE INDEX") == true)
    }

    @Test("A Funnel row of a deal linked to another system updates that deal and adds no second link, dry run or not")
    func funnelRowOfALinkedDeal() throws {
        let fresh = try FreshStore()
        let pipeline = try fresh.sales
        let first = item(1, pipeline, stage: 0, now: fresh.now)
        _ = try fresh.store.importDeals([first], newStages: [], dryRun: false)
        var row = first
        row.source = "funnel"
        row.externalID = "1"
        row.deal.notes = "edited in a spreadsheet"
        for dryRun in [true, false] {
            let outcome = try fresh.store.importDeals([row], newStages: [], dryRun: dryRun)
            #expect(outcome.results.map(\.action) == [.updated])
            #expect(outcome.results.map(\.dealID) == [1])
        }
        #expect(try fresh.store.deal(id: 1).notes == "edited in a spreadsheet")
        let links = try fresh.store.dbWriter.read {
            try Row.fetchAll($0, sql: "SELECT deal_id, source, external_id FROM imported_deal")
        }.map { "\($0[0] as Int64) \($0[1] as String) \($0[2] as String)" }
        #expect(links == ["1 test x1"])
        // The same row again is unchanged: no version moves.
        let version = try fresh.store.deal(id: 1).version
        #expect(try fresh.store.importDeals([row], newStages: [], dryRun: false).results.map(\.action) == [.unchanged])
        #expect(try fresh.store.deal(id: 1).version == version)
    }

    @Test("A link made before values were kept: a field that differs is a conflict that keeps Funnel's value")
    func linkFromAnOlderFunnelHasNoLastValues() throws {
        let older = try OlderDatabase(.interop) { db in
            try db.execute(sql: """
                INSERT INTO deal (id, title, currency, pipeline_id, stage_id, notes, created_at, stage_entered_at, updated_at)
                    SELECT 1, 'Deal 1', 'USD', pipeline_id, id, 'written in Funnel', 1790000000, 1790000000, 1790000000
                    FROM stage ORDER BY id LIMIT 1;
                INSERT INTO imported_deal (deal_id, source, external_id) VALUES (1, 'test', 'x1');
                """)
        }
        let store = try SQLitePipelineStore.open(path: older.path)
        let pipeline = try store.sales()
        var row = item(1, pipeline, stage: 0, now: Date(timeIntervalSince1970: 1_796_000_000))
        row.deal.notes = "the file's notes"
        row.fields = ImportedFieldSet([.title, .notes])
        let outcome = try store.importDeals([row], newStages: [], dryRun: false)
        #expect(outcome.conflicts.map(\.field) == [.notes])
        #expect(outcome.conflicts.first?.funnelValue == "'written in Funnel'")
        #expect(outcome.conflicts.first?.fileValue == "'the file's notes'")
        #expect(try store.deal(id: 1).notes == "written in Funnel")
        let overwritten = try store.importDeals([row], newStages: [], dryRun: false, overwrite: true)
        #expect(overwritten.conflicts.map(\.overwritten) == [true])
        #expect(try store.deal(id: 1).notes == "the file's notes")
    }

    @Test("A constraint the database enforces is refused in words about the change, never SQLite's")
    func constraintRefusalsSpeakOfTheChange() throws {
        let fresh = try FreshStore()
        let pipeline = try fresh.sales
        var row = item(1, pipeline, stage: 0, now: fresh.now)
        row.deal.title = "  "
        do {
            _ = try fresh.store.importDeals([row], newStages: [], dryRun: false, run: ImportRun(file: "deals.csv", at: fresh.now))
            Issue.record("a blank title was stored")
        } catch {
            #expect("\(error)" == "the import of 'deals.csv' could not be saved because the database refused it (a value is missing or outside what Funnel allows); nothing was saved")
        }
    }
}

extension SQLitePipelineStore {
    func sales() throws -> Pipeline { try pipeline(named: nil) }
}
