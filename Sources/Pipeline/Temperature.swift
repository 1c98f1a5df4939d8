import Wording

/// How likely a lead is to buy soon: hot, warm or cold.
public enum Temperature: String, Sendable, Hashable, CaseIterable {
    case hot
    case warm
    case cold

    /// Reads a temperature as a person writes it: `hot`, `warm`, `cold` (any case) or the words `show` prints
    /// in any language (热, 温, 冷), whatever language this run speaks, as lead sources are read.
    public static func parse(_ text: String) throws(PipelineError) -> Temperature {
        guard let temperature = Temperature(word: text) else {
            throw .invalidValue(ErrorText.temperatureInvalid(value: text, words: acceptedWords(in: Language.current)).string)
        }
        return temperature
    }

    /// The temperature a word names (`parse`'s words); nil for any other text.
    public init?(word text: String) {
        let word = text.trimmingWhitespace().lowercased()
        if let named = Temperature(rawValue: word) {
            self = named
            return
        }
        guard let shown = Self.allCases.first(where: { temperature in
            Language.allCases.contains { temperature.shownName.rendered(in: $0).lowercased() == word }
        }) else { return nil }
        self = shown
    }

    /// Every word `parse` takes, for a refusal to list: the language's own words first, then the others',
    /// in the language's list style (`hot, warm, cold, 热, 温, 冷`; `热、温、冷、hot、warm、cold`).
    public static func acceptedWords(in language: Language) -> String {
        var words: [String] = []
        for speaking in [language] + Language.allCases.filter({ $0 != language }) {
            for temperature in allCases where !words.contains(temperature.shownName.rendered(in: speaking)) {
                words.append(temperature.shownName.rendered(in: speaking))
            }
        }
        return language.listed(words)
    }

    /// A symbol that reads without colour.
    public var symbol: String {
        switch self {
        case .hot: "▲"
        case .warm: "◆"
        case .cold: "▽"
        }
    }
}

extension Temperature {
    /// hot, warm or cold as a person reads it, in the table's languages.
    public var shownName: Text {
        switch self {
        case .hot: .temperatureHot
        case .warm: .temperatureWarm
        case .cold: .temperatureCold
        }
    }
}
