import Pipeline

/// The whole board frame: lanes, status bar, message line, and the overlay of the current mode.
public struct BoardView {
    public var state: BoardState

    public init(state: BoardState) { self.state = state }

    /// Draws a new frame for the state's window size.
    public func render() -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        let layout = state.layout
        if layout.isTooSmall {
            // Wrapped at spaces so that the whole request is read in the smallest window.
            let text = state.text(.windowTooSmall(width: BoardLayout.minimumWidth, height: BoardLayout.minimumHeight))
            let lines = ScrolledLines.wrap([text], width: state.width, continuation: "")
            let top = max(0, (state.height - lines.count) / 2)
            for (row, line) in lines.enumerated() {
                let shown = DisplayWidth.truncate(line, to: state.width)
                screen.put(shown, x: max(0, (state.width - DisplayWidth.of(shown)) / 2), y: top + row, style: CellStyle(.error, bold: true))
            }
            return screen
        }
        drawLanes(on: &screen, layout: layout)
        StatusBarView(state: state).draw(on: &screen, in: Rect(x: 0, y: layout.statusRow, width: state.width, height: 1))
        MessageLineView(state: state).draw(on: &screen, in: Rect(x: 0, y: layout.messageRow, width: state.width, height: 1))
        drawOverlay(on: &screen, layout: layout)
        return screen
    }

    func drawLanes(on screen: inout Screen, layout: BoardLayout) {
        if state.pipeline == nil {
            screen.put(state.text(.loading), x: 2, y: 1, style: CellStyle(.dim))
            return
        }
        var carry: Carry? = nil
        if case .carrying(let carried) = state.mode { carry = carried }
        let visible = layout.visibleLaneCount
        for slot in 0..<visible {
            let index = state.firstVisibleLane + slot
            guard state.lanes.indices.contains(index) else { break }
            let lane = state.lanes[index]
            let isLast = slot == visible - 1
            // The stalled counts are of the whole lane: under a filter they would read "⚑3 · 0".
            let stalledCount = state.filter.isEmpty ? state.stalledCounts[lane.stage.id] : nil
            LaneView(
                lane: lane, laneIndex: index, isFocused: index == state.focusedLane, carry: carry, now: state.now,
                badges: state.badges, stalledCount: stalledCount, filter: state.filter,
                moreLeft: slot == 0 ? state.firstVisibleLane : 0,
                moreRight: isLast ? state.lanes.count - index - 1 : 0,
                drawsRightBorder: !isLast, cardCapacity: layout.cardCapacity, cardFields: state.cardFields,
                dateFormat: state.dateFormat, language: state.language, ownerInitials: state.severalOwners
            ).draw(on: &screen, in: layout.laneRect(slot: slot))
        }
        if state.mode == .browsing, state.filter.isEmpty, !state.stalledOnly, state.shownMine == nil, state.openTotals.count == 0 {
            EmptyPipelineView(keyMap: state.keyMap, language: state.language).draw(on: &screen, in: layout.lanesArea)
        }
    }

    /// Today on the user's clock: prompts give examples from it.
    var today: CalendarDay { CalendarDay(state.now, in: state.timeZone) }

    func drawOverlay(on screen: inout Screen, layout: BoardLayout) {
        let area = layout.lanesArea
        switch state.mode {
        case .browsing, .choosingStage, .carrying, .filtering:
            break
        case .detail(let pane):
            DetailPaneView(
                pane: pane, pipeline: state.pipeline, now: state.now, dateFormat: state.dateFormat, timeZone: state.timeZone,
                width: layout.detailPane.width, language: state.language
            ).draw(on: &screen, in: layout.detailPane)
            if let prompt = pane.activityPrompt { PromptView(activityEdit: prompt, today: today, language: state.language).draw(on: &screen, in: area) }
        case .form(let form):
            DealFormView(form: form, language: state.language).draw(on: &screen, in: area)
        case .choosingLostReason(let chooser):
            LostReasonView(chooser: chooser, dealTitle: state.selectedDeal?.title ?? "", language: state.language).draw(on: &screen, in: area)
        case .choosingPipeline(let selected):
            PipelineChooserView(pipelines: state.pipelines, selected: selected, current: state.pipeline?.id, language: state.language)
                .draw(on: &screen, in: area)
        case .help(let scroll):
            HelpView(keyMap: state.keyMap, scroll: scroll, language: state.language).draw(on: &screen, in: area)
        case .loggingActivity(let prompt):
            PromptView(activity: prompt, today: today, language: state.language).draw(on: &screen, in: area)
        case .askingDay(let prompt):
            PromptView(day: prompt, today: today, language: state.language).draw(on: &screen, in: area)
        case .qualifying(let form):
            QualifyView(form: form, language: state.language).draw(on: &screen, in: area)
        case .reviewing(let review):
            ReviewView(
                screen: review, pipelines: state.pipelines, now: state.now, timeZone: state.timeZone, dateFormat: state.dateFormat,
                language: state.language
            ).draw(on: &screen, in: area)
        case .insights(let insights):
            InsightsView(screen: insights, language: state.language, dateFormat: state.dateFormat).draw(on: &screen, in: area)
        case .planner(let planner):
            PlannerView(screen: planner, pipeline: state.pipeline, language: state.language, dateFormat: state.dateFormat)
                .draw(on: &screen, in: area)
        case .laneBreakdown(let stageID):
            if let lane = state.lanes.first(where: { $0.stage.id == stageID }) {
                LaneBreakdownView(lane: lane, language: state.language).draw(on: &screen, in: area)
            }
        }
    }
}

import Pipeline
import Wording
