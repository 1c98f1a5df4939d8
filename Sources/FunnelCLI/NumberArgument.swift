import Wording

/// A deal or activity number given as something that is not one (`funnel show abc`), refused with what is
/// accepted instead of the parser's "The value 'abc' is invalid for '<id>'".
struct NumberArgument {
    /// The value as typed.
    var value: String
    /// Whether it stood for an activity's number rather than a deal's.
    var isActivity: Bool

    /// Nil unless the parser refused a value given for a deal's or an activity's number.
    init?(parserMessage: String) {
        let prefix = "The value '"
        guard parserMessage.hasPrefix(prefix), let separator = parserMessage.range(of: "' is invalid for '", options: .backwards)
        else { return nil }
        let argument = parserMessage[separator.upperBound...].prefix { $0 != "'" }
        guard let isActivity = Self.arguments[String(argument)] else { return nil }
        self.value = String(parserMessage[parserMessage.index(parserMessage.startIndex, offsetBy: prefix.count)..<separator.lowerBound])
        self.isActivity = isActivity
    }

    /// The arguments that take a deal's or an activity's number, as the parser names them, and whether
    /// each is an activity's.
    static let arguments: [String: Bool] = ["<id>": false, "<deal-id>": false, "--deal <id>": false, "<activity-id>": true]

    /// `'abc' is not a deal number: …, e.g. 12`.
    var message: String {
        (isActivity ? ErrorText.activityNumberInvalid(value: value) : .dealNumberInvalid(value: value)).string
    }
}
