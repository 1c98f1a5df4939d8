import Foundation
import FunnelTestSupport
import GRDB
import FunnelStore
@testable import SQLiteStore

/// A database file an older Funnel release wrote with its own binary (`Fixtures/README.md`), copied to a
/// temporary folder so the next `SQLitePipelineStore.open` upgrades the copy, never the committed file.
struct OlderDatabase {
    /// The releases whose files are kept, each named after its last migration.
    enum Release: String, CaseIterable {
        /// Commit 039bccb, migration "v1: pipelines, stages, deals, stage history".
        case firstRelease = "first-release"
        /// Commit 5fc8252, migration "interop: import source and external id of imported deals".
        case interop
        /// Commit 70b87a9, migration "interop: values as last imported, rows imported without ids": the
        /// last before "activities: cancelled by their deal's close".
        case beforeCancellation = "before-cancellation"
    }

    /// The committed fixtures' folder, beside this file.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    let folder = TemporaryDirectory()
    let path: String

    /// A copy of the release's file: the one its commands filled (`filled`), or the one it made for an empty
    /// database, then `fill` run on it with plain SQL as that release's schema allows.
    init(_ release: Release, filled: Bool = false, _ fill: ((Database) throws -> Void)? = nil) throws {
        path = folder.path("old.sqlite")
        let name = release.rawValue + (filled ? "" : "-empty") + ".sqlite"
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent(name).path, toPath: path)
        if let fill {
            // The release's triggers fold texts with `funnel_lower`, which every Funnel registers on its connection.
            var configuration = Configuration()
            configuration.prepareDatabase { db in db.add(function: SQLitePipelineStore.lowercaseFunction) }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write(fill)
            try queue.close()
        }
    }
}
