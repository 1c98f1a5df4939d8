import Testing
@testable import Pipeline

@Suite("Text on a terminal")
struct TerminalTextTests {
    @Test("display width per grapheme", arguments: [
        ("Acme", 4), ("北京星云", 8), ("株式会社サクラ", 14), ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇨🇳", 2),
        ("Café", 4), ("Cafe\u{301}", 4), ("한국어", 6), ("ＡＢ", 4), ("❤️", 2), ("", 0), ("a\u{200B}b", 2),
    ])
    func width(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func truncationNeverHalvesAWideCharacter() {
        #expect(DisplayWidth.truncate("北京星云科技", to: 6) == "北京…")
        #expect(DisplayWidth.truncate("北京星云科技", to: 7) == "北京星…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("北京星云科技", to: 6)) == 5)
        #expect(DisplayWidth.truncate("Acme renewal", to: 8) == "Acme re…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.truncate("😀😀😀", to: 4) == "😀…")
        #expect(DisplayWidth.padded("北京", to: 6) == "北京  ")
        #expect(DisplayWidth.leftPadded("$5", to: 4) == "  $5")
    }

    @Test func controlCharactersBecomeVisible() {
        #expect(TerminalText.visible("Acme\u{1B}[2J") == "Acme␛[2J")
        #expect(TerminalText.visible("a\u{7}b\u{7F}") == "a␇b␡")
        #expect(TerminalText.visible("x\u{9B}31m") == "x�31m")
        #expect(TerminalText.visible("evil\u{202E}txt") == "evil�txt")
        #expect(TerminalText.visible("\u{1B}]52;c;SGVsbG8=\u{7}") == "␛]52;c;SGVsbG8=␇")
        #expect(TerminalText.visible("北京 ok") == "北京 ok")
        #expect(TerminalText.visibleLines("one\ntwo\u{1B}") == ["one", "two␛"])
        #expect(!TerminalText.visible("a\nb\tc\r").unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test("a mark with nothing to combine with is put on a dotted circle", arguments: [
        ("\u{301}Acme", "\u{25CC}\u{301}Acme"),
        ("\u{301}\u{308}\u{323}", "\u{25CC}\u{301}\u{308}\u{323}"),
        ("\u{20DD}", "\u{25CC}\u{20DD}"),
        ("\u{FE0F}x", "\u{25CC}\u{FE0F}x"),
        ("北京\u{200B}\u{301}数据", "北京\u{200B}\u{25CC}\u{301}数据"),
        ("😀\u{FEFF}\u{301}", "😀\u{FEFF}\u{25CC}\u{301}"),
        ("\u{1B}\u{301}", "␛\u{301}"),
        ("Cafe\u{301}", "Cafe\u{301}"),
        ("北\u{301}京", "北\u{301}京"),
        ("👍\u{301}", "👍\u{301}"),
        ("a\u{200D}\u{301}", "a\u{200D}\u{301}"),
        ("\u{600}\u{301}", "\u{600}\u{301}"),
    ])
    func loneMarksGetABase(text: String, shown: String) {
        let visible = TerminalText.visible(text)
        #expect(visible.unicodeScalars.map(\.value) == shown.unicodeScalars.map(\.value))
        #expect(!visible.contains(where: TerminalText.opensWithMark))
    }

    @Test func aBaseForLoneMarksKeepsColumnsCounted() {
        // The mark and its base take one column, next to wide neighbours that take two.
        #expect(DisplayWidth.of(TerminalText.visible("\u{301}")) == 1)
        #expect(DisplayWidth.of(TerminalText.visible("\u{301}\u{302}北京😀")) == 7)
        #expect(DisplayWidth.of(TerminalText.visible("数\u{200B}\u{301}👩‍💻")) == 5)
        #expect(DisplayWidth.truncate(TerminalText.visible("\u{301}北京数据"), to: 4) == "\u{25CC}\u{301}北…")
    }

    /// The quick scan looks for lone marks only where Unicode lets one open a character; after every
    /// assigned scalar of the multilingual and supplementary planes and the tags, none slips through.
    @Test func noScalarBeforeAMarkHidesItFromTheScan() {
        let ranges: [ClosedRange<UInt32>] = [0x0...0xD7FF, 0xE000...0x3_FFFF, 0xE_0000...0xE_0FFF]
        var missed: [String] = []
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = String(Character(scalar)) + "\u{301}x"
                if TerminalText.visible(text).contains(where: TerminalText.opensWithMark) {
                    missed.append(String(value, radix: 16))
                }
            }
        }
        #expect(missed.isEmpty, "a mark after U+\(missed.prefix(20).joined(separator: ", U+")) kept no base")
    }
}
