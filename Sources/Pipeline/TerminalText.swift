/// Makes text from users and files safe and measurable on a terminal.
///
/// Text reaches the screen only through `visible(_:)`: control characters
/// (C0, C1, DEL), bidi overrides and other invisible format characters become
/// visible placeholders, so an escape sequence in a deal title is shown, never run.
public enum TerminalText {
    /// The placeholder for C0 controls: the Unicode "control picture" of the character (␛ for ESC).
    static func placeholder(for scalar: Unicode.Scalar) -> Character {
        switch scalar.value {
        case 0x00...0x1F: Character(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: "␡"
        default: "�"
        }
    }

    /// True for characters that must never reach a terminal raw.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Bidi embeddings, overrides and isolates: they reorder what follows them.
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        // Line and paragraph separators, and the interlinear annotation marks.
        case 0x2028, 0x2029, 0xFFF9...0xFFFB: return true
        default: return false
        }
    }

    /// The base a combining mark is shown on when it has nothing to combine with: DOTTED CIRCLE,
    /// as Unicode's own code charts show marks.
    public static let markBase: Character = "\u{25CC}"

    /// The text with every control character replaced by a visible placeholder, and every combining
    /// mark that opens a character (nothing before it to combine with) put on `markBase`.
    ///
    /// Line breaks and tabs are controls too: a one-line field shows them as ␊ and ␉. A lone mark
    /// would otherwise be dropped by the board or drawn over the cell before it.
    public static func visible(_ text: String) -> String {
        let (hasControl, hasLoneMark) = scan(text)
        guard hasControl || hasLoneMark else { return text }
        var safe = text
        if hasControl {
            var out = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if isControl(scalar) {
                    out.append(contentsOf: String(placeholder(for: scalar)).unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
            safe = String(out)
        }
        // A placeholder gives a mark after a control something to sit on; look again at what is left.
        guard safe.contains(where: opensWithMark) else { return safe }
        var out = ""
        for character in safe {
            if opensWithMark(character) { out.append(markBase) }
            out.append(character)
        }
        return out
    }

    /// True when a character starts with a combining mark: a mark with no base.
    public static func opensWithMark(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(isMark) ?? false
    }

    /// Marks that take no column of their own and vanish without a base: nonspacing (U+0301) and
    /// enclosing (U+20DD). Spacing marks take a column and are drawn anyway; some of them (U+102B)
    /// do not even join a base.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// One cheap pass: does the text hold a control, or a mark that may have no base? A mark can
    /// open a character only at the start of the text or after a control or format character
    /// (Unicode's grapheme rules break there), so only those places are looked up.
    static func scan(_ text: String) -> (control: Bool, loneMark: Bool) {
        var control = false
        var loneMark = false
        var mayOpen = true
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                control = true
                mayOpen = true
                continue
            }
            if mayOpen, isMark(scalar) { loneMark = true }
            mayOpen = mayBreakAfter(scalar)
        }
        return (control, loneMark)
    }

    /// Format and unassigned characters after which a mark starts a new character (ZWSP, word
    /// joiner, BOM, soft hyphen, tags); ZWJ and ZWNJ join, so they are not among them.
    static func mayBreakAfter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        guard v == 0xAD || (0x600...0x8E2).contains(v) || v == 0x180E || (0x200B...0x206F).contains(v)
            || (0xFEFF...0xFFFB).contains(v) || v >= 0x10000
        else { return false }
        if v == 0x200C || v == 0x200D { return false }
        switch scalar.properties.generalCategory {
        case .format, .unassigned: return true
        default: return false
        }
    }

    /// Multi-line text made safe: line breaks kept, every other control replaced.
    public static func visibleLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { visible(String($0)) }
    }
}
