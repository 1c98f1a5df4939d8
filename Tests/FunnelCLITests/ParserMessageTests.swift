import ArgumentParser
import Testing
@testable import FunnelCLI
import Wording

/// swift-argument-parser's own refusals, made by the real parser, are each recognised and said in
/// Chinese; English stays the parser's sentence (issue 19). A library upgrade that rewords one of
/// them fails here, instead of leaving it quietly in English.
@Suite("The argument parser's refusals in the run's language")
struct ParserMessageTests {
    /// The one-line message the command line prints for arguments the parser refuses.
    static func parserMessage(_ arguments: [String]) -> String {
        do {
            _ = try Funnel.parseAsRoot(arguments)
            return "parsed"
        } catch {
            var message = Funnel.message(for: error).split(separator: "\n").first.map(String.init) ?? ""
            if message.hasPrefix("Error: ") { message = String(message.dropFirst(7)) }
            return message
        }
    }

    @Test("each refusal of the parser is recognised, with its values", arguments: [
        (["show"], ErrorText.parserMissingArgument(name: "<id>"), "缺少参数“<id>”"),
        (["list", "--stauts", "open"], .parserUnknownOptionSuggestion(name: "--stauts", suggestion: "--status"), "未知的选项“--stauts”。是不是想用“--status”？"),
        (["list", "--zzzzzzzz"], .parserUnknownOption(name: "--zzzzzzzz"), "未知的选项“--zzzzzzzz”"),
        (["list", "--status"], .parserMissingValue(option: "--status <status>"), "选项“--status <status>”缺少值"),
        (["show", "it's 5"], .parserInvalidValue(value: "it's 5", argument: "<id>"), "“it's 5”不是“<id>”的有效值"),
        (["show", "1", "2"], .parserUnexpectedArgument(value: "2"), "多余的参数“2”"),
        (["list", "a", "b", "c"], .parserUnexpectedArguments(count: 3, values: "a', 'b', 'c"), "3 个多余的参数：'a', 'b', 'c'"),
        (["delete", "1", "--yes=3"], .parserFlagTakesNoValue(option: "--yes", value: "3"), "选项“--yes”不接受值，但给出了“3”。"),
    ])
    func realRefusals(arguments: [String], expected: ErrorText, chinese: String) {
        let message = Language.$current.withValue(.english) { Self.parserMessage(arguments) }
        #expect(ParserMessage.text(of: message) == expected, "\(arguments): \(message)")
        // The English table says exactly what the parser says: English output does not change.
        #expect(expected.rendered(in: .english) == message)
        #expect(ParserMessage.spoken(message, in: .english) == message)
        #expect(ParserMessage.spoken(message, in: .simplifiedChinese) == chinese)
    }

    @Test("the parser's templates no command line here can reach are recognised too")
    func otherTemplates() {
        #expect(ParserMessage.text(of: "Missing one of: '--a', '--b'") == .parserMissingOneOf(names: "--a', '--b"))
        #expect(ParserMessage.text(of: "Missing required subcommand.") == .parserMissingSubcommand)
    }

    @Test("a message no template matches stays as the parser wrote it, in English")
    func unknownMessagesStay() {
        for message in [
            "The value 'x' is invalid for '--kind <kind>': not a kind", "Value to be set with flag '--a' had already been set",
            "Invalid option: -?", "",
        ] {
            #expect(ParserMessage.text(of: message) == nil, "\(message)")
            #expect(ParserMessage.spoken(message, in: .simplifiedChinese) == message)
        }
    }

    @Test("the parser's default values in --help read in Chinese, even across a wrapped line")
    func defaults() {
        let help = "  --status <status>       open、won、lost 或 all。 (default: open)\n  --deals <n>   商机数量。 (default:\n                80)"
        #expect(ParserWords.defaultsSpoken(help, in: .simplifiedChinese)
            == "  --status <status>       open、won、lost 或 all。（默认：open）\n  --deals <n>   商机数量。（默认：\n                80）")
        #expect(ParserWords.spoken(help, in: .english) == help)
    }
}
