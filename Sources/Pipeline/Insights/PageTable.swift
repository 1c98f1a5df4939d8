/// A table of text as people read it: columns aligned by display width (so Chinese lines up), cut with
/// an ellipsis at a column's widest, and fitted to a terminal's width by shortening, then dropping, the
/// least important columns first.
public struct PageTable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    /// The widest a column may grow before its cells are cut with an ellipsis.
    public var maxWidths: [Int]
    /// The narrowest a column may be cut to when the table must fit a width; nil: never cut below its
    /// widest cell (numbers and money are never cut).
    public var minWidths: [Int?]
    /// Columns that may leave a table too wide for its width, least important first.
    public var dropOrder: [Int]
    public var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment], maxWidths: [Int], minWidths: [Int?]? = nil, dropOrder: [Int] = []) {
        self.headers = headers
        self.alignments = alignments
        self.maxWidths = maxWidths
        self.minWidths = minWidths ?? Array(repeating: nil, count: headers.count)
        self.dropOrder = dropOrder
    }

    /// Adds a row; control characters become visible placeholders.
    public mutating func append(_ row: [String]) {
        rows.append(row.map(TerminalText.visible))
    }

    /// Header then rows, columns two spaces apart, no trailing spaces; within `width` columns when one
    /// is given and the table can be fitted: cuttable columns are cut to their narrowest (the least
    /// important first), then columns are dropped in `dropOrder` until the rest fits.
    public func lines(fitting width: Int? = nil) -> [String] {
        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() {
                widths[index] = min(max(widths[index], DisplayWidth.of(cell)), maxWidths[index])
            }
        }
        var shown = Array(headers.indices)
        if let width {
            func total() -> Int { shown.map { widths[$0] }.reduce(0, +) + 2 * max(0, shown.count - 1) }
            let cutOrder = dropOrder + headers.indices.filter { !dropOrder.contains($0) }
            for index in cutOrder where total() > width {
                guard let narrowest = minWidths[index], widths[index] > narrowest else { continue }
                widths[index] = max(narrowest, widths[index] - (total() - width))
            }
            for index in dropOrder where total() > width && shown.count > 1 {
                shown.removeAll { $0 == index }
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for index in shown {
                let cell = index < cells.count ? cells[index] : ""
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
