/// The bottom line: the result of the last change, an error, or the filter being typed.
public struct MessageLineView: ScreenView {
    public var state: BoardState

    public init(state: BoardState) { self.state = state }

    public func draw(on screen: inout Screen, in area: Rect) {
        if state.mode == .filtering {
            let used = screen.put("Filter: ", x: area.x, y: area.y, style: CellStyle(.header, bold: true))
            let typed = screen.put(state.filter, x: area.x + used, y: area.y, style: CellStyle(.focusedField), limit: area.width - used - 1)
            screen.put("▏", x: area.x + used + typed, y: area.y, style: CellStyle(.focusedField))
            return
        }
        guard let message = state.message else { return }
        screen.put(message.text, x: area.x, y: area.y, style: message.isError ? CellStyle(.error, bold: true) : CellStyle(.message), limit: area.width)
    }
}
