import Foundation
import Testing

/// What the end-to-end tests of files Funnel writes share: a dead process's id, bounded waits, folder listings.
enum FileWriteFaults {
    /// A process id no process has now (searched down from the kernel's largest), as a killed backup's would be.
    static func unusedProcessID() throws -> Int32 {
        let text = try String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8)
        var pid = (Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 32768) - 1
        while kill(pid, 0) == 0 || errno != ESRCH { pid -= 1 }
        return pid
    }

    /// Waits for a process by polling, up to `seconds`; a process still running then is killed and the test fails.
    static func waitForExit(_ process: Process, seconds: Double = 120) {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("the process was still running after \(seconds) s")
        }
        process.waitUntilExit()
    }

    /// The hidden names in a folder that look like temporary files Funnel left.
    static func partials(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".partial") }.sorted()
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }
}
