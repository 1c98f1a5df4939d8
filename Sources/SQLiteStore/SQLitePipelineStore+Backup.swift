import Foundation
import FunnelFiles
import GRDB
import FunnelStore
import Pipeline
import Wording

// MARK: - Backup and restore

extension SQLitePipelineStore {
    /// How many automatic daily backups are kept.
    public static let dailyBackupsKept = 7

    /// Writes a consistent copy of the database to `destination` with SQLite's online backup,
    /// while other processes keep reading and writing, replacing the file there whole (`AtomicFile`: the old
    /// file stays exactly as it was until the copy is complete and synced). The copy is 0600.
    ///
    /// Refuses the database itself under any name, and first removes what killed backups to the same name left.
    public func backup(to destination: String) throws {
        try refuseOwnFile(destination)
        let url = URL(fileURLWithPath: destination)
        AtomicFile.removeLeftovers(inFolder: url.deletingLastPathComponent().path, forName: url.lastPathComponent)
        do {
            try AtomicFile(path: destination).write { temporary in try copy(into: temporary.path) }
        } catch let error as DatabaseError {
            throw Self.backupError(error, path: destination)
        }
    }

    /// Writes a consistent copy as a new file and never replaces one: at `destination`, or when another
    /// backup took that name (two in the same second), at `NAME-2.sqlite`, `NAME-3.sqlite`, ... Returns the
    /// path written. What killed backups left in the folder is removed first.
    public func backup(toNewFile destination: String) throws -> String {
        try refuseOwnFile(destination)
        AtomicFile.removeLeftovers(inFolder: URL(fileURLWithPath: destination).deletingLastPathComponent().path)
        do {
            let written = try AtomicFile(path: destination).writeAsNewFile(otherNames: Self.namesTriedForANewBackup) { temporary in
                try copy(into: temporary.path)
            }
            guard let written else {
                throw StoreError.failed(ErrorText.backupNamesTaken(path: destination, tried: Self.namesTriedForANewBackup).string)
            }
            return written
        } catch let error as DatabaseError {
            throw Self.backupError(error, path: destination)
        }
    }

    /// How many other names a new backup tries when its own is taken.
    static let namesTriedForANewBackup = 99

    /// SQLite's online backup into the empty file at `path`. No journal: a copy cut short is thrown away whole.
    func copy(into path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = OFF") }
        try dbWriter.backup(to: queue)
        try queue.close()
    }

    /// True when `path` is this database or one of its journals, under any name: the device and inode are
    /// compared, so a symbolic or hard link to it counts.
    public func isOwnFile(_ path: String) -> Bool {
        let suffixes = ["-wal", "-shm", "-journal"]
        if let identity = FileIdentity(path: path), ([""] + suffixes).contains(where: { FileIdentity(path: files.path + $0) == identity }) {
            return true
        }
        // A log or journal that is not there now is the database's all the same: SQLite deletes or
        // replays a file of that name at the next open, so a backup written there would vanish.
        let target = URL(fileURLWithPath: path)
        let database = URL(fileURLWithPath: files.path)
        guard let folder = FileIdentity(path: target.deletingLastPathComponent().path),
              folder == FileIdentity(path: database.deletingLastPathComponent().path) else { return false }
        return suffixes.contains { database.lastPathComponent + $0 == target.lastPathComponent }
    }

    func refuseOwnFile(_ destination: String) throws {
        guard !isOwnFile(destination) else {
            throw PipelineError.invalidValue(ErrorText.backupIsTheDatabase(path: destination).string)
        }
    }

    /// The words for SQLite failing to write a backup: about the backup file, never about SQLite.
    static func backupError(_ error: DatabaseError, path: String) -> any Error {
        switch error.resultCode {
        case .SQLITE_FULL:
            return FileWriteError(path: path, reason: .diskFull)
        case .SQLITE_IOERR where [.SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_TRUNCATE].contains(error.extendedResultCode):
            // What a disk over quota or a file size limit reports: the kernel refused to grow the copy.
            return FileWriteError(path: path, reason: .diskFull)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return FileWriteError(path: path, reason: .notPermitted)
        default:
            return StoreError.translate(error, path: path)
        }
    }

    /// Makes a new backup in `backups/` beside the database, named `<database>-<label>.sqlite`; never over
    /// another file (a second one in the same second gets the next free name). Returns the file written.
    public func newBackup(label: String) throws -> String {
        let folder = try Self.makeBackupFolder(forDatabase: path)
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try backup(toNewFile: "\(folder)/\(stem)-\(label).sqlite")
    }

