/// The language Funnel speaks to a person: English or Simplified Chinese.
///
/// Chosen once when Funnel starts (`chosen(setting:environment:)`): the config file's `language` wins,
/// else the locale variables, else English. Command and option names, JSON keys and CSV headers never
/// follow it: scripts must not break with the locale.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case simplifiedChinese = "zh-Hans"

    /// The values `language` accepts in the config file, for messages: `"en", "zh-Hans"`.
    public static let acceptedSettings = allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")

    /// The language a config value names (`en`, `zh-Hans`, any case); nil for anything else.
    public init?(setting: String) {
        let text = String(setting.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()).lowercased()
        guard let language = Language.allCases.first(where: { $0.rawValue.lowercased() == text }) else { return nil }
        self = language
    }

    /// The language the locale variables ask for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set
    /// decides, as it does for every POSIX program; Chinese when it starts with `zh_CN`, `zh_SG` or `zh_Hans`.
    ///
    /// The locale need not be installed: the language follows the variable, and the terminal falls back
    /// to `C.UTF-8` for character handling.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let chinese = ["zh_CN", "zh_SG", "zh_Hans", "zh-Hans", "zh-CN", "zh-SG"].contains { value.hasPrefix($0) }
            return chinese ? .simplifiedChinese : .english
        }
        return .english
    }

    /// The config file's `language` when it names one, else the locale's.
    public static func chosen(setting: Language?, environment: [String: String]) -> Language {
        setting ?? fromLocale(environment)
    }

    /// Items listed in a sentence as this language writes them: `a, b, c` in English, `a、b、c` in Chinese.
    public func listed(_ items: [String]) -> String {
        items.joined(separator: self == .simplifiedChinese ? "、" : ", ")
    }

    /// Items listed as alternatives, the last after "or": `a, b or c` in English, `a、b 或 c` in Chinese.
    public func listed(_ items: [String], orLast last: String) -> String {
        listed(items) + (self == .simplifiedChinese ? " 或 " : " or ") + last
    }

    /// The language of this run, bound once at start (`Language.$current.withValue`) by the command line.
    ///
    /// A task-local value: safe under strict concurrency, readable from any code the run calls,
    /// and a test can bind another language around the code it runs. English when nothing bound it.
    @TaskLocal public static var current: Language = .english
}
