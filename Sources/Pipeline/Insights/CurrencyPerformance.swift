/// What one currency's deals earned: won deals, their sizes, how long they took, and what is open.
///
/// Money never mixes currencies, so every money figure of a report is kept per currency.
public struct CurrencyPerformance: Hashable, Sendable {
    public var currency: Currency
    public var wonDeals: Int
    public var lostDeals: Int
    /// Sum of the won deals' values.
    public var wonValue: Money
    /// Median value of the won deals (the mean of the middle two, rounded half up); nil when none is won.
    public var medianWonValue: Money?
    /// Median days from creation to won; nil when none is won.
    public var medianCycleDays: Double?
    public var openDeals: Int
    public var openValue: Money

    public init(
        currency: Currency, wonDeals: Int = 0, lostDeals: Int = 0, wonValue: Money? = nil, medianWonValue: Money? = nil,
        medianCycleDays: Double? = nil, openDeals: Int = 0, openValue: Money? = nil
    ) {
        self.currency = currency
        self.wonDeals = wonDeals
        self.lostDeals = lostDeals
        self.wonValue = wonValue ?? .zero(currency)
        self.medianWonValue = medianWonValue
        self.medianCycleDays = medianCycleDays
        self.openDeals = openDeals
        self.openValue = openValue ?? .zero(currency)
    }

    /// Mean won deal value rounded half up to the minor unit; nil when none is won.
    public var averageWonValue: Money? {
        guard wonDeals > 0 else { return nil }
        let count = Int64(wonDeals)
        // Whole part and remainder apart: `(value × 2 + count) / (2 × count)` without doubling the sum.
        let (whole, rest) = wonValue.minorUnits.quotientAndRemainder(dividingBy: count)
        return Money(minorUnits: whole + (rest * 2 + count) / (2 * count), currency: currency)
    }

    /// Sales velocity with the pipeline's win rate; nil when any input is unknown.
    public func velocity(winRate: WinRate) -> SalesVelocity? {
        SalesVelocity(
            openDeals: openDeals, winRate: winRate, averageWonValue: averageWonValue, medianCycleDays: medianCycleDays)
    }
}
