import Foundation
import GRDB
import Pipeline

// MARK: - Backup and restore

extension PipelineStore {
    /// How many automatic daily backups are kept.
    public static let dailyBackupsKept = 7

    /// Writes a consistent copy of the database to `destination` with SQLite's online backup,
    /// while other processes keep reading and writing. The copy is written beside the destination
    /// (mode 0600) and renamed over it only when complete.
    public func backup(to destination: String) throws {
        let url = URL(fileURLWithPath: destination)
        let partial = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: partial)
        try Self.createPrivateFile(partial)
        do {
            let queue = try DatabaseQueue(path: partial.path)
            try dbWriter.backup(to: queue)
            try queue.close()
            if FileManager.default.fileExists(atPath: destination) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: partial)
            } else {
                try FileManager.default.moveItem(at: partial, to: url)
            }
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(at: partial)
            throw StoreError.translate(error, path: destination)
        } catch let error as StoreError {
            try? FileManager.default.removeItem(at: partial)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw StoreError.notWritable("cannot write the backup '\(destination)': \(error.localizedDescription)")
        }
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
        if !fileManager.fileExists(atPath: folder) {
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        try backup(to: file)
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
            throw PipelineError.notFound("no file '\(path)': give the path of a backup made by 'funnel backup'")
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
                guard check == "ok" else { throw StoreError.failed("'\(path)' is damaged (\(check)); it was not restored") }
            }
        } catch let error as DatabaseError {
            throw StoreError.translate(error, path: path)
        }
    }

    /// Replaces this database's content with a checked backup file, page by page through SQLite's
    /// backup into the live database (so other processes see the change), then brings its schema up
    /// to date. The caller keeps a copy of the current database first.
    public func replaceContent(withBackup source: String) throws {
        try checkWritable()
        try Self.checkBackupFile(path: source)
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: source, configuration: config)
            defer { try? queue.close() }
            try filterResults.whileWriting {
                try queue.backup(to: dbWriter)
                try Schema.migrator.migrate(dbWriter)
            }
        } catch let error as DatabaseError {
            throw StoreError.translate(error, path: path)
        }
    }
}
