import Pipeline

/// A finished frame: a grid of cells measured in display columns, drawn by views and copied to a terminal.
///
/// Every write goes through `put`, which measures graphemes with `DisplayWidth`, never cuts a
/// wide character in half and makes control characters visible, so nothing a user typed can
/// reach the terminal raw or bend a border.
public struct Screen: Sendable, Hashable {
    public let width: Int
    public let height: Int
    /// The cells row by row, as plain values: a frame is drawn with no reference counting per cell.
    private var slots: [Slot]
    /// The graphemes of more than one scalar (emoji sequences, letters with marks), which their slots point to.
    private var clusters: [Character] = []

    /// One cell as stored: a grapheme of one scalar is held inline; a longer one is an index into `clusters`.
    struct Slot: Sendable, Hashable {
        /// The scalar, or `clusterFlag` plus the index of the grapheme in `clusters`.
        var code: UInt32
        var style: CellStyle
        var isContinuation: Bool

        static let clusterFlag: UInt32 = 0x8000_0000
        static let blank = Slot(code: 0x20, style: .plain, isContinuation: false)
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        slots = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cell(slots[y * width + x])
    }

    /// Every cell, row by row.
    public var cells: [Cell] { slots.map(cell) }

    private func cell(_ slot: Slot) -> Cell {
        Cell(grapheme(slot), style: slot.style, isContinuation: slot.isContinuation)
    }

    private func grapheme(_ slot: Slot) -> Character {
        slot.code & Slot.clusterFlag == 0
            ? Character(Unicode.Scalar(slot.code) ?? " ")
            : clusters[Int(slot.code & ~Slot.clusterFlag)]
    }

    /// True when the cell at (x, y) is the same in both frames (of the same size), without building either.
    public func sameCell(x: Int, y: Int, as other: Screen) -> Bool {
        let index = y * width + x
        let mine = slots[index]
        let theirs = other.slots[index]
        if mine.code & Slot.clusterFlag == 0 && theirs.code & Slot.clusterFlag == 0 { return mine == theirs }
        return self[x, y] == other[x, y]
    }

    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        guard lhs.width == rhs.width, lhs.height == rhs.height else { return false }
        for y in 0..<lhs.height {
            for x in 0..<lhs.width where !lhs.sameCell(x: x, y: y, as: rhs) { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        for slot in slots {
            hasher.combine(slot.style)
            hasher.combine(slot.isContinuation)
            for scalar in grapheme(slot).unicodeScalars { hasher.combine(scalar.value) }
        }
    }

    // MARK: - Drawing

    /// Writes text at (x, y) within `limit` columns (default: to the right edge); returns the columns used.
    ///
    /// Text wider than the room is cut with an ellipsis by display width.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let room = min(limit ?? (width - x), width - max(x, 0))
        guard room > 0 else { return 0 }
        // Simple text (printable ASCII, Latin, CJK, box drawing, common symbols: `DisplayWidth.simpleWidth`)
        // has one character per scalar and nothing to make visible, so it is placed scalar by scalar,
        // cut with an ellipsis exactly as the full path below would cut it.
        guard let columns = DisplayWidth.simpleWidth(of: text) else {
            return putMeasured(text, x: x, y: y, style: style, room: room)
        }
        let fits = columns <= room
        let shown = fits ? columns : room - 1
        var column = x
        for scalar in text.unicodeScalars {
            let w = DisplayWidth.simpleWidth(scalar.value) ?? 1
            if column - x + w > shown { break }
            if column >= 0 { set(code: scalar.value, width: w, x: column, y: y, style: style) }
            column += w
        }
        if !fits {
            if column >= 0 { set(code: 0x2026, width: 1, x: column, y: y, style: style) }
            column += 1
        }
        return column - x
    }

    /// Places any text by the full rules: controls made visible, lone marks given a base, every
    /// grapheme measured, cut with an ellipsis within `room` columns.
    mutating func putMeasured(_ text: String, x: Int, y: Int, style: CellStyle, room: Int) -> Int {
        let safe = TerminalText.visible(text)
        let cut = DisplayWidth.truncate(safe, to: room)
        var column = x
        for character in cut {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column + w > x + room { break }
            if column >= 0 { set(character, width: w, x: column, y: y, style: style) }
            column += w
        }
        return column - x
    }

