import Pipeline

/// Every key, from the key map, and every symbol on cards and headers, in a scrollable overlay that
/// fits 80x24 and smaller.
public struct HelpView: ScreenView {
    public var keyMap: KeyMap
    public var scroll: Int

    public init(keyMap: KeyMap, scroll: Int) {
        self.keyMap = keyMap
        self.scroll = scroll
    }

    /// The help text: key column and what it does.
    public var lines: [(keys: String, summary: String)] {
        var lines: [(String, String)] = [("Board", "")]
        for command in BoardCommand.allCases {
            lines.append((keyMap.keyNames(command), command.summary))
        }
        lines += [
            ("", ""),
            ("Carrying a card", ""),
            ("left, right, h, l", "carry it to the lane beside"),
            ("up, down, j, k", "choose its place in the lane"),
            ("space, enter", "drop it here and save"),
            ("esc", "put it back; nothing is saved"),
            ("", ""),
            ("Detail pane (enter)", ""),
            ("tab, shift-tab", "choose the next or previous activity"),
            ("r", "reschedule it: +2d, fri 14:00, e fri 14:00"),
            ("e", "edit its subject, then its note"),
            ("d", "mark it done now"),
            ("x then y", "delete it (u brings it back)"),
            ("", ""),
            ("Forms and choosers", ""),
            ("tab, shift-tab", "next or previous field"),
            ("left, right", "move the cursor in the text"),
            ("home, ctrl-a", "to the start of the text"),
            ("end, ctrl-e", "to the end of the text"),
            ("backspace, delete", "delete before or under the cursor"),
            ("ctrl-u, ctrl-k", "delete all before or from the cursor"),
            ("ctrl-w", "delete the word before the cursor"),
            ("enter", "save"),
            ("enter again", "after \"Changed meanwhile\": save yours over it"),
            ("esc", "cancel; nothing is saved"),
            ("", ""),
            ("On cards and lane headers", ""),
            (Temperature.hot.symbol + " " + Temperature.warm.symbol + " " + Temperature.cold.symbol,
             "hot, warm, cold: from the qualification, or set by hand"),
            (CardBadges.NextActivity.none.symbol, "no next step planned"),
            (CardBadges.NextActivity.planned.symbol, "next step planned"),
            (CardBadges.NextActivity.dueToday.symbol, "next step due today"),
            (CardBadges.NextActivity.overdue.symbol, "next step overdue"),
            ("z", "snoozed: left out of the review and the stalled count"),
            ("⚑ 23d", "stalled: no progress for 23 days, past the stage's limit"),
            ("tinted card", "stalled; redder past 2x and 3x the limit"),
            ("12d", "days in the stage (when the card shows them)"),
            ("⚑3 · 12", "in a lane header: 3 of the lane's 12 deals stalled"),
            ("≈ $12k @40%", "weighted value: each deal's value times its probability"),
            ("▶", "the selected card"),
            ("≡", "the card being carried"),
            ("◀ ▶", "more lanes to the left or right"),
            ("↑ ↓ +N more", "more cards above or below"),
            ("", ""),
            ("Mouse", ""),
            ("click", "select a card"),
            ("wheel", "scroll a lane"),
        ]
        return lines
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        screen.fill(area, style: CellStyle(.overlay))
        screen.box(area, title: "Keys")
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
        if top > 0 { screen.put("↑ more", x: area.maxX - 9, y: area.y, style: CellStyle(.dim)) }
        if top + inner.height < all.count { screen.put("↓ more", x: area.maxX - 9, y: area.maxY - 1, style: CellStyle(.dim)) }
    }
}
