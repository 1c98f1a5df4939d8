import Foundation
import FunnelTestSupport
import Testing

/// A team's server set up as docs/TEAM.md says, with no superuser anywhere: a role without LOGIN owns the
/// database, each salesperson logs in as a role of their own that is a member of it and acts as it there. Funnel's
/// first start (the schema, `pg_trgm` included), a day of commands and the board's reads all work that way.
@Suite("A team's server with no superuser", .requiresPostgres)
struct LeastPrivilegeServerEndToEndTests {
    /// The set-up of docs/TEAM.md, word for word but for the database's name (the cluster is shared by suites).
    static func teamSetUp(database: String) -> [String] {
        [
            "CREATE ROLE funnel_team NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE",
            "CREATE DATABASE \(database) OWNER funnel_team",
            "REVOKE ALL ON DATABASE \(database) FROM PUBLIC",
            "CREATE ROLE alice LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE IN ROLE funnel_team",
            "ALTER ROLE alice IN DATABASE \(database) SET role = 'funnel_team'",
            "CREATE ROLE bob LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE IN ROLE funnel_team",
            "ALTER ROLE bob IN DATABASE \(database) SET role = 'funnel_team'",
        ]
    }

    @Test func aTeamWorksWithoutASuperuser() throws {
        let cluster = try PostgresTestCluster.running()
        let database = "funnel_team_pipeline"
        for statement in Self.teamSetUp(database: database) { try cluster.psql(statement) }
        let attributes = try cluster.psql(
            "SELECT string_agg(rolname || ' ' || rolsuper || rolcreatedb || rolcreaterole || rolbypassrls, ',' ORDER BY rolname) "
                + "FROM pg_roles WHERE rolname IN ('funnel_team', 'alice', 'bob')")
        #expect(attributes == "alice falsefalsefalsefalse,bob falsefalsefalsefalse,funnel_team falsefalsefalsefalse")
        func salesperson(_ user: String) -> FunnelProcess {
            FunnelProcess(databasePath: "postgresql://\(user)@127.0.0.1:\(cluster.port)/\(database)")
        }
        let alice = salesperson("alice")
        let bob = salesperson("bob")

        // Alice starts Funnel first: the schema is made, and owned by the team's role, not by her.
        let first = try alice.succeed(["add", "Acme rollout", "--value", "12000", "--org", "Acme", "--owner", "alice"])
        #expect(first.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        #expect(try cluster.psql("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'", database: database) == "1")
        #expect(try cluster.psql("SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables WHERE schemaname = 'public'", database: database)
            == "funnel_team")

        // A day of Bob's commands on what Alice made.
        _ = try bob.succeed(["add", "Globex pilot", "--value", "8000", "--org", "Globex", "--owner", "bob"])
        _ = try bob.succeed(["edit", "2", "--title", "Globex pilot, phase 1", "--priority", "2"])
        _ = try bob.succeed(["move", "2", "Qualifying"])
        _ = try bob.succeed(["activity", "add", "2", "--kind", "call", "--subject", "First call", "--done"])
        let planned = try bob.succeed(["activity", "add", "2", "--kind", "email", "--subject", "Send terms", "--due", "2026-11-30"])
        _ = try bob.succeed(["activity", "done", planned.trimmingCharacters(in: .whitespacesAndNewlines)])
        _ = try bob.succeed(["won", "1"])
        _ = try bob.succeed(["add", "Initech renewal", "--value", "3000"])
        _ = try bob.succeed(["lost", "3", "--reason", "went with a competitor"])
        _ = try bob.succeed(["stage", "add", "Proposal sent", "--after", "Qualifying"])
        _ = try bob.succeed(["snooze", "2", "--until", "2026-12-05"])
        #expect(try bob.succeed(["show", "2"]).contains("Prospecting → Qualifying"))
        #expect(try bob.succeed(["summary"]).contains("Qualifying"))
        _ = try bob.succeed(["report"])
        _ = try bob.succeed(["stalled"])
        _ = try bob.succeed(["review", "--print"])
        let folder = TemporaryDirectory()
        let csv = folder.path("deals.csv")
        try "title,value,stage\nHooli expansion,5000,Prospecting\n".write(toFile: csv, atomically: true, encoding: .utf8)
        _ = try bob.succeed(["import", csv])
        _ = try bob.succeed(["export", "--format", "csv", "--out", folder.path("export.csv")])
        _ = try bob.succeed(["backup", "--out", folder.path("backup.json")])
        #expect(FileManager.default.fileExists(atPath: folder.path("backup.json")))

        // The board's reads, as the live board makes them on start, under a filter too.
        let board = try alice.succeed(["board", "--snapshot", "--width", "160", "--height", "30"])
        #expect(board.contains("Globex pilot, phase 1"))
        #expect(board.contains("Hooli expansion"))
        let deals = try alice.deals()
        #expect(Set(deals.compactMap { $0["title"] as? String }) == ["Acme rollout", "Globex pilot, phase 1", "Initech renewal", "Hooli expansion"])
    }
}
