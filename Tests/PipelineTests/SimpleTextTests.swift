import Testing
@testable import Pipeline

/// The simple-text shortcut of `DisplayWidth` (one character per scalar, no property lookups)
/// answers exactly as the full grapheme rules do.
@Suite("Simple text is measured as the full rules measure it")
struct SimpleTextTests {
    /// Every scalar the shortcut takes: printable ASCII, the common blocks and the symbol blocks.
    static var simpleScalars: [Unicode.Scalar] {
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x80...0x2FF, 0x2500...0x257F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
            0x2000...0x2BFF, 0x3000...0x30FF, 0xFF00...0xFFEF,
        ]
        return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }.filter { DisplayWidth.simpleWidth($0.value) != nil }
    }

    /// The width rule before the shortcut: grapheme by grapheme.
    static func widthByCharacters(_ text: String) -> Int {
        text.reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// Truncation before the shortcut, as it was written.
    static func truncatedByCharacters(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if widthByCharacters(text) <= width { return text }
        let room = width - widthByCharacters(ellipsis)
        guard room >= 0 else { return String(repeating: ".", count: width) }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + ellipsis
    }

    @Test func everySimpleScalarStandsAloneWithItsFullRuleWidth() {
        let scalars = Self.simpleScalars
        #expect(scalars.count > 40_000)
        for scalar in scalars {
            let alone = String(scalar)
            #expect(DisplayWidth.simpleWidth(scalar.value) == DisplayWidth.measuredWidth(Character(scalar)), "U+\(String(scalar.value, radix: 16))")
            // No grapheme rule joins it to a letter, an ideograph, a Hangul syllable or itself.
            for neighbour in ["a", "中", "가", alone] {
                #expect((neighbour + alone).count == 2 && (alone + neighbour).count == 2, "U+\(String(scalar.value, radix: 16))")
            }
            #expect(TerminalText.visible(alone) == alone, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func whatTheShortcutRefusesIsLeftToTheFullRules() {
        for value: UInt32 in [0x0, 0x1B, 0x7F, 0x85, 0x9B, 0xAD, 0xA9, 0x200B, 0x200D, 0x200E, 0x2028, 0x202E, 0x2066, 0x20DD, 0x302E, 0x3099, 0xFE0F, 0xFF9E, 0xFF9F, 0x1F600, 0x1F1E8, 0x1100, 0x301] {
            #expect(DisplayWidth.simpleWidth(value) == nil, "U+\(String(value, radix: 16))")
        }
        #expect(DisplayWidth.simpleWidth(of: "Acme · 北京 ▲◷ ¥1,200") == 21)
        #expect(DisplayWidth.simpleWidth(of: "Acme 😀") == nil)
        #expect(DisplayWidth.simpleWidth(of: "▶\u{FE0F}") == nil)
    }

    @Test func randomTextsMeasureAndCutAsTheFullRules() {
        let pieces = [
            "a", "Z", " ", "·", "…", "é", "北", "京", "あ", "ア", "，", "。", "한", "▲", "◷", "⚑", "─", "→", "€",
            "\u{301}", "\u{FE0F}", "\u{200D}", "😀", "👍🏽", "🇨🇳", "\u{1B}", "\n", "\u{1100}", "\u{1161}", "\u{FF9E}", "ｶ", "▶", "\u{302E}",
        ]
        var texts = ImportFastPathTests.Texts(pieces: pieces, maximumPieces: 8)
        for _ in 0..<30_000 {
            let text = texts.next()!
            #expect(DisplayWidth.of(text) == Self.widthByCharacters(text), "\(text.debugDescription)")
            let width = texts.nextNumber() % 14
            #expect(Array(DisplayWidth.truncate(text, to: width).unicodeScalars) == Array(Self.truncatedByCharacters(text, to: width).unicodeScalars), "\(text.debugDescription) to \(width)")
        }
    }
}
