import Foundation
import FunnelTestSupport
import Testing

/// A test process's cluster does not outlive it: stopped at exit, and stopped by the watchdog when it is killed.
@Suite("PostgreSQL test cluster: clean-up when the test process ends", .requiresPostgres)
struct ClusterCleanUpTests {
    @Test("a test process that exits (its tests passed or failed) has stopped its server and removed its folder")
    func exitingProcessRemovesItsCluster() throws {
        let scratch = TemporaryDirectory()
        let run = try ChildTestRun(
            filter: "childOwningACluster",
            environment: ["FUNNEL_PG_CHILD": "exit", "FUNNEL_PG_CHILD_REPORT": scratch.path("report"), "TMPDIR": scratch.url.path])
        let result = try run.finish()
        #expect(result.status == 0, "\(result.output)")
        let (folder, postmaster) = try Self.report(scratch.path("report"))
        // Checked at once: the exit itself removed it (the watchdog would only do so later).
        #expect(!FileManager.default.fileExists(atPath: folder))
        try Polling.until("the postmaster \(postmaster) to end", timeout: 30) { !PostgresTestClusterTests.isRunning(postmaster) }
    }

    @Test("a test process killed with SIGKILL leaves no server and no folder behind")
    func killedProcessLeavesNothing() throws {
        let scratch = TemporaryDirectory()
        let run = try ChildTestRun(
            filter: "childOwningACluster",
            environment: ["FUNNEL_PG_CHILD": "hold", "FUNNEL_PG_CHILD_REPORT": scratch.path("report"), "TMPDIR": scratch.url.path])
        try Polling.until("the child to start its cluster", timeout: 120, lastSeen: { run.printed }) {
            FileManager.default.fileExists(atPath: scratch.path("report"))
        }
        let (folder, postmaster) = try Self.report(scratch.path("report"))
        #expect(PostgresTestClusterTests.isRunning(postmaster))
        kill(run.process.processIdentifier, SIGKILL)
        _ = try run.finish()
        try Polling.until("the watchdog to remove \(folder)", timeout: 60) { !FileManager.default.fileExists(atPath: folder) }
        try Polling.until("the postmaster \(postmaster) to end", timeout: 30) { !PostgresTestClusterTests.isRunning(postmaster) }
    }

    /// The cluster folder and postmaster pid a child reported.
    static func report(_ path: String) throws -> (folder: String, postmaster: pid_t) {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let folder = try #require(lines.first)
        let postmaster = try #require(lines.last.flatMap { pid_t($0) })
        return (folder, postmaster)
    }
}
