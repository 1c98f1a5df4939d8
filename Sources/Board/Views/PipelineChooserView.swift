import Pipeline
import Wording

/// The list of pipelines to switch to.
public struct PipelineChooserView: ScreenView {
    public var pipelines: [Pipeline]
    public var selected: Int
    public var current: Int64?
    public var language: Language

    public init(pipelines: [Pipeline], selected: Int, current: Int64?, language: Language = .english) {
        self.pipelines = pipelines
        self.selected = selected
        self.current = current
        self.language = language
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        let box = area.centered(width: 40, height: min(area.height, pipelines.count + 2))
        screen.fill(box, style: CellStyle(.overlay))
        screen.box(box, title: Text.pipelinesTitle.rendered(in: language))
        let inner = box.inset(by: 1)
        let first = max(0, min(selected - inner.height + 1, pipelines.count - inner.height))
        for (row, index) in (first..<pipelines.count).prefix(max(0, inner.height)).enumerated() {
            let isSelected = index == selected
            let style = isSelected ? CellStyle(.selected, reverse: true, bold: true) : CellStyle(.plain)
            let y = inner.y + row
            screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            let name = pipelines[index].name
            let shown = pipelines[index].id == current ? Text.pipelineOnScreen(name: name).rendered(in: language) : name
            screen.put((isSelected ? "▶ " : "  ") + shown, x: inner.x, y: y, style: style, limit: inner.width)
        }
    }
}
