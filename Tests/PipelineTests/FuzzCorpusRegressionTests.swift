import Foundation
import Testing
@testable import Pipeline

/// Every input the fuzzer has kept (its corpus and any crash it found) runs again on each `make test`.
@Suite("Fuzz corpus regressions")
struct FuzzCorpusRegressionTests {
    static var fuzzFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")
    }

    static func inputs(_ folder: String) -> [URL] {
        let url = fuzzFolder.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
    }

    @Test func parsingCorpusAndCrashesKeepTheirProperties() throws {
        let files = Self.inputs("corpus/parsing") + Self.inputs("crashes/parsing")
        #expect(files.count >= 10, "the parsing corpus is missing")
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            checkParsingProperties(text) { problem in Issue.record("\(file.lastPathComponent): \(problem)") }
        }
    }
}
