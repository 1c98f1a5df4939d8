import Foundation
import Wording

/// swift-argument-parser's own fixed words in `--help` (`USAGE:`, `OPTIONS:`, `Show help information.`), said
/// in the run's language: the parser writes them in English, so the help text is translated line by line
/// before it is printed. Command and option names are never touched.
enum ParserWords {
    /// The headings a help line may start with, each with the words it becomes.
    static let headings: [Text] = [.parserOverview, .parserUsage, .parserArguments, .parserOptions, .parserSubcommands]
    /// The descriptions the parser gives its own flags, at the end of their lines.
    static let descriptions: [Text] = [.parserShowHelp, .parserShowVersion]

    /// The help text in `language`.
    static func spoken(_ help: String, in language: Language = Language.current) -> String {
        guard language != .english else { return help }
        let seeHelp = Text.parserSeeHelp(command: "funnel")
        return defaultsSpoken(help, in: language).split(separator: "\n", omittingEmptySubsequences: false).map { raw -> String in
            var line = String(raw)
            for heading in headings {
                let english = heading.rendered(in: .english)
                guard line.hasPrefix(english) else { continue }
                // `USAGE: funnel add` becomes `用法：funnel add`: a full-width colon needs no space after it.
                var rest = line.dropFirst(english.count)
                if rest.hasPrefix(" ") { rest = rest.dropFirst() }
                line = heading.rendered(in: language) + rest
            }
            for description in descriptions where line.hasSuffix(description.rendered(in: .english)) {
                line = line.dropLast(description.rendered(in: .english).count) + description.rendered(in: language)
            }
            if line.trimmingPrefixSpaces == seeHelp.rendered(in: .english) {
                line = seeHelp.rendered(in: language)
            }
            return line
        }.joined(separator: "\n")
    }
}

extension ParserWords {
    /// The parser's ` (default: open)` after an option's help, as `（默认：open）`; the value stays as it is.
    /// Found across a wrapped line too: the parser may break the line inside it.
    static func defaultsSpoken(_ help: String, in language: Language) -> String {
        let opening = " (default:"
        var out = ""
        var rest = Substring(help)
        while let start = rest.range(of: opening), let end = rest[start.upperBound...].firstIndex(of: ")") {
            out += rest[..<start.lowerBound]
            // One space after the colon, or the line break the parser wrapped there (kept for the layout).
            var value = rest[start.upperBound..<end]
            if value.hasPrefix(" ") { value = value.dropFirst() }
            out += CommandText.parserDefault(value: String(value)).rendered(in: language)
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}

extension String {
    fileprivate var trimmingPrefixSpaces: Substring { drop(while: { $0 == " " }) }
}
