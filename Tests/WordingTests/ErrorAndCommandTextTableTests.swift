import Foundation
import Testing
@testable import Wording

/// A table of typed texts: its keys, a sample of each with marker values, and its languages.
protocol WordingTable {
    associatedtype Key: CaseIterable & Equatable
    static func sample(_ key: Key, strings: [String], count: Int) -> Self
    var key: Key { get }
    func rendered(in language: Language) -> String
}

extension Text: WordingTable {}
extension ErrorText: WordingTable {}
extension CommandText: WordingTable {}

/// The checks of `TextTableTests` for the error and command tables: every key in both languages,
/// the same values said in each, Chinese written and no Chinese in English.
@Suite("Error and command text tables: every key in every language")
struct ErrorAndCommandTextTableTests {
    static let markers = TextTableTests.markers
    static let count = TextTableTests.count

    static func problems<T: WordingTable>(of table: T.Type) -> [String] {
        var problems: [String] = []
        let numbers = (count..<count + 4).map(String.init)
        for key in T.Key.allCases {
            let text = T.sample(key, strings: markers, count: count)
            if text.key != key { problems.append("\(key)'s sample is \(text.key)") }
            let english = text.rendered(in: .english)
            let chinese = text.rendered(in: .simplifiedChinese)
            for marker in markers + numbers where english.contains(marker) != chinese.contains(marker) {
                problems.append("\(key): \(marker) is said in one language only: \(english) | \(chinese)")
            }
            if english.trimmingSpaces.isEmpty { problems.append("\(key) has no English text") }
            if chinese.trimmingSpaces.isEmpty { problems.append("\(key) has no Chinese text") }
            if chinese == english { problems.append("\(key) reads the same in Chinese as in English: \(chinese)") }
            let englishWords = inputForms.reduce(english) { $0.replacingOccurrences(of: $1, with: "") }
            if englishWords.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
                problems.append("\(key) in English holds Chinese: \(english)")
            }
        }
        return problems
    }

    @Test("every error text says each value in both languages, and Chinese is written")
    func errorTexts() {
        #expect(Self.problems(of: ErrorText.self) == [])
    }

    @Test("every command text says each value in both languages, and Chinese is written")
    func commandTexts() {
        #expect(Self.problems(of: CommandText.self) == [])
    }

    @Test("the checks find a missing value, an untranslated text and a wrong sample")
    func theChecksCanFail() {
        let problems = Self.problems(of: BrokenTable.self)
        #expect(problems.contains { $0.hasPrefix("dropsValue: ‹ALPHA› is said in one language only") })
        #expect(problems.contains { $0.hasPrefix("untranslated reads the same in Chinese as in English") })
        #expect(problems.contains { $0.hasPrefix("wrongSample's sample is untranslated") })
    }
}

/// A table with three faults, so the checks above are seen to fail.
private enum BrokenTable: WordingTable {
    case dropsValue(String), untranslated, wrongSample
    enum Key: CaseIterable { case dropsValue, untranslated, wrongSample }
    static func sample(_ key: Key, strings: [String], count: Int) -> BrokenTable {
        switch key {
        case .dropsValue: .dropsValue(strings[0])
        case .untranslated: .untranslated
        case .wrongSample: .untranslated
        }
    }
    var key: Key {
        switch self {
        case .dropsValue: .dropsValue
        case .untranslated, .wrongSample: .untranslated
        }
    }
    func rendered(in language: Language) -> String {
        switch (self, language) {
        case (.dropsValue(let value), .english): "deal \(value)"
        case (.dropsValue, .simplifiedChinese): "商机"
        case (.untranslated, _), (.wrongSample, _): "deal"
        }
    }
}

/// Chinese input forms that English texts quote on purpose, since Funnel reads them in any language.
private let inputForms = ["12万", "3亿", "今天", "明天", "后天", "周五", "下周一", "下周"]
