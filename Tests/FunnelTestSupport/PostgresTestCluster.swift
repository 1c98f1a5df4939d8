import Foundation
import Synchronization

/// A private PostgreSQL server for the tests: one per test process, started on first use, each suite or test in a
/// database of its own (`createDatabase()`).
///
/// `initdb` makes the cluster in a fresh folder `funnel-test-pg-XXXXXX` under the temporary directory (trust for
/// local connections only, UTF-8, locale `C.UTF-8`); `pg_ctl` starts it listening on 127.0.0.1 only, on a free
/// port, with its unix socket in that folder. It is stopped and its folder removed when the test process exits
/// (`atexit`, failed tests included); a watchdog shell started beside it does the same when the process dies
/// without exiting (killed, interrupted); and a folder whose owner died anyway is removed by the next test process
/// that starts a cluster (the owner's pid and start time are kept in the folder's `owner` file).
///
/// The server runs with `fsync=off`: a test cluster never outlives its machine, and a crash of the server itself
/// (what the fault tests cause) loses nothing with it. Commits stay synchronous.
public final class PostgresTestCluster: Sendable {
    /// The folder holding the cluster: `data` (the cluster), `server.log`, `owner`, and the server's socket.
    public let folder: URL
    /// The port the server listens on, on 127.0.0.1.
    public let port: Int
    /// The programs, and the account the server runs as (the user of every URL).
    public let binaries: PostgresBinaries

    /// How many databases were made, for their names; and the watchdog's end of the pipe, until stopped.
    private let state: Mutex<(databases: Int, watchdogPipe: Int32?, stopped: Bool)>

    /// What every test cluster's folder name starts with; a stale one is found by it.
    public static let folderPrefix = "funnel-test-pg-"

    private init(folder: URL, port: Int, binaries: PostgresBinaries, watchdogPipe: Int32?) {
        self.folder = folder
        self.port = port
        self.binaries = binaries
        state = Mutex((0, watchdogPipe, false))
    }

    // MARK: - The one cluster of this process

    private static let shared = Mutex<Result<PostgresTestCluster, PostgresClusterFailure>?>(nil)

    /// This process's cluster, started (and stale clusters removed) on the first call. A failure to start is
    /// kept and thrown again to every later caller rather than tried again.
    public static func running() throws -> PostgresTestCluster {
        try shared.withLock { shared in
            if let shared { return try shared.get() }
            let started: Result<PostgresTestCluster, PostgresClusterFailure>
            switch PostgresAvailability.current {
            case .available(let binaries):
                let parent = parentFolder()
                _ = removeStaleClusters(in: parent)
                do {
                    started = .success(try start(binaries: binaries, in: parent))
                    atexit { PostgresTestCluster.stopRunning() }
                } catch let failure as PostgresClusterFailure {
                    started = .failure(failure)
                } catch {
                    started = .failure(PostgresClusterFailure(message: "the test cluster did not start: \(error)"))
                }
            case .skipped(let note), .failing(let note):
                started = .failure(PostgresClusterFailure(message: note))
            }
            shared = started
            return try started.get()
        }
    }

    /// A new, empty database in this process's cluster, and its URL (`postgresql://USER@127.0.0.1:PORT/NAME`).
    ///
    /// Throws (failing the test) when the server's programs are missing under `FUNNEL_REQUIRE_POSTGRES=1` or the
    /// cluster does not start; a test that should be skipped when they are missing carries `.requiresPostgres`.
    public static func createDatabase() throws -> String {
        try running().createDatabase()
    }

    /// A cluster of the caller's own, beside this process's: for a test that stops or restarts its server
    /// (`stopServer`, `startServer`), which must not take the shared one away from other suites. The caller
    /// `stop()`s it; the watchdog and the next run remove it if the process dies first.
    public static func startSeparate() throws -> PostgresTestCluster {
        switch PostgresAvailability.current {
        case .available(let binaries):
            return try start(binaries: binaries, in: parentFolder())
        case .skipped(let note), .failing(let note):
            throw PostgresClusterFailure(message: note)
        }
    }

    /// Stops this process's cluster, if it was started; run at exit. Never waits for the lock: a process exiting
    /// while another thread starts the cluster leaves it to the watchdog.
    static func stopRunning() {
        if case .success(let cluster)?? = shared.withLockIfAvailable({ $0 }) { cluster.stop() }
    }

