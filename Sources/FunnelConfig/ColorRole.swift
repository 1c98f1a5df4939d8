/// What a colour is for on the board, as named in the config file's `[colors]` table.
public enum ColorRole: String, CaseIterable, Sendable, Hashable {
    case selected, stalled, hot, warm, cold, header, won, lost

    /// The board's own choices on a 256-colour terminal. A colour the terminal cannot show
    /// (above 15 on a 16-colour one) is not used: the board falls back to its 8/16-colour choice.
    public var defaultColors: ColorPair {
        let index = switch self {
        case .selected: 33
        case .stalled: 203
        case .hot: 196
        case .warm: 214
        case .cold: 45
        case .header: 75
        case .won: 40
        case .lost: 160
        }
        return ColorPair(foreground: TerminalColor(index: index))
    }
}

/// A foreground and an optional background; nil means the terminal's default.
public struct ColorPair: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil) {
        self.foreground = foreground
        self.background = background
    }
}
