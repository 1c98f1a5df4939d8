import Foundation
import GRDB
import Testing
import FunnelTestSupport
import Pipeline
import FunnelStore
@testable import SQLiteStore

@Suite("The store")
struct PipelineStoreTests {
    @Test func newDatabaseHoldsTheDefaultSalesPipeline() throws {
        let fresh = try FreshStore()
        let pipelines = try fresh.store.pipelines()
        // Sales, and the Revisit pipeline every database has for parked deals.
        #expect(pipelines.map(\.name) == ["Sales", "Revisit"])
        #expect(pipelines[0].name == "Sales")
        #expect(pipelines[0].stages.map(\.name) == ["Prospecting", "Qualifying", "Contact", "Relationship", "Closing"])
        #expect(pipelines[0].stages.map(\.probability) == [10, 25, 40, 60, 80])
        #expect(pipelines[0].stages.map(\.stallDays) == [14, 10, 7, 21, 10])
        #expect(try fresh.store.integrityCheck() == "ok")
    }

    @Test func fileAndFolderArePrivate() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("nested/deeper/funnel.sqlite")
        _ = try SQLitePipelineStore.open(path: path)
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path("nested/deeper"))[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
    }

    /// SQLite gives its WAL and shared-memory files the database file's mode, whatever the umask.
    @Test func walFilesAreAsPrivateAsTheDatabase() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("private/funnel.sqlite")
        let store = try SQLitePipelineStore.open(path: path)
        let sales = try store.pipeline(named: nil)
        _ = try store.addDeal(Deal(title: "Acme", value: Money(minorUnits: 100, currency: .usd), pipelineID: sales.id, stageID: sales.stages[0].id, createdAt: Date()))
        for suffix in ["-wal", "-shm"] {
            let mode = try FileManager.default.attributesOfItem(atPath: path + suffix)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(suffix) is \(String(mode ?? 0, radix: 8))")
        }
        try store.close()
    }

    @Test func reopeningKeepsData() throws {
        let fresh = try FreshStore()
        try fresh.addDeal("Acme renewal")
        let again = try SQLitePipelineStore.open(path: fresh.store.path)
        #expect(try again.deals(DealQuery()).map(\.title) == ["Acme renewal"])
    }

    @Test func aFailedMoveWritesNeitherDealNorHistory() throws {
        let fresh = try FreshStore()
        let deal = try fresh.addDeal("Acme renewal")
        let stageID = try fresh.sales.stages[1].id
        // Make the history insert fail inside the move's transaction.
        try fresh.store.dbWriter.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_history BEFORE INSERT ON stage_change WHEN NEW.kind = 'moved'
                BEGIN SELECT RAISE(ABORT, 'history refused'); END
                """)
        }
        #expect(throws: (any Error).self) { try fresh.store.moveDeal(id: deal.id, toStageID: stageID, now: fresh.now).value }
        let after = try fresh.store.deal(id: deal.id)
        #expect(after.stageID == deal.stageID)
        #expect(after.version == deal.version)
        #expect(try fresh.store.history(dealID: deal.id).count == 1)
    }

    @Test func schemaRefusesBrokenRows() throws {
        let fresh = try FreshStore()
        let stageID = try fresh.sales.stages[0].id
        let bad = [
            "INSERT INTO deal (title, value, currency, pipeline_id, stage_id, created_at, stage_entered_at, updated_at) VALUES ('x', -1, 'USD', 1, \(stageID), 0, 0, 0)",
            "INSERT INTO deal (title, value, currency, pipeline_id, stage_id, status, created_at, stage_entered_at, updated_at) VALUES ('x', 1, 'USD', 1, \(stageID), 'maybe', 0, 0, 0)",
            "INSERT INTO deal (title, value, currency, pipeline_id, stage_id, temperature, created_at, stage_entered_at, updated_at) VALUES ('x', 1, 'USD', 1, \(stageID), 'lukewarm', 0, 0, 0)",
            "INSERT INTO deal (title, value, currency, pipeline_id, stage_id, created_at, stage_entered_at, updated_at) VALUES ('x', 1, 'USD', 1, 999, 0, 0, 0)",
            "INSERT INTO deal (title, value, currency, pipeline_id, stage_id, status, created_at, stage_entered_at, updated_at) VALUES ('x', 1, 'USD', 1, \(stageID), 'won', 0, 0, 0)",
            "INSERT INTO deal (title, value, currency, pipeline_id, stage_id, created_at, stage_entered_at, updated_at) VALUES ('  ', 1, 'USD', 1, \(stageID), 0, 0, 0)",
            "UPDATE stage SET probability = 101",
            "INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (1, 'CONTACT', 9, 10, 1)",
        ]
        for sql in bad {
            #expect(throws: DatabaseError.self, "\(sql)") { try fresh.store.dbWriter.write { try $0.execute(sql: sql) } }
        }
    }

    @Test func stageSummariesCoverEveryOpenDealPerCurrency() throws {
        let fresh = try FreshStore()
        try fresh.addDeal("A", value: 1_000_000, stage: 1)
        try fresh.addDeal("B", value: 500_050, stage: 1)
        try fresh.addDeal("C", value: 12_000_000, currency: "CNY", stage: 1)
        let lost = try fresh.addDeal("D", value: 999_900, stage: 1)
        try fresh.store.markLost(id: lost.id, reason: "price", now: fresh.now)
        let summaries = try fresh.store.stageSummaries(pipelineID: fresh.sales.id)
        let qualifying = summaries[1]
        #expect(qualifying.dealCount == 3)
        #expect(qualifying.total.compact == "¥120,000 · $15,001")
        #expect(qualifying.weighted.byCurrency[Currency(code: "USD")!] == 375_013)  // 25% of 1,500,050 rounded half up
        #expect(summaries[0].dealCount == 0)
        #expect(try fresh.store.stageSummaries(pipelineID: fresh.sales.id, text: "b")[1].dealCount == 1)
    }

    @Test func textFilterIsCaseInsensitiveForEveryScript() throws {
        let fresh = try FreshStore()
        try fresh.addDeal("ÉCOLE Supérieure")
        try fresh.addDeal("北京星云 新采购")
        try fresh.addDeal("100% off_sale")
        #expect(try fresh.store.deals(DealQuery(text: "école")).map(\.title) == ["ÉCOLE Supérieure"])
        #expect(try fresh.store.deals(DealQuery(text: "星云")).count == 1)
        #expect(try fresh.store.deals(DealQuery(text: "0%")).count == 1)
        #expect(try fresh.store.deals(DealQuery(text: "f_s")).count == 1)
        #expect(try fresh.store.deals(DealQuery(text: "x_x")).isEmpty)
    }

    @Test func demoInsertsWholeDealsWithHistory() throws {
        let fresh = try FreshStore()
        let pipeline = try fresh.sales
        let demo = DemoPipeline(stages: pipeline.stages, count: 500, seed: 3, now: fresh.now, openPercent: 20)
        #expect(try fresh.store.insertDemo(demo) == 500)
        let all = try fresh.store.deals(DealQuery(statuses: []))
        #expect(all.count == 500)
        for deal in all.prefix(50) {
            let history = try fresh.store.history(dealID: deal.id).filter { !$0.undone }
            #expect(history.first?.kind == .created)
            #expect(history.last(where: { $0.kind == .moved || $0.kind == .created })?.toStageID == deal.stageID)
        }
        #expect(try fresh.store.integrityCheck() == "ok")
    }
}

@Suite("Faults while writing")
struct StoreFaultTests {
    @Test func aFullDiskRefusesTheWholeChangeWithAClearMessage() throws {
        let fresh = try FreshStore()
        try fresh.addDeal("Saved before the disk filled")
        // Cap the file at its current size plus a little: SQLite then reports SQLITE_FULL, as on a full disk.
        try fresh.store.dbWriter.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 3)")
        }
        let pipeline = try fresh.sales
        #expect(throws: StoreError.notWritable("the disk is full")) {
            try fresh.store.insertDemo(DemoPipeline(stages: pipeline.stages, count: 2_000, seed: 1, now: fresh.now, openPercent: 50))
        }
        #expect(try fresh.store.dealCount(DealQuery(statuses: [])) == 1)
        #expect(try fresh.store.integrityCheck() == "ok")
        // Reads still work.
        #expect(try fresh.store.deals(DealQuery()).map(\.title) == ["Saved before the disk filled"])
    }

    @Test func aDatabaseDeletedWhileOpenRefusesWritesButStillReads() throws {
        let fresh = try FreshStore()
        let deal = try fresh.addDeal("Acme")
        try FileManager.default.removeItem(atPath: fresh.store.path)
        #expect {
            try fresh.store.moveDeal(id: deal.id, toStageID: try fresh.sales.stages[1].id, now: fresh.now)
        } throws: { error in
            "\(error)".contains("was deleted or replaced while Funnel had it open; nothing was saved")
        }
        // The open connection still reads what it had, so the board stays usable for reading.
        #expect(try fresh.store.deals(DealQuery()).map(\.title) == ["Acme"])
    }

    /// The write-ahead log this store's connection uses is deleted: SQLite would go on committing into
    /// the deleted file, and every change saved there would vanish with the process.
    @Test func aWriteAheadLogDeletedWhileOpenRefusesWritesButStillReads() throws {
        let fresh = try FreshStore()
        let deal = try fresh.addDeal("Acme")
        try FileManager.default.removeItem(atPath: fresh.store.path + "-wal")
        #expect {
            try fresh.store.moveDeal(id: deal.id, toStageID: try fresh.sales.stages[1].id, now: fresh.now)
        } throws: { error in
            "\(error)".contains("write-ahead log was deleted or replaced while Funnel had it open; nothing was saved")
        }
        #expect(try fresh.store.deals(DealQuery()).map(\.title) == ["Acme"])
    }

    @Test func aWriteAheadLogReplacedWhileOpenRefusesWrites() throws {
        let fresh = try FreshStore()
        let deal = try fresh.addDeal("Acme")
        let wal = fresh.store.path + "-wal"
        try FileManager.default.copyItem(atPath: wal, toPath: wal + ".copy")
        #expect(rename(wal + ".copy", wal) == 0)
        #expect {
            try fresh.store.moveDeal(id: deal.id, toStageID: try fresh.sales.stages[1].id, now: fresh.now)
        } throws: { error in
            "\(error)".contains("write-ahead log was deleted or replaced")
        }
    }

    /// What legitimately happens to the WAL is never taken for a removal: another connection opening and
    /// closing the file (SQLite removes the WAL only with the last connection), and a bulk load that
    /// leaves WAL mode for a rollback journal and comes back with a new WAL.
    @Test func otherConnectionsAndABulkLoadDoNotStopWrites() throws {
        let fresh = try FreshStore()
        let pipeline = try fresh.sales
        let other = try SQLitePipelineStore.open(path: fresh.store.path)
        try other.addDeal(Deal(
            title: "From elsewhere", value: Money(minorUnits: 500, currency: Currency(code: "USD")!),
            pipelineID: pipeline.id, stageID: pipeline.stages[0].id, createdAt: fresh.now))
        try other.close()
        let deal = try fresh.addDeal("Acme")
        try fresh.store.moveDeal(id: deal.id, toStageID: pipeline.stages[1].id, now: fresh.now)

        let empty = try FreshStore()
        try empty.store.insertDemo(DemoPipeline(
            stages: try empty.sales.stages, count: BulkLoad.minimumDealsToRebuildIndexes, seed: 1, now: empty.now, openPercent: 50))
        let moved = try empty.addDeal("After the load")
        try empty.store.moveDeal(id: moved.id, toStageID: try empty.sales.stages[1].id, now: empty.now)
    }
}
