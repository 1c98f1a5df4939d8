import Foundation

/// Figures that need the real full-screen board on a real terminal: tmux plays the terminal.
enum TmuxBoard {
    static func startSession(_ socket: String, funnel: String, database: String, width: Int, height: Int) throws {
        _ = try? ProcessTimer.tmux(socket, ["kill-server"])
        try ProcessTimer.tmux(socket, [
            "new-session", "-d", "-x", String(width), "-y", String(height),
            "exec env TERM=xterm-256color FUNNEL_DB='\(database)' '\(funnel)' board --no-mouse",
        ])
    }

    static func screen(_ socket: String) -> String {
        (try? ProcessTimer.tmux(socket, ["capture-pane", "-p"])) ?? ""
    }

    /// From starting the board to its lanes being on the screen, in milliseconds.
    static func firstFrame(funnel: String, database: String) throws -> Double {
        let socket = "funnel-bench-\(getpid())"
        defer { _ = try? ProcessTimer.tmux(socket, ["kill-server"]) }
        // Start tmux with a shell first so its own start-up is not counted.
        _ = try? ProcessTimer.tmux(socket, ["kill-server"])
        try ProcessTimer.tmux(socket, ["new-session", "-d", "-x", "160", "-y", "50", "sh"])
        let command = "exec env TERM=xterm-256color FUNNEL_DB='\(database)' '\(funnel)' board --no-mouse"
        let start = DispatchTime.now()
        try ProcessTimer.tmux(socket, ["send-keys", command, "Enter"])
        guard ProcessTimer.poll(timeout: 10, { screen(socket).contains("Prospecting") && screen(socket).contains("open") }) else {
            throw BenchError("the board did not show its lanes within 10 s")
        }
        return ProcessTimer.since(start)
    }

    /// The board's peak resident memory (VmHWM) after its first frame and a few keys, in MB.
    static func peakMemory(funnel: String, database: String) throws -> Double {
        let socket = "funnel-bench-mem-\(getpid())"
        defer { _ = try? ProcessTimer.tmux(socket, ["kill-server"]) }
        try startSession(socket, funnel: funnel, database: database, width: 160, height: 50)
        guard ProcessTimer.poll(timeout: 30, { screen(socket).contains("Prospecting") }) else {
            throw BenchError("the board did not start")
        }
        for key in ["j", "j", "l", "l", "G", "End", "Home"] { try ProcessTimer.tmux(socket, ["send-keys", key]) }
        usleep(300_000)
        let pid = try ProcessTimer.tmux(socket, ["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else {
            throw BenchError("no VmHWM for the board process")
        }
        return kilobytes / 1024
    }

    /// Bytes the board writes to the terminal for one `L` on a 160x50 screen, in KB.
    static func bytesPerMove(funnel: String, database: String) throws -> Double {
        let socket = "funnel-bench-bytes-\(getpid())"
        let log = NSTemporaryDirectory() + "funnel-bench-bytes-\(getpid()).log"
        defer {
            _ = try? ProcessTimer.tmux(socket, ["kill-server"])
            try? FileManager.default.removeItem(atPath: log)
        }
        // A copy of the database, so the benchmark's moves never change the cached one.
        let copy = NSTemporaryDirectory() + "funnel-bench-bytes-\(getpid()).sqlite"
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: database, toPath: copy)
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
        try startSession(socket, funnel: funnel, database: copy, width: 160, height: 50)
        guard ProcessTimer.poll(timeout: 10, { screen(socket).contains("Prospecting") }) else {
            throw BenchError("the board did not start")
        }
        usleep(200_000)
        try ProcessTimer.tmux(socket, ["pipe-pane", "-o", "cat >> '\(log)'"])
        usleep(100_000)
        let before = (try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
        try ProcessTimer.tmux(socket, ["send-keys", "L"])
        guard ProcessTimer.poll(timeout: 5, { screen(socket).contains("Moved") }) else {
            throw BenchError("the move did not show")
        }
        usleep(300_000)
        let after = (try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
        return Double(after - before) / 1024
    }
}
