import Pipeline

/// The qualification form: the four answers, each with its key, and the temperature they give.
public struct QualifyView: ScreenView {
    public var form: QualifyForm

    public init(form: QualifyForm) { self.form = form }

    public func draw(on screen: inout Screen, in area: Rect) {
        let box = area.centered(width: 48, height: 10)
        screen.fill(box, style: CellStyle(.overlay))
        screen.box(box, title: "Qualify: \(form.deal.shownTitle)")
        let inner = box.inset(by: 1)
        guard inner.height >= 7 else { return }
        let q = form.qualification
        let rows: [(String, String, Qualification.Answer)] = [
            ("b", "Budget", q.budget), ("a", "Authority", q.authority), ("n", "Need", q.need), ("t", "Timing", q.timing),
        ]
        for (index, row) in rows.enumerated() {
            screen.put("[\(row.0)] \(DisplayWidth.padded(row.1, to: 10)) \(row.2.rawValue)", x: inner.x + 1, y: inner.y + index, limit: inner.width - 2)
        }
        let how = form.temperatureByHand == nil ? "from the answers" : "set by hand"
        screen.put("[h] Temperature  \(form.temperature.symbol) \(form.temperature.rawValue) (\(how))", x: inner.x + 1, y: inner.y + 5, style: CellStyle(bold: true), limit: inner.width - 2)
        screen.put("Enter save · Esc cancel", x: inner.x + 1, y: inner.maxY - 1, style: CellStyle(.dim), limit: inner.width - 2)
    }
}
