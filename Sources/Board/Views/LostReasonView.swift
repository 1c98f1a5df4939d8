import Pipeline
import Wording

/// Choosing why a deal was lost: the reasons used before, then a line to type a new one.
public struct LostReasonView: ScreenView {
    public var chooser: LostReasonChooser
    public var dealTitle: String
    /// The language of its words (reasons stay as typed).
    public var language: Language

    public init(chooser: LostReasonChooser, dealTitle: String, language: Language = .english) {
        self.chooser = chooser
        self.dealTitle = dealTitle
        self.language = language
    }

    func say(_ text: Text) -> String { text.rendered(in: language) }

    public func draw(on screen: inout Screen, in area: Rect) {
        let reasons = chooser.reasons ?? []
        let errorRows = chooser.error == nil ? 0 : 1
        let box = area.centered(width: 56, height: min(area.height, reasons.count + 6 + errorRows))
        screen.fill(box, style: CellStyle(.overlay))
        screen.box(box, title: say(.promptLostTitle(title: TerminalText.visible(dealTitle))))
        let inner = box.inset(by: 1)
        guard inner.height >= 2 else { return }
        screen.put(say(.promptLostReason), x: inner.x + 1, y: inner.y, style: CellStyle(.dim), limit: inner.width - 2)
        var lines = chooser.reasons == nil ? [say(.detailLoading)] : reasons
        lines.append(say(.lostNewReason))
        let room = inner.height - 2 - errorRows
        let first = max(0, min(chooser.selected - room + 1, lines.count - room))
        for (row, index) in (first..<lines.count).prefix(max(0, room)).enumerated() {
            let selected = index == chooser.selected
            let style = selected ? CellStyle(.selected, reverse: true, bold: true) : CellStyle(.plain)
            let y = inner.y + 1 + row
            screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            let used = screen.put((selected ? "▶ " : "  ") + lines[index], x: inner.x, y: y, style: style, limit: inner.width)
            guard index == lines.count - 1, used < inner.width else { continue }
            let field = Rect(x: inner.x + used, y: y, width: inner.width - used, height: 1)
            if selected {
                TextFieldView(field: chooser.input, style: style).draw(on: &screen, in: field)
            } else {
                screen.put(chooser.typed, x: field.x, y: y, style: style, limit: field.width)
            }
        }
        if let error = chooser.error, inner.height >= 3 {
            screen.put(say(error), x: inner.x + 1, y: inner.maxY - 2, style: CellStyle(.error, bold: true), limit: inner.width - 2)
        }
        screen.put(say(.lostKeys), x: inner.x + 1, y: inner.maxY - 1, style: CellStyle(.dim), limit: inner.width - 2)
    }
}
