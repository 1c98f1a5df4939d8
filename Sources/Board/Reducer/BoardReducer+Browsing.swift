import Pipeline

extension BoardReducer {
    /// Runs a key-map command while browsing.
    static func run(_ command: BoardCommand, _ state: inout BoardState) -> [BoardEffect] {
        let lane = state.focusedLane
        let capacity = state.layout.cardCapacity
        switch command {
        case .selectLeft, .selectRight:
            guard !state.lanes.isEmpty else { return [] }
            state.focusedLane = max(0, min(state.lanes.count - 1, lane + (command == .selectLeft ? -1 : 1)))
            showFocusedLane(&state)
            return []
        case .selectUp, .selectDown:
            guard state.focused != nil else { return [] }
            return select(&state, lane: lane, index: state.lanes[lane].selected + (command == .selectUp ? -1 : 1))
        case .firstCard:
            guard state.focused != nil else { return [] }
            return select(&state, lane: lane, index: 0)
        case .lastCard:
            guard let focused = state.focused else { return [] }
            return select(&state, lane: lane, index: focused.count - 1)
        case .pageUp, .pageDown:
            guard state.focused != nil else { return [] }
            return select(&state, lane: lane, index: state.lanes[lane].selected + (command == .pageUp ? -capacity : capacity))
        case .halfPageUp, .halfPageDown:
            // As in vim and less: half the cards a lane shows, at least one.
            guard state.focused != nil else { return [] }
            let half = max(1, capacity / 2)
            return select(&state, lane: lane, index: state.lanes[lane].selected + (command == .halfPageUp ? -half : half))
        case .firstLane, .lastLane:
            guard !state.lanes.isEmpty else { return [] }
            state.focusedLane = command == .firstLane ? 0 : state.lanes.count - 1
            showFocusedLane(&state)
            return []
        case .moveNext, .movePrevious:
            guard let deal = state.selectedDeal, let pipeline = state.pipeline else { return nothingSelected(&state) }
            let target = command == .moveNext ? pipeline.stage(after: deal.stageID) : pipeline.stage(before: deal.stageID)
            guard let target else {
                state.message = .error(state.text(command == .moveNext ? .alreadyInLastStage(title: deal.shownTitle) : .alreadyInFirstStage(title: deal.shownTitle)))
                return []
            }
            return [.saveMove(DealMove(deal: deal, toStage: target, place: .bottom))]
        case .moveToStage:
            guard state.selectedDeal != nil, let pipeline = state.pipeline else { return nothingSelected(&state) }
            state.mode = .choosingStage
            state.message = BoardMessage(state.text(.moveToStagePrompt(last: min(9, pipeline.stages.count))))
            return []
        case .pickUp:
            return cardPickedUp(&state)
        case .openDetail:
            guard let deal = state.selectedDeal else { return nothingSelected(&state) }
            state.mode = .detail(DetailPane(deal: deal))
            return [.loadDetail(dealID: deal.id)]
        case .newDeal:
            guard let focused = state.focused else { return [] }
            // The new deal starts in the currency of the card beside it, else US dollars.
            let currency = focused.selectedDeal?.value.currency ?? .usd
            state.mode = .form(.new(
                stageID: focused.stage.id, currency: currency, decimalSeparator: state.decimalSeparator, owner: state.salesperson?.name))
            return []
        case .editDeal:
            guard let deal = state.selectedDeal else { return nothingSelected(&state) }
            state.mode = .form(.editing(deal, decimalSeparator: state.decimalSeparator, language: state.language))
            return []
        case .markWon:
            guard let deal = state.selectedDeal else { return nothingSelected(&state) }
            return [.markWon(dealID: deal.id, expectedVersion: deal.version)]
        case .markLost:
            guard let deal = state.selectedDeal else { return nothingSelected(&state) }
            state.mode = .choosingLostReason(LostReasonChooser(dealID: deal.id, dealVersion: deal.version))
            return [.loadLostReasons]
        case .undo:
            return undoNewest(&state)
        case .redo:
            return redoNewest(&state)
        case .filter:
            state.mode = .filtering
            return []
        case .clearFilter:
            guard !state.filter.isEmpty else { return [] }
            state.filter = ""
            return [reload(state, fromTop: true)]
        case .switchPipeline:
            let current = state.pipelines.firstIndex { $0.id == state.pipeline?.id } ?? 0
            state.mode = .choosingPipeline(selected: current)
            return []
        case .openInsights:
            return openInsights(&state)
        case .openPlanner:
            return openPlanner(&state)
        case .laneBreakdown:
            return openLaneBreakdown(&state)
        case .help:
            state.mode = .help(scroll: 0)
            return []
        case .quit:
            return quit(&state)
        case .logActivity, .stalledFilter, .myDeals, .snooze, .park, .qualify, .review:
            return runFollowUp(command, &state)
        }
    }

