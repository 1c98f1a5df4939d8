import Wording

/// Where a deal stands: still being worked, won, or lost.
public enum DealStatus: String, Sendable, Hashable, CaseIterable {
    case open
    case won
    case lost

    /// Parses `open`, `won` or `lost`, case-insensitively.
    public static func parse(_ text: String) throws(PipelineError) -> DealStatus {
        try parseChoice(text, what: "status")
    }
}

/// Parses a user's word into one of an enum's cases, or explains which words are accepted.
func parseChoice<Choice: RawRepresentable & CaseIterable>(_ text: String, what: String) throws(PipelineError) -> Choice
where Choice.RawValue == String {
    let word = text.trimmingWhitespace().lowercased()
    if let choice = Choice(rawValue: word) { return choice }
    let accepted = Language.current.listed(Choice.allCases.map(\.rawValue))
    throw .invalidValue(ErrorText.choiceInvalid(what: what, value: text, accepted: accepted).string)
}

extension DealStatus {
    /// The status as a person reads it: open, won or lost in the run's language (JSON keeps the raw value).
    public var shownName: Text {
        switch self {
        case .open: .dealStatusOpen
        case .won: .dealStatusWon
        case .lost: .dealStatusLost
        }
    }
}
