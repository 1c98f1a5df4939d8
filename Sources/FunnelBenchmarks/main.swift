import Foundation

// `make bench`: the performance suite of docs/PERFORMANCE.md. Builds nothing itself: it drives the release
// `funnel` binary for whole-process figures and runs in-process figures through google/swift-benchmark.
// Prints a table and writes .bench/results.json.

let arguments = CommandLine.arguments.dropFirst()
// `--salesperson PLAN INDEX`: this program started again by the team benchmark as one salesperson on a file.
if arguments.first == "--salesperson", arguments.count == 3, let index = Int(arguments.last!) {
    do {
        try TeamBenchmark.runSalesperson(planPath: String(arguments[arguments.index(after: arguments.startIndex)]), index: index)
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("bench: salesperson \(index): \(error)\n".utf8))
        print("\(error)")
        exit(1)
    }
}
let quick = arguments.contains("--quick")
// `--lockstep`: the team benchmark's salespeople all act at the same instants instead of spread over the interval.
let lockstep = arguments.contains("--lockstep")
let root = FileManager.default.currentDirectoryPath
let benchFolder = root + "/.bench"
let funnel = root + "/.build/release/funnel"
try? FileManager.default.createDirectory(atPath: benchFolder, withIntermediateDirectories: true)
guard FileManager.default.isExecutableFile(atPath: funnel) else {
    FileHandle.standardError.write(Data("bench: \(funnel) is missing: run 'make bench' (it builds the release binary first)\n".utf8))
    exit(1)
}

// `--engine sqlite` or `--engine postgres` measures one engine; both by default, PostgreSQL on a local server
// `.ci/pg` starts in .bench/pg (skipped, said in the table, when its programs are not installed).
var engines = ["sqlite", "postgres"]
if let index = arguments.firstIndex(of: "--engine"), arguments.index(after: index) < arguments.endIndex {
    engines = [arguments[arguments.index(after: index)]]
}
var figures: [BenchmarkFigure] = []
for name in engines {
    var suite = BenchmarkSuiteRun(funnel: funnel, folder: benchFolder, quick: quick)
    suite.lockstep = lockstep
    if let index = arguments.firstIndex(of: "--only"), arguments.index(after: index) < arguments.endIndex {
        suite.only = arguments[arguments.index(after: index)]
    }
    if name == "postgres" {
        do {
            suite.engine = .postgres(try BenchServer.start(root: root, folder: benchFolder + "/pg"))
        } catch {
            figures.append(BenchmarkFigure(name: "every figure", size: "PostgreSQL", samples: [], unit: "ms", target: nil, p99Target: nil, skipped: "\(error)"))
            continue
        }
    }
    figures += suite.runAll()
}
BenchmarkReport.print(figures)
BenchmarkReport.writeJSON(figures, to: benchFolder + "/results.json")
exit(figures.contains { $0.passed == false } ? 3 : 0)
