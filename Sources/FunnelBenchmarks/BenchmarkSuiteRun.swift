import Foundation

/// Every figure of the suite, in the order of the table in docs/PERFORMANCE.md.
struct BenchmarkSuiteRun {
    let funnel: String
    let folder: String
    /// Fewer repetitions and no million-deal figures: for a quick look, not for the record.
    let quick: Bool
    /// The team benchmark's salespeople act at the same instants (`TeamPlan.lockstep`).
    var lockstep = false
    /// Only figures whose name contains this text, when given (`--only move`).
    var only: String? = nil
    /// The engine measured: files, or a local PostgreSQL server (its figures have their own targets, issue 17).
    var engine: BenchEngine = .sqlite

    // MARK: - Databases made by `funnel demo`, cached between runs

    /// The path (or server URL) of a demo database with `deals` deals, created once and kept in .bench/ (or on the
    /// benchmark's server).
    func demoDatabase(deals: Int, openPercent: Int? = nil) throws -> String {
        let name = openPercent.map { "demo-\(deals)-open\($0)" } ?? "demo-\(deals)"
        let database: String
        switch engine {
        case .sqlite:
            database = folder + "/" + name + ".sqlite"
        case .postgres(let server):
            database = server.url(name.replacingOccurrences(of: "-", with: "_"))
        }
        let marker = folder + "/" + name + (engine.isServer ? ".postgres.complete" : ".sqlite.complete")
        let oldMarker = database + ".complete"
        if FileManager.default.fileExists(atPath: marker) || (!engine.isServer && FileManager.default.fileExists(atPath: oldMarker)) {
            return database
        }
        switch engine {
        case .sqlite:
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        case .postgres(let server):
            try server.recreate(name.replacingOccurrences(of: "-", with: "_"))
        }
        var arguments = ["demo", "--db", database, "--deals", String(deals), "--seed", "1"]
        if let openPercent { arguments += ["--open-percent", String(openPercent)] }
        FileHandle.standardError.write(Data("bench: making \(name) on \(engine.name) (cached for later runs)\n".utf8))
        let result = try ProcessTimer.run(funnel, arguments)
        guard result.status == 0 else { throw BenchError("funnel demo --deals \(deals) failed on \(engine.name)") }
        _ = FileManager.default.createFile(atPath: marker, contents: nil)
        return database
    }

    /// A fresh, empty database to load into: a file removed first, or a server database made again.
    func emptyDatabase(_ name: String) throws -> (database: String, remove: () -> Void) {
        switch engine {
        case .sqlite:
            let path = folder + "/" + name + ".sqlite"
            let files = ["", "-wal", "-shm", "-journal"]
            for suffix in files { try? FileManager.default.removeItem(atPath: path + suffix) }
            return (path, { for suffix in files { try? FileManager.default.removeItem(atPath: path + suffix) } })
        case .postgres(let server):
            try server.recreate(name)
            return (server.url(name), {})
        }
    }

    /// The targets of issue 16 (SQLite) and issue 17 (PostgreSQL).
    var targets: (firstFrame: Double, move: Double, moveP99: Double, filter: Double, importRows: Double, report: Double) {
        engine.isServer ? (80, 5, 20, 15, 10_000, 3_000) : (40, 2, 10, 5, 5_000, 2_000)
    }

