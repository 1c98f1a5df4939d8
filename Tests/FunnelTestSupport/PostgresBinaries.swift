import Foundation

/// The PostgreSQL server's programs (`initdb`, `pg_ctl`, `postgres`, `psql`) in one folder, and the account they run as.
///
/// Found in `FUNNEL_POSTGRES_BIN` when it is set (and only there), else in the newest `/usr/lib/postgresql/*/bin`
/// (Debian's layout), else on `PATH`. The server refuses to run as root: under root its programs run as the
/// `postgres` account (through `setpriv`), and the folders it uses must belong to that account.
public struct PostgresBinaries: Sendable, Equatable {
    /// The programs a test cluster needs; all must be in the one folder.
    public static let programs = ["initdb", "pg_ctl", "postgres", "psql"]

    /// The folder holding the programs.
    public var folder: URL
    /// The account the server runs as, and the name of its superuser role (the user in every URL).
    public var user: String
    /// That account's ids, when it is not the one running the tests (the tests run as root).
    public var otherAccount: (uid: uid_t, gid: gid_t)?

    public static func == (left: Self, right: Self) -> Bool {
        left.folder == right.folder && left.user == right.user && left.otherAccount?.uid == right.otherAccount?.uid
    }

    /// The full path of one program.
    public func path(_ program: String) -> String { folder.appendingPathComponent(program).path }

    /// Finds the programs as the environment says, or says in a sentence where it looked and what was missing.
    public static func find(environment: [String: String]) -> Result<PostgresBinaries, PostgresBinariesMissing> {
        let user: String
        var otherAccount: (uid: uid_t, gid: gid_t)?
        if geteuid() == 0 {
            guard let account = getpwnam("postgres") else {
                return .failure(PostgresBinariesMissing(reason: "the tests run as root and there is no postgres account for the server to run as (the postgresql package creates it)"))
            }
            user = "postgres"
            otherAccount = (account.pointee.pw_uid, account.pointee.pw_gid)
        } else {
            user = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? NSUserName()
        }
        for folder in candidateFolders(environment: environment) where hasEveryProgram(folder) {
            return .success(PostgresBinaries(folder: URL(fileURLWithPath: folder), user: user, otherAccount: otherAccount))
        }
        if let chosen = environment["FUNNEL_POSTGRES_BIN"], !chosen.isEmpty {
            return .failure(PostgresBinariesMissing(reason: "FUNNEL_POSTGRES_BIN=\(chosen) does not hold \(programs.joined(separator: ", "))"))
        }
        return .failure(PostgresBinariesMissing(reason: "no folder among /usr/lib/postgresql/*/bin and PATH holds \(programs.joined(separator: ", ")) (install the postgresql package, or set FUNNEL_POSTGRES_BIN to the folder that holds them)"))
    }

    /// The folders to look in, in order: `FUNNEL_POSTGRES_BIN` alone when set; else Debian's, newest first, then `PATH`.
    static func candidateFolders(environment: [String: String]) -> [String] {
        if let chosen = environment["FUNNEL_POSTGRES_BIN"], !chosen.isEmpty { return [chosen] }
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let debian = versions.sorted { $0.compare($1, options: .numeric) == .orderedDescending }
            .map { "/usr/lib/postgresql/\($0)/bin" }
        let path = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return debian + path
    }

    static func hasEveryProgram(_ folder: String) -> Bool {
        programs.allSatisfy { FileManager.default.isExecutableFile(atPath: "\(folder)/\($0)") }
    }

    // MARK: - Running the programs

    /// A bash script that closes every descriptor above stderr, then runs its arguments as the command.
    static let closingInheritedDescriptors = """
        for fd in /proc/$$/fd/*; do fd=${fd##*/}; if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi; done; exec "$@"
        """

    /// Runs one of the programs and waits for it; one still running after `timeout` seconds is killed and thrown.
    ///
    /// `asServer` runs it as the server's account (needed for `initdb` and `pg_ctl` under root). The environment
    /// is made here, not inherited: the user's `PGHOST`, `PGPORT` and the like must not steer a test's `psql`.
    /// Output goes to temporary files, not pipes: the server that `pg_ctl` leaves running holds no pipe of ours open.
    public func run(
        _ program: String, _ arguments: [String], asServer: Bool = false, in directory: URL? = nil, timeout: TimeInterval = 60
    ) throws -> FunnelProcess.Result {
        let process = Process()
        var command = [path(program)] + arguments
        if asServer, let account = otherAccount {
            command = ["/usr/bin/setpriv", "--reuid=\(account.uid)", "--regid=\(account.gid)", "--init-groups"] + command
        }
        // Foundation learns that a child ended when a socket it gave the child closes: a server that `pg_ctl start`
        // leaves running would hold it open for ever, and this run would never end. Every descriptor above
        // stderr is closed before the program starts.
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", Self.closingInheritedDescriptors, "bash"] + command
        process.environment = [
            "PATH": folder.path + ":/usr/bin:/bin", "LC_ALL": "C", "HOME": directory?.path ?? "/",
        ]
        // The server's account may not enter the test's working folder.
        process.currentDirectoryURL = directory ?? URL(fileURLWithPath: "/")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("funnel-pg-tool-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: output.path + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: output.path + ".out")
            try? FileManager.default.removeItem(atPath: output.path + ".err")
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: output.path + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: output.path + ".err"))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try? out.close()
        try? err.close()
        let described = ([program] + arguments).joined(separator: " ")
        do {
            try Polling.until("\(described) to end", timeout: timeout, interval: 0.005) { !process.isRunning }
        } catch is PollingTimeout {
            kill(process.processIdentifier, SIGKILL)
            _ = try? Polling.until("\(described) to end after SIGKILL", timeout: 10) { !process.isRunning }
            throw FunnelProcessTimeout(command: described, seconds: timeout)
        }
        process.waitUntilExit()
        return FunnelProcess.Result(
            status: process.terminationStatus,
            stdout: (try? String(contentsOfFile: output.path + ".out", encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: output.path + ".err", encoding: .utf8)) ?? "")
    }
}

/// Why the server's programs were not found: where the search looked and what it missed.
public struct PostgresBinariesMissing: Error, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { "PostgreSQL server programs not found: \(reason)" }
}
