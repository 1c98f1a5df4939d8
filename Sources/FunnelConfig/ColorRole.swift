/// What a colour is for on the board, as named in the config file's `[colors]` table.
public enum ColorRole: String, CaseIterable, Sendable, Hashable {
    case selected, stalled, hot, warm, cold, header, won, lost
    /// The background of a stalled card, one step deeper each time it sits another threshold's length.
    case rotting1 = "rotting_1", rotting2 = "rotting_2", rotting3 = "rotting_3"

    /// The board's own choices on a 256-colour terminal. A colour the terminal cannot show
    /// (above 15 on a 16-colour one) is not used: the board falls back to its 8/16-colour choice.
    public var defaultColors: ColorPair {
        switch self {
        case .selected: ColorPair(foreground: TerminalColor(index: 33))
        case .stalled: ColorPair(foreground: TerminalColor(index: 203))
        case .hot: ColorPair(foreground: TerminalColor(index: 196))
        case .warm: ColorPair(foreground: TerminalColor(index: 214))
        case .cold: ColorPair(foreground: TerminalColor(index: 45))
        case .header: ColorPair(foreground: TerminalColor(index: 75))
        case .won: ColorPair(foreground: TerminalColor(index: 40))
        case .lost: ColorPair(foreground: TerminalColor(index: 160))
        // Dark to deep red behind the terminal's own text, as a card in Pipedrive reddens while it rots.
        case .rotting1: ColorPair(background: TerminalColor(index: 52))
        case .rotting2: ColorPair(background: TerminalColor(index: 88))
        case .rotting3: ColorPair(background: TerminalColor(index: 124))
        }
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