    func runAll() -> [BenchmarkFigure] {
        var figures: [BenchmarkFigure] = []
        func attempt(_ name: String, _ size: String, unit: String, target: Double?, p99: Double? = nil, _ body: () throws -> [Double]) {
            if let only, !name.contains(only) { return }
            FileHandle.standardError.write(Data("bench: \(name), \(size), \(engine.name)\n".utf8))
            let size = "\(size) · \(engine.name)"
            do {
                figures.append(BenchmarkFigure(name: name, size: size, samples: try body(), unit: unit, target: target, p99Target: p99))
            } catch {
                figures.append(BenchmarkFigure(name: name, size: size, samples: [], unit: unit, target: target, p99Target: p99, skipped: "\(error)"))
            }
        }
        let repeats = quick ? 5 : 20

        attempt("first frame: board --snapshot 160x50 process", "1,000 deals", unit: "ms", target: targets.firstFrame) {
            try snapshotTimes(try demoDatabase(deals: 1_000), repeats: repeats)
        }
        let smallSnapshot = figures.last?.median
        if !quick {
            attempt("first frame: board --snapshot 160x50 process", "1,000,000 deals", unit: "ms", target: smallSnapshot.map { $0 * 1.5 }) {
                try snapshotTimes(try demoDatabase(deals: 1_000_000), repeats: repeats)
            }
        }
        attempt("first frame of the full-screen board in tmux", "1,000 deals", unit: "ms", target: 100) {
            try (0..<(quick ? 3 : 10)).map { _ in try TmuxBoard.firstFrame(funnel: funnel, database: try demoDatabase(deals: 1_000)) }
        }
        attempt("move a card with L: key to saved and redrawn", "50,000 open deals", unit: "ms", target: targets.move, p99: targets.moveP99) {
            try BoardBenchmarks.moveCard(path: try demoDatabase(deals: 50_000, openPercent: 100), iterations: quick ? 50 : 300)
        }
        if !engine.isServer {
            attempt("sync one 4 KB page to disk (the floor under each saved move)", "fdatasync", unit: "ms", target: nil) {
                try DiskSync.pageSyncTimes(folder: folder, count: quick ? 50 : 300)
            }
        }
        attempt("filter as you type, one key", "50,000 open deals", unit: "ms", target: targets.filter) {
            try BoardBenchmarks.filterKey(path: try demoDatabase(deals: 50_000, openPercent: 100), iterations: quick ? 30 : 150)
        }
        if !quick {
            attempt("peak memory of the board", "1,000,000 deals", unit: "MB", target: 64) {
                [try TmuxBoard.peakMemory(funnel: funnel, database: try demoDatabase(deals: 1_000_000))]
            }
            attempt("funnel demo --deals 1000000", "1,000,000 deals", unit: "ms", target: engine.isServer ? nil : 60_000) {
                let (database, remove) = try emptyDatabase("demo_timing")
                defer { remove() }
                let result = try ProcessTimer.run(funnel, ["demo", "--db", database, "--deals", "1000000"])
                guard result.status == 0 else { throw BenchError("funnel demo failed") }
                return [result.milliseconds]
            }
        }
        attempt("funnel import of a CSV", "100,000 rows", unit: "ms", target: targets.importRows) {
            try importTimes(source: try demoDatabase(deals: 100_000), repeats: quick ? 1 : 3)
        }
        if !quick {
            attempt("funnel report", "1,000,000 deals", unit: "ms", target: targets.report) {
                let path = try demoDatabase(deals: 1_000_000)
                return try (0..<5).map { _ in
                    let result = try ProcessTimer.run(funnel, ["report", "--db", path])
                    guard result.status == 0 else { throw BenchError("funnel report failed or is missing") }
                    return result.milliseconds
                }
            }
        }
        // Twenty salespeople at once, two boards open (issue 18): several figures from one run.
        if only.map({ "team: twenty salespeople".contains($0) }) ?? true {
            FileHandle.standardError.write(Data("bench: team: twenty salespeople, \(engine.name)\n".utf8))
            do {
                let (database, remove) = try emptyDatabase("team")
                defer { remove() }
                figures += try TeamBenchmark(funnel: funnel, folder: folder, engine: engine, quick: quick, lockstep: lockstep).figures(database: database)
            } catch {
                figures.append(BenchmarkFigure(
                    name: "team: twenty salespeople", size: engine.name, samples: [], unit: "ms", target: nil, p99Target: nil, skipped: "\(error)"))
            }
        }
        // What the terminal is sent depends on the board, not the engine: measured once, on a file.
        if !engine.isServer {
            attempt("bytes written to the terminal when one card moves", "160x50", unit: "KB", target: 2) {
                try (0..<(quick ? 2 : 5)).map { _ in try TmuxBoard.bytesPerMove(funnel: funnel, database: try demoDatabase(deals: 1_000)) }
            }
        }
        return figures
    }

    func snapshotTimes(_ path: String, repeats: Int) throws -> [Double] {
        _ = try ProcessTimer.run(funnel, ["board", "--snapshot", "--db", path])  // warm the file cache
        return try (0..<repeats).map { _ in
            let result = try ProcessTimer.run(funnel, ["board", "--snapshot", "--width", "160", "--height", "50", "--db", path])
            guard result.status == 0, result.output.contains("Prospecting") else { throw BenchError("board --snapshot failed") }
            return result.milliseconds
        }
    }

    /// Exports a 100,000-deal database to CSV once, then times importing it into fresh databases.
    func importTimes(source: String, repeats: Int) throws -> [Double] {
        let csv = folder + "/import-100000.csv"
        if !FileManager.default.fileExists(atPath: csv) {
            let export = try ProcessTimer.run(funnel, ["export", "--db", source, "--format", "csv", "--status", "all", "--out", csv])
            guard export.status == 0 else { throw BenchError("funnel export is missing or failed") }
        }
        return try (0..<repeats).map { _ in
            let (target, remove) = try emptyDatabase("import_target")
            defer { remove() }
            let result = try ProcessTimer.run(funnel, ["import", csv, "--db", target])
            guard result.status == 0 else { throw BenchError("funnel import failed") }
            return result.milliseconds
        }
    }
}

extension BenchEngine {
    var isServer: Bool {
        if case .postgres = self { return true }
        return false
    }
}

/// Why a figure could not be measured.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
