import Pipeline

/// The board's logic: an action and the current state in, the new state and the effects to perform out.
///
/// Pure: no I/O, no clock, no curses. The runtime performs the effects and feeds their
/// results back as actions, so every path can be tested by comparing values.
public enum BoardReducer {
    /// The effects that open the board: load the chosen pipeline.
    public static func start(_ state: inout BoardState) -> [BoardEffect] {
        [.loadBoard(BoardLoad(pipeline: .named(state.requestedPipeline), filter: state.filter, limit: state.layout.pageLimit))]
    }

    public static func reduce(into state: inout BoardState, action: BoardAction) -> [BoardEffect] {
        switch action {
        case .keyPressed(let key):
            return keyPressed(key, &state)
        case .windowResized(let width, let height):
            state.width = width
            state.height = height
            return reflow(&state)
        case .mouseClicked(let x, let y):
            return mouseClicked(x: x, y: y, &state)
        case .wheelScrolled(let x, _, let down):
            guard state.mode == .browsing, let lane = laneIndex(atColumn: x, state) else { return [] }
            state.focusedLane = lane
            return select(&state, lane: lane, index: state.lanes[lane].selected + (down ? 1 : -1))
        case .cardPickedUp:
            return cardPickedUp(&state)
        case .cardCarriedAcross(let step):
            return cardCarriedAcross(step, &state)
        case .cardCarriedAlong(let step):
            return cardCarriedAlong(step, &state)
        case .dealDropped:
            return dealDropped(&state)
        case .carryCancelled:
            return carryCancelled(&state)
        case .boardLoaded(let content):
            boardLoaded(content, &state)
            return []
        case .lanePageLoaded(let page):
            lanePageLoaded(page, &state)
            return []
        case .lanesLoaded(let content):
            lanesLoaded(content, &state)
            return []
        case .changeSaved(let saved):
            if case .form = state.mode { state.mode = .browsing }
            state.message = BoardMessage(saved.message)
            if let entry = saved.undo {
                state.undoStack.append(entry)
                state.redoStack.removeAll()
            }
            if case .reviewing = state.mode { return [.loadReview(mine: state.shownMine)] }
            if saved.selectsDeal {
                follow(saved.dealID, stageID: saved.stageID, &state)
            } else {
                state.follow = nil
            }
            if let move = saved.move, let effect = lanesReload(after: move, &state) { return reloadingDetail(saved.dealID, [effect], state) }
            return reloadingDetail(saved.dealID, [reload(state)], state)
        case .undoSaved(let entry):
            // The entry below was made on the state this undo restored (undo expects `after`).
            let restored = entry.revision?.before
            rebase(&state.undoStack, onto: restored, expecting: \.after)
            state.redoStack.append(entry)
            state.message = BoardMessage(state.text(.undid(summary: entry.summary)))
            follow(entry.dealID ?? 0, stageID: restored.flatMap { $0.status == .open ? $0.stageID : nil }, &state)
            if let move = entry.move(undone: true), let effect = lanesReload(after: move, &state) { return [effect] }
            return reloadingDetail(entry.dealID, [reload(state)], state)
        case .redoSaved(let entry):
            // The next redo puts back a change made on the state this redo left (redo expects `before`).
            let redone = entry.revision?.after
            rebase(&state.redoStack, onto: redone, expecting: \.before)
            state.undoStack.append(entry)
            state.message = BoardMessage(state.text(.redid(summary: entry.summary)))
            follow(entry.dealID ?? 0, stageID: redone.flatMap { $0.status == .open ? $0.stageID : nil }, &state)
            if let move = entry.move(undone: false), let effect = lanesReload(after: move, &state) { return [effect] }
            return reloadingDetail(entry.dealID, [reload(state)], state)
        case .changeFailed(let reason):
            if case .form(var form) = state.mode {
                // What was typed stays; the reason shows in the form and Esc leaves it.
                form.error = reason
                state.mode = .form(form)
            } else {
                state.message = state.serverLost ? .offline(reason) : .error(reason)
            }
            if case .reviewing(var screen) = state.mode {
                screen.prompt = nil
                state.mode = .reviewing(screen)
                return [.loadReview(mine: state.shownMine)]
            }
            return reloadingDetail(nil, [reload(state)], state)
        case .editRefused(let current, let reason):
            guard case .form(var form) = state.mode, case .edit(let shown) = form.purpose, shown.id == current.id else {
                return staleWriteRefused(reason, current: current, &state)
            }
            // What was typed stays over the deal as it is now; the message line says who changed what.
            form.rebase(onto: current)
            state.mode = .form(form)
            state.message = .error(reason)
            return [reload(state)]
        case .staleWriteRefused(let reason, let current):
            return staleWriteRefused(reason, current: current, &state)
        case .reviewLoaded(let queue, let activities):
            reviewLoaded(queue, activities: activities, &state)
            return []
        case .loadFailed(let reason):
            // While the server is away a read fails as the status bar says: a refusal already on the message line
            // stays (the reload after a refused change fails too), and the failure goes once the server is back.
            guard state.serverLost else {
                state.message = .error(reason)
                return []
            }
            if state.message?.isOfflineRefusal != true { state.message = .offline(reason) }
            return []
        case .detailLoaded(let deal, let history):
            if case .detail(var pane) = state.mode, pane.deal.id == deal.id {
                pane.deal = deal
                pane.history = history
                state.mode = .detail(pane)
            }
            return []
        case .detailActivitiesLoaded(let dealID, let activities):
            if case .detail(var pane) = state.mode, pane.deal.id == dealID {
                pane.activities = activities
                if let selected = pane.selectedActivityID, !activities.contains(where: { $0.id == selected }) {
                    pane.selectedActivityID = nil
                }
                state.mode = .detail(pane)
            }
            return []
        case .lostReasonsLoaded(let reasons):
            func offer(_ chooser: inout LostReasonChooser) {
                chooser.reasons = reasons
                chooser.selected = reasons.isEmpty ? 0 : min(chooser.selected, reasons.count)
            }
            if case .choosingLostReason(var chooser) = state.mode {
                offer(&chooser)
                state.mode = .choosingLostReason(chooser)
            } else if case .reviewing(var screen) = state.mode, case .lostReason(var chooser) = screen.prompt {
                offer(&chooser)
                screen.prompt = .lostReason(chooser)
                state.mode = .reviewing(screen)
            }
            return []
        case .reportLoaded(let report):
            reportLoaded(report, &state)
            return []
        case .planMade(let plan):
            planMade(plan, &state)
            return []
        case .planRefused(let reason):
            planRefused(reason, &state)
            return []
        case .storeChangedElsewhere(let now):
            state.now = now
            state.reloadingForOutsideChange = true
            return reloadingDetail(nil, [reload(state)], state) + announcing(state)
        case .storeUnreachable:
            state.serverLost = true
            return []
        case .storeReachedAgain(let now):
            state.serverLost = false
            // What was refused while the server was away can be done now: its refusal goes with the reload.
            if state.message?.isOfflineRefusal == true { state.message = nil }
            state.now = now
            state.reloadingForOutsideChange = true
            return reloadingDetail(nil, [reload(state)], state) + announcing(state)
        case .othersChangesLoaded(let changes, let lastID):
            state.lastSeenChange = max(state.lastSeenChange ?? 0, lastID)
            if let news = TeamNews.sentence(changes, language: state.language) { state.message = BoardMessage(news) }
            return []
        case .othersChangesCounted(let tally):
            state.lastSeenChange = max(state.lastSeenChange ?? 0, tally.lastID ?? 0)
            if let news = TeamNews.sentence(tally, language: state.language) { state.message = BoardMessage(news) }
            return []
        }
    }

