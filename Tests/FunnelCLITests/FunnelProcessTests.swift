import Foundation
import FunnelTestSupport
import GRDB
import Testing

/// The tests' own way of running Funnel: a command that hangs fails its test, naming the command,
/// instead of hanging the whole suite.
@Suite("Running funnel from the tests: a hung command is killed and named")
struct FunnelProcessTests {
    let folder = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: folder.path("funnel.sqlite")) }

    // SQLite only: the test support's own timeout, held up by SQLite's write lock.
    @Test func aRunStillGoingAfterItsTimeoutIsKilledAndNamed() throws {
        try funnel.succeed(["add", "Held deal"])
        // Another connection holds the write lock: `add` waits for it (10 s busy timeout), longer than its run may last.
        let queue = try DatabaseQueue(path: funnel.databasePath)
        defer { try? queue.close() }
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            let started = Date()
            let error = #expect(throws: FunnelProcessTimeout.self) { try funnel.run(["add", "Waiting deal"], timeout: 1) }
            #expect(error?.command == "funnel add Waiting deal")
            #expect(error?.description.hasPrefix("funnel add Waiting deal was still running after 1 s and was killed") == true)
            #expect(Date().timeIntervalSince(started) < 8, "the run was not cut short at its timeout")
        }
        #expect(try funnel.deals().map { $0["title"] as? String } == ["Held deal"])
    }

    // SQLite only: the test support's own timeout; the engine does not matter.
    @Test func aStartedScriptStillGoingAfterItsTimeoutIsKilledWithItsChildren() throws {
        let process = try funnel.launchShell("sleep 60 & sleep 60", stdoutPath: folder.path("s.out"), stderrPath: folder.path("s.err"))
        let children = try Polling.value("the script's two sleeps", timeout: 30) { () -> [pid_t]? in
            let listed = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/task/\(process.processIdentifier)/children", encoding: .utf8)) ?? ""
            let pids = listed.split(separator: " ").compactMap { pid_t($0) }
            return pids.count == 2 ? pids : nil
        }
        let error = #expect(throws: FunnelProcessTimeout.self) { try FunnelProcess.waitForExit(process, named: "two sleeps", timeout: 0.5) }
        #expect(error?.command == "two sleeps")
        #expect(!process.isRunning)
        for child in children { #expect(!TmuxSession.isRunning(child), "sleep \(child) outlived its script") }
    }
}
