import Foundation
import FunnelTestSupport
import Testing

/// The tests a `ChildTestRun` runs in a child process; the ordinary run skips them.
@Suite("PostgreSQL test cluster: bodies run only as child processes")
struct ChildBodies {
    static var role: String? { ProcessInfo.processInfo.environment["FUNNEL_PG_CHILD"] }
    /// The file the child writes its cluster's folder and postmaster pid to, one a line.
    static var report: String? { ProcessInfo.processInfo.environment["FUNNEL_PG_CHILD_REPORT"] }

    /// Needs the server: skipped or failed by `.requiresPostgres` when the programs are missing.
    @Test(.enabled(if: role == "needs", "runs only in the child process of a PostgresAvailabilityTests test"), .requiresPostgres)
    func childNeedingPostgres() throws {
        _ = try PostgresTestCluster.createDatabase()
    }

    /// Starts the cluster, reports it, and ends (`hold`: waits to be killed instead).
    @Test(.enabled(if: role == "exit" || role == "hold", "runs only in the child process of a ClusterCleanUpTests test"), .requiresPostgres)
    func childOwningACluster() throws {
        let report = try #require(Self.report)
        _ = try PostgresTestCluster.createDatabase()
        let cluster = try PostgresTestCluster.running()
        let postmaster = try String(contentsOfFile: cluster.folder.path + "/data/postmaster.pid", encoding: .utf8)
            .split(separator: "\n")[0]
        try "\(cluster.folder.path)\n\(postmaster)\n".write(toFile: report, atomically: true, encoding: .utf8)
        if Self.role == "hold" {
            // The parent kills this process; the deadline only bounds a parent that never does.
            try? Polling.until("the parent to kill this child", timeout: 120, interval: 0.1) { false }
        }
    }
}
