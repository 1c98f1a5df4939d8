import Foundation
import Pipeline

/// The detail pane: scrolling, choosing one of its activities, rescheduling, editing, completing or
/// deleting it, and undoing or redoing that.
extension BoardReducer {
    static func detailKey(_ key: Key, _ pane: DetailPane, _ state: inout BoardState) -> [BoardEffect] {
        var pane = pane
        if let prompt = pane.activityPrompt { return activityPromptKey(key, prompt, pane, &state) }
        switch key {
        case .escape, .enter, .character("q"):
            state.mode = .browsing
            return []
        case .down, .character("j"):
            pane.scroll = min(pane.scroll + 1, detailScrollLimit(pane, state))
        case .up, .character("k"):
            pane.scroll = max(0, pane.scroll - 1)
        case .tab:
            selectActivity(step: 1, &pane, state)
        case .backTab:
            selectActivity(step: -1, &pane, state)
        case .character("r"), .character("e"), .character("d"), .character("x"):
            guard let activity = pane.selectedActivity else {
                state.message = BoardMessage(state.text(pane.activities?.isEmpty == false ? .chooseActivityFirst : .noActivitiesToChoose))
                break
            }
            switch key {
            case .character("r"):
                pane.activityPrompt = ActivityEditPrompt(purpose: .reschedule, activity: activity)
            case .character("e"):
                pane.activityPrompt = ActivityEditPrompt(purpose: .subject, activity: activity, text: activity.subject)
            case .character("x"):
                pane.activityPrompt = ActivityEditPrompt(purpose: .confirmDelete, activity: activity)
            default:
                do {
                    _ = try activity.completed(at: state.now, dateFormat: state.dateFormat, timeZone: state.timeZone)
                } catch {
                    state.message = .error(error.description)
                    break
                }
                state.mode = .detail(pane)
                return [.completeActivity(expected: activity)]
            }
        default:
            // `u` and Ctrl-R work where an activity was changed: the pane shows the result.
            switch state.keyMap.command(for: key) {
            case .undo?:
                return undoNewest(&state)
            case .redo?:
                return redoNewest(&state)
            default:
                break
            }
        }
        state.mode = .detail(pane)
        return []
    }

    /// Keys in a prompt over the detail pane; Enter checks the answer with the domain's rules.
    static func activityPromptKey(_ key: Key, _ prompt: ActivityEditPrompt, _ pane: DetailPane, _ state: inout BoardState) -> [BoardEffect] {
        var pane = pane
        var prompt = prompt
        if prompt.purpose == .confirmDelete {
            pane.activityPrompt = nil
            state.mode = .detail(pane)
            guard key == .character("y") else {
                state.message = BoardMessage(state.text(.activityKept(kind: state.text(prompt.activity.kind.name), subject: prompt.activity.subject)))
                return []
            }
            return [.deleteActivity(expected: prompt.activity)]
        }
        switch key {
        case .escape:
            pane.activityPrompt = nil
            state.mode = .detail(pane)
            state.message = BoardMessage(state.text(.nothingSaved))
            return []
        case .enter:
            break
        default:
            let before = prompt.text
            prompt.input.edit(key)
            if prompt.text != before { prompt.error = nil }
            pane.activityPrompt = prompt
            state.mode = .detail(pane)
            return []
        }
        let today = CalendarDay(state.now, in: state.timeZone)
        do {
            let edit: ActivityEdit
            switch prompt.purpose {
            case .reschedule:
                edit = try ActivityEdit.reschedule(prompt.text, today: today, weekStartsOn: state.weekStartsOn)
            case .subject:
                // Checked now, saved with the note.
                _ = try ActivityEdit.parse(subject: prompt.text, today: today)
                pane.activityPrompt = ActivityEditPrompt(
                    purpose: .note, activity: prompt.activity, text: prompt.activity.note ?? "", subject: prompt.text)
                state.mode = .detail(pane)
                return []
            case .note, .confirmDelete:
                edit = try ActivityEdit.parse(subject: prompt.subject, note: prompt.text, today: today)
            }
            _ = try edit.applied(to: prompt.activity)
            pane.activityPrompt = nil
            state.mode = .detail(pane)
            return [.editActivity(edit, expected: prompt.activity)]
        } catch {
            prompt.error = error.description
            pane.activityPrompt = prompt
            state.mode = .detail(pane)
            return []
        }
    }

    /// Moves the activity selection by `step` (wrapping) and scrolls it into sight.
    static func selectActivity(step: Int, _ pane: inout DetailPane, _ state: BoardState) {
        guard let activities = pane.activities, !activities.isEmpty else {
            return
        }
        let current = pane.selectedActivityID.flatMap { id in activities.firstIndex { $0.id == id } }
        let next = current.map { ($0 + step + activities.count) % activities.count } ?? (step > 0 ? 0 : activities.count - 1)
        pane.selectedActivityID = activities[next].id
        let view = DetailPaneView(pane: pane, pipeline: state.pipeline, now: state.now, width: state.layout.detailPane.width)
        guard let row = view.lineIndex(ofActivity: activities[next].id) else { return }
        let shown = max(1, state.layout.lanesArea.height - 2)
        if row < pane.scroll { pane.scroll = row }
        if row >= pane.scroll + shown { pane.scroll = row - shown + 1 }
        pane.scroll = min(pane.scroll, detailScrollLimit(pane, state))
    }

    /// The furthest the pane scrolls: its last line at the bottom of the box.
    static func detailScrollLimit(_ pane: DetailPane, _ state: BoardState) -> Int {
        let shown = state.layout.lanesArea.height - 2
        return max(0, DetailPaneView(pane: pane, pipeline: state.pipeline, now: state.now, width: state.layout.detailPane.width).lines.count - shown)
    }

    /// After a change, a refusal or another process's write while the pane is open, its deal, history and
    /// activities are read again.
    static func reloadingDetail(_ dealID: Int64?, _ effects: [BoardEffect], _ state: BoardState) -> [BoardEffect] {
        guard case .detail(let pane) = state.mode, dealID == nil || pane.deal.id == dealID else { return effects }
        return effects + [.loadDetail(dealID: pane.deal.id)]
    }
}
