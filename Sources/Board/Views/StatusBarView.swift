import Pipeline

/// The bar under the lanes: pipeline, filter, open deals and totals, which lanes are shown, and the next useful keys.
public struct StatusBarView: ScreenView {
    public var state: BoardState

    public init(state: BoardState) { self.state = state }

    public func draw(on screen: inout Screen, in area: Rect) {
        let style = CellStyle(.status, reverse: true)
        screen.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: style)
        var parts: [String] = []
        parts.append(state.pipeline?.name ?? "Loading…")
        if !state.filter.isEmpty { parts.append("filter: \(TerminalText.visible(state.filter))") }
        if state.stalledOnly { parts.append("⚑ stalled only") }
        let totals = state.openTotals
        parts.append("\(totals.count) open · \(totals.total?.compactOrNone ?? "too much to add up")")
        let layout = state.layout
        if state.lanes.count > layout.visibleLaneCount {
            let last = min(state.lanes.count, state.firstVisibleLane + layout.visibleLaneCount)
            parts.append("lanes \(state.firstVisibleLane + 1)-\(last) of \(state.lanes.count)")
        }
        let left = " " + parts.joined(separator: " │ ") + " "
        let used = screen.put(left, x: area.x, y: area.y, style: CellStyle(.status, reverse: true, bold: true), limit: area.width)
        let keys = " " + hints + " "
        let room = area.width - used
        if room > 8 {
            let text = DisplayWidth.truncate(keys, to: room)
            screen.put(text, x: area.maxX - DisplayWidth.of(text), y: area.y, style: style)
        }
    }

    /// The commands the status bar offers while browsing, each with its first bound key; a command
    /// the config left without a key is left out (a pair shows whichever of its keys is bound).
    static let browsingHints: [(commands: [BoardCommand], label: String)] = [
        ([.pickUp], "carry"), ([.moveNext, .movePrevious], "move"), ([.newDeal], "new"), ([.openDetail], "open"),
        ([.filter], "filter"), ([.undo], "undo"), ([.help], "help"), ([.quit], "quit"),
    ]

    /// The next useful keys for what the board is doing.
    var hints: String {
        let map = state.keyMap
        switch state.mode {
        case .browsing:
            return Self.browsingHints.compactMap { commands, label in
                let keys = commands.compactMap(map.firstKey)
                return keys.isEmpty ? nil : keys.joined(separator: "/") + " " + label
            }.joined(separator: "  ")
        case .choosingStage: return "1-9 stage  esc cancel"
        case .carrying: return "←→ lane  ↑↓ place  space drop  esc put back"
        case .detail: return "↑↓ scroll  esc close"
        case .form: return "tab next field  enter save  esc cancel"
        case .choosingLostReason: return "↑↓ choose  type a new reason  enter save  esc cancel"
        case .filtering: return "type to filter  enter keep  esc clear"
        case .choosingPipeline: return "↑↓ choose  enter open  esc cancel"
        case .help: return "↑↓ pgup pgdn scroll  esc close"
        case .loggingActivity(let prompt): return prompt.step == .kind ? "letter: kind  esc cancel" : "type  enter next  esc cancel"
        case .askingDay: return "type  enter save  esc cancel"
        case .qualifying: return "b a n t answers  h temperature  enter save  esc cancel"
        case .reviewing: return "c contact  n next  a advance  z snooze  p park  l lost  s skip  esc pause"
        case .insights: return "↑↓ pgup pgdn scroll  r refresh  esc close"
        case .planner: return "type a goal (250k, 100k EUR)  enter plan  ↑↓ scroll  esc close"
        }
    }
}
