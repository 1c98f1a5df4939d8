import Pipeline
import Wording

/// What to do next on a pipeline without open deals: add one, fill a sample pipeline, or import.
public struct EmptyPipelineView: ScreenView {
    public var keyMap: KeyMap
    public var language: Language

    public init(keyMap: KeyMap, language: Language = .english) {
        self.keyMap = keyMap
        self.language = language
    }

    /// The panel's lines: a heading, then each way in with the key or command that takes it.
    var lines: [(key: String, text: String)] {
        var ways: [(String, String)] = []
        if let newDeal = keyMap.firstKey(.newDeal) { ways.append((newDeal, Text.emptyAddDeal.rendered(in: language))) }
        ways.append(("funnel demo", Text.emptyDemo.rendered(in: language)))
        ways.append(("funnel import FILE", Text.emptyImport.rendered(in: language)))
        return ways
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        let ways = lines
        let keyWidth = ways.map { DisplayWidth.of($0.key) }.max() ?? 0
        let textWidth = ways.map { DisplayWidth.of($0.text) }.max() ?? 0
        let heading = Text.emptyHeading.rendered(in: language)
        let width = min(area.width - 2, max(DisplayWidth.of(heading), keyWidth + 2 + textWidth) + 4)
        let height = ways.count + 4
        guard width > 10, area.height >= height else { return }
        let box = area.centered(width: width, height: height)
        screen.fill(box, style: CellStyle(.overlay))
        screen.box(box)
        let inner = box.inset(by: 1)
        screen.put(heading, x: inner.x + 1, y: inner.y, style: CellStyle(.header, bold: true), limit: inner.width - 2)
        for (row, way) in ways.enumerated() {
            let y = inner.y + 2 + row
            screen.put(way.key, x: inner.x + 1, y: y, style: CellStyle(.header, bold: true), limit: inner.width - 2)
            let x = inner.x + 1 + keyWidth + 2
            screen.put(way.text, x: x, y: y, style: .plain, limit: inner.maxX - 1 - x)
        }
    }
}
