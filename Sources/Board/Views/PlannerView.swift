import Pipeline

/// The revenue planner: a goal prompt, then the plan's lines (stages, gaps, the headline), or why it failed.
public struct PlannerView: ScreenView {
    public var screen: PlannerScreen
    public var pipeline: Pipeline?

    public init(screen: PlannerScreen, pipeline: Pipeline?) {
        self.screen = screen
        self.pipeline = pipeline
    }

    public func draw(on target: inout Screen, in area: Rect) {
        target.fill(area, style: CellStyle(.overlay))
        target.box(area, title: "Revenue planner" + (pipeline.map { " · " + $0.name } ?? ""))
        let inner = area.inset(by: 1)
        guard inner.height > 1, inner.width > 6 else { return }
        let prompt = "Goal: "
        let used = target.put(prompt, x: inner.x + 1, y: inner.y, style: CellStyle(.header, bold: true), limit: inner.width - 2)
        TextFieldView(field: screen.goalField, style: .plain)
            .draw(on: &target, in: Rect(x: inner.x + 1 + used, y: inner.y, width: inner.width - 2 - used, height: 1))
        if screen.goal.isEmpty && screen.plan == nil {
            target.put("e.g. 250k, 100k EUR", x: inner.x + 2 + used, y: inner.y, style: CellStyle(.dim), limit: inner.width - 4 - used)
        }
        var lines: [String] = [""]
        if let problem = screen.problem {
            lines.append(problem)
        } else if let plan = screen.plan, let pipeline {
            lines += RevenuePlanPage.lines(plan, pipeline: pipeline)
        } else {
            lines += [
                "Type the revenue goal and press enter: how many won deals it takes,",
                "how many deals each stage needs, and how many new deals to add at the top.",
            ]
        }
        ScrolledLines(lines: lines, scroll: screen.scroll, reservedRows: 1).draw(on: &target, in: area)
    }
}
