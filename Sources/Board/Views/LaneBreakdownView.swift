import Pipeline
import Wording

/// The focused lane's totals by currency (`b`, issue 15 item 17): the stage, its probability and open deals,
/// then one line per currency (the main one first, then by value) with its deals, total and weighted total,
/// whole and right-aligned by display width, and how the weighted totals were reckoned.
public struct LaneBreakdownView: ScreenView {
    public var lane: Lane
    public var language: Language

    public init(lane: Lane, language: Language = .english) {
        self.lane = lane
        self.language = language
    }

    /// The widest a sentence of the box runs before it wraps, on a large window.
    static let sentenceWidth = 48

    /// The text width the box wants: its whole table, its title, and its sentences up to `sentenceWidth`.
    func wanted(title: String) -> Int {
        let unwrapped = sections(width: Int.max / 2)
        // Sections are the opening sentence, the table and the rate's sentence (no table for an empty lane).
        let sentences = (unwrapped.count > 2 ? [unwrapped[0], unwrapped[2]] : unwrapped).flatMap { $0 }.map { DisplayWidth.of($0) }
        let tableWidth = unwrapped.count > 2 ? Self.width(of: table(width: Int.max / 2)) : 0
        return max(tableWidth, DisplayWidth.of(title) + 2, min(sentences.max() ?? 0, Self.sentenceWidth))
    }

    /// The table's rows, headings first: currency code, deals, total, weighted total; whole amounts, or
    /// abbreviated ones when whole ones would not fit in `width` columns.
    func table(width: Int) -> [[String]] {
        let headings = [Text.laneBreakdownCurrency, .laneBreakdownDeals, .laneBreakdownTotal, .laneBreakdownWeighted]
            .map { $0.rendered(in: language) }
        let lines = lane.summary.currencyLines
        let whole = [headings] + lines.map { [$0.total.currency.code, String($0.deals), $0.total.compact, $0.weighted.compact] }
        if Self.width(of: whole) <= width { return whole }
        return [headings] + lines.map {
            [$0.total.currency.code, String($0.deals), $0.total.abbreviated(in: language), $0.weighted.abbreviated(in: language)]
        }
    }

    /// Each column as wide as its widest cell, two spaces between columns.
    static func columnWidths(_ rows: [[String]]) -> [Int] {
        (0..<(rows.first?.count ?? 0)).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
    }

    static func width(of rows: [[String]]) -> Int {
        let widths = columnWidths(rows)
        return widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// The table's rows as text: the code left-aligned, the numbers right-aligned.
    static func aligned(_ rows: [[String]]) -> [String] {
        let widths = columnWidths(rows)
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cell)))
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
    }

    /// The box's lines for a text width, in sections; blank lines between sections only when the height allows.
    func sections(width: Int) -> [[String]] {
        let summary = lane.summary
        let probability = lane.stage.probability
        let opening = WrappedText.lines(Text.laneBreakdownSummary(percent: probability, count: summary.dealCount).rendered(in: language), width: width)
        guard !summary.total.isEmpty else {
            return [opening, WrappedText.lines(Text.laneBreakdownNoDeals.rendered(in: language), width: width)]
        }
        let rate: Text = summary.hasOwnProbabilities ? .laneBreakdownOwnRates(percent: probability) : .laneBreakdownStageRate(percent: probability)
        return [opening, Self.aligned(table(width: width)), WrappedText.lines(rate.rendered(in: language), width: width)]
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        let title = Text.laneBreakdownTitle(stage: lane.stage.name).rendered(in: language)
        let textWidth = max(1, min(area.width - 4, wanted(title: title)))
        let parts = sections(width: textWidth)
        let tight = parts.reduce(0) { $0 + $1.count }
        // Blank lines around the table when the window has the rows for them.
        let lines = tight + parts.count + 1 <= area.height - 2
            ? [""] + parts.flatMap { $0 + [""] }
            : parts.flatMap { $0 }
        let box = area.centered(width: textWidth + 4, height: lines.count + 2)
        screen.fill(box, style: CellStyle(.overlay))
        screen.box(box, title: title)
        let inner = box.inset(by: 1)
        guard inner.height > 0, inner.width > 2 else { return }
        let tableHeading = parts.count > 2 ? parts[1].first : nil
        for (row, line) in lines.prefix(inner.height).enumerated() {
            let style = line == tableHeading ? CellStyle(.header, bold: true) : CellStyle.plain
            screen.put(line, x: inner.x + 1, y: inner.y + row, style: style, limit: inner.width - 2)
        }
    }
}
