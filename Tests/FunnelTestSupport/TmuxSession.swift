import Foundation

/// A real terminal for end-to-end tests: a detached tmux session on a private socket.
///
/// Keys go in with `send-keys`, the screen comes back with `capture-pane -p`, and every wait
/// polls the screen with a timeout instead of sleeping.
public final class TmuxSession {
    /// The tmux executable, when installed.
    public static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    public static var isAvailable: Bool { executable != nil }

    let socket = "funnel-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let target = "board"

    /// Starts `command` in a 120x40 window; the shell reports its exit status on screen, then runs
    /// `afterwards` (a shell line, which finds the status in `$status`) in the same terminal. `limits` is shell set-up run first
    /// (`ulimit`, `trap`), in the shell that then runs the command.
    public init(
        command: [String], environment: [String: String], width: Int = 120, height: Int = 40,
        limits: String? = nil, afterwards: String = "sleep 30"
    ) throws {
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }
        let setUp = limits.map { $0 + "; " } ?? ""
        let line = "\(setUp)env \(assignments.joined(separator: " ")) \(command.map(Self.quote).joined(separator: " ")); status=$?; echo \"funnel exited $status\"; \(afterwards)"
        // The tmux server started here keeps whatever output it inherits open: give it none.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", String(width), "-y", String(height), line], capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Sends tmux key names: `L`, `Space`, `Escape`, `C-r`, `Enter`.
    public func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", target, key]) }
    }

    /// Types text literally (`send-keys -l`), letters and CJK alike.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Ends the program and its private tmux server now (the deinit does it too).
    public func close() {
        _ = try? tmux(["kill-server"])
    }

    /// Sends a signal to the program the pane runs (the child of the pane's shell).
    public func signalProgram(_ signal: Int32) throws {
        kill(try programID(), signal)
    }

    /// The process id of the program the pane runs (the child of the pane's shell).
    public func programID() throws -> pid_t {
        let shell = try paneValue("#{pane_pid}")
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        guard let child = children.split(separator: " ").first.flatMap({ pid_t($0) }) else {
            throw TmuxFailure(arguments: ["program of", shell], status: -1)
        }
        return child
    }

    /// A tmux format read for the pane: `#{pane_pid}`, `#{alternate_on}` (1 while a program holds the alternate screen).
    public func paneValue(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Closes the terminal under the program, as closing its window does: the pane is destroyed,
    /// its pseudo-terminal hung up, and the tmux server ends.
    public func hangUp() {
        close()
    }

    /// True while the process exists and has not exited (a zombie waiting for its parent counts as gone).
    public static func isRunning(_ process: pid_t) -> Bool {
        guard let state = state(of: process) else { return kill(process, 0) == 0 }
        return state != "Z" && state != "X"
    }

    /// The process's state letter in `/proc` (`R`, `S`, `T` stopped, `Z` zombie...); nil when it cannot be read.
    public static func state(of process: pid_t) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8) else { return nil }
        // The state follows the command name in parentheses: "123 (funnel) S ...".
        guard let close = stat.range(of: ") ", options: .backwards) else { return nil }
        return stat[close.upperBound...].first
    }

    /// Waits until the process has ended; false when it still runs after `timeout` seconds.
    public static func waitForExit(of process: pid_t, timeout: TimeInterval = 15) -> Bool {
        (try? Polling.until("process \(process) to end", timeout: timeout) { !isRunning(process) }) != nil
    }

    /// Resizes the window, as a user dragging the terminal's corner would.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(width), "-y", String(height)], capture: false)
    }

    /// The screen as text.
    public func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    /// Waits until the screen shows `text`; returns the screen, or throws with the last screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        try waitForScreen("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until a line of the screen starts with `prefix` (a status message, not the same words inside another).
    @discardableResult
    public func waitForLine(startingWith prefix: String, timeout: TimeInterval = 15) throws -> String {
        try waitForScreen("a line starting with '\(prefix)'", timeout: timeout) { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix(prefix) }
        }
    }

    /// Waits until the screen shows one of `texts`; returns the one seen first and the screen.
    public func waitForAny(_ texts: [String], timeout: TimeInterval = 15) throws -> (seen: String, screen: String) {
        let screen = try waitForScreen("'\(texts.joined(separator: "' or '"))'", timeout: timeout) { screen in
            texts.contains(where: screen.contains)
        }
        return (texts.first(where: screen.contains) ?? "", screen)
    }

    /// Captures the screen until `condition` holds for it and returns that screen; throws a
    /// `PollingTimeout` with the last screen when it never does.
    @discardableResult
    public func waitForScreen(_ what: String, timeout: TimeInterval = 15, _ condition: (String) -> Bool) throws -> String {
        var last = ""
        return try Polling.value("\(what) on the screen", timeout: timeout, interval: 0.05, lastSeen: { last }) {
            last = try capture()
            return condition(last) ? last : nil
        }
    }

    /// Runs tmux and waits for it with `waitpid`. Foundation's `Process` is not used here: the
    /// tmux server that `new-session` starts outlives its client and can keep `Process` waiting.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? output : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = [Self.executable!, "-L", socket] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        // The test runner blocks signals; a tmux server (and its panes) inheriting that mask could
        // not be stopped by kill-server, so start tmux with every signal unblocked and default.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Self.executable!, &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw TmuxFailure(arguments: arguments, status: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard capture else { return "" }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// tmux could not be started.
public struct TmuxFailure: Error {
    var arguments: [String]
    var status: Int32
}
