import Pipeline

extension BoardReducer {
    /// After a saved move: the stalled counts follow the deal, the two lanes' pages are updated from the
    /// move itself where they can be, and only the lanes' totals (and any page that could not) are read.
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
        let lanes = Set([from, to]).sorted()
        let requests = lanes.compactMap { index -> LaneRequest? in
            if movedPage(lane: index, move, &state) { return nil }
            return LaneRequest(
                stageID: state.lanes[index].stage.id, start: pageStart(lane: index, state) ?? .first,
                limit: state.layout.pageLimit, stalledOnly: state.stalledOnly, mine: state.shownMine)
        }
        return .loadLanes(LanesLoad(
            pipelineID: pipeline.id, filter: state.filter, requests: requests, totals: lanes.map { state.lanes[$0].stage.id },
            mine: state.shownMine))
    }

    /// Moves the card out of and into a lane's loaded page without reading the store, and settles the
    /// lane as a load would; false when the page cannot be known from the move alone (then it is read):
    /// under a filter, when the lane may have been renumbered, or when the cards on screen are no longer
    /// all loaded. A card landing above or below the loaded stretch of a long lane only shifts or
    /// lengthens it (a deal sent to the end of a lane).
    static func movedPage(lane index: Int, _ move: SavedMove, _ state: inout BoardState) -> Bool {
        guard state.filter.isEmpty, state.shownMine == nil else { return false }
        let previous = state.lanes[index]
        var lane = previous
        let stageID = lane.stage.id
        if move.before.stageID == stageID {
            if let local = lane.deals.firstIndex(where: { $0.id == move.before.id }) {
                lane.deals.remove(at: local)
            } else if let first = lane.deals.first, let last = lane.deals.last {
                if move.before.key < first.key {
                    lane.firstIndex -= 1  // it was above the loaded stretch
                } else if !(last.key < move.before.key && lane.firstIndex + lane.deals.count < lane.count) {
                    return false  // it should have been loaded: read the page rather than guess
                }
            } else {
                return false
            }
            lane.summary.dealCount -= 1
        }
        if move.after.stageID == stageID {
            if move.placedByNeighbour { return false }
            let place = lane.deals.firstIndex { move.after.key < $0.key } ?? lane.deals.count
            let reachesTop = lane.firstIndex == 0
            let reachesEnd = lane.firstIndex + lane.deals.count == lane.count
            if !lane.deals.isEmpty, place == lane.deals.count, !reachesEnd {
                // Below the loaded stretch (a deal sent to the end of a long lane): the stretch stays as it is.
            } else if !lane.deals.isEmpty, place == 0, !reachesTop {
                lane.firstIndex += 1  // above the loaded stretch
            } else {
                lane.deals.insert(move.after, at: place)
            }
            lane.summary.dealCount += 1
        }
        // Deal after deal sent on from one lane empties its loaded page: once the cards on screen are no
        // longer all loaded, read the page rather than leave blank rows.
        guard lane.isLoaded(previous.top..<(previous.top + state.layout.cardCapacity)) else { return false }
        settle(&lane, at: index, previous: previous, focusedStage: state.focused?.stage.id, capacity: state.layout.cardCapacity, &state)
        state.lanes[index] = lane
        refreshBadges(&state)
        showFocusedLane(&state)
        return true
    }

    /// Adds `step` to a lane's stalled count when the deal is stalled at `state.now` in that lane's stage.
    static func countStalled(_ deal: Deal, in lane: Int, by step: Int, _ state: inout BoardState) {
        let stage = state.lanes[lane].stage
        guard StallRule(stage: stage).isStalled(deal, now: state.now, timeZone: state.timeZone) else { return }
        let count = (state.stalledCounts[stage.id] ?? 0) + step
        state.stalledCounts[stage.id] = count > 0 ? count : nil
    }

    /// Some lanes came back: their totals, and the pages that were read, replace the old ones, keeping
    /// selections and windows.
    static func lanesLoaded(_ content: LanesContent, _ state: inout BoardState) {
        let focusedStage = state.focused?.stage.id
        let capacity = state.layout.cardCapacity
        for summary in content.summaries {
            guard let index = state.lanes.firstIndex(where: { $0.stage.id == summary.stageID }) else { continue }
            state.lanes[index].summary = summary
        }
        for page in content.pages {
            guard let index = state.lanes.firstIndex(where: { $0.stage.id == page.stageID }) else { continue }
            let previous = state.lanes[index]
            var lane = Lane(stage: previous.stage, summary: previous.summary, deals: page.deals, firstIndex: page.firstIndex)
            settle(&lane, at: index, previous: previous, focusedStage: focusedStage, capacity: capacity, &state)
            state.lanes[index] = lane
        }
        for index in state.lanes.indices { state.lanes[index].clampSelection(capacity: capacity) }
        refreshBadges(&state)
        state.follow = nil
        showFocusedLane(&state)
    }
}
