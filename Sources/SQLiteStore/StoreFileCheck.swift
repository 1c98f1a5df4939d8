import FunnelStore
import Foundation
import Wording
import GRDB

/// Looks at an existing file before Funnel writes anything to it.
enum StoreFileCheck {
    static let sqliteMagic = Array("SQLite format 3\0".utf8)

    /// The regular file to open for the database path: the path itself, or the file a symbolic link
    /// leads to; nil when nothing is there (a new database is made). Refuses, without opening it,
    /// anything else: opening a named pipe waits forever for a writer, and a dangling link replaced
    /// by a new database would hide the real one (a synced folder not mounted).
    static func existingFile(path: String) throws -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }  // missing, or a folder on the way cannot be read
        var filePath = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &info) == 0 else {
                let failure = errno
                if failure == ELOOP { throw StoreError.notAFile(path: path, .linkLoop) }
                if failure == ENOENT || failure == ENOTDIR {
                    throw StoreError.notAFile(path: path, .danglingLink(target: linkTarget(path)))
                }
                throw StoreError.notWritable(ErrorText.linkTargetUnreachable(target: linkTarget(path), path: path, reason: String(cString: strerror(failure))).string)
            }
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            filePath = String(cString: resolved)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return filePath
        case S_IFDIR: throw StoreError.notAFile(path: path, .folder)
        case S_IFIFO: throw StoreError.notAFile(path: path, .namedPipe)
        case S_IFSOCK: throw StoreError.notAFile(path: path, .socket)
        case S_IFCHR: throw StoreError.notAFile(path: path, .characterDevice)
        case S_IFBLK: throw StoreError.notAFile(path: path, .blockDevice)
        default: return filePath
        }
    }

    /// Where the symbolic link at `path` points, as written in the link.
    static func linkTarget(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    }

    /// Makes an existing empty file adopted as a new database private (0600), with any WAL files
    /// beside it, before SQLite writes to it: SQLite gives the WAL files the database's mode. A
    /// database that already holds data keeps the mode its owner chose (it may be shared read-only).
    static func makePrivateIfEmpty(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_size == 0, info.st_mode & 0o077 != 0 else { return }
        for suffix in ["", "-wal", "-shm"] {
            _ = chmod(path + suffix, 0o600)
        }
    }

    /// Refuses files that are not SQLite or are shorter than their header says.
    static func checkHeader(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.notWritable(ErrorText.fileNotReadable(path: path).string)
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        if header.isEmpty { return }  // an empty file becomes a new database
        guard header.count >= 16, Array(header[0..<16]) == sqliteMagic else {
            throw StoreError.notSQLite(path: path)
        }
        guard header.count == 100 else { throw StoreError.truncated(path: path) }
        var pageSize = Int(header[16]) << 8 | Int(header[17])
        if pageSize == 1 { pageSize = 65_536 }
        let pageCount = Int(header[28]) << 24 | Int(header[29]) << 16 | Int(header[30]) << 8 | Int(header[31])
        let size = fileSize(path)
        if pageSize < 512 { throw StoreError.truncated(path: path) }
        // A checkpoint cut short (the disk filled while it copied the WAL back) leaves the main file
        // shorter than its header says, with every page still in the WAL: SQLite finishes the job on
        // open, so only a file with no WAL beside it is measured.
        if hasWAL(path) { return }
        // A load an older Funnel ran through a rollback journal, killed midway, leaves pages of the
        // unfinished change in the file and the originals in the journal: SQLite puts them back on
        // the next read-write open (`restoreFromJournal`), so the file is measured only without one.
        if hasJournal(path) { return }
        // The in-header page count is valid when the change counter matches the version-valid-for field.
        let countIsValid = header[24..<28].elementsEqual(header[92..<96])
        if size % pageSize != 0 || (countIsValid && pageCount > 0 && size < pageCount * pageSize) {
            throw StoreError.truncated(path: path)
        }
    }

    /// True when a write-ahead log with frames in it lies beside the database.
    static func hasWAL(_ path: String) -> Bool {
        fileSize(path + "-wal") > 32  // more than the WAL header
    }

    /// True when a rollback journal with content lies beside the database.
    static func hasJournal(_ path: String) -> Bool {
        fileSize(path + "-journal") > 0
    }

    /// The size of the file at `path`, following symbolic links (a link's own size is the length of
    /// its target's name); 0 when there is none.
    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Lets SQLite restore a file from the journal a killed load of an older Funnel left beside it, before the
    /// read-only checks, which could not (SQLite restores on the first read of a read-write connection).
    /// Without a journal, or for a file this process cannot write, it does nothing.
    static func restoreFromJournal(path: String) throws {
        guard hasJournal(path), SQLitePipelineStore.canWrite(path) else { return }
        var config = Configuration()
        config.busyMode = .timeout(SQLitePipelineStore.busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema") }
        } catch let error as DatabaseError {
            throw StoreError.translate(error, path: path)
        }
    }

    /// Refuses another program's database and one written by a newer Funnel, opening it read-only.
    static func checkSchema(path: String) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(SQLitePipelineStore.busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if applicationID == 0 && tableCount == 0 { return }  // empty: a new database
                guard applicationID == Schema.applicationID else { throw StoreError.foreignDatabase(path: path) }
                if try Schema.migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
            }
        } catch let error as DatabaseError {
            if [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) && !SQLitePipelineStore.canWrite(path) {
                throw StoreError.readOnlyFolder(path: path)
            }
            throw StoreError.translate(error, path: path)
        }
    }
}
