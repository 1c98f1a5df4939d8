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

    @Test func emptyFileBecomesADatabase() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("empty.sqlite")
        FileManager.default.createFile(atPath: path, contents: nil)
        let store = try PipelineStore.open(path: path)
        #expect(try store.pipelines().map(\.kind) == [.sales, .revisit])
    }
}
