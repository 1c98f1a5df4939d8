import Pipeline
import Wording

/// Every key, from the key map, and every symbol on cards and headers, in a scrollable overlay that
/// fits 80x24 and smaller.
public struct HelpView: ScreenView {
    public var keyMap: KeyMap
    public var scroll: Int
    public var language: Language

    public init(keyMap: KeyMap, scroll: Int, language: Language = .english) {
        self.keyMap = keyMap
        self.scroll = scroll
        self.language = language
    }

    /// The help text: key column and what it does.
    public var lines: [(keys: String, summary: String)] {
        func say(_ text: Text) -> String { text.rendered(in: language) }
        var lines: [(String, String)] = [(say(.helpBoard), "")]
        for command in BoardCommand.allCases {
            lines.append((keyMap.keyNames(command), command.summary(in: language)))
        }
        lines += [
            ("", ""),
            (say(.helpCarryingCard), ""),
            ("left, right, h, l", say(.helpCarryLane)),
            ("up, down, j, k", say(.helpCarryPlace)),
            ("space, enter", say(.helpCarryDrop)),
            ("esc", say(.helpCarryBack)),
            ("", ""),
            (say(.helpDetailPane), ""),
            ("tab, shift-tab", say(.helpDetailChoose)),
            ("r", say(.helpDetailReschedule)),
            ("e", say(.helpDetailEdit)),
            ("d", say(.helpDetailDone)),
            (say(.helpKeysDelete), say(.helpDetailDelete)),
            ("", ""),
            (say(.helpForms), ""),
            ("tab, shift-tab", say(.helpFormField)),
            ("left, right", say(.helpFormCursor)),
            ("home, ctrl-a", say(.helpFormStart)),
            ("end, ctrl-e", say(.helpFormEnd)),
            ("backspace, delete", say(.helpFormDelete)),
            ("ctrl-u, ctrl-k", say(.helpFormDeleteAll)),
            ("ctrl-w", say(.helpFormDeleteWord)),
            ("enter", say(.helpFormSave)),
            (say(.helpKeyEnterAgain), say(.helpFormSaveOver)),
            ("esc", say(.helpFormCancel)),
            ("", ""),
            (say(.helpSymbols), ""),
            (Temperature.hot.symbol + " " + Temperature.warm.symbol + " " + Temperature.cold.symbol, say(.helpTemperature)),
            (CardBadges.NextActivity.none.symbol, say(.helpNoNextStep)),
            (CardBadges.NextActivity.planned.symbol, say(.helpNextStepPlanned)),
            (CardBadges.NextActivity.dueToday.symbol, say(.helpNextStepToday)),
            (CardBadges.NextActivity.overdue.symbol, say(.helpNextStepOverdue)),
            ("z", say(.helpSnoozed)),
            ("⚑ 23d", say(.helpStalled)),
            (say(.helpKeyTintedCard), say(.helpRotting)),
            ("12d", say(.helpDaysInStage)),
            ("⚑3 · 12", say(.helpStalledCount)),
            ("≈ $12k @40%", say(.helpWeighted)),
            ("▶", say(.helpSelectedCard)),
            ("≡", say(.helpCarriedCard)),
            ("◀ ▶", say(.helpMoreLanes)),
            ("↑ ↓ +N more", say(.helpMoreCards)),
            ("", ""),
            (say(.helpMouse), ""),
            ("click", say(.helpClick)),
            ("wheel", say(.helpWheel)),
        ]
        return lines
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        screen.fill(area, style: CellStyle(.overlay))
        screen.box(area, title: Text.helpTitle.rendered(in: language))
        let inner = area.inset(by: 1)
        guard inner.height > 0, inner.width > 6 else { return }
        let all = lines
        let top = max(0, min(scroll, all.count - inner.height))
        let keyWidth = min(22, inner.width / 2)
        for (row, line) in all.dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + row
            if line.summary.isEmpty {
                screen.put(line.keys, x: inner.x + 1, y: y, style: CellStyle(.header, bold: true), limit: inner.width - 2)
            } else {
                screen.put(line.keys, x: inner.x + 1, y: y, style: CellStyle(.header), limit: keyWidth)
                screen.put(line.summary, x: inner.x + 2 + keyWidth, y: y, limit: inner.width - keyWidth - 3)
            }
        }
        if top > 0 { screen.put(Text.helpMoreUp.rendered(in: language), x: area.maxX - 9, y: area.y, style: CellStyle(.dim)) }
        if top + inner.height < all.count { screen.put(Text.helpMoreDown.rendered(in: language), x: area.maxX - 9, y: area.maxY - 1, style: CellStyle(.dim)) }
    }
}
