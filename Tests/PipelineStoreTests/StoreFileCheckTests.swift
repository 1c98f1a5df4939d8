import Foundation
import GRDB
import Testing
import FunnelTestSupport
@testable import PipelineStore

@Suite("Refusing files that are not ours")
struct StoreFileCheckTests {
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func notSQLite() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("notes.sqlite")
        try Data("these are my notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        let before = bytes(path)
        #expect(throws: StoreError.notSQLite(path: path)) { try PipelineStore.open(path: path) }
        #expect(bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func anotherProgramsDatabase() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)") }
        try queue.close()
        let before = bytes(path)
        #expect(throws: StoreError.foreignDatabase(path: path)) { try PipelineStore.open(path: path) }
        #expect(bytes(path) == before)
    }

    @Test func newerFunnel() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("newer.sqlite")
        _ = try PipelineStore.open(path: path)
        // A migration this build does not know, as a newer Funnel would have left.
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        try queue.close()
        let before = bytes(path)
        #expect(throws: StoreError.newerSchema(path: path)) { try PipelineStore.open(path: path) }
        #expect(bytes(path) == before)
    }

    @Test func truncated() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("cut.sqlite")
        let store = try PipelineStore.open(path: path)
        let demo = try store.pipeline(named: nil)
        try store.insertDemo(.init(stages: demo.stages, count: 300, seed: 1, now: Date(), openPercent: 50))
        try store.close()
        // Fold the WAL into the main file, then cut the file short.
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE") }
        try queue.close()
        let full = try #require(bytes(path))
        try full.prefix(full.count / 2 + 100).write(to: URL(fileURLWithPath: path))
        let before = bytes(path)
        #expect(throws: StoreError.truncated(path: path)) { try PipelineStore.open(path: path) }
        #expect(bytes(path) == before)
    }

    /// A checkpoint cut short by a full disk writes the new header (more pages) but cannot grow the
    /// file; every page is still in the WAL. That file is whole and must open, not be called truncated.
    @Test func aCheckpointCutShortByAFullDiskStillOpens() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("funnel.sqlite")
        let store = try PipelineStore.open(path: path)
        let demo = try store.pipeline(named: nil)
        try store.insertDemo(.init(stages: demo.stages, count: 50, seed: 1, now: Date(), openPercent: 50))
        try store.dbWriter.writeWithoutTransaction { db in
            _ = try String.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
        }
        // Committed to the WAL only: the main file keeps its old size.
        try store.insertDemo(.init(stages: demo.stages, count: 400, seed: 2, now: Date(), openPercent: 50))
        let copy = folder.path("copy.sqlite")
        for suffix in ["", "-wal"] {
            try FileManager.default.copyItem(atPath: path + suffix, toPath: copy + suffix)
        }
        try store.close()
        // The header says the file has grown, as the checkpoint's first write would; the file has not.
        let handle = try #require(FileHandle(forUpdatingAtPath: copy))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 28)
        let pages = UInt32(size / 4096) + 40
        try handle.write(contentsOf: withUnsafeBytes(of: pages.bigEndian) { Data($0) })
        try handle.close()

        let reopened = try PipelineStore.open(path: copy)
        #expect(try reopened.integrityCheck() == "ok")
        #expect(try reopened.dealCount(DealQuery(statuses: [])) == 450)
    }

    @Test func emptyFileBecomesADatabase() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("empty.sqlite")
        FileManager.default.createFile(atPath: path, contents: nil)
        let store = try PipelineStore.open(path: path)
        #expect(try store.pipelines().map(\.kind) == [.sales, .revisit])
    }
}
