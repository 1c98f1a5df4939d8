/// How a deal's title is shown inside other text.
extension Deal {
    /// The title made safe to show on its own (`TerminalText.visible`): controls as placeholders and a
    /// mark that opens it on a dotted circle.
    ///
    /// Messages and dialog titles put the title after a quote or a colon; made visible only as part
    /// of the whole line, a mark that opens the title would sit on that quote instead.
    public var shownTitle: String { TerminalText.visible(title) }
}
