import Foundation
import FunnelTestSupport
import Testing

/// `make pg` and `make pg-stop` (`.ci/pg start|stop`): a throwaway server for trying Funnel on PostgreSQL.
@Suite("make pg: a throwaway local PostgreSQL server", .requiresPostgres)
struct LocalServerScriptTests {
    /// `.ci/pg` in this checkout, found from this file's place.
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".ci/pg").path

    @Test("make pg prints a FUNNEL_DB line that reaches an empty funnel database on 127.0.0.1; make pg-stop removes it all")
    func startPrintsTheLineAndStopRemovesEverything() throws {
        let scratch = TemporaryDirectory()
        // The server's account (under root) must be able to reach the folder: the scratch folder is open to all.
        let folder = scratch.path("pg")
        let started = try Self.run("start", folder: folder)
        #expect(started.status == 0, "\(started.stderr)")
        let exports = started.stdout.split(separator: "\n").filter { $0.hasPrefix("export FUNNEL_DB=") }
        #expect(exports.count == 1, "\(started.stdout)")
        let url = String(try #require(exports.first).dropFirst("export FUNNEL_DB=".count))
        let match = try #require(url.wholeMatch(of: /postgresql:\/\/([a-z_][a-z0-9_]*)@127\.0\.0\.1:([0-9]+)\/funnel/), "\(url)")
        #expect(started.stdout.contains("make pg-stop"))
        #expect(started.stdout.contains(folder))

        let binaries = try #require(PostgresAvailability.current.binaries)
        let tables = try binaries.run(
            "psql", ["-X", "-A", "-t", "-h", "127.0.0.1", "-p", String(match.2), "-U", String(match.1), "-d", "funnel",
                     "-c", "SELECT current_database(), count(*) FROM pg_tables WHERE schemaname = 'public'"])
        #expect(tables.stdout == "funnel|0\n", "\(tables.stderr)")
        let postmaster = try PostgresTestClusterTests.postmasterID(URL(fileURLWithPath: folder))
        #expect(PostgresTestClusterTests.listeningAddresses(port: Int(match.2)!) == ["0100007F"])

        // Asked again, it says the same and starts nothing new.
        let again = try Self.run("start", folder: folder)
        #expect(again.status == 0)
        #expect(again.stdout == started.stdout)
        #expect(try PostgresTestClusterTests.postmasterID(URL(fileURLWithPath: folder)) == postmaster)

        let stopped = try Self.run("stop", folder: folder)
        #expect(stopped.status == 0, "\(stopped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder))
        try Polling.until("the postmaster \(postmaster) to end", timeout: 30) { !PostgresTestClusterTests.isRunning(postmaster) }
    }

    @Test("make pg refuses a folder it did not make, and leaves it untouched")
    func refusesAForeignFolder() throws {
        let scratch = TemporaryDirectory()
        let folder = scratch.path("pg")
        try FileManager.default.createSymbolicLink(atPath: folder, withDestinationPath: scratch.path("elsewhere"))
        let result = try Self.run("start", folder: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a folder make pg made"), "\(result.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder)) == scratch.path("elsewhere"))
    }

    /// Runs `.ci/pg ACTION` with its folder set, as `make pg` does, with a timeout.
    static func run(_ action: String, folder: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script, action]
        var environment = ProcessInfo.processInfo.environment
        environment["FUNNEL_PG_DIR"] = folder
        environment["FUNNEL_POSTGRES_BIN"] = PostgresAvailability.current.binaries?.folder.path
        process.environment = environment
        let output = TemporaryDirectory()
        _ = FileManager.default.createFile(atPath: output.path("out"), contents: nil)
        _ = FileManager.default.createFile(atPath: output.path("err"), contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: output.path("out"))
        process.standardError = FileHandle(forWritingAtPath: output.path("err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try FunnelProcess.waitForExit(process, named: ".ci/pg \(action)", timeout: 180)
        return (
            process.terminationStatus, (try? String(contentsOfFile: output.path("out"), encoding: .utf8)) ?? "",
            (try? String(contentsOfFile: output.path("err"), encoding: .utf8)) ?? ""
        )
    }
}
