import Foundation

// `make bench`: the performance suite of docs/PERFORMANCE.md. Builds nothing itself: it drives the release
// `funnel` binary for whole-process figures and runs in-process figures through google/swift-benchmark.
// Prints a table and writes .bench/results.json.

let arguments = CommandLine.arguments.dropFirst()
let quick = arguments.contains("--quick")
let root = FileManager.default.currentDirectoryPath
let benchFolder = root + "/.bench"
let funnel = root + "/.build/release/funnel"
try? FileManager.default.createDirectory(atPath: benchFolder, withIntermediateDirectories: true)
guard FileManager.default.isExecutableFile(atPath: funnel) else {
    FileHandle.standardError.write(Data("bench: \(funnel) is missing: run 'make bench' (it builds the release binary first)\n".utf8))
    exit(1)
}

var suite = BenchmarkSuiteRun(funnel: funnel, folder: benchFolder, quick: quick)
if let index = arguments.firstIndex(of: "--only"), arguments.index(after: index) < arguments.endIndex {
    suite.only = arguments[arguments.index(after: index)]
}
let figures = suite.runAll()
BenchmarkReport.print(figures)
BenchmarkReport.writeJSON(figures, to: benchFolder + "/results.json")
exit(figures.contains { $0.passed == false } ? 3 : 0)
