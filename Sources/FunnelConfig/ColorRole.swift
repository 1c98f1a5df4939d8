/// What a colour is for on the board, as named in the config file's `[colors]` table.
public enum ColorRole: String, CaseIterable, Sendable, Hashable {
    case selected, stalled, hot, warm, cold, header, won, lost

    /// The colours Funnel uses when the config says nothing.
    public var defaultColors: ColorPair {
        switch self {
        case .selected: ColorPair(foreground: .named("black"), background: .named("cyan"))
        case .stalled: ColorPair(foreground: .named("magenta"))
        case .hot: ColorPair(foreground: .named("red"))
        case .warm: ColorPair(foreground: .named("yellow"))
        case .cold: ColorPair(foreground: .named("blue"))
        case .header: ColorPair(foreground: .named("bright_white"))
        case .won: ColorPair(foreground: .named("green"))
        case .lost: ColorPair(foreground: .named("bright_black"))
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
