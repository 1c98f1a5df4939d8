import Foundation

/// Runs the built `funnel` binary against a temporary database, as a user's shell would.
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

    /// The database every run of this value uses.
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

    /// Runs `funnel ARGS` with `FUNNEL_DB` pointing at this database, and waits for it.
    @discardableResult
    public func run(_ arguments: [String], now overrideNow: String? = nil, stdin: String? = nil, extraEnvironment: [String: String] = [:]) throws -> Result {
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
        // Read both pipes while the process runs so a large output cannot fill a pipe and block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
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

    /// Runs a command that must succeed and returns its stdout without the trailing newline.
    @discardableResult
    public func succeed(_ arguments: [String], now overrideNow: String? = nil) throws -> String {
        let result = try run(arguments, now: overrideNow)
        guard result.status == 0 else {
            throw FunnelProcessFailure(arguments: arguments, result: result)
        }
        return result.stdout.hasSuffix("\n") ? String(result.stdout.dropLast()) : result.stdout
    }

    /// The deals `funnel list --status all --json` prints.
    public func deals() throws -> [[String: Any]] {
        let result = try run(["list", "--status", "all", "--json"])
        guard result.status == 0, let items = try result.json() as? [[String: Any]] else {
            throw FunnelProcessFailure(arguments: ["list", "--status", "all", "--json"], result: result)
        }
        return items
    }

    /// Everything a user can read back (deals with history, stages, pipelines), for checking that
    /// a refused command wrote nothing: compare the fingerprint before and after.
    public func fingerprint() throws -> String {
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
