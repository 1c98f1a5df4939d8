import Foundation
import FunnelStore
import FunnelTestSupport
import PostgresStore
import SQLiteStore
import StoreEngines
import Testing

/// One engine the conformance suite runs on: a name for the test list and a way to open a fresh, empty store.
///
/// Adding an engine is one line in `all` and its factory.
struct StoreEngineUnderTest: Sendable, CustomTestStringConvertible {
    let name: String
    /// Opens a new, empty store in (or for) a fresh temporary folder.
    let open: @Sendable (TemporaryDirectory) throws -> any PipelineStore

    var testDescription: String { name }

    /// Every engine the suite runs on: PostgreSQL when its server programs are installed (a fresh database of the
    /// test process's private cluster per store), or when `FUNNEL_REQUIRE_POSTGRES=1` makes their absence a failure.
    static let all: [StoreEngineUnderTest] = [.sqlite] + servers

    /// The engines other than SQLite, whose results the suite also compares with SQLite's (the reference).
    static let servers: [StoreEngineUnderTest] = PostgresAvailability.current.runsTests ? [.postgres] : []

    static let sqlite = StoreEngineUnderTest(name: "SQLite") { directory in
        try SQLitePipelineStore.open(path: directory.path("funnel.sqlite"))
    }

    static let postgres = StoreEngineUnderTest(name: "PostgreSQL") { directory in
        let url = try PostgresTestCluster.createDatabase()
        guard case .server(let address) = try StoreLocation(given: url, environment: [:], loginName: "postgres", warning: { _ in }) else {
            throw StoreError.failed("the test cluster's URL \(url) is not a server address")
        }
        return try PostgresPipelineStore.open(address, backupFolder: directory.path("backups"))
    }
}
