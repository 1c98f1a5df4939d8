import Foundation
import FunnelTestSupport
import Testing

/// `--db`, `FUNNEL_DB` and the config's `database` naming a PostgreSQL server, with the real binary: the
/// server's address is read (never as a file path), and its password appears nowhere a person or
/// another user of the machine could read it.
@Suite("A server address given to funnel, and its password kept out of sight")
struct ServerAddressEndToEndTests {
    let folder = TemporaryDirectory()
    static let secret = "Hunter2-sekrit"

    /// A port on 127.0.0.1 nothing listens on: one the kernel just gave out, then closed.
    static func freePort() -> Int {
        let socket = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Needs no server: the kernel refuses these addresses before anything is sent, so the test runs everywhere.
    @Test func anAddressWithoutARouteOrThatCannotBeUsedIsSaidAtOnce() throws {
        // TCP never connects to a multicast address: Linux answers ENETUNREACH at once, whatever this machine's
        // network (IPv4 and IPv6 alike). A link-local IPv6 address without its interface is EINVAL at once (or, on a
        // machine without IPv6, EAFNOSUPPORT: the same sentence).
        let cases = [
            ("postgresql://sam@224.0.0.1:5432/sales", "224.0.0.1:5432", "this machine has no route to its network"),
            ("postgresql://sam@[ff0e::1]:5432/sales", "[ff0e::1]:5432", "this machine has no route to its network"),
            ("postgresql://sam@[fe80::1]:5432/sales", "[fe80::1]:5432", "this machine cannot connect to that address"),
        ]
        for (url, server, said) in cases {
            let started = Date()
            let result = try funnel(["FUNNEL_DB": url]).run(["list"], timeout: 30)
            #expect(result.status == 1, "\(url)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stderr.contains("cannot reach the database server at postgresql://sam@\(server)/sales"), "\(result.stderr)")
            #expect(result.stderr.contains(said), "\(result.stderr)")
            #expect(!result.stderr.contains("5 seconds"))
            #expect(Date().timeIntervalSince(started) < 4, "said at once, not after the connection's 5 s")
        }
        let chinese = try funnel(["FUNNEL_DB": cases[0].0, "LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]).run(["list"], timeout: 30)
        #expect(chinese.status == 1)
        #expect(chinese.stderr.contains("本机没有通往它所在网络的路由"), "\(chinese.stderr)")
    }

    /// `funnel` run here with no database of its own: only the server address says where the pipeline is.
    func funnel(_ environment: [String: String] = [:]) -> FunnelProcess {
        var environment = environment
        // No config: none named, and none in the (empty) config folder; a named file that is missing is warned about.
        environment["FUNNEL_CONFIG"] = environment["FUNNEL_CONFIG"] ?? ""
        environment["XDG_CONFIG_HOME"] = environment["XDG_CONFIG_HOME"] ?? folder.path("no-config")
        environment["HOME"] = folder.path("home")
        environment["XDG_DATA_HOME"] = folder.path("data")
        environment["PGPASSFILE"] = environment["PGPASSFILE"] ?? folder.path("no-pgpass")
        environment["FUNNEL_DB"] = environment["FUNNEL_DB"] ?? ""
        return FunnelProcess(databasePath: "", environment: environment)
    }

    /// Commands that open the store, each with what it reads or writes.
    func commands() throws -> [[String]] {
        let archive = folder.path("backup.json")
        // A real archive, so `restore` gets past its check of the file to the server.
        let source = FunnelProcess(databasePath: folder.path("source.sqlite"))
        try source.succeed(["board", "--snapshot"])  // makes the database: export only reads
        try source.succeed(["export", "--format", "json", "--out", archive])
        return [
            ["list"], ["list", "--json"], ["add", "Acme renewal", "--value", "12000"], ["summary"], ["report", "--json"],
            ["board", "--snapshot"], ["backup"], ["restore", archive], ["export", "--format", "json"], ["stages", "--json"],
        ]
    }

    /// Expects every run refused in words naming the server, without the secret anywhere.
    func expectHidden(_ result: FunnelProcess.Result, _ what: String, naming host: String = "127.0.0.1", sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, "\(what): \(result.stdout)", sourceLocation: sourceLocation)
        #expect(!result.stdout.contains(Self.secret) && !result.stderr.contains(Self.secret), "\(what): \(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(host), "\(what): \(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test("a password in --db, FUNNEL_DB, PGPASSWORD, the password file or the config never reaches stdout or stderr")
    func passwordNeverShown() throws {
        let port = Self.freePort()
        let withPassword = "postgresql://sam:\(Self.secret)@127.0.0.1:\(port)/sales"
        let withoutPassword = "postgresql://sam@127.0.0.1:\(port)/sales"
        let pgpass = folder.path("pgpass")
        try Data("127.0.0.1:\(port):sales:sam:\(Self.secret)\n".utf8).write(to: URL(fileURLWithPath: pgpass))
        chmod(pgpass, 0o600)
        let config = folder.path("config.toml")
        try Data("database = \"\(withPassword)\"\n".utf8).write(to: URL(fileURLWithPath: config))
        let sources: [(String, FunnelProcess, [String])] = [
            ("--db", funnel(), ["--db", withPassword]),
            ("--db=", funnel(), ["--db=\(withPassword)"]),
            ("FUNNEL_DB", funnel(["FUNNEL_DB": withPassword]), []),
            ("PGPASSWORD", funnel(["PGPASSWORD": Self.secret]), ["--db", withoutPassword]),
            ("password file", funnel(["PGPASSFILE": pgpass]), ["--db", withoutPassword]),
            ("config", funnel(["FUNNEL_CONFIG": config]), []),
        ]
        for (source, funnel, options) in sources {
            for command in try commands() {
                let result = try funnel.run(command + options, timeout: 60)
                expectHidden(result, "\(source): funnel \(command.joined(separator: " "))")
                #expect(result.stderr.contains("postgresql://sam@127.0.0.1:\(port)/sales"), "\(source): \(result.stderr)")
            }
        }
    }

    @Test("refused addresses, and a URL where no option takes it, never show the password either")
    func refusalsHideThePassword() throws {
        let port = Self.freePort()
        let cases: [([String], Int32, String)] = [
            (["list", "--db", "postgresql://sam:\(Self.secret)@127.0.0.1:\(port)/sales?sslmode=verify-full"], 2, "invalid sslmode 'verify-full'"),
            (["list", "--db", "postgresql://sam:\(Self.secret)@127.0.0.1:\(port)/sales?connect_timeout=5"], 2, "unknown parameter 'connect_timeout'"),
            (["list", "--db", "postgresql://sam:\(Self.secret)@127.0.0.1:99999/sales"], 2, "invalid port '99999'"),
            (["list", "--db", "postgresql://sam:\(Self.secret)%zz@127.0.0.1/sales"], 2, "invalid password in the server address (not shown)"),
            (["list", "--db", "mysql://sam:\(Self.secret)@127.0.0.1/sales"], 2, "'mysql://' is not an address"),
            (["list", "postgresql://sam:\(Self.secret)@127.0.0.1:\(port)/sales"], 2, "postgresql://sam:********@127.0.0.1"),
        ]
        for (arguments, status, saying) in cases {
            let result = try funnel().run(arguments, timeout: 60)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(saying), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(!result.stdout.contains(Self.secret) && !result.stderr.contains(Self.secret), "\(arguments): \(result.stderr)")
        }
    }

    @Test("a password file others may read is ignored with libpq's one-line warning; its password is not used or shown")
    func loosePasswordFile() throws {
        let port = Self.freePort()
        let pgpass = folder.path("pgpass")
        try Data("*:*:*:*:\(Self.secret)\n".utf8).write(to: URL(fileURLWithPath: pgpass))
        chmod(pgpass, 0o644)
        let result = try funnel(["PGPASSFILE": pgpass]).run(["list", "--db", "postgresql://sam@127.0.0.1:\(port)/sales"], timeout: 60)
        expectHidden(result, "loose password file")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first == "funnel: warning: password file '\(pgpass)' has group or world access; permissions should be u=rw (0600) or less; it was not read")
        #expect(lines.count == 2)
    }

    @Test("--db wins over FUNNEL_DB, which wins over the config's database, which wins over the default file")
    func precedence() throws {
        let port = Self.freePort()
        let config = folder.path("config.toml")
        try Data("database = \"postgresql://from-config@127.0.0.1:\(port)/sales\"\n".utf8).write(to: URL(fileURLWithPath: config))
        let fromConfig = try funnel(["FUNNEL_CONFIG": config]).run(["list"], timeout: 60)
        #expect(fromConfig.stderr.contains("postgresql://from-config@127.0.0.1:\(port)/sales"), "\(fromConfig.stderr)")
        let fromEnvironment = try funnel(["FUNNEL_CONFIG": config, "FUNNEL_DB": "postgresql://from-env@127.0.0.1:\(port)/sales"]).run(["list"], timeout: 60)
        #expect(fromEnvironment.stderr.contains("postgresql://from-env@127.0.0.1:\(port)/sales"), "\(fromEnvironment.stderr)")
        let file = folder.path("given.sqlite")
        let fromOption = try funnel(["FUNNEL_CONFIG": config, "FUNNEL_DB": "postgresql://from-env@127.0.0.1:\(port)/sales"]).run(["add", "Acme", "--db", file], timeout: 60)
        #expect(fromOption.status == 0, "\(fromOption.stderr)")
        #expect(FileManager.default.fileExists(atPath: file))
        // Without any of them, the default file.
        #expect(try funnel().run(["add", "Acme"], timeout: 60).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("data/funnel/funnel.sqlite")))
    }

    @Test("a config's database path: ~/ is the home folder, a relative one is beside the config file")
    func configPaths() throws {
        try FileManager.default.createDirectory(atPath: folder.path("conf"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path("home"), withIntermediateDirectories: true)
        for (setting, expected) in [("sales.sqlite", folder.path("conf/sales.sqlite")), ("~/crm.sqlite", folder.path("home/crm.sqlite"))] {
            let config = folder.path("conf/config.toml")
            try Data("database = \"\(setting)\"\n".utf8).write(to: URL(fileURLWithPath: config))
            let result = try funnel(["FUNNEL_CONFIG": config]).run(["add", "Acme"], timeout: 60)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: expected), "\(setting)")
        }
    }

    @Test("a server URL is never taken for a file: nothing is created where the command runs")
    func urlIsNotAPath() throws {
        let port = Self.freePort()
        let work = folder.path("work")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let process = try funnel().launchShell(
            "cd '\(work)' && timeout -s KILL 60 \"$FUNNEL\" add Acme --db postgresql://sam@127.0.0.1:\(port)/sales",
            stdoutPath: folder.path("out"), stderrPath: folder.path("err"))
        try FunnelProcess.waitForExit(process, named: "funnel add", timeout: 90)
        #expect(process.terminationStatus == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work).isEmpty)
        let stderr = try String(contentsOfFile: folder.path("err"), encoding: .utf8)
        #expect(stderr.contains("postgresql://sam@127.0.0.1:\(port)/sales"), "\(stderr)")
        #expect(!stderr.contains("folder") && !stderr.contains("SQLite"), "\(stderr)")
    }

    @Test("ps cannot read the password: /proc/PID/cmdline of a running funnel shows x in its place")
    func processTitleHidesThePassword() throws {
        let port = Self.freePort()
        // funnel's stderr is a pipe already full: its first message, well after start-up, holds it there, running.
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        _ = fcntl(ends[1], 1031 /* F_SETPIPE_SZ */, 4096)
        let flags = fcntl(ends[1], F_GETFL)
        _ = fcntl(ends[1], F_SETFL, flags | O_NONBLOCK)
        let block = [UInt8](repeating: UInt8(ascii: "x"), count: 512)
        while write(ends[1], block, block.count) > 0 {}
        _ = fcntl(ends[1], F_SETFL, flags)
        let process = Process()
        process.executableURL = FunnelProcess.executableURL
        process.arguments = ["list", "--db", "postgresql://sam:\(Self.secret)@127.0.0.1:\(port)/sales?password=\(Self.secret)"]
        process.environment = ["HOME": folder.path("home"), "FUNNEL_CONFIG": folder.path("none.toml"), "PGPASSFILE": folder.path("none")]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(fileDescriptor: ends[1], closeOnDealloc: false)
        try process.run()
        close(ends[1])
        let reader = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
        defer { if process.isRunning { FunnelProcess.killWithChildren(process.processIdentifier) } }
        try Polling.until("funnel to wait on its full stderr", timeout: 60) {
            let waiting = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/wchan", encoding: .utf8)) ?? ""
            return waiting.contains("pipe_write")
        }
        let cmdline = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(process.processIdentifier)/cmdline"))
        let arguments = cmdline.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        let hidden = String(repeating: "x", count: Self.secret.count)
        #expect(arguments.dropFirst().elementsEqual(["list", "--db", "postgresql://sam:\(hidden)@127.0.0.1:\(port)/sales?password=\(hidden)"]), "\(arguments)")
        #expect(!String(decoding: cmdline, as: UTF8.self).contains(Self.secret))
        let stderr = String(decoding: reader.readDataToEndOfFile(), as: UTF8.self)
        try FunnelProcess.waitForExit(process, named: "funnel list", timeout: 60)
        #expect(!stderr.contains(Self.secret))
        #expect(stderr.contains("postgresql://sam@127.0.0.1:\(port)/sales"), "\(stderr.suffix(300))")
    }
}