    // MARK: - Keys

    static func keyPressed(_ key: Key, _ state: inout BoardState) -> [BoardEffect] {
        // Ctrl-C leaves from any mode, whatever the key map says; nothing half-done is saved.
        if key == KeyMap.alwaysQuits { return quitDroppingWhatIsHalfDone(&state) }
        switch state.mode {
        case .browsing:
            if state.layout.isTooSmall {
                if state.keyMap.command(for: key) == .quit { return quit(&state) }
                return []
            }
            state.message = nil
            guard let command = state.keyMap.command(for: key) else { return [] }
            return run(command, &state)
        case .choosingStage:
            return stageChosen(key, &state)
        case .carrying:
            return carryKey(key, &state)
        case .detail(let pane):
            return detailKey(key, pane, &state)
        case .form(let form):
            return formKey(key, form, &state)
        case .choosingLostReason(let chooser):
            return lostReasonKey(key, chooser, &state)
        case .filtering:
            return filterKey(key, &state)
        case .choosingPipeline(let selected):
            return pipelineKey(key, selected: selected, &state)
        case .loggingActivity(let prompt):
            return loggingActivityKey(key, prompt, &state)
        case .askingDay(let prompt):
            return askingDayKey(key, prompt, &state)
        case .qualifying(let form):
            return qualifyingKey(key, form, &state)
        case .reviewing(let screen):
            return reviewingKey(key, screen, &state)
        case .insights(let screen):
            return insightsKey(key, screen, &state)
        case .planner(let screen):
            return plannerKey(key, screen, &state)
        case .laneBreakdown:
            return laneBreakdownKey(key, &state)
        case .help(let scroll):
            switch key {
            case .escape, .character("?"), .character("q"), .enter:
                state.mode = .browsing
            case .down, .character("j"):
                state.mode = .help(scroll: min(helpScrollLimit(state), scroll + 1))
            case .up, .character("k"):
                state.mode = .help(scroll: max(0, scroll - 1))
            case .pageDown, .character(" "):
                state.mode = .help(scroll: min(helpScrollLimit(state), scroll + max(1, state.height - 4)))
            case .pageUp:
                state.mode = .help(scroll: max(0, scroll - max(1, state.height - 4)))
            default:
                break
            }
            return []
        }
    }

