import Foundation
import Wording

/// swift-argument-parser's own refusals (`Missing expected argument '<id>'`, `Unknown option '--vaule'`),
/// said in the run's language.
///
/// The parser's errors are internal types of the library (`ParserError` inside `CommandError`), and it
/// offers no hook to word them: a program only gets their English sentence (`Funnel.message(for:)`).
/// So the sentence is matched against the templates the library writes (swift-argument-parser 1.8,
/// `ErrorMessageGenerator` in `Usage/UsageGenerator.swift`), its values taken out and said again through
/// `ErrorText`. A sentence that matches no template stays exactly as the parser wrote it, in English:
/// never a half-translated line. `ParserMessageTests` makes the real parser refuse each case, so a
/// library upgrade that rewords one fails there instead of quietly falling back to English.
enum ParserMessage {
    /// The parser's one-line message in `language`; unchanged in English or when no template matches.
    static func spoken(_ message: String, in language: Language = Language.current) -> String {
        guard language != .english, let text = text(of: message) else { return message }
        return text.rendered(in: language)
    }

    /// The typed text of one of the parser's messages, or nil when it is not one the tables know.
    static func text(of message: String) -> ErrorText? {
        if message == "Missing required subcommand." { return .parserMissingSubcommand }
        if let name = message.between("Missing expected argument '", "'") { return .parserMissingArgument(name: name) }
        if let names = message.between("Missing one of: '", "'") { return .parserMissingOneOf(names: names) }
        if let both = message.between("Unknown option '", "'?"), let (name, suggestion) = both.split(atLast: "'. Did you mean '") {
            return .parserUnknownOptionSuggestion(name: name, suggestion: suggestion)
        }
        if let name = message.between("Unknown option '", "'") { return .parserUnknownOption(name: name) }
        if let option = message.between("Missing value for '", "'") { return .parserMissingValue(option: option) }
        // A value may hold anything, an argument's name never a quote: split at the last separator.
        if let both = message.between("The value '", "'"), let (value, argument) = both.split(atLast: "' is invalid for '"),
            !argument.contains("'") {
            return .parserInvalidValue(value: value, argument: argument)
        }
        if let value = message.between("Unexpected argument '", "'") { return .parserUnexpectedArgument(value: value) }
        if let both = message.between("The option '", "' was specified."), let (option, value) = both.split(atFirst: "' does not take any value, but '") {
            return .parserFlagTakesNoValue(option: option, value: value)
        }
        if let separator = message.range(of: " unexpected arguments: '"), let count = Int(message[..<separator.lowerBound]),
            let values = String(message[separator.lowerBound...]).between(" unexpected arguments: '", "'") {
            return .parserUnexpectedArguments(count: count, values: values)
        }
        return nil
    }
}

extension String {
    /// What stands between `prefix` and `suffix` when the string starts and ends with them.
    fileprivate func between(_ prefix: String, _ suffix: String) -> String? {
        guard hasPrefix(prefix), hasSuffix(suffix), count >= prefix.count + suffix.count else { return nil }
        return String(dropFirst(prefix.count).dropLast(suffix.count))
    }

    /// The parts before and after the last `separator`.
    fileprivate func split(atLast separator: String) -> (String, String)? {
        guard let range = range(of: separator, options: .backwards) else { return nil }
        return (String(self[..<range.lowerBound]), String(self[range.upperBound...]))
    }

    /// The parts before and after the first `separator`.
    fileprivate func split(atFirst separator: String) -> (String, String)? {
        guard let range = range(of: separator) else { return nil }
        return (String(self[..<range.lowerBound]), String(self[range.upperBound...]))
    }
}
