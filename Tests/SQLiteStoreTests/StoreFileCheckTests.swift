import Foundation
import GRDB
import Testing
import FunnelTestSupport
import FunnelStore
@testable import SQLiteStore

@Suite("Refusing files that are not ours")
struct StoreFileCheckTests {
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func notSQLite() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("notes.sqlite")
        try Data("these are my notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        let before = bytes(path)
        #expect(throws: StoreError.notSQLite(path: path)) { try SQLitePipelineStore.open(path: path) }
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
        #expect(throws: StoreError.foreignDatabase(path: path)) { try SQLitePipelineStore.open(path: path) }
        #expect(bytes(path) == before)
    }

    @Test func newerFunnel() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("newer.sqlite")
        _ = try SQLitePipelineStore.open(path: path)
        // A migration this build does not know, as a newer Funnel would have left.
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        try queue.close()
        let before = bytes(path)
        #expect(throws: StoreError.newerSchema(path: path)) { try SQLitePipelineStore.open(path: path) }
        #expect(bytes(path) == before)
    }

    @Test func truncated() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("cut.sqlite")
        let store = try SQLitePipelineStore.open(path: path)
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
        #expect(throws: StoreError.truncated(path: path)) { try SQLitePipelineStore.open(path: path) }
        #expect(bytes(path) == before)
    }

    /// A checkpoint cut short by a full disk writes the new header (more pages) but cannot grow the
    /// file; every page is still in the WAL. That file is whole and must open, not be called truncated.
    @Test func aCheckpointCutShortByAFullDiskStillOpens() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("funnel.sqlite")
        let store = try SQLitePipelineStore.open(path: path)
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

        let reopened = try SQLitePipelineStore.open(path: copy)
        #expect(try reopened.integrityCheck() == "ok")
        #expect(try reopened.dealCount(DealQuery(statuses: [])) == 450)
    }

    @Test func emptyFileBecomesADatabase() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("empty.sqlite")
        FileManager.default.createFile(atPath: path, contents: nil)
        let store = try SQLitePipelineStore.open(path: path)
        #expect(try store.pipelines().map(\.kind) == [.sales, .revisit])
    }

    // MARK: - What lies at the path

    /// The permission bits of the file at `path`.
    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0
    }

    @Test func aDatabaseReachedThroughASymbolicLinkOpensAsItself() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("synced/funnel.sqlite")
        try FileManager.default.createDirectory(atPath: folder.path("synced"), withIntermediateDirectories: true)
        let store = try SQLitePipelineStore.open(path: path)
        let demo = try store.pipeline(named: nil)
        try store.insertDemo(.init(stages: demo.stages, count: 30, seed: 1, now: Date(), openPercent: 50))
        try store.close()
        let link = folder.path("funnel.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "synced/funnel.sqlite")

        let linked = try SQLitePipelineStore.open(path: link)
        #expect(try linked.dealCount(DealQuery(statuses: [])) == 30)
        try linked.renamePipeline(demo.name, to: "Through the link")
        try linked.close()
        // The change is in the file the link leads to, and the link is still a link.
        let direct = try SQLitePipelineStore.open(path: path)
        #expect(try direct.pipeline(id: demo.id).name == "Through the link")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "synced/funnel.sqlite")
    }

    @Test func aDanglingSymbolicLinkIsRefusedNamingItsTarget() throws {
        let folder = TemporaryDirectory()
        let link = folder.path("funnel.sqlite")
        let target = folder.path("unmounted/Sync/funnel.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: StoreError.notAFile(path: link, .danglingLink(target: target))) { try SQLitePipelineStore.open(path: link) }
        #expect("\(StoreError.notAFile(path: link, .danglingLink(target: target)))".contains("which does not exist"))
        // Nothing was made: not the target, not a file in the link's place.
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["funnel.sqlite"])
    }

    @Test func aFolderANamedPipeAndALinkLoopAreRefusedNamingWhatTheyAre() throws {
        let folder = TemporaryDirectory()
        let directory = folder.path("funnel.sqlite")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        #expect(throws: StoreError.notAFile(path: directory, .folder)) { try SQLitePipelineStore.open(path: directory) }
        let pipe = folder.path("pipe.sqlite")
        #expect(mkfifo(pipe, 0o600) == 0)
        // Opening a named pipe for reading waits for a writer, and reading it for bytes: this test holds
        // both ends with junk in it, so without the check it fails as "not SQLite" instead of hanging.
        let ends = open(pipe, O_RDWR | O_NONBLOCK)
        #expect(ends >= 0)
        defer { close(ends) }
        #expect(write(ends, [UInt8](repeating: 0x41, count: 200), 200) == 200)
        #expect(throws: StoreError.notAFile(path: pipe, .namedPipe)) { try SQLitePipelineStore.open(path: pipe) }
        #expect("\(StoreError.notAFile(path: pipe, .namedPipe))" == "'\(pipe)' is a FIFO (named pipe), not a database file; nothing was read or written")
        let loop = folder.path("loop.sqlite")
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        #expect(throws: StoreError.notAFile(path: loop, .linkLoop)) { try SQLitePipelineStore.open(path: loop) }
        let linkToPipe = folder.path("link-to-pipe.sqlite")
        try FileManager.default.createSymbolicLink(atPath: linkToPipe, withDestinationPath: pipe)
        #expect(throws: StoreError.notAFile(path: linkToPipe, .namedPipe)) { try SQLitePipelineStore.open(path: linkToPipe) }
        #expect(throws: StoreError.notAFile(path: "/dev/null", .characterDevice)) { try SQLitePipelineStore.open(path: "/dev/null") }
    }

    @Test func anEmptyFileAdoptedAsTheDatabaseIsMadePrivateWithItsWAL() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("empty.sqlite")
        FileManager.default.createFile(atPath: path, contents: nil)
        #expect(chmod(path, 0o644) == 0)
        let store = try SQLitePipelineStore.open(path: path)
        let pipeline = try store.pipeline(named: nil)
        try store.renamePipeline(pipeline.name, to: "Private")
        #expect(mode(path) == 0o600)
        #expect(mode(path + "-wal") == 0o600)
        #expect(mode(path + "-shm") == 0o600)
        try store.close()
    }

    @Test func aDatabaseThatHoldsDataKeepsTheModeItsOwnerChose() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("shared.sqlite")
        try SQLitePipelineStore.open(path: path).close()
        #expect(chmod(path, 0o640) == 0)
        try SQLitePipelineStore.open(path: path).close()
        #expect(mode(path) == 0o640)
    }
}
