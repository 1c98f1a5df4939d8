import Foundation

/// Every figure of the suite, in the order of the table in docs/PERFORMANCE.md.
struct BenchmarkSuiteRun {
    let funnel: String
    let folder: String
    /// Fewer repetitions and no million-deal figures: for a quick look, not for the record.
    let quick: Bool
    /// Only figures whose name contains this text, when given (`--only move`).
    var only: String? = nil

    // MARK: - Databases made by `funnel demo`, cached between runs

    /// The path of a demo database with `deals` deals, created once and kept in .bench/.
    func demoDatabase(deals: Int, openPercent: Int? = nil) throws -> String {
        let name = openPercent.map { "demo-\(deals)-open\($0).sqlite" } ?? "demo-\(deals).sqlite"
        let path = folder + "/" + name
        let marker = path + ".complete"
        if FileManager.default.fileExists(atPath: marker) { return path }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        var arguments = ["demo", "--db", path, "--deals", String(deals), "--seed", "1"]
        if let openPercent { arguments += ["--open-percent", String(openPercent)] }
        FileHandle.standardError.write(Data("bench: making \(name) (cached for later runs)\n".utf8))
        let result = try ProcessTimer.run(funnel, arguments)
        guard result.status == 0 else { throw BenchError("funnel demo --deals \(deals) failed") }
        _ = FileManager.default.createFile(atPath: marker, contents: nil)
        return path
    }

    func runAll() -> [BenchmarkFigure] {
        var figures: [BenchmarkFigure] = []
        func attempt(_ name: String, _ size: String, unit: String, target: Double?, p99: Double? = nil, _ body: () throws -> [Double]) {
            if let only, !name.contains(only) { return }
            FileHandle.standardError.write(Data("bench: \(name), \(size)\n".utf8))
            do {
                figures.append(BenchmarkFigure(name: name, size: size, samples: try body(), unit: unit, target: target, p99Target: p99))
            } catch {
                figures.append(BenchmarkFigure(name: name, size: size, samples: [], unit: unit, target: target, p99Target: p99, skipped: "\(error)"))
            }
        }
        let repeats = quick ? 5 : 20

        attempt("first frame: board --snapshot 160x50 process", "1,000 deals", unit: "ms", target: 40) {
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
        attempt("move a card with L: key to saved and redrawn", "50,000 open deals", unit: "ms", target: 2, p99: 10) {
            try BoardBenchmarks.moveCard(path: try demoDatabase(deals: 50_000, openPercent: 100), iterations: quick ? 50 : 300)
        }
        attempt("sync one 4 KB page to disk (the floor under each saved move)", "fdatasync", unit: "ms", target: nil) {
            try DiskSync.pageSyncTimes(folder: folder, count: quick ? 50 : 300)
        }
        attempt("filter as you type, one key", "50,000 open deals", unit: "ms", target: 5) {
            try BoardBenchmarks.filterKey(path: try demoDatabase(deals: 50_000, openPercent: 100), iterations: quick ? 30 : 150)
        }
        if !quick {
            attempt("peak memory of the board", "1,000,000 deals", unit: "MB", target: 64) {
                [try TmuxBoard.peakMemory(funnel: funnel, database: try demoDatabase(deals: 1_000_000))]
            }
            attempt("funnel demo --deals 1000000", "1,000,000 deals", unit: "ms", target: 60_000) {
                let path = folder + "/demo-timing.sqlite"
                // Every file a store may leave beside the database, removed before and after.
                let files = ["", "-wal", "-shm", "-journal"]
                for suffix in files { try? FileManager.default.removeItem(atPath: path + suffix) }
                defer { for suffix in files { try? FileManager.default.removeItem(atPath: path + suffix) } }
                let result = try ProcessTimer.run(funnel, ["demo", "--db", path, "--deals", "1000000"])
                guard result.status == 0 else { throw BenchError("funnel demo failed") }
                return [result.milliseconds]
            }
        }
        attempt("funnel import of a CSV", "100,000 rows", unit: "ms", target: 5_000) {
            try importTimes(source: try demoDatabase(deals: 100_000), repeats: quick ? 1 : 3)
        }
        if !quick {
            attempt("funnel report", "1,000,000 deals", unit: "ms", target: 1_000) {
                let path = try demoDatabase(deals: 1_000_000)
                return try (0..<5).map { _ in
                    let result = try ProcessTimer.run(funnel, ["report", "--db", path])
                    guard result.status == 0 else { throw BenchError("funnel report failed or is missing") }
                    return result.milliseconds
                }
            }
        }
        attempt("bytes written to the terminal when one card moves", "160x50", unit: "KB", target: 2) {
            try (0..<(quick ? 2 : 5)).map { _ in try TmuxBoard.bytesPerMove(funnel: funnel, database: try demoDatabase(deals: 1_000)) }
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
            let target = folder + "/import-target.sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) } }
            let result = try ProcessTimer.run(funnel, ["import", csv, "--db", target])
            guard result.status == 0 else { throw BenchError("funnel import failed") }
            return result.milliseconds
        }
    }
}

/// Why a figure could not be measured.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
