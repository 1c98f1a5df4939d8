import Pipeline
import Wording

/// A negative number the argument parser took for an option, named with the real reason it is refused.
///
/// ArgumentParser reads a word such as `-5` as a short option, so before this a negative number given
/// where a command takes a value by position failed as "Missing expected argument '<id>'" (`funnel show -5`)
/// or "Unknown option '-1'" (`funnel settings park-after-days -1`), and one given to an option of an
/// unsigned type as "The value '-1' is invalid". Options that take numbers read their next word
/// unconditionally (`parsing: .unconditional`), so their own checks refuse negatives with their rules;
/// this covers what the parser refuses before any check runs.
struct NegativeNumberArgument {
    /// The negative number as typed.
    var value: String
    /// The argument it was meant for (`id`, `--seed`), or nil when the parser did not say.
    var name: String?

    /// Nil unless the parser's refusal is about a negative number the command line holds.
    init?(parserMessage: String, arguments: [String]) {
        guard let index = arguments.indices.dropFirst().first(where: { NegativeNumberArgument.isNegativeNumber(arguments[$0]) })
        else { return nil }
        let value = arguments[index]
        self.value = value
        if parserMessage.hasPrefix("Missing expected argument '<") {
            let missing = parserMessage.dropFirst("Missing expected argument '<".count).prefix { $0 != ">" }.description
            // A title or a name may be "-5" (after `--`); only numbers are refused for their sign.
            guard NegativeNumberArgument.numericPositionals.contains(missing) else { return nil }
            name = missing
        } else if parserMessage == "Unknown option '\(value)'" {
            // `settings park-after-days -1`: the setting's name stands just before its value.
            name = NegativeNumberArgument.settings.contains(arguments[index - 1]) ? arguments[index - 1] : nil
        } else if parserMessage.hasPrefix("The value '\(value)' is invalid for '") {
            name = parserMessage.dropFirst("The value '\(value)' is invalid for '".count).prefix { $0 != " " && $0 != "'" }.description
        } else {
            return nil
        }
    }

    /// The settings `funnel settings KEY VALUE` changes, all numbers.
    static let settings: Set<String> = ["park-after-days"]

    /// The positional arguments that take a number (or a stage's name or number).
    static let numericPositionals: Set<String> = ["id", "deal-id", "activity-id", "stage", "value"]

    /// `id cannot be negative: -5`, with what is accepted.
    var message: String {
        (name.map { ErrorText.argumentNegative(name: $0, value: value) } ?? .valueNegative(value: value)).string
    }

    /// True for `-5`, `-1.5`, `-12,000` or `-2k`: a minus sign, a digit, then digits, separators or a multiplier.
    static func isNegativeNumber(_ word: String) -> Bool {
        guard word.hasPrefix("-"), let first = word.dropFirst().first, first.isASCIIDigit else { return false }
        return word.dropFirst().allSatisfy { $0.isASCIIDigit || ".,kKmM".contains($0) }
    }
}
