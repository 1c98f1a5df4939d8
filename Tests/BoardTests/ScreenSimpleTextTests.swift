import Pipeline
import Testing
@testable import Board

/// `Screen.put` places simple text scalar by scalar; the cells it leaves are those the full
/// grapheme path (`putMeasured`) leaves, for any text, place and room.
@Suite("Screen: simple text is placed as the full rules place it")
struct ScreenSimpleTextTests {
    /// A fixed-seed generator, so a failure names a case that fails again.
    struct Draws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
    }

    static let pieces = [
        "a", "Z", " ", "·", "…", "é", "北", "京", "，", "한", "▲", "◷", "⚑", "─", "→",
        "\u{301}", "\u{FE0F}", "😀", "🇨🇳", "\u{1B}", "▶", "ｶ", "\u{FF9E}",
    ]

    @Test func randomTextsLeaveTheSameCellsAsTheFullPath() {
        var draws = Draws()
        for _ in 0..<20_000 {
            let text = (0..<draws.next(9)).map { _ in Self.pieces[draws.next(Self.pieces.count)] }.joined()
            // A row already holding wide characters, so halves left behind are checked too.
            var screen = Screen(width: 12, height: 1)
            screen.put("数据a北京", x: draws.next(4), y: 0)
            var measured = screen
            let x = draws.next(14) - 2
            let room = min(1 + draws.next(12), 12 - max(x, 0))
            guard room > 0 else { continue }
            let used = screen.put(text, x: x, y: 0, limit: room)
            let usedMeasured = measured.putMeasured(text, x: x, y: 0, style: .plain, room: room)
            #expect(used == usedMeasured && screen == measured, "\(text.debugDescription) at \(x) in \(room)")
        }
    }

    @Test func simpleTextCutAtTheRoomEndsWithAnEllipsis() {
        var screen = Screen(width: 10, height: 1)
        #expect(screen.put("北京 · ▲ Acme", x: 0, y: 0, limit: 8) == 8)
        #expect(screen.line(0) == "北京 · …  ")  // ▲ would fill the last column the ellipsis needs
        #expect(screen.put("数据", x: 9, y: 0) == 1)
        #expect(screen.line(0) == "北京 · … …")
    }

    @Test func fillingAnAreaLeavesTheCellsSpacesPutOneByOneLeave() {
        var draws = Draws()
        for _ in 0..<5_000 {
            var screen = Screen(width: 10, height: 3)
            for row in 0..<3 { screen.put((0..<draws.next(7)).map { _ in Self.pieces[draws.next(Self.pieces.count)] }.joined(), x: draws.next(6), y: row) }
            var oneByOne = screen
            let area = Rect(x: draws.next(12) - 1, y: draws.next(4) - 1, width: draws.next(12), height: draws.next(4))
            let style = CellStyle(.selected, reverse: true)
            screen.fill(area, style: style)
            for row in 0..<3 where row >= area.y && row < area.maxY {
                for column in 0..<10 where column >= area.x && column < area.maxX { oneByOne.put(" ", x: column, y: row, style: style) }
            }
            #expect(screen == oneByOne, "\(area)")
        }
    }
}
