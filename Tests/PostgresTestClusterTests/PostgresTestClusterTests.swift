import Foundation
import FunnelTestSupport
import Synchronization
import Testing

/// The private cluster itself: databases apart, reachable from this machine only, gone when stopped.
@Suite("PostgreSQL test cluster", .requiresPostgres)
struct PostgresTestClusterTests {
    @Test("two databases are separate: a table made in one is absent from the other")
    func databasesAreSeparate() throws {
        let first = try PostgresTestCluster.createDatabase()
        let second = try PostgresTestCluster.createDatabase()
        #expect(first != second)
        let cluster = try PostgresTestCluster.running()
        let prefix = "postgresql://\(cluster.binaries.user)@127.0.0.1:\(cluster.port)/"
        #expect(first.hasPrefix(prefix) && second.hasPrefix(prefix))
        let firstName = String(first.dropFirst(prefix.count))
        let secondName = String(second.dropFirst(prefix.count))
        try cluster.psql("CREATE TABLE deal (id integer PRIMARY KEY, title text)", database: firstName)
        let tableIn = { (database: String) in
            try cluster.psql("SELECT count(*) FROM pg_tables WHERE tablename = 'deal'", database: database)
        }
        #expect(try tableIn(firstName) == "1")
        #expect(try tableIn(secondName) == "0")
        // New databases start empty: no table of the first was copied into the template.
        #expect(try tableIn(String(try PostgresTestCluster.createDatabase().dropFirst(prefix.count))) == "0")
    }

    @Test("databases made at the same time by parallel suites are each made once and usable")
    func databasesMadeInParallel() throws {
        let made = Mutex<[Result<String, any Error>]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let result = Result { try PostgresTestCluster.createDatabase() }
            made.withLock { $0.append(result) }
        }
        let urls = try made.withLock { $0 }.map { try $0.get() }
        #expect(Set(urls).count == 8)
        for url in urls {
            #expect(try PostgresTestCluster.psql("SELECT current_database()", in: url) == String(url.split(separator: "/").last!))
        }
    }

    @Test("the server listens on 127.0.0.1 only, with its socket in the cluster's folder")
    func listensOnLoopbackOnly() throws {
        let cluster = try PostgresTestCluster.running()
        #expect(try cluster.psql("SHOW listen_addresses") == "127.0.0.1")
        let listening = Self.listeningAddresses(port: cluster.port)
        #expect(listening == ["0100007F"], "listening sockets on port \(cluster.port): \(listening)")
        #expect(FileManager.default.fileExists(atPath: cluster.folder.path + "/.s.PGSQL.\(cluster.port)"))
        let permissions = try FileManager.default.attributesOfItem(atPath: cluster.folder.path)[.posixPermissions] as? Int
        #expect(permissions == 0o700)
        let rules = try cluster.psql("SELECT type || ' ' || coalesce(address, '') FROM pg_hba_file_rules ORDER BY line_number")
        #expect(rules.split(separator: "\n") == ["local ", "host 127.0.0.1"])
    }

    @Test("stop ends the server and removes its folder")
    func stopRemovesTheFolder() throws {
        let parent = TemporaryDirectory()
        let binaries = try #require(PostgresAvailability.current.binaries)
        let cluster = try PostgresTestCluster.start(binaries: binaries, in: parent.url, watchdog: false)
        let postmaster = try Self.postmasterID(cluster.folder)
        #expect(Self.isRunning(postmaster))
        cluster.stop()
        #expect(!FileManager.default.fileExists(atPath: cluster.folder.path))
        try Polling.until("the postmaster \(postmaster) to end", timeout: 30) { !Self.isRunning(postmaster) }
        cluster.stop()
    }

    @Test("a separate cluster's server crashed (immediate stop) refuses connections, and started again on its port keeps every commit")
    func serverCrashAndRestartKeepsCommits() throws {
        let cluster = try PostgresTestCluster.startSeparate()
        defer { cluster.stop() }
        let shared = try PostgresTestCluster.running()
        #expect(cluster.folder != shared.folder && cluster.port != shared.port)
        let url = try cluster.createDatabase()
        let name = String(try #require(url.split(separator: "/").last))
        try cluster.psql("CREATE TABLE deal (id integer PRIMARY KEY); INSERT INTO deal VALUES (1), (2)", database: name)

        try cluster.stopServer(immediately: true)
        #expect(throws: PostgresClusterFailure.self) { try cluster.psql("SELECT 1", database: name) }
        #expect(try shared.psql("SELECT 1") == "1")

        try cluster.startServer()
        #expect(try cluster.psql("SELECT count(*) FROM deal", database: name) == "2")
    }

    @Test("a cluster whose owning process died is stopped and removed; a live owner's is kept")
    func staleClusterIsRemoved() throws {
        let parent = TemporaryDirectory()
        let binaries = try #require(PostgresAvailability.current.binaries)
        let stale = try PostgresTestCluster.start(binaries: binaries, in: parent.url, watchdog: false)
        let postmaster = try Self.postmasterID(stale.folder)
        let dead = try Self.deadProcessID()
        try PostgresTestCluster.writeOwner(dead, to: stale.folder)
        let live = parent.url.appendingPathComponent(PostgresTestCluster.folderPrefix + "live")
        try FileManager.default.createDirectory(at: live, withIntermediateDirectories: false)
        try PostgresTestCluster.writeOwner(getpid(), to: live)
        let unrelated = parent.url.appendingPathComponent("funnel-pg-root")
        try FileManager.default.createDirectory(at: unrelated, withIntermediateDirectories: false)

        let removed = PostgresTestCluster.removeStaleClusters(in: parent.url)

        #expect(removed.map(\.lastPathComponent) == [stale.folder.lastPathComponent])
        #expect(!FileManager.default.fileExists(atPath: stale.folder.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
        #expect(FileManager.default.fileExists(atPath: unrelated.path))
        try Polling.until("the stale postmaster \(postmaster) to end", timeout: 30) { !Self.isRunning(postmaster) }
    }

    // MARK: - Reading the machine

    /// The hex local addresses of TCP sockets listening on `port`, IPv4 and IPv6 (`/proc/net/tcp`, `tcp6`).
    static func listeningAddresses(port: Int) -> [String] {
        let hexPort = String(format: "%04X", port)
        var found: [String] = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            let text = (try? String(contentsOfFile: table, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ")
                guard fields.count > 3, fields[3] == "0A" else { continue }
                let local = fields[1].split(separator: ":")
                if local.count == 2, local[1] == hexPort { found.append(String(local[0])) }
            }
        }
        return found
    }

    static func postmasterID(_ folder: URL) throws -> pid_t {
        let text = try String(contentsOfFile: folder.path + "/data/postmaster.pid", encoding: .utf8)
        return try #require(text.split(separator: "\n").first.flatMap { pid_t($0) })
    }

    /// Whether a process runs (a zombie, ended but not yet reaped, does not).
    static func isRunning(_ pid: pid_t) -> Bool {
        let state = TmuxSession.state(of: pid)
        return state != nil && state != "Z" && state != "X"
    }

    /// The pid of a process that has ended and been reaped.
    static func deadProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        try FunnelProcess.waitForExit(process, named: "/bin/true", timeout: 30)
        return process.processIdentifier
    }
}
