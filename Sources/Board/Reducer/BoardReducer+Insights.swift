import Pipeline

// MARK: - Insights and the revenue planner

extension BoardReducer {
    static func openInsights(_ state: inout BoardState) -> [BoardEffect] {
        guard let pipeline = state.pipeline else { return [] }
        state.mode = .insights(InsightsScreen())
        return [.loadReport(pipelineID: pipeline.id)]
    }

    static func openPlanner(_ state: inout BoardState) -> [BoardEffect] {
        guard state.pipeline != nil else { return [] }
        state.mode = .planner(PlannerScreen())
        return []
    }

    static func reportLoaded(_ report: PipelineReport, _ state: inout BoardState) {
        guard case .insights(var screen) = state.mode, report.pipeline.id == state.pipeline?.id else { return }
        screen.report = report
        state.mode = .insights(screen)
    }

    static func planMade(_ plan: RevenuePlan, _ state: inout BoardState) {
        guard case .planner(var screen) = state.mode else { return }
        screen.plan = plan
        screen.problem = nil
        screen.scroll = 0
        state.mode = .planner(screen)
    }

    static func planRefused(_ reason: String, _ state: inout BoardState) {
        guard case .planner(var screen) = state.mode else { return }
        screen.plan = nil
        screen.problem = reason
        state.mode = .planner(screen)
    }

    /// Rows a page key scrolls: the screen less its frame and status lines.
    static func pageRows(_ state: BoardState) -> Int { max(1, state.height - 6) }

    static func insightsKey(_ key: Key, _ screen: InsightsScreen, _ state: inout BoardState) -> [BoardEffect] {
        var screen = screen
        switch key {
        case .escape, .character("q"), .character("i"), .enter:
            state.mode = .browsing
            return []
        case .character("r"):
            guard let pipeline = state.pipeline else { return [] }
            return [.loadReport(pipelineID: pipeline.id)]
        case .down, .character("j"): screen.scroll += 1
        case .up, .character("k"): screen.scroll = max(0, screen.scroll - 1)
        case .pageDown, .character(" "): screen.scroll += pageRows(state)
        case .pageUp: screen.scroll = max(0, screen.scroll - pageRows(state))
        case .home, .character("g"): screen.scroll = 0
        default: return []
        }
        state.mode = .insights(screen)
        return []
    }

    static func plannerKey(_ key: Key, _ screen: PlannerScreen, _ state: inout BoardState) -> [BoardEffect] {
        var screen = screen
        switch key {
        case .escape:
            state.mode = .browsing
            return []
        case .enter:
            guard let pipeline = state.pipeline else { return [] }
            do {
                let goal = try PlannerScreen.parseGoal(screen.goal, decimalSeparator: state.decimalSeparator)
                screen.problem = nil
                state.mode = .planner(screen)
                return [.planGoal(pipelineID: pipeline.id, goal: goal)]
            } catch {
                screen.problem = error.description
                screen.plan = nil
            }
        case .down: screen.scroll += 1
        case .up: screen.scroll = max(0, screen.scroll - 1)
        case .pageDown: screen.scroll += pageRows(state)
        case .pageUp: screen.scroll = max(0, screen.scroll - pageRows(state))
        default:
            // 40 characters and their bytes: marks typed on one digit count too.
            let goal = screen.goal
            guard screen.goalField.edit(key, accepts: { !$0.isNewline && PlannerScreen.goalLimit.admits(goal + String($0)) }) else { return [] }
        }
        state.mode = .planner(screen)
        return []
    }
}
