import Board
import Testing

@Suite("Screen: cells measured in display columns")
struct ScreenTests {
    @Test func aWideCharacterTakesTwoCellsAndIsNeverCut() {
        var screen = Screen(width: 5, height: 1)
        let used = screen.put("ab数据", x: 0, y: 0)
        // "ab数据" is 6 columns: it is cut with an ellipsis, and 据 is dropped whole.
        #expect(used == 5)
        #expect(screen.line(0) == "ab数…")
        #expect(screen[3, 0].isContinuation)
    }

    @Test func aWideCharacterAtTheRightEdgeIsNotHalved() {
        var screen = Screen(width: 3, height: 1)
        screen.put("数", x: 2, y: 0)
        #expect(screen.line(0) == "  …")  // an ellipsis, not half a character
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.put("数据", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)
        #expect(screen.line(0) == " x据")
        #expect(!screen[1, 0].isContinuation)
    }

    @Test func controlCharactersNeverReachTheScreen() {
        var screen = Screen(width: 20, height: 1)
        screen.put("a\u{1B}[2Jb\u{07}", x: 0, y: 0)
        #expect(screen.text == "a␛[2Jb␇")
        #expect(!screen.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func emojiSequencesAreOneGraphemeInTwoCells() {
        var screen = Screen(width: 6, height: 1)
        screen.put("👩‍💻!", x: 0, y: 0)
        #expect(screen[0, 0].grapheme == "👩‍💻")
        #expect(screen[1, 0].isContinuation)
        #expect(screen.text == "👩‍💻!")
    }

    @Test func aLoneMarkIsDrawnOnADottedCircleBetweenWideNeighbours() {
        var screen = Screen(width: 12, height: 1)
        let used = screen.put("\u{301}北\u{200B}\u{308}😀x", x: 0, y: 0)
        #expect(used == 7)
        #expect(screen[0, 0].grapheme == "\u{25CC}\u{301}")
        #expect(screen[1, 0].grapheme == "北")
        #expect(screen[2, 0].isContinuation)
        #expect(screen[3, 0].grapheme == "\u{25CC}\u{308}")
        #expect(screen[4, 0].grapheme == "😀")
        #expect(screen[5, 0].isContinuation)
        #expect(screen[6, 0].grapheme == "x")
    }

    @Test func aCellOfOnlyMarksIsOneVisibleColumn() {
        var screen = Screen(width: 5, height: 1)
        screen.put("[", x: 0, y: 0)
        #expect(screen.put("\u{301}\u{302}\u{303}", x: 1, y: 0) == 1)
        screen.put("]", x: 2, y: 0)
        #expect(screen.line(0) == "[\u{25CC}\u{301}\u{302}\u{303}]  ")
    }

    @Test func framesWithTheSameCellsAreEqualHoweverTheyWereDrawn() {
        var direct = Screen(width: 8, height: 2)
        direct.put("👩‍💻 e\u{301}北", x: 0, y: 0)
        var redrawn = Screen(width: 8, height: 2)
        redrawn.put("🇨🇳👍🏽 x", x: 0, y: 0)  // graphemes of several scalars, then drawn over
        redrawn.put("👩‍💻 e\u{301}北", x: 0, y: 0)
        #expect(direct == redrawn)
        #expect(direct.hashValue == redrawn.hashValue)
        #expect(direct.line(0) == "👩‍💻 e\u{301}北  ")
        #expect((0..<8).allSatisfy { direct.sameCell(x: $0, y: 0, as: redrawn) })
        redrawn.put("a", x: 5, y: 1)
        #expect(direct != redrawn)
        #expect(!direct.sameCell(x: 5, y: 1, as: redrawn))
    }
}
