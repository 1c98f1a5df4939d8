/// How much money the open pipeline of one currency turns into per day:
/// (open deals × win rate × average won value) / median sales cycle in days.
public struct SalesVelocity: Hashable, Sendable {
    public var openDeals: Int
    public var winRate: WinRate
    public var averageWonValue: Money
    public var medianCycleDays: Double
    /// The result, rounded half up to the minor unit.
    public var perDay: Money

    /// Nil when the win rate has too little history, nothing is won, the cycle is unknown or zero, or the rate
    /// does not fit in 64 bits.
    public init?(openDeals: Int, winRate: WinRate, averageWonValue: Money?, medianCycleDays: Double?) {
        guard winRate.share.value != nil, let averageWonValue, let medianCycleDays, medianCycleDays > 0 else { return nil }
        self.openDeals = openDeals
        self.winRate = winRate
        self.averageWonValue = averageWonValue
        self.medianCycleDays = medianCycleDays
        // Integer counts stay exact; only the division by fractional days is done in floating point.
        let numerator = Double(openDeals) * Double(winRate.won) * Double(averageWonValue.minorUnits)
        let perDay = (numerator / (Double(winRate.closed) * medianCycleDays)).rounded(.toNearestOrAwayFromZero)
        // Hundreds of thousands of the largest deals make a rate past 64 bits: unknown rather than a crash.
        guard let minorUnits = Int64(exactly: perDay) else { return nil }
        self.perDay = Money(minorUnits: minorUnits, currency: averageWonValue.currency)
    }
}
