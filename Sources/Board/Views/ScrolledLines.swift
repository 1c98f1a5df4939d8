import Pipeline

/// Plain text lines inside a framed area, from a scroll offset, with "more" marks on the frame.
///
/// Section titles (a line after an empty one, or the first) are drawn bold. Prose wider than the
/// area wraps at spaces (continuations indented), so a headline is read whole; bars and tables fit already.
struct ScrolledLines: ScreenView {
    var lines: [String]
    var scroll: Int
    /// Rows at the top of the inner area left for something else (a prompt).
    var reservedRows: Int = 0

    func draw(on screen: inout Screen, in area: Rect) {
        let inner = area.inset(by: 1)
        let rows = inner.height - reservedRows
        guard rows > 0, inner.width > 2 else { return }
        let lines = ScrolledLines.wrap(self.lines, width: inner.width - 2)
        let top = max(0, min(scroll, lines.count - rows))
        for (row, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let index = top + row
            let isTitle = index == 0 || (lines[index - 1].isEmpty && !line.hasPrefix(" "))
            screen.put(line, x: inner.x + 1, y: inner.y + reservedRows + row,
                       style: isTitle ? CellStyle(.header, bold: true) : .plain, limit: inner.width - 2)
        }
        if top > 0 { screen.put("↑ more", x: area.maxX - 9, y: area.y, style: CellStyle(.dim)) }
        if top + rows < lines.count { screen.put("↓ more", x: area.maxX - 9, y: area.maxY - 1, style: CellStyle(.dim)) }
    }

    /// Lines wider than `width` broken at spaces; continuation lines start with `continuation`.
    static func wrap(_ lines: [String], width: Int, continuation: String = "  ") -> [String] {
        guard width > 8 else { return lines }
        var out: [String] = []
        for line in lines {
            guard DisplayWidth.of(line) > width, line.contains(" ") else {
                out.append(line)
                continue
            }
            var current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if DisplayWidth.of(candidate) > width && !current.trimmingWhitespace().isEmpty {
                    out.append(current)
                    current = continuation + word
                } else {
                    current = candidate
                }
            }
            out.append(current)
        }
        return out
    }
}