    /// Makes the backups folder beside the database (0700) unless it is there; refuses in a sentence
    /// when something else has its name.
    @discardableResult
    public static func makeBackupFolder(forDatabase path: String) throws -> String {
        let folder = backupFolder(forDatabase: path)
        try PrivateFolder.make(folder, purpose: "the backups folder")
        return folder
    }

    /// The folder automatic and pre-restore backups go to: `backups/` beside the database.
    public static func backupFolder(forDatabase path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("backups").path
    }

    /// Makes today's automatic backup if there is none yet, then keeps only the newest seven.
    ///
    /// Named `<database>-YYYY-MM-DD.sqlite` in `backups/` beside the database. Returns the file
    /// written, or nil when today's exists or the database holds no deals.
    @discardableResult
    public func dailyBackup(today: CalendarDay) throws -> String? {
        let folder = Self.backupFolder(forDatabase: path)
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let file = "\(folder)/\(stem)-\(today).sqlite"
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: file) { return nil }
        guard try read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM deal") ?? 0 }) > 0 else { return nil }
        try PrivateFolder.make(folder, purpose: "the backups folder")
        AtomicFile.removeLeftovers(inFolder: folder)
        // Another process may make today's backup at the same moment: the first one stays.
        do {
            guard try AtomicFile(path: file).writeAsNewFile(filling: { temporary in try copy(into: temporary.path) }) != nil else { return nil }
        } catch let error as DatabaseError {
            throw Self.backupError(error, path: file)
        }
        // Daily names sort by date; older ones beyond the newest seven go.
        let daily = try fileManager.contentsOfDirectory(atPath: folder)
            .filter { name in
                guard name.hasPrefix(stem + "-"), name.hasSuffix(".sqlite") else { return false }
                let middle = name.dropFirst(stem.count + 1).dropLast(".sqlite".count)
                return (try? CalendarDay.parse(String(middle))) != nil
            }
            .sorted()
        for old in daily.dropLast(Self.dailyBackupsKept) {
            try? fileManager.removeItem(atPath: "\(folder)/\(old)")
        }
        return file
    }

    /// Checks that a file is a sound Funnel database this build can open, without changing it.
    public static func checkBackupFile(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw PipelineError.notFound(ErrorText.noBackupFile(path: path).string)
        }
        // A named pipe, a device or a folder is refused before anything opens it: opening a FIFO waits forever.
        _ = try StoreFileCheck.existingFile(path: path)
        guard !AtomicFile.isTemporaryFile(path) else {
            throw PipelineError.invalidValue(ErrorText.backupUnfinished(path: path).string)
        }
        try StoreFileCheck.checkHeader(path: path)
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard applicationID == Schema.applicationID else { throw StoreError.foreignDatabase(path: path) }
                if try Schema.migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
                let check = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
                guard check == "ok" else { throw StoreError.failed(ErrorText.backupDamaged(path: path, check: check).string) }
            }
        } catch let error as DatabaseError {
            throw StoreError.translate(error, path: path)
        }
    }

    /// Replaces this database's content with a checked backup file, page by page through SQLite's
    /// backup into the live database (so other processes see the change), then brings its schema up
    /// to date. The caller keeps a copy of the current database first.
    ///
    /// The restore is then logged as one `restored` entry by the store's author, numbered past every entry the
    /// database had before it (the backup's log is older), so every other board reads it and says who restored.
    public func replaceContent(withBackup source: String, now: Date) throws {
        try checkWritable()
        try Self.checkBackupFile(path: source)
        let logged = try lastDealChangeID()
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: source, configuration: config)
            defer { try? queue.close() }
            try filterResults.whileWriting {
                try queue.backup(to: dbWriter)
                try Schema.migrator.migrate(dbWriter)
            }
            try write { db in
                let restoredLog = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM deal_change") ?? 0
                try db.execute(
                    sql: """
                        INSERT INTO deal_change (id, deal_id, version, author, at, kind, title, fields)
                        VALUES (?, 0, 0, ?, ?, ?, '', '')
                        """,
                    arguments: [max(logged, restoredLog) + 1, WriteAuthor.name, Timestamp.seconds(now), DealChange.Kind.restored.rawValue])
                OwnChangeLog.appended(db.lastInsertedRowID)
            }
        } catch let error as DatabaseError {
            throw StoreError.translate(error, path: path)
        }
    }
}