    /// Fills an area with one character (a space clears it).
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: CellStyle = .plain) {
        let w = max(1, DisplayWidth.of(character))
        let scalars = character.unicodeScalars
        let code: UInt32? = scalars.count == 1 ? scalars.first?.value : nil
        if w == 1, let code {
            // One column each: only the two ends can cut a wide character in half; the rest is overwritten whole.
            let low = max(0, rect.x)
            let high = min(width, rect.maxX)
            guard low < high else { return }
            let filled = Slot(code: code, style: style, isContinuation: false)
            for row in rows(of: rect) {
                let base = row * width
                if slots[base + low].isContinuation, low > 0 {
                    slots[base + low - 1] = Slot(code: 0x20, style: slots[base + low - 1].style, isContinuation: false)
                }
                if high < width, slots[base + high].isContinuation {
                    slots[base + high] = Slot(code: 0x20, style: slots[base + high].style, isContinuation: false)
                }
                for index in (base + low)..<(base + high) { slots[index] = filled }
            }
            return
        }
        for row in rows(of: rect) {
            var column = max(0, rect.x)
            while column + w <= min(width, rect.maxX) {
                if let code { set(code: code, width: w, x: column, y: row, style: style) } else { set(character, width: w, x: column, y: row, style: style) }
                column += w
            }
        }
    }

    /// The rows of an area that are on screen (none for an area above, below or of no height).
    private func rows(of rect: Rect) -> Range<Int> {
        let top = max(0, rect.y)
        return top..<max(top, min(height, rect.maxY))
    }

    /// The columns of an area that are on screen.
    private func columns(of rect: Rect) -> Range<Int> {
        let left = max(0, rect.x)
        return left..<max(left, min(width, rect.maxX))
    }

    /// Changes the style of every cell in an area, keeping the characters.
    public mutating func restyle(_ rect: Rect, style: CellStyle) {
        for row in rows(of: rect) {
            for column in columns(of: rect) {
                slots[row * width + column].style = style
            }
        }
    }

    /// Draws a box border with light line characters.
    public mutating func box(_ rect: Rect, style: CellStyle = CellStyle(.border), title: String? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            put("│", x: rect.x, y: row, style: style)
            put("│", x: rect.maxX - 1, y: row, style: style)
        }
        if let title, rect.width > 4 {
            put(" " + title + " ", x: rect.x + 2, y: rect.y, style: CellStyle(.header, bold: true), limit: rect.width - 4)
        }
    }

    private mutating func set(_ character: Character, width w: Int, x: Int, y: Int, style: CellStyle) {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            set(code: first.value, width: w, x: x, y: y, style: style)
        } else {
            clusters.append(character)
            set(code: Slot.clusterFlag | UInt32(clusters.count - 1), width: w, x: x, y: y, style: style)
        }
    }

    private mutating func set(code: UInt32, width w: Int, x: Int, y: Int, style: CellStyle) {
        // Overwriting half of a wide character clears its other half, so no half glyph is left behind.
        let index = y * width + x
        if slots[index].isContinuation, x > 0 { slots[index - 1] = Slot(code: 0x20, style: slots[index - 1].style, isContinuation: false) }
        if x + 1 < width, slots[index + 1].isContinuation, w == 1 {
            slots[index + 1] = Slot(code: 0x20, style: slots[index + 1].style, isContinuation: false)
        }
        slots[index] = Slot(code: code, style: style, isContinuation: false)
        if w == 2 {
            if x + 1 < width {
                if x + 2 < width, slots[index + 2].isContinuation {
                    slots[index + 2] = Slot(code: 0x20, style: slots[index + 2].style, isContinuation: false)
                }
                slots[index + 1] = Slot(code: 0x20, style: style, isContinuation: true)
            } else {
                slots[index] = Slot(code: 0x20, style: style, isContinuation: false)  // a wide character never hangs off the right edge
            }
        }
    }

    // MARK: - Reading

    /// One row as text, continuation cells skipped, trailing spaces kept.
    public func line(_ y: Int) -> String {
        var text = String.UnicodeScalarView()
        for slot in slots[(y * width)..<((y + 1) * width)] where !slot.isContinuation {
            if slot.code & Slot.clusterFlag == 0, let scalar = Unicode.Scalar(slot.code) {
                text.append(scalar)
            } else {
                text.append(contentsOf: grapheme(slot).unicodeScalars)
            }
        }
        return String(text)
    }

    /// The whole frame as plain UTF-8 lines, trailing spaces trimmed: what `--snapshot` prints.
    public var text: String {
        (0..<height).map { y in
            var line = self.line(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
