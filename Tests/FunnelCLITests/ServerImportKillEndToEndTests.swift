import Foundation
import FunnelTestSupport
import Testing

/// A `funnel import` into a PostgreSQL database cut short — the client killed, or the server stopped — leaves the
/// database as it was: rows, history, links, lane figures, indexes and triggers (the server rolls back the
/// transaction of a lost connection), and a command whose server went away ends with one line, never waits for ever.
/// On the test process's private cluster (`PostgresTestCluster`), or a separate one for the server's stop.
@Suite("Server imports cut short, end to end", .requiresPostgres)
struct ServerImportKillEndToEndTests {
    let folder = TemporaryDirectory()

    /// Runs one statement in the database `url` names and returns what it printed (unaligned, tuples only).
    func psql(_ url: String, _ sql: String) throws -> String {
        try PostgresTestCluster.psql(sql, in: url)
    }

    /// A CSV of a 20,000-deal demo, half of it open, exported from a SQLite file.
    func demoExport() throws -> String {
        let source = FunnelProcess(databasePath: folder.path("source.sqlite"))
        try source.succeed(["demo", "--deals", "20000", "--open-percent", "50"])
        let csv = folder.path("deals.csv")
        try source.succeed(["export", "--format", "csv", "--status", "all", "--out", csv])
        return csv
    }

    /// True once an import's transaction on `url` is writing rows (indexes dropped, triggers off, deals going in).
    func importWritesRows(_ url: String, database: (String) throws -> String) throws -> Bool {
        try database("""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND query LIKE 'INSERT INTO %'
            """) != "0"
    }

    /// What the database holds, in one line: counts of every table an import writes, the lane figures, the
    /// indexes and the triggers with their state.
    func contents(_ url: String) throws -> String {
        try psql(url, """
            SELECT concat_ws(' | ',
                (SELECT count(*) FROM deal), (SELECT count(*) FROM stage_change), (SELECT count(*) FROM imported_deal),
                (SELECT count(*) FROM import_run), (SELECT count(*) FROM imported_row), (SELECT count(*) FROM stage),
                (SELECT counter FROM funnel_change),
                (SELECT string_agg(concat_ws(':', stage_id, currency, deals, value), ',' ORDER BY stage_id, currency) FROM stage_total),
                (SELECT string_agg(concat_ws(':', stage_id, idle_day, snoozed_until, deals), ',' ORDER BY stage_id, idle_day) FROM stage_idle_day),
                (SELECT string_agg(indexname::text, ',' ORDER BY indexname) FROM pg_indexes WHERE schemaname = current_schema()),
                (SELECT string_agg(tgname::text || tgenabled::text, ',' ORDER BY tgname) FROM pg_trigger WHERE NOT tgisinternal))
            """)
    }

    @Test func importKilledMidwayLeavesTheDatabaseAsItWas() throws {
        let url = try PostgresTestCluster.createDatabase()
        let csv = try demoExport()
        let funnel = FunnelProcess(databasePath: url)
        try funnel.succeed(["add", "Saved before the import"])
        let before = try contents(url)

        let out = folder.path("import.out")
        let process = try funnel.launchShell("exec \"$FUNNEL\" import '\(csv)'", stdoutPath: out, stderrPath: folder.path("import.err"))
        try Polling.until("the import to write rows", timeout: 240, interval: 0.02) {
            try !process.isRunning || importWritesRows(url) { try psql(url, $0) }
        }
        let killedRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        try FunnelProcess.waitForExit(process, named: "funnel import")
        // The server ends the lost connection's backend, rolling its transaction back.
        try Polling.until("the server to end the killed import's session", timeout: 60, interval: 0.05) {
            (try psql(url, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) == "0"
        }
        let after = try contents(url)
        let said = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        #expect(killedRunning, "the import ended before it could be killed: \(said)")
        #expect(!said.contains("Imported"), "the import said it was done before it was killed")
        #expect(after == before, "the killed import left part of itself: \(after)")
        // The database still takes the whole import.
        try funnel.succeed(["import", csv])
        #expect(try psql(url, "SELECT count(*) FROM deal") == "20001")
    }

    @Test func importWhoseServerStopsMidwayEndsInOneLineAndLeavesTheDatabaseAsItWas() throws {
        let cluster = try PostgresTestCluster.startSeparate()
        defer { cluster.stop() }
        let database = try cluster.createDatabase()
        let name = String(database.split(separator: "/").last ?? "")
        let csv = try demoExport()
        let funnel = FunnelProcess(databasePath: database)
        try funnel.succeed(["add", "Saved before the import"])
        let before = try cluster.psql("SELECT count(*) FROM deal", database: name)

        let out = folder.path("stopped.out")
        let err = folder.path("stopped.err")
        let process = try funnel.launchShell("exec \"$FUNNEL\" import '\(csv)'", stdoutPath: out, stderrPath: err)
        try Polling.until("the import to write rows", timeout: 240, interval: 0.02) {
            try !process.isRunning || importWritesRows(database) { try cluster.psql($0, database: name) }
        }
        let stoppedRunning = process.isRunning
        try cluster.stopServer(immediately: true)
        // The import's statement, and the rollback it sends after, go to a closed connection: it must end, in one line.
        try FunnelProcess.waitForExit(process, named: "funnel import on a stopped server", timeout: 60)
        let said = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        #expect(stoppedRunning, "the import ended before the server stopped: \(said)")
        #expect(process.terminationStatus == 1)
        #expect(said.split(separator: "\n").count == 1, "not one line: \(said)")
        #expect(said.contains("127.0.0.1:\(cluster.port)"), "the server is not named: \(said)")
        try cluster.startServer()
        #expect(try cluster.psql("SELECT count(*) FROM deal", database: name) == before, "the stopped import left part of itself")
    }
}

/// A `psql` run that ended with an error.
struct PsqlRefused: Error {
    var statement: String
}
