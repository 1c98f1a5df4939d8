import Testing
@testable import Pipeline

/// The byte-level fast paths an import goes through answer exactly as the rules they shortcut,
/// on random texts made of the characters that matter to each rule.
@Suite("Import fast paths agree with the full rules")
struct ImportFastPathTests {
    /// A fixed-seed generator, so a failure names a text that fails again.
    struct Texts: IteratorProtocol {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let pieces: [String]
        let maximumPieces: Int

        mutating func nextNumber() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }

        mutating func next() -> String? {
            let count = nextNumber() % (maximumPieces + 1)
            return (0..<count).map { _ in pieces[nextNumber() % pieces.count] }.joined()
        }
    }

    /// The rules before the fast paths, as they were written.
    static func trimmedByCharacters(_ text: String) -> String {
        var scalars = Substring(text)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }

    static func emailByCharacters(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !email.contains(where: \.isWhitespace)
    }

    static func phoneByCharacters(_ phone: String) -> Bool {
        let allowed = Set("0123456789 +-().x/")
        return phone.allSatisfy { allowed.contains($0) } && phone.contains(where: \.isASCIIDigit)
    }

    static let spaces = [" ", "\t", "\n", "\r\n", "\u{A0}", "\u{3000}", "\u{2028}", "\u{85}", "\u{301}", "\u{200D}", "\u{0600}"]

    @Test func trimmingKeepsTheCharacterRule() {
        var texts = Texts(pieces: Self.spaces + ["a", "北", "京", "あ", "ア", "한", "\u{1100}", "é", "🚀", "\u{3099}", "."], maximumPieces: 6)
        for _ in 0..<50_000 {
            let text = texts.next()!
            #expect(text.trimmingWhitespace() == Self.trimmedByCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test func emailsKeepTheCharacterRule() {
        var texts = Texts(pieces: ["a", "b.c", "@", ".", " ", "\t", "é", "@\u{301}", "北", "x"], maximumPieces: 6)
        for _ in 0..<50_000 {
            let text = texts.next()!.trimmingWhitespace()
            guard !text.isEmpty else { continue }
            let accepted = (try? Deal.validEmail(text)) != nil
            #expect(accepted == Self.emailByCharacters(text), "\(text.debugDescription)")
            if Deal.isPlainASCIIEmail(text) { #expect(Self.emailByCharacters(text), "\(text.debugDescription)") }
        }
    }

    @Test func phonesKeepTheCharacterRule() {
        var texts = Texts(pieces: ["1", "0", " ", "+", "-", "(", ")", ".", "x", "/", "a", "１", "1\u{301}", "\r\n", "#"], maximumPieces: 8)
        for _ in 0..<50_000 {
            let text = texts.next()!.trimmingWhitespace()
            guard !text.isEmpty else { continue }
            let accepted = (try? ContactPerson.validPhone(text)) != nil
            #expect(accepted == Self.phoneByCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["USD", "JPY", "KWD"])
    func amountsKeepTheFullRules(code: String) {
        let currency = Currency(code: code)!
        var texts = Texts(pieces: ["0", "1", "5", "9", "12", "00", "999999", ".", ",", " ", "k", "m", "-", "x"], maximumPieces: 9)
        for _ in 0..<50_000 {
            let text = texts.next()!
            let fast = Money.plainAmount(text, currency: currency)
            let full = Result { () throws(PipelineError) in try Money.parseByRules(text, currency: currency) }
            if let fast { #expect(full == .success(fast), "\(text.debugDescription)") }
            #expect((try? Money.parse(text, currency: currency)) == (try? full.get()), "\(text.debugDescription)")
        }
    }

    @Test func amountsPastSeventeenDigitsAreLeftToTheFullRules() {
        let usd = Currency(code: "USD")!
        #expect(Money.plainAmount("99999999999", currency: usd)?.minorUnits == 9_999_999_999_900)
        #expect(Money.plainAmount("123456789012345", currency: usd) == nil)
        #expect(Money.plainAmount("1234567890123456", currency: usd) == nil)
        #expect(throws: PipelineError.self) { try Money.parse("1234567890123456", currency: usd) }
    }

    @Test func textLengthsStillCountCharacters() throws {
        let flags = String(repeating: "🇯🇵", count: 200)  // 200 characters, 1,600 bytes
        #expect(try Deal.validTitle(flags) == flags)
        #expect(throws: PipelineError.self) { try Deal.validTitle(flags + "a") }
        #expect(try Deal.validText(String(repeating: "é", count: 100), field: "owner", maxLength: 100) != nil)
    }
}
