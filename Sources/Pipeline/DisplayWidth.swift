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
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Cuts text to at most `width` columns, ending with `…` when anything was cut.
    ///
    /// A wide character that would straddle the limit is dropped whole, never halved.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
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
