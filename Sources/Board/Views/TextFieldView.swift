import Pipeline

/// A text field on one row: its text with the cursor drawn as `▏` where typing goes, scrolled so
/// the cursor stays in sight (`…` marks a start scrolled out of view).
public struct TextFieldView: ScreenView {
    public var field: TextField
    public var style: CellStyle

    public init(field: TextField, style: CellStyle = CellStyle(.focusedField)) {
        self.field = field
        self.style = style
    }

    /// Draws on the first row of `area`, using its whole width.
    public func draw(on screen: inout Screen, in area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        let shown = field.visible(width: area.width)
        var x = area.x
        if shown.startHidden { x += screen.put("…", x: x, y: area.y, style: style) }
        x += screen.put(shown.beforeCursor, x: x, y: area.y, style: style, limit: area.maxX - x)
        guard x < area.maxX else { return }
        x += screen.put("▏", x: x, y: area.y, style: style)
        if x < area.maxX { screen.put(shown.fromCursor, x: x, y: area.y, style: style, limit: area.maxX - x) }
    }
}
