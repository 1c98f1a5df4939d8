import ArgumentParser
import Foundation
import Pipeline
import FunnelStore
import StoreEngines
import Wording

extension Funnel {
    /// `funnel backup`: a consistent copy of the database, made while others use it.
    struct Backup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "backup", abstract: CommandText.backupAbstract.string, discussion: CommandText.backupDiscussion.string)
        }

        @Option(help: ArgumentHelp(CommandText.backupOut.string, valueName: "file"))
        var out: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open(dailyBackup: false, onlyReads: true)
            let destination: String
            if let out {
                guard !out.isEmpty else { throw CommandFailure.usage(CommandText.outEmpty.string) }
                // The same file under any name (a symbolic or hard link too), found by device and inode.
                if store.isOwnFile(out) {
                    throw CommandFailure.usage(CommandText.outIsTheDatabase(path: out).string)
                }
                try store.backup(to: out)
                destination = out
            } else {
                let stamp = Timestamp.string(now).replacingOccurrences(of: ":", with: "")
                // Never over another backup: a second one in the same second gets the next free name.
                destination = try store.newBackup(label: stamp)
            }
            print(CommandText.backedUp(database: TerminalText.visible(store.location.description), backup: TerminalText.visible(destination)).string)
        }
    }

    /// `funnel restore`: replaces the database with a backup, keeping a copy of the current one first.
    struct Restore: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "restore", abstract: CommandText.restoreAbstract.string)
        }

        @Argument(help: ArgumentHelp(CommandText.restoreFile.string))
        var file: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let location = try self.store.location
            try location.checkBackupFile(path: file)
            let store = try store.open(dailyBackup: false, at: location)
            if store.isOwnFile(file) {
                throw CommandFailure.usage(CommandText.restoreFromTheDatabase(path: file).string)
            }
            try store.checkWritable()
            let stamp = Timestamp.string(now).replacingOccurrences(of: ":", with: "")
            // A new file, never over the copy kept by another restore in the same second.
            let kept = try store.newBackup(label: "before-restore-\(stamp)")
            try store.replaceContent(withBackup: file, now: now)
            print(CommandText.restoredBackup(
                backup: TerminalText.visible(file), database: TerminalText.visible(store.location.description), kept: TerminalText.visible(kept)).string)
        }
    }
}
