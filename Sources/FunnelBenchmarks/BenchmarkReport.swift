import Foundation

/// The suite's results as a table on stdout and as JSON for tools.
enum BenchmarkReport {
    static func print(_ figures: [BenchmarkFigure]) {
        let header = ["figure", "size", "median", "min", "max", "p99", "target", "result"]
        var rows = [header]
        for figure in figures {
            if let skipped = figure.skipped {
                rows.append([figure.name, figure.size, "—", "—", "—", "—", figure.targetText, "not measured: \(skipped)"])
                continue
            }
            let value = { (number: Double) in BenchmarkFigure.format(number) + " " + figure.unit }
            rows.append([
                figure.name, figure.size, value(figure.median), value(figure.minimum), value(figure.maximum), value(figure.p99),
                figure.targetText, figure.passed.map { $0 ? "pass" : "FAIL" } ?? "—",
            ])
        }
        var widths = Array(repeating: 0, count: header.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        for (number, row) in rows.enumerated() {
            let line = row.enumerated().map { index, cell in cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) }
            Swift.print("| " + line.joined(separator: " | ") + " |")
            if number == 0 { Swift.print("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|") }
        }
    }

    static func writeJSON(_ figures: [BenchmarkFigure], to path: String) {
        let document: [String: Any] = [
            "date": ISO8601DateFormatter().string(from: Date()),
            "cores": ProcessInfo.processInfo.activeProcessorCount,
            "figures": figures.map(\.json),
        ]
        if let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys]) {
            _ = FileManager.default.createFile(atPath: path, contents: data)
        }
    }
}
