import Pipeline
import Wording

/// The bar under the lanes: pipeline, filter, open deals and totals, which lanes are shown, and the next useful keys.
public struct StatusBarView: ScreenView {
    public var state: BoardState

    public init(state: BoardState) { self.state = state }

    public func draw(on screen: inout Screen, in area: Rect) {
        let style = CellStyle(.status, reverse: true)
        screen.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: style)
        var parts: [String] = []
        if state.serverLost { parts.append(state.text(.statusServerLost)) }
        parts.append(state.pipeline?.name ?? state.text(.loading))
        if !state.filter.isEmpty { parts.append(state.text(.statusFilter(filter: TerminalText.visible(state.filter)))) }
        if state.stalledOnly { parts.append(state.text(.statusStalledOnly)) }
        // Under `o` only, as `s`: everyone's deals are the board's plain state (the message line names both).
        if state.shownMine != nil { parts.append(state.text(.statusMyDeals)) }
        let totals = state.openTotals
        parts.append(state.text(.statusOpenDeals(count: totals.count, total: totals.total?.compactOrNone ?? state.text(.tooMuchToAddUp))))
        let layout = state.layout
        if state.lanes.count > layout.visibleLaneCount {
            let last = min(state.lanes.count, state.firstVisibleLane + layout.visibleLaneCount)
            parts.append(state.text(.statusLanes(first: state.firstVisibleLane + 1, last: last, count: state.lanes.count)))
        }
        let left = " " + parts.joined(separator: " │ ") + " "
        // The help key is always in sight: the left part gives way to it.
        let kept = keyHints
        let required = kept.filter(\.alwaysShown).map { DisplayWidth.of($0.text) + 2 }.reduce(0, +)
        let used = screen.put(left, x: area.x, y: area.y, style: CellStyle(.status, reverse: true, bold: true),
                              limit: max(0, area.width - required))
        let keys = Self.fitted(kept, room: area.width - used)
        guard !keys.isEmpty else { return }
        screen.put(keys, x: area.maxX - DisplayWidth.of(keys), y: area.y, style: style)
    }

    /// One key hint of the status bar: `? help`.
    struct KeyHint: Equatable {
        var text: String
        /// Kept when nothing else fits: `? help` while browsing.
        var alwaysShown = false
        /// Dropped before hints of a lower rank when the bar is short of room (0 is dropped first).
        var rank = 0
    }

    /// The hints that fit in `room` columns, in their order, with a space on each side: the hints of
    /// the lowest rank go first, never the one always shown; whole hints only, never cut mid-word.
    static func fitted(_ hints: [KeyHint], room: Int) -> String {
        var kept = hints
        func text() -> String { kept.isEmpty ? "" : " " + kept.map(\.text).joined(separator: "  ") + " " }
        while DisplayWidth.of(text()) > room {
            let droppable = kept.indices.filter { !kept[$0].alwaysShown }
            guard let lowest = droppable.min(by: { kept[$0].rank < kept[$1].rank }) else {
                return DisplayWidth.of(text()) <= room ? text() : ""
            }
            kept.remove(at: lowest)
        }
        return text()
    }

    /// The commands the status bar offers while browsing, each with its first bound key and its rank
    /// (the lowest is dropped first on a narrow window); a command the config left without a key is
    /// left out (a pair shows whichever of its keys is bound).
    static let browsingHints: [(commands: [BoardCommand], label: Text, rank: Int)] = [
        ([.pickUp], .hintCarry, 0), ([.moveNext, .movePrevious], .hintMove, 5), ([.newDeal], .hintNew, 3), ([.openDetail], .hintOpen, 4),
        ([.filter], .hintFilter, 2), ([.undo], .hintUndo, 1), ([.help], .hintHelp, 7), ([.quit], .hintQuit, 6),
    ]

    /// The next useful keys for what the board is doing, as hints to fit.
    var keyHints: [KeyHint] {
        guard case .browsing = state.mode else {
            // Other modes' hints are in order of importance, and the way out is always shown.
            let parts = hints.components(separatedBy: "  ")
            return parts.enumerated().map { KeyHint(text: $1, alwaysShown: $1.hasPrefix("esc "), rank: parts.count - $0) }
        }
        let map = state.keyMap
        return Self.browsingHints.compactMap { commands, label, rank in
            let keys = commands.compactMap(map.firstKey)
            return keys.isEmpty ? nil : KeyHint(text: keys.joined(separator: "/") + " " + state.text(label), alwaysShown: commands == [.help], rank: rank)
        }
    }

    /// The next useful keys for what the board is doing.
    var hints: String {
        switch state.mode {
        case .browsing:
            return keyHints.map(\.text).joined(separator: "  ")
        case .choosingStage: return state.text(.hintsChoosingStage)
        case .carrying: return state.text(.hintsCarrying)
        case .detail(let pane):
            switch pane.activityPrompt?.purpose {
            case .confirmDelete: return state.text(.hintsConfirmDelete)
            case .subject: return state.text(.hintsTypeNext)
            case .reschedule, .note: return state.text(.hintsTypeSave)
            case nil: return state.text(pane.activities?.isEmpty == false ? .hintsDetailWithActivities : .hintsDetail)
            }
        case .form: return state.text(.hintsForm)
        case .choosingLostReason: return state.text(.hintsLostReason)
        case .filtering: return state.text(.hintsFiltering)
        case .choosingPipeline: return state.text(.hintsPipelineChooser)
        case .help: return state.text(.hintsHelp)
        case .loggingActivity(let prompt): return state.text(prompt.step == .kind ? .hintsActivityKind : .hintsTypeNext)
        case .askingDay: return state.text(.hintsTypeSave)
        case .qualifying: return state.text(.hintsQualifying)
        case .reviewing: return state.text(.hintsReviewing)
        case .insights: return state.text(.hintsInsights)
        case .planner: return state.text(.hintsPlanner)
        case .laneBreakdown: return state.text(.hintsLaneBreakdown)
        }
    }
}
