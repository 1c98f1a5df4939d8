import Pipeline

/// The insights screen: the report's lines (funnel bars, time in stage, forecast with the weighted
/// part solid and the rest shaded, top 20%, owners, sources, lost reasons), scrolled in a frame.
public struct InsightsView: ScreenView {
    public var screen: InsightsScreen

    public init(screen: InsightsScreen) { self.screen = screen }

    public func draw(on target: inout Screen, in area: Rect) {
        target.fill(area, style: CellStyle(.overlay))
        target.box(area, title: "Insights" + (screen.report.map { " · " + $0.pipeline.name } ?? ""))
        let inner = area.inset(by: 1)
        guard inner.height > 0, inner.width > 6 else { return }
        guard let report = screen.report else {
            target.put("Counting every deal…", x: inner.x + 1, y: inner.y, style: CellStyle(.dim), limit: inner.width - 2)
            return
        }
        ScrolledLines(lines: ReportPage.lines(report, width: inner.width - 2), scroll: screen.scroll)
            .draw(on: &target, in: area)
    }
}