    /// The furthest the help can scroll: its last line at the bottom of the box.
    static func helpScrollLimit(_ state: BoardState) -> Int {
        max(0, HelpView(keyMap: state.keyMap, scroll: 0, language: state.language).lines.count - (state.layout.lanesArea.height - 2))
    }

    static func quit(_ state: inout BoardState) -> [BoardEffect] {
        state.isFinished = true
        return [.quit]
    }

    /// Quits from any mode: a form, prompt, chooser or carry in progress is dropped, not saved
    /// (every save is its own effect, and none is returned here).
    static func quitDroppingWhatIsHalfDone(_ state: inout BoardState) -> [BoardEffect] {
        state.mode = .browsing
        return quit(&state)
    }

    // MARK: - Loading

    /// A change refused because someone changed the deal since it was shown: the reason on the message line,
    /// the board reloaded to show the deal as it is now, and the selection kept on that deal wherever it went
    /// (a form or the review keep what they hold, as for any refusal).
    static func staleWriteRefused(_ reason: String, current: Deal?, _ state: inout BoardState) -> [BoardEffect] {
        if case .browsing = state.mode, let current, current.status == .open, current.pipelineID == state.pipeline?.id {
            follow(current.id, stageID: current.stageID, &state)
        }
        return reduce(into: &state, action: .changeFailed(reason))
    }

    /// After a reload for others' writes, the read of who did what (when the board announces).
    static func announcing(_ state: BoardState) -> [BoardEffect] {
        state.lastSeenChange.map { [.loadOthersChanges(after: $0)] } ?? []
    }

    /// A load of the whole board that keeps each lane's window and selection where they are.
    static func reload(_ state: BoardState, fromTop: Bool = false, recountsStalled: Bool = true) -> BoardEffect {
        let choice: BoardLoad.PipelineChoice = state.pipeline.map { .id($0.id) } ?? .named(state.requestedPipeline)
        var starts: [Int64: LaneRequest.Start] = [:]
        if !fromTop {
            for index in state.lanes.indices {
                starts[state.lanes[index].stage.id] = pageStart(lane: index, state)
            }
        }
        return .loadBoard(BoardLoad(
            pipeline: choice, filter: state.filter, starts: starts, limit: state.layout.pageLimit, stalledOnly: state.stalledOnly,
            recountsStalled: recountsStalled, mine: state.shownMine))
    }

    /// Where a reloaded page of a lane starts so its window stays put: around the deal to follow in
    /// the focused lane, else around the card at the top of the window; nil for the top of the lane.
    static func pageStart(lane index: Int, _ state: BoardState) -> LaneRequest.Start? {
        let lane = state.lanes[index]
        let capacity = state.layout.cardCapacity
        if let follow = state.follow, index == state.focusedLane {
            let fallback = lane.deal(at: lane.top)?.key ?? DealKey(lanePosition: -Double.greatestFiniteMagnitude, id: 0)
            return .deal(follow, fallback: fallback, skip: -capacity)
        }
        if let top = lane.deal(at: lane.top) {
            return .deal(top.id, fallback: top.key, skip: -capacity)
        }
        return nil
    }

    /// After a save: the selection goes to the deal in its new lane.
    static func follow(_ dealID: Int64, stageID: Int64?, _ state: inout BoardState) {
        guard let stageID, let lane = state.lanes.firstIndex(where: { $0.stage.id == stageID }) else {
            state.follow = nil
            return
        }
        state.follow = dealID
        state.focusedLane = lane
        showFocusedLane(&state)
    }

