import Pipeline

extension BoardReducer {
    /// `b`: the focused lane's totals by currency in an overlay (issue 15 item 17: the header shows only the
    /// main currency, the rest of the breakdown is here).
    static func openLaneBreakdown(_ state: inout BoardState) -> [BoardEffect] {
        guard let lane = state.focused else { return [] }
        state.mode = .laneBreakdown(stageID: lane.stage.id)
        return []
    }

    /// Keys over the breakdown: left and right show the next lane's, Esc, Enter, `q` or the key that
    /// opened it close it.
    static func laneBreakdownKey(_ key: Key, _ state: inout BoardState) -> [BoardEffect] {
        switch key {
        case .escape, .enter, .character("q"):
            state.mode = .browsing
        case .left, .character("h"), .right, .character("l"):
            guard !state.lanes.isEmpty else { return [] }
            let step = key == .left || key == .character("h") ? -1 : 1
            state.focusedLane = max(0, min(state.lanes.count - 1, state.focusedLane + step))
            showFocusedLane(&state)
            state.mode = .laneBreakdown(stageID: state.lanes[state.focusedLane].stage.id)
        default:
            if state.keyMap.command(for: key) == .laneBreakdown { state.mode = .browsing }
        }
        return []
    }
}
