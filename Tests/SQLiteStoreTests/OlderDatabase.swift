import FunnelTestSupport
import GRDB
import FunnelStore
@testable import SQLiteStore

/// A database file as an older Funnel left it: migrated up to one migration, filled, then closed,
/// so the next `SQLitePipelineStore.open` upgrades it.
struct OlderDatabase {
    /// The last migration of the Funnel that made the interop release.
    static let interop = "interop: import source and external id of imported deals"
    static let firstRelease = "v1: pipelines, stages, deals, stage history"

    let folder = TemporaryDirectory()
    let path: String

    init(upTo migration: String, _ fill: (Database) throws -> Void) throws {
        path = folder.path("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: migration)
        try queue.write(fill)
        try queue.close()
    }
}
