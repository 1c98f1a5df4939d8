import Pipeline
import Wording

/// The insights screen: the report's lines (funnel bars, time in stage, forecast with the weighted
/// part solid and the rest shaded, top 20%, owners, sources, lost reasons), scrolled in a frame.
public struct InsightsView: ScreenView {
    public var screen: InsightsScreen
    public var language: Language
    /// How the report's days are written (the board's `date_format`).
    public var dateFormat: DateFormat

    public init(screen: InsightsScreen, language: Language = .english, dateFormat: DateFormat = .iso) {
        self.screen = screen
        self.language = language
        self.dateFormat = dateFormat
    }

    public func draw(on target: inout Screen, in area: Rect) {
        target.fill(area, style: CellStyle(.overlay))
        target.box(area, title: ReportText.insightsTitle(pipeline: screen.report?.pipeline.name).rendered(in: language))
        let inner = area.inset(by: 1)
        guard inner.height > 0, inner.width > 6 else { return }
        guard let report = screen.report else {
            target.put(ReportText.insightsCounting.rendered(in: language), x: inner.x + 1, y: inner.y, style: CellStyle(.dim), limit: inner.width - 2)
            return
        }
        ScrolledLines(
            lines: ReportPage.lines(report, width: inner.width - 2, language: language, dateFormat: dateFormat), scroll: screen.scroll,
            language: language
        ).draw(on: &target, in: area)
    }
}
