/// Horizontal bar charts drawn with block characters, as plain strings for any text surface.
///
/// Bar ends are drawn in eighths of a cell (`▏▎▍▌▋▊▉█`), so bars of close values still differ.
/// A second, shaded part (`░`) can extend a bar, as the unweighted remainder of a forecast.
/// Everything reads without colour: length carries the value, shading carries the split.
public struct BarChart: Hashable, Sendable {
    /// One labelled bar.
    public struct Row: Hashable, Sendable {
        public var label: String
        /// The solid part's size.
        public var value: Double
        /// Extra size drawn shaded after the solid part.
        public var shaded: Double
        /// Text after the bar, such as the amount.
        public var caption: String

        public init(label: String, value: Double, shaded: Double = 0, caption: String = "") {
            self.label = label
            self.value = value
            self.shaded = shaded
            self.caption = caption
        }
    }

    public static let full: Character = "█"
    public static let shade: Character = "░"
    /// One to seven eighths of a cell, left-aligned.
    public static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public var rows: [Row]
    /// Longest a label may be before it is cut with an ellipsis.
    public var maximumLabelWidth: Int

    public init(rows: [Row], maximumLabelWidth: Int = 24) {
        self.rows = rows
        self.maximumLabelWidth = maximumLabelWidth
    }

    /// The chart as lines of at most `width` display columns: label, bar, caption.
    ///
    /// Bars share one scale (the largest row fills the bar column). Labels and captions are
    /// cleaned of control characters and measured by display width, so CJK and emoji align.
    public func lines(width: Int) -> [String] {
        let labels = rows.map { TerminalText.visible($0.label) }
        let captions = rows.map { TerminalText.visible($0.caption) }
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, maximumLabelWidth, max(0, width / 3))
        let captionWidth = min(captions.map(DisplayWidth.of).max() ?? 0, max(0, width / 2))
        let barWidth = max(1, width - labelWidth - captionWidth - (labelWidth > 0 ? 1 : 0) - (captionWidth > 0 ? 1 : 0))
        let maximum = rows.map { $0.value + $0.shaded }.max() ?? 0
        return rows.indices.map { index in
            var line = ""
            if labelWidth > 0 { line += DisplayWidth.padded(labels[index], to: labelWidth) + " " }
            let row = rows[index]
            let bar = BarChart.bar(solid: row.value, shaded: row.shaded, maximum: maximum, width: barWidth)
            line += bar + String(repeating: " ", count: barWidth - DisplayWidth.of(bar))
            if captionWidth > 0 { line += " " + DisplayWidth.truncate(captions[index], to: captionWidth) }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// A bar for `value` on a scale where `maximum` fills `width` cells; not padded.
    ///
    /// Any value above zero shows at least one eighth, so "a little" never reads as "none".
    public static func bar(_ value: Double, maximum: Double, width: Int) -> String {
        bar(solid: value, shaded: 0, maximum: maximum, width: width)
    }

    /// A solid bar for `solid` followed by a shaded part for `shaded`, on one scale; not padded.
    public static func bar(solid: Double, shaded: Double, maximum: Double, width: Int) -> String {
        guard width > 0, maximum > 0, maximum.isFinite else { return "" }
        let scale = Double(width) / maximum
        let solidEighths = eighthsOf(max(0, solid) * scale, width: width)
        var text = ""
        text += String(repeating: full, count: solidEighths / 8)
        if solidEighths % 8 > 0 { text.append(eighths[solidEighths % 8 - 1]) }
        let usedCells = (solidEighths + 7) / 8
        let totalCells = min(width, Int(((max(0, solid) + max(0, shaded)) * scale).rounded()))
        var shadedCells = totalCells - usedCells
        // A bar that is all shade still shows one cell of it.
        if shaded > 0 && usedCells == 0 && shadedCells <= 0 { shadedCells = 1 }
        if shadedCells > 0 { text += String(repeating: shade, count: shadedCells) }
        return text
    }

    /// Eighths of a cell for a length in cells, at least one for any positive length, at most `width` cells.
    static func eighthsOf(_ cells: Double, width: Int) -> Int {
        guard cells > 0 else { return 0 }
        let eighths = Int((cells * 8).rounded())
        return min(max(1, eighths), width * 8)
    }
}
