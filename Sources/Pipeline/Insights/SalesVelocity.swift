/// How much money the open pipeline of one currency turns into per day:
/// (open deals × win rate × average won value) / median sales cycle in days.
public struct SalesVelocity: Hashable, Sendable {
    public var openDeals: Int
    public var winRate: WinRate
    public var averageWonValue: Money
    public var medianCycleDays: Double
    /// The result, rounded half up to the minor unit.
    public var perDay: Money

    /// Nil when the win rate has too little history, nothing is won, or the cycle is unknown or zero.
    public init?(openDeals: Int, winRate: WinRate, averageWonValue: Money?, medianCycleDays: Double?) {
        guard winRate.share.value != nil, let averageWonValue, let medianCycleDays, medianCycleDays > 0 else { return nil }
        self.openDeals = openDeals
        self.winRate = winRate
        self.averageWonValue = averageWonValue
        self.medianCycleDays = medianCycleDays
        // Integer counts stay exact; only the division by fractional days is done in floating point.
        let numerator = Double(openDeals) * Double(winRate.won) * Double(averageWonValue.minorUnits)
        let perDay = (numerator / (Double(winRate.closed) * medianCycleDays)).rounded(.toNearestOrAwayFromZero)
        self.perDay = Money(minorUnits: Int64(perDay), currency: averageWonValue.currency)
    }
}
