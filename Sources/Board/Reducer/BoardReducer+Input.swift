import Pipeline

extension BoardReducer {
    /// Keys in the new/edit form.
    static func formKey(_ key: Key, _ form: DealForm, _ state: inout BoardState) -> [BoardEffect] {
        var form = form
        let fields = DealForm.Field.allCases
        switch key {
        case .escape:
            state.mode = .browsing
            state.message = BoardMessage(state.text(.nothingSaved))
            return []
        case .tab, .down:
            form.focus = fields[(form.focus.rawValue + 1) % fields.count]
        case .backTab, .up:
            form.focus = fields[(form.focus.rawValue + fields.count - 1) % fields.count]
        case .enter:
            do {
                let draft = try form.draft()
                state.mode = .browsing
                switch form.purpose {
                case .create(let stageID):
                    guard let pipeline = state.pipeline else { return [] }
                    return [.createDeal(draft, pipelineID: pipeline.id, stageID: stageID)]
                case .edit(let deal):
                    return [.editDeal(dealID: deal.id, draft, expectedVersion: deal.version)]
                }
            } catch {
                form.error = error.description
            }
        default:
            let before = form.focusedField.text
            guard form.focusedField.edit(key) else { return [] }
            if form.focusedField.text != before { form.error = nil }
        }
        state.mode = .form(form)
        return []
    }

    /// Keys in the lost-reason chooser: arrows choose, typing writes a new reason.
    static func lostReasonKey(_ key: Key, _ chooser: LostReasonChooser, _ state: inout BoardState) -> [BoardEffect] {
        var chooser = chooser
        let lines = (chooser.reasons?.count ?? 0) + 1
        switch key {
        case .escape:
            state.mode = .browsing
            state.message = BoardMessage(state.text(.nothingSaved))
            return []
        case .up:
            chooser.selected = max(0, chooser.selected - 1)
        case .down, .tab:
            chooser.selected = min(lines - 1, chooser.selected + 1)
        case .enter:
            guard let reason = chooser.chosen else {
                state.message = .error(state.text(.chooseLostReason))
                state.mode = .choosingLostReason(chooser)
                return []
            }
            guard let deal = state.selectedDeal, deal.id == chooser.dealID else {
                state.mode = .browsing
                state.message = .error(state.text(.dealNoLongerOnBoard))
                return []
            }
            state.mode = .browsing
            return [.markLost(dealID: deal.id, reason: reason, expectedVersion: deal.version)]
        default:
            guard chooser.input.edit(key) else { return [] }
            if !chooser.input.isEmpty { chooser.selected = lines - 1 }
        }
        state.mode = .choosingLostReason(chooser)
        return []
    }

    /// Keys while typing the filter: every change reloads the lanes and their totals (not the stalled
    /// counts, which do not depend on the filter).
    static func filterKey(_ key: Key, _ state: inout BoardState) -> [BoardEffect] {
        switch key {
        case .enter:
            state.mode = .browsing
            return []
        case .escape:
            state.mode = .browsing
            guard !state.filter.isEmpty else { return [] }
            state.filter = ""
            return [reload(state, fromTop: true, recountsStalled: false)]
        default:
            let before = state.filter
            guard state.filterField.edit(key), state.filter != before else { return [] }
        }
        return [reload(state, fromTop: true, recountsStalled: false)]
    }

    /// Keys in the pipeline chooser.
    static func pipelineKey(_ key: Key, selected: Int, _ state: inout BoardState) -> [BoardEffect] {
        switch key {
        case .escape, .character("q"):
            state.mode = .browsing
        case .up, .character("k"):
            state.mode = .choosingPipeline(selected: max(0, selected - 1))
        case .down, .character("j"):
            state.mode = .choosingPipeline(selected: min(state.pipelines.count - 1, selected + 1))
        case .enter:
            state.mode = .browsing
            guard state.pipelines.indices.contains(selected), state.pipelines[selected].id != state.pipeline?.id else { return [] }
            let chosen = state.pipelines[selected]
            state.lanes = []
            state.focusedLane = 0
            state.firstVisibleLane = 0
            state.pipeline = chosen
            state.message = BoardMessage(state.text(.pipelineChosen(name: chosen.name)))
            return [reload(state, fromTop: true)]
        default:
            break
        }
        return []
    }
}
