import Foundation
import FunnelTestSupport

/// Runs one test of this test binary in a child process, with its own environment: how the harness is tested
/// where it acts on the whole process (at exit, when killed, when the programs are missing).
///
/// The child's test is one that does nothing unless `FUNNEL_PG_CHILD` names it (see `ChildBodies`).
struct ChildTestRun {
    let process: Process
    let output: TemporaryDirectory

    /// Starts the test binary on the test whose name matches `filter`, with `environment` added to ours.
    init(filter: String, environment: [String: String]) throws {
        output = TemporaryDirectory()
        process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--testing-library", "swift-testing", "--filter", filter]
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        _ = FileManager.default.createFile(atPath: output.path("out"), contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: output.path("out"))
        process.standardError = process.standardOutput
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Waits for the child to end (killing it after `timeout` seconds) and returns its status and output.
    func finish(timeout: TimeInterval = 300) throws -> (status: Int32, output: String) {
        try FunnelProcess.waitForExit(process, named: "the child test run", timeout: timeout)
        return (process.terminationStatus, (try? String(contentsOfFile: output.path("out"), encoding: .utf8)) ?? "")
    }

    /// What the child printed so far.
    var printed: String { (try? String(contentsOfFile: output.path("out"), encoding: .utf8)) ?? "" }
}
