import ArgumentParser
import Foundation
import Pipeline
import PipelineStore

extension Funnel {
    /// `funnel backup`: a consistent copy of the database, made while others use it.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the database safely while other Funnel processes use it.",
            discussion: "Funnel also keeps the last 7 daily backups in backups/ beside the database, made on the first run of each day.")

        @Option(help: ArgumentHelp("The backup file (default: backups/<database>-<time>.sqlite beside the database).", valueName: "file"))
        var out: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open(dailyBackup: false)
            let destination: String
            if let out {
                guard !out.isEmpty else { throw CommandFailure.usage("invalid --out '': give a file path") }
                destination = out
            } else {
                let folder = PipelineStore.backupFolder(forDatabase: store.path)
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                let stem = URL(fileURLWithPath: store.path).deletingPathExtension().lastPathComponent
                let stamp = Timestamp.string(now).replacingOccurrences(of: ":", with: "")
                destination = "\(folder)/\(stem)-\(stamp).sqlite"
            }
            if URL(fileURLWithPath: destination).standardizedFileURL == URL(fileURLWithPath: store.path).standardizedFileURL {
                throw CommandFailure.usage("invalid --out '\(destination)': that is the database itself; choose another file")
            }
            try store.backup(to: destination)
            print("Backed up '\(TerminalText.visible(store.path))' to '\(TerminalText.visible(destination))'")
        }
    }

    /// `funnel restore`: replaces the database with a backup, keeping a copy of the current one first.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: "Replace the database with a backup file (the current one is kept in backups/ first).")

        @Argument(help: "A backup made by 'funnel backup' (or a daily one from backups/).")
        var file: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            try PipelineStore.checkBackupFile(path: file)
            let store = try store.open(dailyBackup: false)
            if URL(fileURLWithPath: file).standardizedFileURL == URL(fileURLWithPath: store.path).standardizedFileURL {
                throw CommandFailure.usage("'\(file)' is the database itself: give a backup file")
            }
            try store.checkWritable()
            let folder = PipelineStore.backupFolder(forDatabase: store.path)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let stem = URL(fileURLWithPath: store.path).deletingPathExtension().lastPathComponent
            let stamp = Timestamp.string(now).replacingOccurrences(of: ":", with: "")
            let kept = "\(folder)/\(stem)-before-restore-\(stamp).sqlite"
            try store.backup(to: kept)
            try store.replaceContent(withBackup: file)
            print("Restored '\(TerminalText.visible(file))' into '\(TerminalText.visible(store.path))'; the previous database is kept as '\(TerminalText.visible(kept))'")
        }
    }
}
