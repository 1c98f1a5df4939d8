import Testing
@testable import Wording

@Suite("Text tables: every key in every language")
struct TextTableTests {
    /// Marker values no table writes by itself, so finding one in a text means the value was used.
    static let markers = ["‹ALPHA›", "‹BRAVO›", "‹CHARLIE›", "‹DELTA›"]
    static let count = 731

    @Test("every text of every language says each value the key carries, whichever language has it")
    func everyLanguageSaysEveryValue() {
        for key in Text.Key.allCases {
            let text = Text.sample(key, strings: Self.markers, count: Self.count)
            let rendered = Language.allCases.map { ($0, text.rendered(in: $0)) }
            for (language, shown) in rendered {
                for (other, otherShown) in rendered where other != language {
                    for marker in Self.markers + (Self.count..<Self.count + 4).map(String.init) where otherShown.contains(marker) {
                        #expect(shown.contains(marker), "\(key) in \(language.rawValue) lacks \(marker) that \(other.rawValue) says: \(shown)")
                    }
                }
            }
        }
    }

    @Test("every Chinese text is written and differs from the English one")
    func everyChineseTextIsTranslated() {
        for key in Text.Key.allCases {
            let text = Text.sample(key, strings: Self.markers, count: Self.count)
            let chinese = text.rendered(in: .simplifiedChinese)
            #expect(!chinese.trimmingSpaces.isEmpty, "\(key) has no Chinese text")
            #expect(chinese != text.rendered(in: .english), "\(key) reads the same in Chinese as in English: \(chinese)")
        }
    }

    @Test("every English text is written and has no Chinese in it")
    func everyEnglishTextIsWritten() {
        for key in Text.Key.allCases {
            let english = Text.sample(key, strings: Self.markers, count: Self.count).rendered(in: .english)
            #expect(!english.trimmingSpaces.isEmpty, "\(key) has no English text")
            #expect(!english.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(key) in English holds Chinese: \(english)")
        }
    }

    @Test("a sample's key is the key it was made from, so no key is left out of the checks")
    func samplesCoverEveryKey() {
        for key in Text.Key.allCases {
            #expect(Text.sample(key, strings: Self.markers, count: Self.count).key == key)
        }
    }
}

extension String {
    var trimmingSpaces: String { String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
}
