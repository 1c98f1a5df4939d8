import Foundation
import FunnelTestSupport
import Testing

/// A `funnel import` into a PostgreSQL database killed midway leaves the database as it was: rows, history,
/// links, lane figures, indexes and triggers (the server rolls back the transaction of a lost connection).
/// Runs when `FUNNEL_TEST_POSTGRES_URL` names a server whose login may create databases.
@Suite("Server imports killed midway, end to end", .enabled(if: ProcessInfo.processInfo.environment["FUNNEL_TEST_POSTGRES_URL"] != nil))
struct ServerImportKillEndToEndTests {
    let folder = TemporaryDirectory()

    /// Runs one statement through `psql` on `url` and returns what it printed (unaligned, tuples only).
    func psql(_ url: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url, "-c", sql]
        let output = folder.path("psql-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: output, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        try FunnelProcess.waitForExit(process, named: "psql", timeout: 30)
        guard process.terminationStatus == 0 else { throw PsqlRefused(statement: sql) }
        return (try String(contentsOfFile: output, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)
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
        let serverURL = try #require(ProcessInfo.processInfo.environment["FUNNEL_TEST_POSTGRES_URL"])
        let name = "funnel_kill_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        _ = try psql(serverURL, "CREATE DATABASE \(name)")
        var components = try #require(URLComponents(string: serverURL))
        components.path = "/" + name
        let url = try #require(components.string)

        let source = FunnelProcess(databasePath: folder.path("source.sqlite"))
        try source.succeed(["demo", "--deals", "20000", "--open-percent", "50"])
        let csv = folder.path("deals.csv")
        try source.succeed(["export", "--format", "csv", "--status", "all", "--out", csv])
        let funnel = FunnelProcess(databasePath: url)
        try funnel.succeed(["add", "Saved before the import"])
        let before = try contents(url)

        let out = folder.path("import.out")
        let process = try funnel.launchShell("exec \"$FUNNEL\" import '\(csv)'", stdoutPath: out, stderrPath: folder.path("import.err"))
        // Killed once its transaction has started writing rows: indexes dropped, triggers off, deals going in.
        try Polling.until("the import to write rows", timeout: 240, interval: 0.02) {
            try !process.isRunning || (psql(url, """
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND query LIKE 'INSERT INTO %'
                """)) != "0"
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
        _ = try? psql(serverURL, "DROP DATABASE \(name)")
    }
}

/// A `psql` run that ended with an error.
struct PsqlRefused: Error {
    var statement: String
}