    static func boardLoaded(_ content: BoardContent, _ state: inout BoardState) {
        let old = Dictionary(state.lanes.map { ($0.stage.id, $0) }, uniquingKeysWith: { first, _ in first })
        let focusedStage = state.focused?.stage.id
        let capacity = state.layout.cardCapacity
        state.pipeline = content.pipeline
        state.pipelines = content.pipelines
        state.now = content.now
        var lanes: [Lane] = []
        for stage in content.pipeline.stages {
            let summary = content.summaries.first { $0.stageID == stage.id } ?? StageSummary(stageID: stage.id)
            let page = content.pages.first { $0.stageID == stage.id }
            var lane = Lane(stage: stage, summary: summary, deals: page?.deals ?? [], firstIndex: page?.firstIndex ?? 0)
            settle(&lane, at: lanes.count, previous: old[stage.id], focusedStage: focusedStage, capacity: capacity, &state)
            lanes.append(lane)
        }
        state.lanes = lanes
        // A breakdown of a stage that is gone (deleted elsewhere) closes: there is nothing left to show.
        if case .laneBreakdown(let stageID) = state.mode, !lanes.contains(where: { $0.stage.id == stageID }) { state.mode = .browsing }
        if let stalledCounts = content.stalledCounts { state.stalledCounts = stalledCounts }
        if let severalOwners = content.severalOwners { state.severalOwners = severalOwners }
        refreshBadges(&state)
        state.follow = nil
        state.reloadingForOutsideChange = false
        state.focusedLane = min(state.focusedLane, max(0, lanes.count - 1))
        // A filter that leaves the focused lane without a match selects the first match: an empty
        // `(no match)` lane has nothing to act on.
        if !state.filter.isEmpty, lanes.indices.contains(state.focusedLane), lanes[state.focusedLane].deals.isEmpty,
           let firstMatch = lanes.firstIndex(where: { !$0.deals.isEmpty }) {
            state.focusedLane = firstMatch
        }
        showFocusedLane(&state)
    }

    /// A freshly loaded lane keeps the selection and window it had: on the same deals where they are
    /// still there, else at the same places; the deal to follow takes the selection and the focus.
    static func settle(
        _ lane: inout Lane, at index: Int, previous: Lane?, focusedStage: Int64?, capacity: Int, _ state: inout BoardState
    ) {
        if let previous {
            if let selectedID = previous.selectedDeal?.id, let found = lane.index(of: selectedID) {
                lane.selected = found
            } else {
                lane.selected = previous.selected
                if lane.stage.id == focusedStage, let gone = previous.selectedDeal, state.reloadingForOutsideChange, state.follow == nil {
                    state.message = BoardMessage(state.text(.leftChangedElsewhere(title: gone.shownTitle, stage: lane.stage.name)))
                }
            }
            if let topID = previous.deal(at: previous.top)?.id, let found = lane.index(of: topID) {
                lane.top = found
            } else {
                lane.top = previous.top
            }
        } else {
            lane.top = lane.firstIndex
            lane.selected = lane.firstIndex
        }
        if !lane.deals.isEmpty, lane.index(of: lane.deal(at: lane.selected)?.id ?? -1) == nil {
            // The old place is not in this page (the filter changed, or cards went): stay within it.
            lane.selected = min(max(lane.selected, lane.firstIndex), lane.firstIndex + lane.deals.count - 1)
        }
        if let follow = state.follow, let found = lane.index(of: follow) {
            lane.selected = found
            state.focusedLane = index
            state.follow = nil
        }
        lane.clampSelection(capacity: capacity)
    }

    static func lanePageLoaded(_ page: LanePage, _ state: inout BoardState) {
        guard let index = state.lanes.firstIndex(where: { $0.stage.id == page.stageID }) else { return }
        state.lanes[index].deals = page.deals
        state.lanes[index].firstIndex = page.firstIndex
        state.lanes[index].clampSelection(capacity: state.layout.cardCapacity)
        refreshBadges(&state)
    }

    /// The badges of every loaded card, from the deal, its stage's threshold, now and the time zone.
    static func refreshBadges(_ state: inout BoardState) {
        // The clock is read in the time zone once for every card.
        let local = LocalNow(state.now, in: state.timeZone)
        var badges: [Int64: CardBadges] = [:]
        badges.reserveCapacity(state.lanes.reduce(0) { $0 + $1.deals.count })
        for lane in state.lanes {
            for deal in lane.deals {
                badges[deal.id] = CardBadges(deal: deal, stage: lane.stage, at: local)
            }
        }
        state.badges = badges
    }

    /// After a resize: keep the focused lane and every selection on screen, loading what is missing.
    static func reflow(_ state: inout BoardState) -> [BoardEffect] {
        showFocusedLane(&state)
        var effects: [BoardEffect] = []
        for index in state.lanes.indices {
            effects += select(&state, lane: index, index: state.lanes[index].selected)
        }
        return effects
    }
}

extension Lane {
    /// The index in the whole lane of a loaded deal.
    func index(of dealID: Int64) -> Int? {
        deals.firstIndex { $0.id == dealID }.map { $0 + firstIndex }
    }

    /// Keeps the selection inside the lane and the window around it on screen.
    mutating func clampSelection(capacity: Int) {
        selected = Swift.max(0, Swift.min(selected, count - 1))
        if selected < top { top = selected }
        if selected >= top + capacity { top = selected - capacity + 1 }
        top = Swift.max(0, Swift.min(top, count - capacity))
    }
}
