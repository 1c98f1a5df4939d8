import Pipeline

/// Text broken into lines of at most a number of columns, measured by display width.
///
/// Breaks at spaces where it can; a word wider than a line (a Chinese title has no spaces) is
/// broken between graphemes, so a CJK character (two columns) is never split.
enum WrappedText {
    static func lines(_ text: String, width: Int) -> [String] {
        // A line that fits is kept as it is, its spacing included.
        guard width > 0, DisplayWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = DisplayWidth.of(String(word))
            if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if currentWidth + characterWidth > width, currentWidth > 0 {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                current.append(character)
                currentWidth += characterWidth
            }
        }
        if currentWidth > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }
}
