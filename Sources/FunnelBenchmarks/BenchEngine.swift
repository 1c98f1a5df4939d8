import Foundation

/// Which engine a run of the suite measures: database files, or a local PostgreSQL server `make bench` starts.
enum BenchEngine {
    case sqlite
    case postgres(BenchServer)

    /// The column the figures go in (`SQLite`, `PostgreSQL`).
    var name: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }
}

/// The local PostgreSQL server of the benchmarks: `.ci/pg` (the `make pg` script) with its folder in `.bench/pg`,
/// kept between runs with its demo databases; `make pg-stop` does not touch it (`rm -rf .bench/pg` after
/// stopping it with `FUNNEL_PG_DIR=.bench/pg .ci/pg stop`).
struct BenchServer {
    let user: String
    let port: Int
    let psql: String

    /// Starts the server (or finds it running) and reads where it listens.
    static func start(root: String, folder: String) throws -> BenchServer {
        let script = root + "/.ci/pg"
        let result = try ProcessTimer.run("/usr/bin/env", ["bash", script, "start"], environment: ["FUNNEL_PG_DIR": folder])
        guard result.status == 0,
              let line = result.output.split(separator: "\n").first(where: { $0.hasPrefix("export FUNNEL_DB=") }),
              let url = line.split(separator: "=", maxSplits: 1).last,
              let userEnd = url.range(of: "@"), let portStart = url.range(of: ":", range: userEnd.upperBound..<url.endIndex),
              let portEnd = url.range(of: "/", range: portStart.upperBound..<url.endIndex),
              let port = Int(url[portStart.upperBound..<portEnd.lowerBound])
        else { throw BenchError("the benchmark's PostgreSQL server did not start (.ci/pg start): \(result.output)") }
        let user = String(url[url.index(url.startIndex, offsetBy: "postgresql://".count)..<userEnd.lowerBound])
        let bin = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?.sorted().last.map { "/usr/lib/postgresql/\($0)/bin" }
        return BenchServer(user: user, port: port, psql: (bin ?? "/usr/bin") + "/psql")
    }

    /// The URL of database `name` on this server.
    func url(_ name: String) -> String { "postgresql://\(user)@127.0.0.1:\(port)/\(name)" }

    /// Drops database `name` if it is there and makes it again, empty.
    func recreate(_ name: String) throws {
        for sql in ["DROP DATABASE IF EXISTS \(name)", "CREATE DATABASE \(name)"] {
            let result = try ProcessTimer.run(psql, ["-X", "-q", "-h", "127.0.0.1", "-p", String(port), "-U", user, "-d", "postgres", "-c", sql])
            guard result.status == 0 else { throw BenchError("psql could not \(sql): \(result.output)") }
        }
    }
}
