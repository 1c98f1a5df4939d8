import Board
import Foundation
import Testing

/// Compares a rendered frame with a text fixture in Tests/BoardTests/Fixtures, line by line.
///
/// A missing fixture (or FUNNEL_RECORD_SNAPSHOTS=1) is written and the test fails, so a new
/// or changed frame is always reviewed in the diff before it is trusted.
func expectSnapshot(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    let file = directory.appendingPathComponent(name + ".txt")
    let actual = screen.text + "\n"
    let record = ProcessInfo.processInfo.environment["FUNNEL_RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name).txt; review it and run again", sourceLocation: sourceLocation)
        return
    }
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(actualLines.count, expectedLines.count) {
        let got = index < actualLines.count ? String(actualLines[index]) : "<missing>"
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<missing>"
        #expect(got == want, "line \(index + 1) of \(name).txt", sourceLocation: sourceLocation)
    }
}
