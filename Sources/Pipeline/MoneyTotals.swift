import Wording

/// Sums of money kept apart by currency, because amounts of two currencies are never added.
public struct MoneyTotals: Hashable, Sendable {
    /// Minor units by currency.
    public private(set) var byCurrency: [Currency: Int64] = [:]

    public init() {}

    public init(_ amounts: [Money]) throws(PipelineError) {
        for amount in amounts { try add(amount) }
    }

    /// Adds an amount to its currency's sum, or refuses when the sum would not fit in 64 bits.
    ///
    /// Amounts are bounded (`Money.maximumMinorUnits`), so only hundreds of thousands of the largest
    /// deals, or a database edited by hand, come here; the refusal names the currency instead of crashing.
    public mutating func add(_ amount: Money) throws(PipelineError) {
        let (sum, overflow) = byCurrency[amount.currency, default: 0].addingReportingOverflow(amount.minorUnits)
        guard !overflow else { throw MoneyTotals.tooLarge(amount.currency) }
        byCurrency[amount.currency] = sum
    }

    /// Takes an amount out of its currency's sum, or refuses when the difference would not fit in 64 bits.
    public mutating func subtract(_ amount: Money) throws(PipelineError) {
        let (left, overflow) = byCurrency[amount.currency, default: 0].subtractingReportingOverflow(amount.minorUnits)
        guard !overflow else { throw MoneyTotals.tooLarge(amount.currency) }
        byCurrency[amount.currency] = left == 0 ? nil : left
    }

    /// Adds every sum of other totals to these, as `add` does.
    public mutating func add(_ other: MoneyTotals) throws(PipelineError) {
        for amount in other.amounts { try add(amount) }
    }

    /// The refusal of a sum that does not fit: what a command says instead of a wrong total or a crash.
    public static func tooLarge(_ currency: Currency) -> PipelineError {
        .refused(ErrorText.totalTooLarge(
            currency: currency.code, limit: "\(Int64.max)", largest: Money(minorUnits: Money.maximumMinorUnits, currency: currency).formatted).string)
    }

    /// `a + b` of one currency's minor units, or the refusal of a sum past 64 bits (`tooLarge`).
    public static func adding(_ a: Int64, _ b: Int64, currency: Currency) throws(PipelineError) -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw tooLarge(currency) }
        return sum
    }

    public var isEmpty: Bool { byCurrency.isEmpty }

    /// The totals as money, ordered by currency code so that a column reads the same every time.
    public var amounts: [Money] {
        byCurrency
            .map { Money(minorUnits: $0.value, currency: $0.key) }
            .sorted { $0.currency.code < $1.currency.code }
    }

    /// `$84,000 · ¥120,000`, or `0` when there is nothing.
    public var compact: String {
        isEmpty ? "0" : amounts.map(\.compact).joined(separator: " · ")
    }

    /// Like `compact` with k/m abbreviations, for lane headers.
    public var abbreviated: String {
        isEmpty ? "0" : amounts.map(\.abbreviated).joined(separator: " · ")
    }

    /// Like `compact` shortened the way a language reads large amounts: k/m/b in English, 万/亿 in Chinese.
    public func abbreviated(in language: Language) -> String {
        isEmpty ? "0" : amounts.map { $0.abbreviated(in: language) }.joined(separator: " · ")
    }
}
