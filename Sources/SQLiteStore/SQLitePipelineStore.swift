import Foundation
import GRDB
import FunnelStore
import Pipeline
import Wording

/// The store contract kept in an embedded SQLite database file: pipelines, stages, deals and their history.
///
/// Every public write is one transaction that keeps the domain's invariants:
/// a stage change updates the deal and appends its history entry together, or neither happens.
public struct SQLitePipelineStore: PipelineStore {
    /// The file this store reads and writes.
    public let path: String
    /// The file, as the contract names where a store is.
    public var location: StoreLocation { .file(path: path) }
    let dbWriter: any DatabaseWriter
    /// The file and its WAL as they were opened, to notice either being deleted or replaced underneath.
    let files: StoreFiles
    /// True when the file or its folder cannot be written: the store reads, and refuses every write.
    public let isReadOnly: Bool
    /// The `/` filter's recent matches, shared by copies of this store, dropped by any write.
    let filterResults = FilterResults()
    /// Who this store's writes are recorded as made by; nil records no name.
    public var author: String?
    /// The change-log entries this store's own writes appended, shared by its copies.
    let ownChanges = OwnChangeLog()

    /// Seconds a writer waits for another process's lock before giving up.
    static let busyTimeout: TimeInterval = 10

    /// Opens (creating when missing) the Funnel database at `path`.
    ///
    /// A file that is not SQLite, is truncated, belongs to another program, or was written by
    /// a newer Funnel is refused before anything is written to it; so is anything that is not a
    /// file (a folder, a named pipe) and a symbolic link to nothing. A symbolic link to a file
    /// opens that file. A new database gets its pipelines' names in `language` (`Pipeline.defaultNames`).
    /// A missing file is made, refused, or made with its folder as `missing` says; a refusal makes nothing.
    public static func open(path: String, language: Language = .english, missing: MissingFile = .createdWithFolder) throws -> SQLitePipelineStore {
        // The file is made and its schema brought up to date by one process at a time: two Funnels started
        // together on a new (or older) database take turns (`FirstOpenLock`), and the second opens what the
        // first made.
        if try StoreFileCheck.existingFile(path: path) == nil {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            switch missing {
            case .refused:
                throw StoreError.missingDatabase(path: path)
            case .created:
                var info = stat()
                guard stat(folder, &info) == 0 else { throw StoreError.missingFolder(path: path, folder: folder) }
            case .createdWithFolder:
                break
            }
            try PrivateFolder.make(folder, purpose: "the database's folder")
        }
        let openLock = FirstOpenLock(databasePath: path)
        defer { withExtendedLifetime(openLock) {} }
        let existing = try StoreFileCheck.existingFile(path: path)
        let filePath = existing ?? path
        let exists = existing != nil
        if exists {
            try StoreFileCheck.checkHeader(path: filePath)
            try StoreFileCheck.restoreFromJournal(path: filePath)
            try StoreFileCheck.checkSchema(path: filePath)
            StoreFileCheck.makePrivateIfEmpty(path: filePath)
        } else {
            try createPrivateFile(URL(fileURLWithPath: path))
        }
        var config = Configuration()
        config.busyMode = .callback(LockWait.tryAgain)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            db.add(function: SQLitePipelineStore.lowercaseFunction)
        }
        if exists && !canWrite(filePath) {
            return try openReadOnly(path: path, filePath: filePath, configuration: config)
        }
        let queue: DatabaseQueue
        do {
            // One connection: Funnel reads and writes from one thread. GRDB's `DatabasePool` made a
            // throwaway write at every open of a file without a WAL beside it (four disk syncs, and a
            // changed file for a command that only reads) and set `synchronous = NORMAL`.
            queue = try DatabaseQueue(path: filePath, configuration: config)
            try queue.writeWithoutTransaction { db in
                // WAL is kept in the file: set once for a new file, and for one an older Funnel left in
                // rollback-journal mode after a bulk load.
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                    guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                        throw StoreError.failed(ErrorText.writeAheadLogOff(path: path).string)
                    }
                }
            }
            let isNew = try queue.read { db in try Schema.migrator.appliedIdentifiers(db).isEmpty }
            try Schema.migrator.migrate(queue)
            if isNew && language != .english {
                try queue.write { db in try Schema.nameDefaults(db, Pipeline.defaultNames(for: language)) }
            }
        } catch let error as DatabaseError where exists && [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(error.resultCode) {
            return try openReadOnly(path: path, filePath: filePath, configuration: config)
        } catch let error as DatabaseError {
            throw StoreError.translate(error, path: path)
        }
        return SQLitePipelineStore(path: path, dbWriter: queue, files: StoreFiles(path: filePath), isReadOnly: false)
    }

    /// True when this process may write the file and create its WAL files beside it.
    static func canWrite(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// Opens a database that cannot be written, for reading only; it must already be up to date.
    static func openReadOnly(path: String, filePath: String, configuration: Configuration) throws -> SQLitePipelineStore {
        var config = configuration
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: filePath, configuration: config)
            let current = try queue.read { db in try Schema.migrator.hasCompletedMigrations(db) }
            guard current else {
                throw StoreError.notWritable(ErrorText.readOnlyOlderFile(path: path).string)
            }
            return SQLitePipelineStore(path: path, dbWriter: queue, files: StoreFiles(path: filePath), isReadOnly: true)
        } catch is DatabaseError {
            throw StoreError.readOnlyFolder(path: path)
        }
    }

    /// Creates the database file with mode 0600, in a directory created with mode 0700.
    static func createPrivateFile(_ url: URL) throws {
        let directory = url.deletingLastPathComponent()
        try PrivateFolder.make(directory.path, purpose: "the database's folder")
        // O_EXCL: never over a file another process made meanwhile (a file system without the folder lock).
        let descriptor = Glibc.open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 || errno == EEXIST else {
            throw StoreError.notWritable(ErrorText.databaseFileNotCreated(path: url.path).string)
        }
        if descriptor >= 0 { Glibc.close(descriptor) }
    }

    /// `funnel_lower(text)`: Unicode-aware lower case, since SQLite's `lower` only knows ASCII.
    static let lowercaseFunction = DatabaseFunction("funnel_lower", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0])?.lowercased()
    }

    // MARK: - Transactions

    /// Runs one write transaction, translating SQLite errors into `StoreError`; `change` names
    /// what is being saved for a refusal ("the change to deal 12").
    func write<T>(_ change: String? = nil, _ updates: (Database) throws -> T) throws -> T {
        // Inside a change being recorded (`revising`), every write is part of its one transaction.
        if let joined = RevisionCapture.joining(ObjectIdentifier(dbWriter)) { return try updates(joined) }
        try checkWritable()
        do {
            return try WriteAuthor.$name.withValue(author) { try filterResults.whileWriting { try ownChanges.recording { try dbWriter.write(updates) } } }
        } catch let error as DatabaseError {
            throw StoreError.translate(error, path: path, change: change)
        }
    }

    /// Refuses a write to a read-only database, or to a file deleted or replaced while open.
    public func checkWritable() throws {
        guard !isReadOnly else {
            throw StoreError.notWritable(ErrorText.databaseReadOnlyForYou(path: path).string)
        }
        // A write to a file deleted or replaced underneath would vanish when the connection closes,
        // and so would one committed into a write-ahead log deleted or replaced underneath.
        switch files.change() {
        case nil:
            break
        case .database:
            // What happened comes first: a board's status line may cut the path.
            throw StoreError.notWritable(
                "the database was deleted or replaced while Funnel had it open; nothing was saved, restart Funnel ('\(path)')")
        case .writeAheadLog:
            throw StoreError.notWritable(
                "the database's write-ahead log was deleted or replaced while Funnel had it open; nothing was saved, restart Funnel ('\(files.path)-wal')")
        }
    }

    /// Runs one read in a deferred transaction (one consistent view of the file), translating
    /// SQLite errors into `StoreError`.
    ///
    /// Not GRDB's `read`: on a single connection it brackets the read with `PRAGMA query_only`,
    /// and each flag pragma expires every prepared statement, so the next move recompiled its
    /// UPDATE with all the lane triggers (about 2.5 ms a key).
    func read<T>(_ value: (Database) throws -> T) throws -> T {
        if let joined = RevisionCapture.joining(ObjectIdentifier(dbWriter)) { return try value(joined) }
        do {
            return try dbWriter.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.deferred) {
                    result = try value(db)
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw StoreError.translate(error, path: path)
        }
    }

    /// A number that changes whenever another connection commits a write, and only then
    /// (`PRAGMA data_version` read through the writer connection, which this store's own writes
    /// leave alone), so a board can notice changes made elsewhere however they interleave with its own.
    public func changeToken() throws -> Int64 {
        try dbWriter.writeWithoutTransaction { db in
            try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        }
    }

    /// Closes the database connections; the store must not be used afterwards.
    public func close() throws {
        if let queue = dbWriter as? DatabaseQueue { try queue.close() }
    }

    /// Runs `PRAGMA integrity_check`; "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }
}

