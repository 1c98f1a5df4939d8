import Foundation

/// Runs whole processes and tmux sessions and measures them from the outside, as a user waits for them.
enum ProcessTimer {
    /// Runs a program to completion; returns its wall time in milliseconds, its status and stdout.
    ///
    /// Spawned with posix_spawn and reaped with waitpid, as a shell waits for a command: Foundation's
    /// `Process.waitUntilExit` on Linux notices the exit on a run-loop tick and added up to about 50 ms.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (milliseconds: Double, status: Int32, output: String) {
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw BenchError("cannot make a pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = DispatchTime.now()
        let code = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(fds[1])
        guard code == 0 else {
            close(fds[0])
            throw BenchError("cannot start \(executable)")
        }
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(fds[0], &buffer, buffer.count)
            if count > 0 { output.append(contentsOf: buffer[0..<count]) } else if count == 0 || errno != EINTR { break }
        }
        close(fds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let elapsed = since(start)
        // WEXITSTATUS for a normal exit; a signal shows as 128 + its number, as in a shell.
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (elapsed, exitStatus, String(decoding: output, as: UTF8.self))
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
