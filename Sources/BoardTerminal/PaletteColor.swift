/// A colour chosen by the user for a style role: palette numbers 0-255 (0-15 are the named
/// colours); nil keeps Funnel's choice. Used only when the terminal has that many colours.
public struct PaletteColor: Sendable, Equatable {
    public var foreground: Int?
    public var background: Int?

    public init(foreground: Int?, background: Int?) {
        self.foreground = foreground
        self.background = background
    }
}