extension StoreError {
    /// Turns an SQLite error into words a user can act on; `change` names what was being saved.
    ///
    /// No SQLite wording reaches the user: a rule of the schema that refuses a change (the domain's
    /// rules are checked before writing, so this is a last resort) is told as what it guards.
    static func translate(_ error: DatabaseError, path: String, change: String? = nil) -> StoreError {
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .notWritable(ErrorText.databaseOrFolderReadOnly(path: path).string)
        case .SQLITE_FULL:
            return .notWritable(ErrorText.diskFull.string)
        case .SQLITE_IOERR where [.SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_TRUNCATE, .SQLITE_IOERR_SHMSIZE]
            .contains(error.extendedResultCode):
            // What a disk over quota or a file size limit reports: the kernel refused to grow a file.
            return .notWritable(ErrorText.diskRefusedWrite.string)
        case .SQLITE_IOERR where error.extendedResultCode == .SQLITE_IOERR_SHORT_READ:
            // The shared index names pages of a WAL that is no longer at its path: another process (a board)
            // still holds the deleted one, and its closing checkpoint puts them back into the file.
            return .failed(ErrorText.writeAheadLogDeleted(path: path).string)
        case .SQLITE_NOTADB:
            return .notSQLite(path: path)
        case .SQLITE_CORRUPT:
            return .truncated(path: path)
        case .SQLITE_ERROR where error.message == "integer overflow":
            // SQLite's sum() past 64 bits: only hundreds of thousands of the largest deals, or values edited outside Funnel.
            return .failed(ErrorText.valuesTooLargeToCount(maximum: String(Int64.max), dealMaximum: String(Money.maximumMinorUnits)).string)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .failed(ErrorText.databaseLocked(path: path, seconds: Int(SQLitePipelineStore.busyTimeout)).string)
        case .SQLITE_CONSTRAINT:
            let what = change ?? ErrorText.theChange.string
            let reason = switch error.extendedResultCode {
            case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY: "it would have made a second one of something that must be unique"
            case .SQLITE_CONSTRAINT_FOREIGNKEY: "it refers to a deal, stage or pipeline that no longer exists"
            case .SQLITE_CONSTRAINT_CHECK, .SQLITE_CONSTRAINT_NOTNULL: "a value is missing or outside what Funnel allows"
            default: "it breaks one of the rules that keep the pipeline consistent"
            }
            return .failed(ErrorText.databaseRefusedChange(what: what, reason: reason).string)
        default:
            // The code, for a bug report; SQLite's own message would mean nothing to the user.
            if let change {
                return .failed(ErrorText.changeFailedWithCode(what: change, code: Int(error.extendedResultCode.rawValue)).string)
            }
            return .failed(ErrorText.databaseFailedWithCode(path: path, code: Int(error.extendedResultCode.rawValue)).string)
        }
    }
}
