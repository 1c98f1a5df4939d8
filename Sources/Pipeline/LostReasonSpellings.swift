/// Lost reasons as salespeople typed them, one reason whatever its case or spacing: "No budget" and "no budget "
/// are the same reason, named by its most used spelling.
///
/// The report tallies lost deals by reason through it, and the board offers the reasons used before through it, so
/// an import's "No budget" and the demo's "no budget" are offered and counted once.
public struct LostReasonSpellings: Sendable {
    /// Deals per spelling, by the reason's folded form.
    private var counts: [String: [String: Int]] = [:]

    public init() {}

    /// Counts `deals` deals lost for `reason`, spelled as given.
    public mutating func add(_ reason: String, deals: Int) {
        counts[Self.folded(reason), default: [:]][reason, default: 0] += deals
    }

    /// The most used spelling of `reason` (of those added; the first in code point order on a tie), or `reason` itself
    /// when none was added.
    public func spelling(of reason: String) -> String {
        counts[Self.folded(reason)].flatMap(Self.mostUsed) ?? reason
    }

    /// The reasons, most deals first (then by name), each in its most used spelling; at most `limit`.
    public func mostUsed(limit: Int) -> [String] {
        let reasons = counts.values.compactMap { spellings in
            Self.mostUsed(spellings).map { (reason: $0, deals: spellings.values.reduce(0, +)) }
        }
        return reasons.sorted { ($0.deals, $1.reason) > ($1.deals, $0.reason) }.prefix(limit).map(\.reason)
    }

    /// A reason as it is compared: lower case, each run of white space one space, none at either end.
    public static func folded(_ reason: String) -> String {
        reason.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func mostUsed(_ spellings: [String: Int]) -> String? {
        spellings.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