    /// Where test clusters are made: the temporary directory, unless its path would make the server's socket path
    /// longer than a unix socket allows (107 bytes); then `/tmp`.
    static func parentFolder() -> URL {
        let temporary = FileManager.default.temporaryDirectory
        return temporary.path.utf8.count > 60 ? URL(fileURLWithPath: "/tmp") : temporary
    }

    // MARK: - Starting and stopping

    /// Makes and starts a cluster in a new folder under `parent`, owned by this process. With `watchdog`, a shell
    /// started beside it stops the server and removes the folder when this process ends without `stop()`.
    public static func start(binaries: PostgresBinaries, in parent: URL, watchdog: Bool = true) throws -> PostgresTestCluster {
        let folder = try makeFolder(in: parent, owner: binaries.otherAccount)
        do {
            try writeOwner(getpid(), to: folder)
            try initialise(folder, binaries: binaries)
            let port = try startServer(folder, binaries: binaries)
            let pipe = watchdog ? try startWatchdog(folder, binaries: binaries) : nil
            return PostgresTestCluster(folder: folder, port: port, binaries: binaries, watchdogPipe: pipe)
        } catch {
            stopServer(in: folder, binaries: binaries)
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    /// Stops the server (`pg_ctl stop -m fast`, then `-m immediate` if that did not do it) and removes its folder.
    /// Later calls do nothing.
    public func stop() {
        let pipe: Int32?? = state.withLock { state in
            guard !state.stopped else { return nil }
            state.stopped = true
            return .some(state.watchdogPipe)
        }
        guard let pipe else { return }
        Self.stopServer(in: folder, binaries: binaries)
        try? FileManager.default.removeItem(at: folder)
        // The watchdog wakes, finds the folder gone, and ends.
        if let pipe { close(pipe) }
    }

    /// Stops a cluster's server whoever started it: fast shutdown, then immediate, then SIGKILL to the postmaster.
    static func stopServer(in folder: URL, binaries: PostgresBinaries) {
        let data = folder.appendingPathComponent("data")
        guard FileManager.default.fileExists(atPath: data.appendingPathComponent("postmaster.pid").path) else { return }
        for mode in ["fast", "immediate"] {
            let result = try? binaries.run("pg_ctl", ["stop", "-D", data.path, "-m", mode, "-w", "-t", "20"], asServer: true, in: folder, timeout: 30)
            if result?.status == 0 { return }
        }
        if let postmaster = postmasterID(data) {
            kill(postmaster, SIGKILL)
        }
    }

    /// The postmaster's pid, from the first line of `postmaster.pid`.
    static func postmasterID(_ data: URL) -> pid_t? {
        let text = try? String(contentsOfFile: data.appendingPathComponent("postmaster.pid").path, encoding: .utf8)
        return text?.split(separator: "\n").first.flatMap { pid_t($0.trimmingCharacters(in: .whitespaces)) }
    }

    private static func makeFolder(in parent: URL, owner: (uid: uid_t, gid: gid_t)?) throws -> URL {
        var template = Array(parent.appendingPathComponent(folderPrefix + "XXXXXX").path.utf8CString)
        guard mkdtemp(&template) != nil else {
            throw PostgresClusterFailure(message: "could not make a folder for the test cluster in \(parent.path): \(String(cString: strerror(errno)))")
        }
        let folder = URL(fileURLWithPath: String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        if let owner, chown(folder.path, owner.uid, owner.gid) != 0 {
            throw PostgresClusterFailure(message: "could not give \(folder.path) to the server's account: \(String(cString: strerror(errno)))")
        }
        return folder
    }

    private static func initialise(_ folder: URL, binaries: PostgresBinaries) throws {
        let data = folder.appendingPathComponent("data").path
        var last: FunnelProcess.Result?
        // C.UTF-8 folds and orders every script as users' servers do; plain C where the system lacks it.
        for locale in ["C.UTF-8", "C"] {
            let result = try binaries.run(
                "initdb", ["-D", data, "-U", binaries.user, "-A", "trust", "-E", "UTF8", "--locale=\(locale)", "--no-sync"],
                asServer: true, in: folder, timeout: 120)
            if result.status == 0 {
                // Trust for connections from this machine only: the socket and 127.0.0.1; nothing else gets in.
                let rules = "local all all trust\nhost all all 127.0.0.1/32 trust\n"
                try rules.write(toFile: data + "/pg_hba.conf", atomically: false, encoding: .utf8)
                return
            }
            last = result
            try? FileManager.default.removeItem(atPath: data)
        }
        throw PostgresClusterFailure(message: "initdb failed in \(folder.path): \(last?.stdout ?? "")\(last?.stderr ?? "")")
    }

    /// Starts the server on a free port of 127.0.0.1 and waits until it accepts connections; tries another port
    /// when another process took the one chosen in between.
    private static func startServer(_ folder: URL, binaries: PostgresBinaries) throws -> Int {
        var failure: PostgresClusterFailure?
        for _ in 0..<5 {
            let port = try freePort()
            do {
                try launch(folder, port: port, binaries: binaries)
                return port
            } catch let refused as PostgresClusterFailure {
                failure = refused
                let log = (try? String(contentsOfFile: folder.appendingPathComponent("server.log").path, encoding: .utf8)) ?? ""
                guard log.contains("could not bind") || log.contains("already in use") else { break }
                stopServer(in: folder, binaries: binaries)
            }
        }
        throw failure ?? PostgresClusterFailure(message: "pg_ctl start failed in \(folder.path)")
    }

    /// `pg_ctl start` on `port`, waiting until the server accepts connections (`-w`: pg_ctl polls, and stops
    /// waiting when the server died, within `-t`).
    private static func launch(_ folder: URL, port: Int, binaries: PostgresBinaries) throws {
        let data = folder.appendingPathComponent("data").path
        let log = folder.appendingPathComponent("server.log").path
        let options = [
            "-c listen_addresses=127.0.0.1", "-p \(port)", "-c unix_socket_directories='\(folder.path)'",
            "-c unix_socket_permissions=0700", "-c fsync=off", "-c full_page_writes=off", "-c max_connections=300",
        ].joined(separator: " ")
        let result = try binaries.run(
            "pg_ctl", ["start", "-D", data, "-l", log, "-w", "-t", "90", "-o", options], asServer: true, in: folder, timeout: 120)
        guard result.status == 0 else {
            let logText = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw PostgresClusterFailure(message: "pg_ctl start failed: \(result.stdout)\(result.stderr)\n\(logText)")
        }
    }

    // MARK: - Faults

    /// Takes the server down, keeping the cluster: `immediately` is a crash (`pg_ctl stop -m immediate`, no
    /// shutdown checkpoint, clients cut off at once), otherwise a fast shutdown. For a `startSeparate()` cluster.
    public func stopServer(immediately: Bool = true) throws {
        let data = folder.appendingPathComponent("data").path
        let result = try binaries.run(
            "pg_ctl", ["stop", "-D", data, "-m", immediately ? "immediate" : "fast", "-w", "-t", "60"], asServer: true, in: folder, timeout: 90)
        guard result.status == 0 else {
            throw PostgresClusterFailure(message: "pg_ctl stop failed: \(result.stdout)\(result.stderr)")
        }
    }

    /// Starts the server again after `stopServer`, on the same port, and waits until it accepts connections.
    public func startServer() throws {
        try Self.launch(folder, port: port, binaries: binaries)
    }

    /// A port of 127.0.0.1 that nothing listens on now: the kernel's choice for a socket bound to port 0.
    public static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw PostgresClusterFailure(message: "no socket for finding a free port") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else { throw PostgresClusterFailure(message: "could not find a free port on 127.0.0.1") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    // MARK: - Databases

    /// A new, empty, uniquely named database in this cluster, and its URL.
    public func createDatabase() throws -> String {
        let name = state.withLock { state in
            state.databases += 1
            return "funnel_test_\(state.databases)"
        }
        try psql("CREATE DATABASE \(name)")
        return url(database: name)
    }

    /// Runs SQL with `psql` in the database a URL of this process's cluster names (`createDatabase()`'s).
    @discardableResult
    public static func psql(_ sql: String, in url: String) throws -> String {
        try running().psql(sql, database: String(url.split(separator: "/").last ?? ""))
    }

    /// The URL of a database of this cluster: `postgresql://USER@127.0.0.1:PORT/NAME`.
    public func url(database: String) -> String {
        "postgresql://\(binaries.user)@127.0.0.1:\(port)/\(database)"
    }

    /// Runs SQL with `psql` over TCP on 127.0.0.1 and returns what it printed: unaligned, tuples only, stopping
    /// at the first error, which is thrown with psql's message.
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres", timeout: TimeInterval = 60) throws -> String {
        let result = try binaries.run(
            "psql",
            ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String(port), "-U", binaries.user, "-d", database, "-c", sql],
            timeout: timeout)
        guard result.status == 0 else {
            throw PostgresClusterFailure(message: "psql in \(database) failed (\(result.status)) on \(sql): \(result.stderr)")
        }
        return result.stdout.trimmingCharacters(in: .newlines)
    }

    // MARK: - Clean-up after a process that died

    /// Stops and removes every test cluster under `parent` whose owning process is gone (or whose folder has had no
    /// owner written for an hour), and returns their folders. Clusters of live processes are left alone.
    @discardableResult
    public static func removeStaleClusters(in parent: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        var removed: [URL] = []
        for name in names where name.hasPrefix(folderPrefix) {
            let folder = parent.appendingPathComponent(name)
            guard isStale(folder) else { continue }
            let binaries = PostgresAvailability.current.binaries ?? fallbackBinaries()
            if let binaries { stopServer(in: folder, binaries: binaries) }
            if (try? FileManager.default.removeItem(at: folder)) != nil { removed.append(folder) }
        }
        return removed
    }

    private static func fallbackBinaries() -> PostgresBinaries? {
        try? PostgresBinaries.find(environment: ProcessInfo.processInfo.environment).get()
    }

    /// Whether a cluster's folder has lost its owner: the pid in `owner` no longer runs, or runs a process
    /// started at another time (the pid was reused).
    static func isStale(_ folder: URL) -> Bool {
        guard let text = try? String(contentsOfFile: folder.appendingPathComponent("owner").path, encoding: .utf8) else {
            // Being made right now by another process, which writes its owner first; or abandoned long ago.
            let modified = (try? FileManager.default.attributesOfItem(atPath: folder.path)[.modificationDate]) as? Date
            return modified.map { Date().timeIntervalSince($0) > 3600 } ?? false
        }
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard let pid = fields.first.flatMap({ pid_t($0) }) else { return true }
        guard let started = startTime(of: pid) else { return true }
        return fields.count > 1 && String(fields[1]) != started
    }

    /// Records `pid` (and its start time, against reuse of the pid) as the owner of a cluster's folder.
    public static func writeOwner(_ pid: pid_t, to folder: URL) throws {
        try "\(pid) \(startTime(of: pid) ?? "")\n".write(to: folder.appendingPathComponent("owner"), atomically: true, encoding: .utf8)
    }

    /// A process's start time in clock ticks since boot (`/proc/PID/stat`, field 22); nil when it is not running.
    static func startTime(of pid: pid_t) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = stat.lastIndex(of: ")")
        else { return nil }
        // Fields after the command name (which may hold spaces): state is field 3, start time field 22.
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        return fields.count > 19 ? String(fields[19]) : nil
    }

    // MARK: - The watchdog

    /// Starts a shell that waits for this process to end (its end of a pipe closes then, however the process
    /// died), then stops the server and removes the folder unless `stop()` did. It ignores SIGINT, SIGHUP and
    /// SIGTERM, which an interrupted test run sends to the whole process group. Returns our end of the pipe.
    private static func startWatchdog(_ folder: URL, binaries: PostgresBinaries) throws -> Int32 {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw PostgresClusterFailure(message: "no pipe for the cluster's watchdog") }
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        let asServer = binaries.otherAccount.map { "/usr/bin/setpriv --reuid=\($0.uid) --regid=\($0.gid) --init-groups " } ?? ""
        let script = """
            trap '' INT HUP TERM
            cat >/dev/null
            [ -d "$1" ] || exit 0
            if [ -f "$1/data/postmaster.pid" ]; then
                \(asServer)"$2/pg_ctl" stop -D "$1/data" -m fast -w -t 20 || \(asServer)"$2/pg_ctl" stop -D "$1/data" -m immediate -w -t 20
            fi
            rm -rf "$1"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "funnel-pg-watchdog", folder.path, binaries.folder.path]
        process.environment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C"]
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        process.standardInput = FileHandle(fileDescriptor: ends[0], closeOnDealloc: false)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            close(ends[0])
            close(ends[1])
            throw error
        }
        close(ends[0])
        return ends[1]
    }
}

extension PostgresAvailability {
    /// The programs, when they were found.
    public var binaries: PostgresBinaries? {
        if case .available(let binaries) = self { return binaries }
        return nil
    }
}

/// The test cluster could not be started or used: what failed, with the server's own words.
public struct PostgresClusterFailure: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
