import Pipeline

extension BoardReducer {
    /// After a saved move: the stalled counts follow the deal, and only its lanes reload (totals and pages).
    ///
    /// Nil when the whole board must reload instead: under the stalled filter (whether the deal still
    /// shows depends on more than the move), or when the deal was not and is not an open card of a lane
    /// on the board (another pipeline, won, lost).
    static func lanesReload(after move: SavedMove, _ state: inout BoardState) -> BoardEffect? {
        guard !state.stalledOnly, let pipeline = state.pipeline,
              move.before.status == .open, move.after.status == .open,
              move.before.pipelineID == pipeline.id, move.after.pipelineID == pipeline.id,
              let from = state.lanes.firstIndex(where: { $0.stage.id == move.before.stageID }),
              let to = state.lanes.firstIndex(where: { $0.stage.id == move.after.stageID }) else { return nil }
        // The counts were made at `state.now`: the deal counted where it was iff it was stalled then.
        countStalled(move.before, in: from, by: -1, &state)
        countStalled(move.after, in: to, by: 1, &state)
        let requests = Set([from, to]).sorted().map { index in
            LaneRequest(
                stageID: state.lanes[index].stage.id, start: pageStart(lane: index, state) ?? .first,
                limit: state.layout.pageLimit, stalledOnly: state.stalledOnly)
        }
        return .loadLanes(LanesLoad(pipelineID: pipeline.id, filter: state.filter, requests: requests))
    }

    /// Adds `step` to a lane's stalled count when the deal is stalled at `state.now` in that lane's stage.
    static func countStalled(_ deal: Deal, in lane: Int, by step: Int, _ state: inout BoardState) {
        let stage = state.lanes[lane].stage
        guard StallRule(stage: stage).isStalled(deal, now: state.now, timeZone: state.timeZone) else { return }
        let count = (state.stalledCounts[stage.id] ?? 0) + step
        state.stalledCounts[stage.id] = count > 0 ? count : nil
    }

    /// Some lanes came back: their totals and pages replace the old ones, keeping selections and windows.
    static func lanesLoaded(_ content: LanesContent, _ state: inout BoardState) {
        let focusedStage = state.focused?.stage.id
        let capacity = state.layout.cardCapacity
        for page in content.pages {
            guard let index = state.lanes.firstIndex(where: { $0.stage.id == page.stageID }) else { continue }
            let previous = state.lanes[index]
            let summary = content.summaries.first { $0.stageID == page.stageID } ?? StageSummary(stageID: page.stageID)
            var lane = Lane(stage: previous.stage, summary: summary, deals: page.deals, firstIndex: page.firstIndex)
            settle(&lane, at: index, previous: previous, focusedStage: focusedStage, capacity: capacity, &state)
            state.lanes[index] = lane
        }
        refreshBadges(&state)
        state.follow = nil
        showFocusedLane(&state)
    }
}
