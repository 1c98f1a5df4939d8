/// The bottom line: the result of the last change, an error, or the filter being typed.
public struct MessageLineView: ScreenView {
    public var state: BoardState

    public init(state: BoardState) { self.state = state }

    public func draw(on screen: inout Screen, in area: Rect) {
        if state.mode == .filtering {
            let used = screen.put(state.text(.filterPrompt), x: area.x, y: area.y, style: CellStyle(.header, bold: true))
            TextFieldView(field: state.filterField).draw(on: &screen, in: Rect(x: area.x + used, y: area.y, width: area.width - used, height: 1))
            return
        }
        guard let message = state.message else { return }
        screen.put(message.text, x: area.x, y: area.y, style: message.isError ? CellStyle(.error, bold: true) : CellStyle(.message), limit: area.width)
    }
}
