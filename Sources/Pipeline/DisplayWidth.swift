/// Measures text in terminal columns: wide East Asian characters and emoji take two, marks none.
///
/// Widths are measured per grapheme (what a reader sees as one character), never by
/// `String.count` or by bytes, so Chinese titles and emoji keep borders straight.
public enum DisplayWidth {
    /// Columns one grapheme takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        if let width = commonWidth(first.value) { return width }
        return measuredWidth(character)
    }

    /// Widths of the common blocks board text is made of, known without looking up Unicode
    /// properties (which dominated drawing a frame): Latin-1 and Latin Extended letters and signs
    /// (but the soft hyphen, a format character, and © ®, which VS16 turns into pictures), box
    /// drawing, CJK ideographs and Hangul syllables. Nil for anything else.
    static func commonWidth(_ value: UInt32) -> Int? {
        switch value {
        case 0xAD, 0xA9, 0xAE: return nil
        case 0xA0...0x2FF, 0x2500...0x257F: return 1
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return 2
        default: return nil
        }
    }

    /// Columns one grapheme takes, from its first scalar's Unicode properties.
    static func measuredWidth(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        if isZeroWidth(first) { return 0 }
        if first.properties.isEmojiPresentation { return 2 }
        // Text-style emoji turned into pictures by VARIATION SELECTOR-16.
        if first.properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return isWide(first) ? 2 : 1
    }

    /// Columns a whole string takes.
    public static func of(_ text: String) -> Int {
        if let columns = simpleWidth(of: text) { return columns }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    // MARK: - Simple text

    /// Columns of a scalar that is always a character of its own and is shown as it is, or nil.
    ///
    /// Simple scalars are printable ASCII, the common blocks of `commonWidth`, and the punctuation,
    /// symbols, CJK punctuation, kana and fullwidth forms of `simpleSymbolWidths`. None of them is a
    /// control, a mark, a joiner, a variation selector or a Hangul jamo, so no grapheme rule joins
    /// two of them: a text made only of simple scalars has one character per scalar, needs no
    /// placeholder, and is measured without the grapheme walk and property lookups that
    /// dominated drawing a frame. Anything else (emoji, marks, controls) gets nil: use the full rules.
    @inline(__always)
    public static func simpleWidth(_ value: UInt32) -> Int? {
        if value < 0x7F { return value >= 0x20 ? 1 : nil }
        if let width = commonWidth(value) { return width }
        guard let index = simpleSymbolIndex(value) else { return nil }
        let width = simpleSymbolWidths[index]
        return width == 0 ? nil : Int(width)
    }

    /// Columns a text takes when every scalar in it is simple (see `simpleWidth(_:)`), else nil.
    public static func simpleWidth(of text: String) -> Int? {
        let bytes = text.utf8
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return bytes.count }
        var total = 0
        for scalar in text.unicodeScalars {
            guard let width = simpleWidth(scalar.value) else { return nil }
            total += width
        }
        return total
    }

    /// The blocks `simpleSymbolWidths` covers, one after the other: General Punctuation to
    /// Miscellaneous Symbols and Arrows (U+2000–U+2BFF), CJK Symbols and Punctuation, Hiragana and
    /// Katakana (U+3000–U+30FF), and Halfwidth and Fullwidth Forms (U+FF00–U+FFEF).
    static let simpleSymbolBlocks: [(start: UInt32, count: Int)] = [(0x2000, 0xC00), (0x3000, 0x100), (0xFF00, 0xF0)]

    @inline(__always)
    static func simpleSymbolIndex(_ value: UInt32) -> Int? {
        switch value {
        case 0x2000..<0x2C00: Int(value - 0x2000)
        case 0x3000..<0x3100: 0xC00 + Int(value - 0x3000)
        case 0xFF00..<0xFFF0: 0xD00 + Int(value - 0xFF00)
        default: nil
        }
    }

    /// Per scalar of `simpleSymbolBlocks`: 0 when it is not simple, else its columns (1 or 2), from
    /// the full rules. Made once, on first use (a few thousand property lookups).
    static let simpleSymbolWidths: [UInt8] = {
        var widths: [UInt8] = []
        widths.reserveCapacity(0xDF0)
        for block in simpleSymbolBlocks {
            for value in block.start..<(block.start + UInt32(block.count)) {
                guard let scalar = Unicode.Scalar(value), isSimpleSymbol(scalar) else {
                    widths.append(0)
                    continue
                }
                widths.append(UInt8(measuredWidth(Character(scalar))))
            }
        }
        return widths
    }()

    /// True for a scalar of `simpleSymbolBlocks` that stands alone: assigned, no control, mark,
    /// format character, separator or surrogate, and none of the two letters that extend the
    /// character before them (the halfwidth katakana voiced sound marks U+FF9E and U+FF9F).
    static func isSimpleSymbol(_ scalar: Unicode.Scalar) -> Bool {
        if TerminalText.isControl(scalar) || scalar.value == 0xFF9E || scalar.value == 0xFF9F { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format, .control, .surrogate, .privateUse,
             .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }

    /// Cuts text to at most `width` columns, ending with `…` when anything was cut.
    ///
    /// A wide character that would straddle the limit is dropped whole, never halved.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if let columns = simpleWidth(of: text) {
            if columns <= width { return text }
            let room = width - of(ellipsis)
            guard room >= 0 else { return String(repeating: ".", count: width) }
            var out = String.UnicodeScalarView()
            var used = 0
            for scalar in text.unicodeScalars {
                let w = simpleWidth(scalar.value) ?? 1
                if used + w > room { break }
                out.append(scalar)
                used += w
            }
            return String(out) + ellipsis
        }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return String(repeating: ".", count: width) }
        var out = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + ellipsis
    }

    /// Text cut to `width` columns and padded with spaces to exactly `width` on the right.
    public static func padded(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    /// Text cut to `width` columns and padded with spaces on the left (for numbers).
    public static func leftPadded(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return String(repeating: " ", count: max(0, width - of(cut))) + cut
    }

    /// Combining marks, enclosing marks, format characters and zero-width spaces.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: break
        }
        switch scalar.value {
        case 0x200B, 0x1160...0x11FF, 0xD7B0...0xD7FF: return true  // ZWSP, Hangul medial vowels and finals
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode EastAsianWidth W and F).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
