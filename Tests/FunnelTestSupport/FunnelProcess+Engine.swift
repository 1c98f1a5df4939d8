import Foundation

extension FunnelProcess {
    /// A `funnel` run on a new, empty database of `engine`: a file named `name` in `folder` on SQLite, a fresh
    /// database of the test cluster on PostgreSQL.
    public init(
        _ engine: CLIEngine, in folder: TemporaryDirectory, named name: String = "funnel", now: String? = "2026-11-29T09:00:00Z",
        environment: [String: String] = [:]
    ) throws {
        self.init(databasePath: try engine.database(in: folder, named: name), now: now, environment: environment)
    }
}
