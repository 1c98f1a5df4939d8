import FunnelStore
import Pipeline
import PostgresNIO
import Wording

/// The PostgreSQL schema, as migrations registered once and never edited after they land (as the SQLite
/// engine's `Schema`), applied under an advisory lock so two salespeople starting a new version at once
/// cannot race.
///
/// Tables and columns mirror the SQLite schema (same names, times as seconds since 1970, days as
/// `YYYY-MM-DD` text), so both engines read the same rows the same way. What differs: ids are identity
/// columns, the filter is a `pg_trgm` index instead of FTS5, and the lane totals and idle days are kept by
/// PL/pgSQL triggers in the writing transaction.
enum ServerSchema {
    /// One frozen SQL text per migration, in order; `funnel_migration` lists those applied.
    static let migrations: [(identifier: String, sql: String)] = [
        ("v1: pipelines, stages, deals, history, activities, imports, review, lane totals, idle days, stays", firstRelease),
        ("team: authors of history and activities, the change log", authors),
        ("my deals: open deals by owner", ownerIndex),
        ("team: lane figures kept at each write's commit, so writes to different deals run side by side", laneFiguresAtCommit),
        ("team: the change counter raised and the stage stays kept by the server at each write's commit", counterAtCommit),
    ]

    /// The advisory lock every migration holds (`pg_advisory_xact_lock`): the bytes of "FUNL" and a 1.
    static let migrationLock: Int64 = 0x4655_4E4C_0000_0001

    /// Creates or upgrades the schema in one transaction under the advisory lock; refuses a database
    /// another program uses, and one a newer Funnel migrated. A new database gets `seed` (its first pipelines)
    /// in the same transaction, so a salesperson starting at the same moment sees both or neither.
    static func migrate(_ session: ServerSession, seed: (ServerSession) throws -> Void) throws {
        try session.transaction {
            try session.execute("SELECT pg_advisory_xact_lock(\(migrationLock))")
            let hasTable = try session.rows(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'funnel_migration'"
            ).first.map { try $0.decode(Int64.self) } ?? 0
            var applied: [String] = []
            if hasTable > 0 {
                applied = try session.rows("SELECT identifier FROM funnel_migration ORDER BY applied_order").map { try $0.decode(String.self) }
            } else {
                let others = try session.rows(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                ).first.map { try $0.decode(Int64.self) } ?? 0
                guard others == 0 else { throw StoreError.failed(ErrorText.serverNotFunnel(server: session.address.description).string) }
                try session.execute("""
                    CREATE TABLE funnel_migration (
                        identifier text PRIMARY KEY,
                        applied_order integer NOT NULL
                    )
                    """)
            }
            let known = migrations.map(\.identifier)
            guard applied.allSatisfy(known.contains) else {
                throw StoreError.newerSchema(path: session.address.description)
            }
            for (order, migration) in migrations.enumerated() where !applied.contains(migration.identifier) {
                for statement in SQLScript.statements(migration.sql) {
                    try session.execute(PostgresQuery(unsafeSQL: statement))
                }
                try session.execute("INSERT INTO funnel_migration (identifier, applied_order) VALUES (\(migration.identifier), \(order))")
            }
            if applied.isEmpty { try seed(session) }
        }
    }
}
