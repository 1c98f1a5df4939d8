import ArgumentParser
import Foundation
import Pipeline
import FunnelStore
import StoreEngines

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
                // The same file under any name (a symbolic or hard link too), found by device and inode.
                if store.isOwnFile(out) {
                    throw CommandFailure.usage("invalid --out '\(out)': that is the database itself (or one of its journals); choose another file")
                }
                try store.backup(to: out)
                destination = out
            } else {
                let stamp = Timestamp.string(now).replacingOccurrences(of: ":", with: "")
                // Never over another backup: a second one in the same second gets the next free name.
                destination = try store.newBackup(label: stamp)
            }
            print("Backed up '\(TerminalText.visible(store.location.description))' to '\(TerminalText.visible(destination))'")
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
            try self.store.location.checkBackupFile(path: file)
            let store = try store.open(dailyBackup: false)
            if store.isOwnFile(file) {
                throw CommandFailure.usage("'\(file)' is the database itself: give a backup file")
            }
            try store.checkWritable()
            let stamp = Timestamp.string(now).replacingOccurrences(of: ":", with: "")
            // A new file, never over the copy kept by another restore in the same second.
            let kept = try store.newBackup(label: "before-restore-\(stamp)")
            try store.replaceContent(withBackup: file)
            print("Restored '\(TerminalText.visible(file))' into '\(TerminalText.visible(store.location.description))'; the previous database is kept as '\(TerminalText.visible(kept))'")
        }
    }
}
