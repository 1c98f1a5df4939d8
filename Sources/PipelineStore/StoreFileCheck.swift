import Foundation
import GRDB

/// Looks at an existing file before Funnel writes anything to it.
enum StoreFileCheck {
    static let sqliteMagic = Array("SQLite format 3\0".utf8)

    /// Refuses files that are not SQLite or are shorter than their header says.
    static func checkHeader(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.notWritable("cannot read '\(path)': permission denied")
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
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if pageSize < 512 { throw StoreError.truncated(path: path) }
        // A checkpoint cut short (the disk filled while it copied the WAL back) leaves the main file
        // shorter than its header says, with every page still in the WAL: SQLite finishes the job on
        // open, so only a file with no WAL beside it is measured.
        if hasWAL(path) { return }
        // A load killed while it wrote through a rollback journal (`BulkLoad`) leaves pages of the
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
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        return size > 32  // more than the WAL header
    }

    /// True when a rollback journal with content lies beside the database.
    static func hasJournal(_ path: String) -> Bool {
        ((try? FileManager.default.attributesOfItem(atPath: path + "-journal")[.size] as? Int) ?? 0) > 0
    }

    /// Lets SQLite restore a file from the journal a killed load left beside it, before the
    /// read-only checks, which could not (SQLite restores on the first read of a read-write connection).
    /// Without a journal, or for a file this process cannot write, it does nothing.
    static func restoreFromJournal(path: String) throws {
        guard hasJournal(path), PipelineStore.canWrite(path) else { return }
        var config = Configuration()
        config.busyMode = .timeout(PipelineStore.busyTimeout)
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
        config.busyMode = .timeout(PipelineStore.busyTimeout)
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
            if [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) && !PipelineStore.canWrite(path) {
                throw StoreError.readOnlyFolder(path: path)
            }
            throw StoreError.translate(error, path: path)
        }
    }
}