    static func nothingSelected(_ state: inout BoardState) -> [BoardEffect] {
        state.message = .error(state.text(.noDealSelected))
        return []
    }

    /// Selects a card by its index in the whole lane, scrolling and loading a page when needed.
    static func select(_ state: inout BoardState, lane index: Int, index wanted: Int) -> [BoardEffect] {
        guard state.lanes.indices.contains(index) else { return [] }
        let capacity = state.layout.cardCapacity
        var lane = state.lanes[index]
        lane.selected = wanted
        lane.clampSelection(capacity: capacity)
        state.lanes[index] = lane
        let visible = lane.top..<(lane.top + capacity)
        guard !lane.isLoaded(visible) else { return [] }
        let limit = state.layout.pageLimit
        let start: LaneRequest.Start
        if lane.selected == lane.count - 1, lane.count > limit {
            start = .last
        } else if lane.top < capacity || lane.deals.isEmpty {
            start = .first
        } else {
            // Keyset from the loaded card nearest to where the new page should begin.
            let pageStart = max(0, lane.top - capacity)
            let pivotIndex = pageStart < lane.firstIndex ? lane.firstIndex : lane.firstIndex + lane.deals.count - 1
            let pivot = lane.deal(at: pivotIndex)!
            start = .key(pivot.key, skip: pageStart - pivotIndex)
        }
        return [.loadLane(
            LaneRequest(stageID: lane.stage.id, start: start, limit: limit, stalledOnly: state.stalledOnly, mine: state.shownMine),
            filter: state.filter)]
    }

    /// Scrolls sideways so the focused lane is on screen.
    static func showFocusedLane(_ state: inout BoardState) {
        let visible = state.layout.visibleLaneCount
        if state.focusedLane < state.firstVisibleLane { state.firstVisibleLane = state.focusedLane }
        if state.focusedLane >= state.firstVisibleLane + visible { state.firstVisibleLane = state.focusedLane - visible + 1 }
        state.firstVisibleLane = max(0, min(state.firstVisibleLane, state.lanes.count - visible))
    }

    /// The lane under a screen column, if any.
    static func laneIndex(atColumn x: Int, _ state: BoardState) -> Int? {
        let layout = state.layout
        guard !layout.isTooSmall else { return nil }
        for slot in 0..<layout.visibleLaneCount where layout.laneRect(slot: slot).contains(x: x, y: 0) {
            let lane = state.firstVisibleLane + slot
            return state.lanes.indices.contains(lane) ? lane : nil
        }
        return nil
    }

    static func mouseClicked(x: Int, y: Int, _ state: inout BoardState) -> [BoardEffect] {
        guard state.mode == .browsing, let lane = laneIndex(atColumn: x, state) else { return [] }
        state.focusedLane = lane
        let layout = state.layout
        guard y >= layout.cardsTop, y < layout.cardsTop + layout.cardCapacity * BoardLayout.cardHeight else { return [] }
        let index = state.lanes[lane].top + (y - layout.cardsTop) / BoardLayout.cardHeight
        guard index < state.lanes[lane].count else { return [] }
        return select(&state, lane: lane, index: index)
    }

    /// `m` then a digit: move the selected deal to stage N.
    static func stageChosen(_ key: Key, _ state: inout BoardState) -> [BoardEffect] {
        state.mode = .browsing
        guard let character = key.typed, let number = character.wholeNumberValue, character.isASCIIDigit else {
            state.message = BoardMessage(state.text(.moveCancelled))
            return []
        }
        guard let deal = state.selectedDeal, let pipeline = state.pipeline else { return nothingSelected(&state) }
        guard (1...pipeline.stages.count).contains(number) else {
            state.message = .error(state.text(.noStageNumber(number: number, count: pipeline.stages.count)))
            return []
        }
        let target = pipeline.stages[number - 1]
        guard target.id != deal.stageID else {
            state.message = BoardMessage(state.text(.alreadyInStage(title: deal.shownTitle, stage: target.name)))
            return []
        }
        state.message = nil
        return [.saveMove(DealMove(deal: deal, toStage: target, place: .bottom))]
    }
}
