import Foundation

/// Runs whole processes and tmux sessions and measures them from the outside, as a user waits for them.
enum ProcessTimer {
    /// Runs a program to completion; returns its wall time in milliseconds, its status and stdout.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (milliseconds: Double, status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        return (elapsed, process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs `tmux -L socket ARGS` and returns its stdout.
    ///
    /// Spawned with posix_spawn and reaped with waitpid, with output going through a file: a tmux server
    /// started by this call inherits the client's descriptors, and Foundation's `Process` was seen waiting
    /// for ever on such a client.
    @discardableResult
    static func tmux(_ socket: String, _ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "funnel-bench-tmux-\(getpid()).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, "tmux", &actions, nil, argv, environ)
        guard code == 0 else { throw BenchError("cannot start tmux (is it installed?)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// Polls until `condition` holds, at most `timeout` seconds; returns whether it held.
    static func poll(timeout: TimeInterval, interval: useconds_t = 2_000, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            usleep(interval)
        }
        return false
    }

    /// Milliseconds since `start`.
    static func since(_ start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
    }
}
