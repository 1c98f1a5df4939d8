import Wording
/// The new/edit deal form as a centred box, one line per field, scrolled to the focused field when
/// the fields do not all fit.
public struct DealFormView: ScreenView {
    public var form: DealForm
    /// The language of its labels, hints and keys (what is typed stays as typed).
    public var language: Language

    public init(form: DealForm, language: Language = .english) {
        self.form = form
        self.language = language
    }

    func say(_ text: Text) -> String { text.rendered(in: language) }

    /// The first field shown when `rows` fit: the focused field stays in the middle where it can.
    static func firstField(focus: Int, count: Int, rows: Int) -> Int {
        guard rows < count else { return 0 }
        return max(0, min(focus - (rows - 1) / 2, count - rows))
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        let fields = DealForm.Field.allCases
        let box = area.centered(width: 76, height: fields.count + 5)
        screen.fill(box, style: CellStyle(.overlay))
        let title: String = switch form.purpose {
        case .create: say(.formNewDeal)
        case .edit(let deal): say(.formEditDeal(title: deal.shownTitle))
        }
        screen.box(box, title: title)
        let inner = box.inset(by: 1)
        guard inner.width > 10, inner.height > 2 else { return }
        let labelWidth = min(16, inner.width / 3)
        // The last two rows: a refusal or a change made meanwhile, then the keys.
        let rows = inner.height - 2
        let first = Self.firstField(focus: form.focus.rawValue, count: fields.count, rows: rows)
        for (row, field) in fields.dropFirst(first).prefix(rows).enumerated() {
            let y = inner.y + row
            let focused = field == form.focus
            screen.put(say(field.name), x: inner.x + 1, y: y, style: focused ? CellStyle(.header, bold: true) : CellStyle(.dim), limit: labelWidth)
            let x = inner.x + 1 + labelWidth
            let room = inner.maxX - x - 1
            let text = form.text(field)
            if focused {
                let line = Rect(x: x, y: y, width: room, height: 1)
                screen.fill(line, style: CellStyle(.focusedField, reverse: true))
                TextFieldView(field: form.focusedField, style: CellStyle(.focusedField, reverse: true)).draw(on: &screen, in: line)
            } else if text.isEmpty {
                screen.put(field.hint.map(say) ?? "", x: x, y: y, style: CellStyle(.dim), limit: room)
            } else {
                screen.put(text, x: x, y: y, style: CellStyle(.field), limit: room)
            }
        }
        if box.width > 12 {
            if first > 0 { screen.put(say(.frameMoreAbove), x: box.maxX - 9, y: box.y, style: CellStyle(.dim)) }
            if first + rows < fields.count { screen.put(say(.frameMoreBelow), x: box.maxX - 9, y: box.maxY - 1, style: CellStyle(.dim)) }
        }
        if let notice = form.error ?? form.changedMeanwhileLine(in: language) {
            screen.put(notice, x: inner.x + 1, y: inner.maxY - 2, style: CellStyle(.error, bold: true), limit: inner.width - 2)
        }
        screen.put(say(.formKeys), x: inner.x + 1, y: inner.maxY - 1, style: CellStyle(.dim), limit: inner.width - 2)
    }
}
