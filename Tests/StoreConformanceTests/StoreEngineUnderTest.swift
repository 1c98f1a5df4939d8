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
    /// Commands the engine refuses until its version of them lands ("import", "demo", "restore"): the property
    /// tests leave them out on this engine.
    var notYet: Set<String> = []

    var testDescription: String { name }

    /// Every engine the suite runs on.
    static let all: [StoreEngineUnderTest] = [.sqlite] + (postgres.map { [$0] } ?? [])

    static let sqlite = StoreEngineUnderTest(name: "SQLite") { directory in
        try SQLitePipelineStore.open(path: directory.path("funnel.sqlite"))
    }

    /// PostgreSQL on the server `FUNNEL_TEST_POSTGRES_URL` names (a login allowed to create databases), a new
    /// database per store; none without the variable. Until the shared test cluster lands.
    static let postgres: StoreEngineUnderTest? = ProcessInfo.processInfo.environment["FUNNEL_TEST_POSTGRES_URL"].map { url in
        StoreEngineUnderTest(name: "PostgreSQL", open: { _ in
            let name = "funnel_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let psql = Process()
            psql.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
            psql.arguments = [url, "-q", "-c", "CREATE DATABASE \(name)"]
            try psql.run()
            let deadline = Date().addingTimeInterval(30)
            while psql.isRunning && Date() < deadline { usleep(10_000) }
            if psql.isRunning { psql.terminate() }
            psql.waitUntilExit()
            guard psql.terminationStatus == 0 else { throw StoreError.failed("psql could not create database \(name)") }
            var settings = try ConnectionURL.parse(url)
            settings.database = name
            return try PostgresPipelineStore.open(settings.resolved(loginName: "postgres"))
        }, notYet: ["import", "demo", "restore"])
    }
}
