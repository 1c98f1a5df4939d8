import Foundation
import Testing

/// Every deal file the fuzzer has kept (its corpus and any crash it found) goes through the importer again.
@Suite("CSV fuzz corpus regressions")
struct CSVFuzzCorpusRegressionTests {
    static func inputs(_ folder: String) -> [URL] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz").appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
    }

    @Test func csvCorpusAndCrashesKeepTheirProperties() throws {
        let files = Self.inputs("corpus/csv") + Self.inputs("crashes/csv")
        #expect(files.count >= 2, "the CSV corpus is missing")
        for file in files {
            let data = try Data(contentsOf: file)
            checkCSVImportProperties(data) { problem in Issue.record("\(file.lastPathComponent): \(problem)") }
            CSVReference.checkSameReading(data) { problem in Issue.record("\(file.lastPathComponent): \(problem)") }
        }
    }
}
