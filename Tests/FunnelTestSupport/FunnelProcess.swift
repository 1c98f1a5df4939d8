import Foundation

/// Runs the built `funnel` binary against a temporary database, as a user's shell would: a SQLite file or a
/// PostgreSQL URL (`init(_:in:)` makes one for a `CLIEngine`).
public struct FunnelProcess: Sendable {
    /// What one run printed and how it ended.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        /// The JSON printed on stdout, parsed.
        public func json() throws -> Any {
            try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
        }
    }

    /// The database every run of this value uses, passed as `FUNNEL_DB`: a file's path or a server's URL.
    public let databasePath: String
    /// `FUNNEL_NOW` for every run, unless a run overrides it.
    public var now: String?
    /// Extra environment for every run.
    public var environment: [String: String]

    public init(databasePath: String, now: String? = "2026-11-29T09:00:00Z", environment: [String: String] = [:]) {
        self.databasePath = databasePath
        self.now = now
        self.environment = environment
    }

    /// The `funnel` executable next to the test bundle (`.build/debug/funnel`).
    public static var executableURL: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("funnel")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        // `swift test` runs from the package root; fall back to the debug build there.
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug/funnel")
    }

    /// How long one command may run before it counts as hung: far above any command the tests run
    /// on a loaded machine, so only a hang reaches it.
    public static let timeout: TimeInterval = 300

    /// Runs `funnel ARGS` with `FUNNEL_DB` pointing at this database, and waits for it; a run still
    /// going after `timeout` seconds is killed and thrown as a `FunnelProcessTimeout` naming the command.
    @discardableResult
    public func run(
        _ arguments: [String], now overrideNow: String? = nil, stdin: String? = nil, extraEnvironment: [String: String] = [:],
        timeout: TimeInterval = FunnelProcess.timeout
    ) throws -> Result {
        let process = Process()
        process.executableURL = Self.executableURL
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["FUNNEL_DB"] = databasePath
        env["FUNNEL_NOW"] = overrideNow ?? now
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        for (key, value) in extraEnvironment { env[key] = value }
        if env["FUNNEL_NOW"] == "" { env.removeValue(forKey: "FUNNEL_NOW") }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes while the process runs so a large output cannot fill a pipe and block it;
        // they close when it ends, so the reads ending is the run ending.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        guard group.wait(timeout: .now() + timeout) == .success else {
            kill(process.processIdentifier, SIGKILL)
            _ = group.wait(timeout: .now() + 10)
            throw FunnelProcessTimeout(command: "funnel " + arguments.joined(separator: " "), seconds: timeout)
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts `/bin/sh -c SCRIPT` in the background with `$FUNNEL` naming the binary and this database in
    /// `FUNNEL_DB`; its stdout and stderr go to files the caller reads after it ends.
    public func launchShell(_ script: String, stdoutPath: String, stderrPath: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var env = ProcessInfo.processInfo.environment
        env["FUNNEL"] = Self.executableURL.path
        env["FUNNEL_DB"] = databasePath
        env["FUNNEL_NOW"] = now
        for (key, value) in environment { env[key] = value }
        process.environment = env
        FileManager.default.createFile(atPath: stdoutPath, contents: nil)
        FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
        process.standardError = FileHandle(forWritingAtPath: stderrPath)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits for a process the test started (`launchShell`) to end; one still running after
    /// `timeout` seconds is killed with its children and thrown as a `FunnelProcessTimeout`.
    public static func waitForExit(_ process: Process, named name: String, timeout: TimeInterval = FunnelProcess.timeout) throws {
        do {
            try Polling.until("\(name) to end", timeout: timeout, interval: 0.05) { !process.isRunning }
        } catch is PollingTimeout {
            killWithChildren(process.processIdentifier)
            process.waitUntilExit()
            throw FunnelProcessTimeout(command: name, seconds: timeout)
        }
        process.waitUntilExit()
    }

    /// Kills a process and every process under it with SIGKILL, and waits until none of them runs.
    ///
    /// The process is stopped first, so it starts no child while its children are read from
    /// `/proc`; then each is killed. A shell's `funnel` child killed here dies mid-write like its
    /// shell, instead of finishing (or not) while the test reads the database.
    public static func killWithChildren(_ root: pid_t) {
        var stopped: [pid_t] = []
        var pending = [root]
        while let next = pending.popLast() {
            kill(next, SIGSTOP)
            stopped.append(next)
            // The signal takes effect when the process next runs: read its children once it has stopped.
            _ = try? Polling.until("process \(next) to stop", timeout: 10, interval: 0.005) {
                let state = TmuxSession.state(of: next)
                return state == nil || state == "T" || state == "t" || state == "Z" || state == "X"
            }
            let children = (try? String(contentsOfFile: "/proc/\(next)/task/\(next)/children", encoding: .utf8)) ?? ""
            pending += children.split(separator: " ").compactMap { pid_t($0) }
        }
        for process in stopped { kill(process, SIGKILL) }
        for process in stopped where process != root {
            // Not our children: they are reaped by init once their parent is gone; wait until they are.
            _ = try? Polling.until("process \(process) to end", timeout: 30) { !TmuxSession.isRunning(process) }
        }
    }

    /// Runs a command that must succeed and returns its stdout without the trailing newline.
    @discardableResult
    public func succeed(_ arguments: [String], now overrideNow: String? = nil) throws -> String {
        let result = try run(arguments, now: overrideNow)
        guard result.status == 0 else {
            throw FunnelProcessFailure(arguments: arguments, result: result)
        }
        return result.stdout.hasSuffix("\n") ? String(result.stdout.dropLast()) : result.stdout
    }

    /// True when the database is a file that does not exist (yet): commands that only read refuse it and make none.
    var isMissingFile: Bool {
        !databasePath.isEmpty && !databasePath.contains("://") && !FileManager.default.fileExists(atPath: databasePath)
    }

    /// Makes a database file that does not exist yet, as a new user's board does (`list` made one before it
    /// refused a missing file), so a test reading a fresh database reads what it did before.
    func makeMissingFile() throws {
        if isMissingFile { try succeed(["board", "--snapshot"]) }
    }

    /// The deals `funnel list --status all --json` prints.
    public func deals() throws -> [[String: Any]] {
        try makeMissingFile()
        let result = try run(["list", "--status", "all", "--json"])
        guard result.status == 0, let items = try result.json() as? [[String: Any]] else {
            throw FunnelProcessFailure(arguments: ["list", "--status", "all", "--json"], result: result)
        }
        return items
    }

    /// Everything a user can read back (deals with history, stages, pipelines), for checking that
    /// a refused command wrote nothing: compare the fingerprint before and after.
    public func fingerprint() throws -> String {
        try makeMissingFile()
        var parts: [String] = []
        for arguments in [["list", "--status", "all", "--json"], ["pipelines", "--json"]] {
            parts.append(try succeed(arguments))
        }
        for pipeline in try JSONSerialization.jsonObject(with: Data(parts[1].utf8)) as? [[String: Any]] ?? [] {
            parts.append(try succeed(["stages", "--json", "--pipeline", pipeline["name"] as? String ?? ""]))
        }
        for deal in try deals() {
            parts.append(try succeed(["show", "--json", String(deal["id"] as? Int ?? 0)]))
        }
        return parts.joined(separator: "\n")
    }
}

/// A `funnel` run that was expected to succeed and did not.
public struct FunnelProcessFailure: Error, CustomStringConvertible {
    public var arguments: [String]
    public var result: FunnelProcess.Result
    public var description: String {
        "funnel \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)"
    }
}

/// A `funnel` run (or a script the test started) that did not end in time: it was killed.
public struct FunnelProcessTimeout: Error, CustomStringConvertible {
    public var command: String
    public var seconds: TimeInterval
    public var description: String {
        "\(command) was still running after \(Int(seconds)) s and was killed: it hung, or the machine is far slower than the tests allow"
    }
}
