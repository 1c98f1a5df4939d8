/// Something that draws itself into an area of a `Screen`.
///
/// The board is composed of these (lanes, cards, status bar, overlays); other screens such as
/// insights or the daily review are more of them, drawn into the same `Screen`.
public protocol ScreenView {
    func draw(on screen: inout Screen, in area: Rect)
}
