import Wording

/// A revenue goal as people type it, on the board's planner and on the command line alike: an amount
/// with an optional ISO currency code before or after it (`250k`, `100k EUR`, `EUR 1.5m`).
public enum RevenueGoal {
    /// The goal in `text`; its currency is the code in the text, else `currency`. A code in the text
    /// that disagrees with a `currency` given apart is refused rather than guessed.
    /// `decimalSeparator` is the config's `decimal_separator` (`Money.parse`).
    public static func parse(
        _ text: String, currency given: Currency? = nil, decimalSeparator: DecimalSeparator? = nil
    ) throws(PipelineError) -> Money {
        var named: Currency?
        var amount: [Substring] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            if word.count == 3, word.allSatisfy(\.isLetter), let code = Currency(code: String(word)) {
                named = code
            } else {
                amount.append(word)
            }
        }
        if let named, let given, named != given {
            throw .invalidValue(ErrorText.goalCurrencyClash(value: text.trimmingWhitespace(), named: named.code, given: given.code).string)
        }
        let money = try Money.parse(amount.joined(separator: " "), currency: named ?? given ?? .usd, decimalSeparator: decimalSeparator)
        guard money.minorUnits > 0 else {
            throw .invalidValue(ErrorText.goalNotPositive(value: text.trimmingWhitespace()).string)
        }
        return money
    }
}
