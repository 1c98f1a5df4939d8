import Foundation
import GRDB
import Testing

/// One engine the CLI end-to-end tests run the built `funnel` on: a name for the test list and a way to make a
/// fresh, empty database for one test, as the location `FUNNEL_DB` and `--db` take.
///
/// A suite is written once and runs on every engine with `@Test(arguments: CLIEngine.all)`, as the store
/// conformance suite does with its engines; a test about the SQLite file itself takes no engine and says why.
public struct CLIEngine: Sendable, CustomTestStringConvertible {
    /// The engine's name in the test list: `SQLite` or `PostgreSQL`.
    public let name: String
    /// Whether the database lives on a server (a URL) rather than in a file of the test's folder.
    public let isServer: Bool
    /// Makes a new, empty database for the folder and name given, and returns its location.
    private let makeDatabase: @Sendable (TemporaryDirectory, String) throws -> String
    /// Runs SQL in a database `makeDatabase` made.
    private let runSQL: @Sendable (String, String) throws -> Void

    public var testDescription: String { name }

    /// Every engine the CLI tests run on: PostgreSQL when its server programs are installed (a fresh database of
    /// the test process's private cluster per call), or when `FUNNEL_REQUIRE_POSTGRES=1` makes their absence a
    /// failure.
    public static let all: [CLIEngine] = [.sqlite] + (PostgresAvailability.current.runsTests ? [.postgres] : [])

    /// A file `NAME.sqlite` in the test's folder (not made until `funnel` first opens it, as for a new user).
    public static let sqlite = CLIEngine(
        name: "SQLite", isServer: false, makeDatabase: { folder, name in folder.path(name + ".sqlite") },
        runSQL: { sql, path in
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            try queue.write { db in try db.execute(sql: sql) }
        })

    /// A new database of the test process's private cluster (`PostgresTestCluster`), as a `postgresql://` URL.
    public static let postgres = CLIEngine(
        name: "PostgreSQL", isServer: true, makeDatabase: { _, _ in try PostgresTestCluster.createDatabase() },
        runSQL: { sql, url in try PostgresTestCluster.psql(sql, in: url) })

    /// A new, empty database for one test: each call with another `name` is another database.
    public func database(in folder: TemporaryDirectory, named name: String = "funnel") throws -> String {
        try makeDatabase(folder, name)
    }

    /// Runs SQL in a database of this engine (`database(in:named:)`'s location): a hand edit no command makes, for
    /// a test of what Funnel does with such a database. The SQL must read the same on both engines.
    public func execute(_ sql: String, in database: String) throws {
        try runSQL(sql, database)
    }
}
