/// Sums of money kept apart by currency, because amounts of two currencies are never added.
public struct MoneyTotals: Hashable, Sendable {
    /// Minor units by currency.
    public private(set) var byCurrency: [Currency: Int64] = [:]

    public init() {}

    public init(_ amounts: [Money]) {
        for amount in amounts { add(amount) }
    }

    public mutating func add(_ amount: Money) {
        byCurrency[amount.currency, default: 0] += amount.minorUnits
    }

    public mutating func subtract(_ amount: Money) {
        let left = byCurrency[amount.currency, default: 0] - amount.minorUnits
        byCurrency[amount.currency] = left == 0 ? nil : left
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
}
