/// Columns of text aligned by display width, for report pages and CLI tables (CJK and emoji line up).
public struct PageTable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    /// The widest a column may grow before its cells are cut with an ellipsis.
    public var maxWidths: [Int]
    public var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment], maxWidths: [Int]) {
        self.headers = headers
        self.alignments = alignments
        self.maxWidths = maxWidths
    }

    /// Adds a row; control characters become visible placeholders.
    public mutating func append(_ row: [String]) {
        rows.append(row.map(TerminalText.visible))
    }

    /// Header then rows, columns two spaces apart, no trailing spaces.
    public func lines() -> [String] {
        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() {
                widths[index] = min(max(widths[index], DisplayWidth.of(cell)), maxWidths[index])
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                parts.append(alignments[index] == .left
                    ? DisplayWidth.padded(cell, to: widths[index])
                    : DisplayWidth.leftPadded(cell, to: widths[index]))
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return [line(headers)] + rows.map(line)
    }
}
