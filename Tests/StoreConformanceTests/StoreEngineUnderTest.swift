import Foundation
import FunnelStore
import FunnelTestSupport
import PostgresStore
import SQLiteStore
import Testing

/// One engine the conformance suite runs on: a name for the test list and a way to open a fresh, empty store.
///
/// Adding an engine is one line in `all` and its factory.
struct StoreEngineUnderTest: Sendable, CustomTestStringConvertible {
    let name: String
    /// Opens a new, empty store in (or for) a fresh temporary folder.
    let open: @Sendable (TemporaryDirectory) throws -> any PipelineStore

    var testDescription: String { name }

    /// Every engine the suite runs on: SQLite, and PostgreSQL when `FUNNEL_TEST_POSTGRES_URL` names a server.
    static let all: [StoreEngineUnderTest] = [.sqlite] + servers

    /// The engines other than SQLite, whose results the suite also compares with SQLite's (the reference).
    static let servers: [StoreEngineUnderTest] = postgres.map { [$0] } ?? []

    /// A fresh database per test on the server `FUNNEL_TEST_POSTGRES_URL` names (created through `psql`), until
    /// the shared test cluster (`PostgresTestCluster`) takes its place.
    static let postgres: StoreEngineUnderTest? = ProcessInfo.processInfo.environment["FUNNEL_TEST_POSTGRES_URL"].map { url in
        StoreEngineUnderTest(name: "PostgreSQL") { _ in
            let name = "funnel_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let psql = Process()
            psql.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
            psql.arguments = ["-q", "-v", "ON_ERROR_STOP=1", url, "-c", "CREATE DATABASE \(name)"]
            try psql.run()
            try FunnelProcess.waitForExit(psql, named: "psql", timeout: 30)
            guard psql.terminationStatus == 0 else { throw StoreError.failed("psql could not create database \(name)") }
            var components = URLComponents(string: url)!
            components.path = "/" + name
            let address = try ServerAddress(url: components.string!, environment: [:], loginName: "postgres")
            return try PostgresPipelineStore.open(address)
        }
    }

    static let sqlite = StoreEngineUnderTest(name: "SQLite") { directory in
        try SQLitePipelineStore.open(path: directory.path("funnel.sqlite"))
    }
}
