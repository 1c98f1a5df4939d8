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

    /// The text with every control character replaced by a visible placeholder.
    ///
    /// Line breaks and tabs are controls too: a one-line field shows them as ␊ and ␉.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out.append(contentsOf: String(placeholder(for: scalar)).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Multi-line text made safe: line breaks kept, every other control replaced.
    public static func visibleLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { visible(String($0)) }
    }
}
