import FunnelStore
import Foundation
import FunnelFiles

/// The database file and its write-ahead log as the store's connection opened them, so a write is
/// refused when either was deleted or replaced on disk since.
///
/// The one connection a store holds keeps the WAL it uses open, and while it is open no other
/// process deletes that WAL (SQLite removes it only when the last connection closes, and leaves
/// WAL mode only with the file to itself). A WAL gone from its path, or another file in its place,
/// therefore means someone removed it: SQLite would go on committing into the removed file, and
/// every change saved there vanishes when the process dies.
final class StoreFiles: @unchecked Sendable {
    /// The database file's path with symbolic links followed, where SQLite keeps the WAL beside it.
    let path: String
    /// The database file when the store opened it.
    let database: FileIdentity?
    private let lock = NSLock()
    /// The WAL the connection uses; nil until it is known (read-only stores).
    private var wal: FileIdentity?

    /// What was found changed on disk.
    enum Change: Equatable {
        case database
        case writeAheadLog
    }

    /// Notes the files at `path` as they are now, right after the connection opened them.
    init(path: String) {
        self.path = path
        database = FileIdentity(path: path)
        wal = FileIdentity(path: path + "-wal")
    }

    /// The file deleted or replaced since the store opened it, nil when both are still the ones in use.
    func change() -> Change? {
        guard FileIdentity(path: path) == database else { return .database }
        let current = FileIdentity(path: path + "-wal")
        return lock.withLock {
            guard let wal else {
                // Not known yet: the WAL the connection now uses is the one at the path.
                wal = current
                return nil
            }
            return current == wal ? nil : .writeAheadLog
        }
    }
}
