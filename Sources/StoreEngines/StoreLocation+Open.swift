import Foundation
import FunnelStore
import SQLiteStore
import Wording

extension StoreLocation {
    /// Opens (creating when missing) the store here with the engine that keeps it.
    ///
    /// A file that is not a Funnel database, or was written by a newer Funnel, is refused untouched. A new
    /// store names its pipelines and stages in `language`. Its writes are recorded as made by `author`. A file
    /// that does not exist is made or refused as `missing` says (a server's database is never made here).
    public func open(language: Language = .english, author: String? = nil, missing: MissingFile = .createdWithFolder) throws -> any PipelineStore {
        switch self {
        case .file(let path):
            var store = try SQLitePipelineStore.open(path: path, language: language, missing: missing)
            store.author = author
            return store
        case .server(let address):
            let store = try Self.openServer(address, language: language)
            store.author = author
            return store
        }
    }

    /// Checks that a backup file is one this store's engine can restore, without changing it.
    public func checkBackupFile(path: String) throws {
        switch self {
        case .file: try SQLitePipelineStore.checkBackupFile(path: path)
        // A server pipeline's backup is Funnel's JSON archive, checked as `funnel import` checks one.
        case .server: try Self.checkArchiveFile(path: path)
        }
    }

    /// The default store: `$XDG_DATA_HOME/funnel/funnel.sqlite`, else `~/.local/share/funnel/funnel.sqlite`.
    public static func defaultLocation(environment: [String: String]) -> StoreLocation {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            base = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = home + "/.local/share"
        }
        return .file(path: base + "/funnel/funnel.sqlite")
    }
}
