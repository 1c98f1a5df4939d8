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
            // The form stays open until the store answers: a saved change closes it, a refusal keeps what was typed.
            do {
                var draft = try form.draft()
                // `me` (or `我`) in the owner field is the user, as `--owner me` on the command line.
                if let owner = draft.owner, let salesperson = state.salesperson { draft.owner = salesperson.owner(given: owner) }
                switch form.purpose {
                case .create(let stageID):
                    guard let pipeline = state.pipeline else { return [] }
                    state.mode = .form(form)
                    return [.createDeal(draft, pipelineID: pipeline.id, stageID: stageID)]
                case .edit(let deal):
                    state.mode = .form(form)
                    return [.editDeal(shown: deal, draft)]
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

    /// What a key did to the lost-reason chooser.
    enum LostReasonOutcome {
        case choosing
        case cancelled
        case chosen(String)
    }

    /// A key in the lost-reason chooser, on the board or in the review: arrows choose, typing writes a new
    /// reason, Enter on nothing says so in the chooser.
    static func lostReasonChooserKey(_ key: Key, _ chooser: inout LostReasonChooser) -> LostReasonOutcome {
        let lines = (chooser.reasons?.count ?? 0) + 1
        switch key {
        case .escape:
            return .cancelled
        case .up:
            chooser.selected = max(0, chooser.selected - 1)
        case .down, .tab:
            chooser.selected = min(lines - 1, chooser.selected + 1)
        case .enter:
            guard let reason = chooser.chosen else {
                chooser.error = LostReasonChooser.nothingChosen
                return .choosing
            }
            return .chosen(reason)
        default:
            guard chooser.input.edit(key) else { return .choosing }
            chooser.error = nil
            if !chooser.input.isEmpty { chooser.selected = lines - 1 }
        }
        return .choosing
    }

    /// Keys in the lost-reason chooser of `x`.
    static func lostReasonKey(_ key: Key, _ chooser: LostReasonChooser, _ state: inout BoardState) -> [BoardEffect] {
        var chooser = chooser
        switch lostReasonChooserKey(key, &chooser) {
        case .choosing:
            state.mode = .choosingLostReason(chooser)
            return []
        case .cancelled:
            state.mode = .browsing
            state.message = BoardMessage(state.text(.nothingSaved))
            return []
        case .chosen(let reason):
            state.mode = .browsing
            if let deal = state.selectedDeal, deal.id == chooser.dealID {
                return [.markLost(dealID: deal.id, reason: reason, expectedVersion: deal.version)]
            }
            // The deal left the board while the reason was chosen (someone closed, parked or deleted it): the store
            // refuses the close from the version the chooser was opened on, saying who did what.
            guard let version = chooser.dealVersion else {
                state.message = .error(state.text(.dealNoLongerOnBoard))
                return []
            }
            return [.markLost(dealID: chooser.dealID, reason: reason, expectedVersion: version)]
        }
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
