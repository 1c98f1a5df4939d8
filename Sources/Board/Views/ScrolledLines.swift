import Pipeline
import Wording

/// Plain text lines inside a framed area, from a scroll offset, with "more" marks on the frame.
///
/// Section titles (a line after an empty one, or the first) are drawn bold. Prose wider than the
/// area wraps at spaces, and between Chinese characters (continuations indented), so a headline is
/// read whole in either language; bars and tables fit already.
struct ScrolledLines: ScreenView {
    var lines: [String]
    var scroll: Int
    /// Rows at the top of the inner area left for something else (a prompt).
    var reservedRows: Int = 0
    /// The language of the "more" marks.
    var language: Language = .english

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
        if top > 0 { screen.put(Text.frameMoreAbove.rendered(in: language), x: area.maxX - 9, y: area.y, style: CellStyle(.dim)) }
        if top + rows < lines.count {
            screen.put(Text.frameMoreBelow.rendered(in: language), x: area.maxX - 9, y: area.maxY - 1, style: CellStyle(.dim))
        }
    }

    /// Lines wider than `width` broken at spaces, or between wide (Chinese) characters where a line has
    /// no room for the next space; continuation lines start with `continuation`. Closing punctuation
    /// (`，。）`) never starts a line and opening punctuation (`（“`) never ends one.
    static func wrap(_ lines: [String], width: Int, continuation: String = "  ") -> [String] {
        guard width > 8 else { return lines }
        var out: [String] = []
        for line in lines {
            guard DisplayWidth.of(line) > width, line.contains(" ") || line.contains(where: isWide) else {
                out.append(line)
                continue
            }
            var current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if DisplayWidth.of(candidate) <= width {
                    current = candidate
                } else if word.contains(where: isWide) {
                    // Chinese runs on without spaces: fill the line piece by piece.
                    for (index, piece) in pieces(of: String(word)).enumerated() {
                        let joined = index == 0 && !current.isEmpty ? current + " " + piece : current + piece
                        if DisplayWidth.of(joined) > width && !current.trimmingWhitespace().isEmpty {
                            out.append(current)
                            current = continuation + piece
                        } else {
                            current = joined
                        }
                    }
                } else if !current.trimmingWhitespace().isEmpty {
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

    /// A word cut where a line may break: before and after each wide character, except before
    /// closing punctuation and after opening punctuation. Runs of narrow characters (`25`, `$100k`) stay whole.
    static func pieces(of word: String) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var previous: Character?
        for character in word {
            if let previous, !piece.isEmpty, isWide(previous) || isWide(character),
               !closing.contains(character), !opening.contains(previous) {
                pieces.append(piece)
                piece = ""
            }
            piece.append(character)
            previous = character
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    static func isWide(_ character: Character) -> Bool { DisplayWidth.of(character) == 2 }

    /// Characters that never start a line.
    static let closing: Set<Character> = ["，", "。", "、", "：", "；", "！", "？", "）", "」", "』", "》", "”", "…", ",", ".", ":", ";", ")", "%"]
    /// Characters that never end a line.
    static let opening: Set<Character> = ["（", "「", "『", "《", "“", "("]
}
