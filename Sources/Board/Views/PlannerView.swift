import Pipeline
import Wording

/// The revenue planner: a goal prompt, then the plan's lines (stages, gaps, the headline), or why it failed.
public struct PlannerView: ScreenView {
    public var screen: PlannerScreen
    public var pipeline: Pipeline?
    public var language: Language
    /// How the plan's days are written (the board's `date_format`).
    public var dateFormat: DateFormat

    public init(screen: PlannerScreen, pipeline: Pipeline?, language: Language = .english, dateFormat: DateFormat = .iso) {
        self.screen = screen
        self.pipeline = pipeline
        self.language = language
        self.dateFormat = dateFormat
    }

    func say(_ text: ReportText) -> String { text.rendered(in: language) }

    public func draw(on target: inout Screen, in area: Rect) {
        target.fill(area, style: CellStyle(.overlay))
        target.box(area, title: say(.plannerTitle(pipeline: pipeline?.name)))
        let inner = area.inset(by: 1)
        guard inner.height > 1, inner.width > 6 else { return }
        let used = target.put(say(.plannerGoalPrompt), x: inner.x + 1, y: inner.y, style: CellStyle(.header, bold: true), limit: inner.width - 2)
        TextFieldView(field: screen.goalField, style: .plain)
            .draw(on: &target, in: Rect(x: inner.x + 1 + used, y: inner.y, width: inner.width - 2 - used, height: 1))
        if screen.goal.isEmpty && screen.plan == nil {
            target.put(say(.plannerGoalExample), x: inner.x + 2 + used, y: inner.y, style: CellStyle(.dim), limit: inner.width - 4 - used)
        }
        var lines: [String] = [""]
        if let problem = screen.problem {
            lines.append(problem)
        } else if let plan = screen.plan, let pipeline {
            lines += RevenuePlanPage.lines(plan, pipeline: pipeline, language: language, dateFormat: dateFormat)
        } else {
            lines += say(.plannerIntro).split(separator: "\n").map(String.init)
        }
        ScrolledLines(lines: lines, scroll: screen.scroll, reservedRows: 1, language: language).draw(on: &target, in: area)
    }
}
