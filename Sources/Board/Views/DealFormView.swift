/// The new/edit deal form as a centred box, one line per field.
public struct DealFormView: ScreenView {
    public var form: DealForm

    public init(form: DealForm) { self.form = form }

    public func draw(on screen: inout Screen, in area: Rect) {
        let fields = DealForm.Field.allCases
        let box = area.centered(width: 64, height: fields.count + 5)
        screen.fill(box, style: CellStyle(.overlay))
        let title: String = switch form.purpose {
        case .create: "New deal"
        case .edit(let deal): "Edit: \(deal.shownTitle)"
        }
        screen.box(box, title: title)
        let inner = box.inset(by: 1)
        guard inner.width > 10 else { return }
        let labelWidth = min(16, inner.width / 3)
        for (row, field) in fields.enumerated() where row < inner.height {
            let y = inner.y + row
            let focused = field == form.focus
            screen.put(field.label, x: inner.x + 1, y: y, style: focused ? CellStyle(.header, bold: true) : CellStyle(.dim), limit: labelWidth)
            let x = inner.x + 1 + labelWidth
            let room = inner.maxX - x - 1
            let text = form.text(field)
            if focused {
                let line = Rect(x: x, y: y, width: room, height: 1)
                screen.fill(line, style: CellStyle(.focusedField, reverse: true))
                TextFieldView(field: form.focusedField, style: CellStyle(.focusedField, reverse: true)).draw(on: &screen, in: line)
            } else if text.isEmpty {
                screen.put(field.hint, x: x, y: y, style: CellStyle(.dim), limit: room)
            } else {
                screen.put(text, x: x, y: y, style: CellStyle(.field), limit: room)
            }
        }
        if let error = form.error {
            screen.put(error, x: inner.x + 1, y: inner.maxY - 2, style: CellStyle(.error, bold: true), limit: inner.width - 2)
        }
        screen.put("Tab next · Enter save · Esc cancel", x: inner.x + 1, y: inner.maxY - 1, style: CellStyle(.dim), limit: inner.width - 2)
    }
}

import Pipeline
