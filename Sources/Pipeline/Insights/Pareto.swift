/// The share of one currency's open pipeline value held by its top 20% of open deals.
///
/// Values of two currencies cannot be ranked against each other, so each currency has its own.
public struct Pareto: Hashable, Sendable {
    /// The share of deals counted as "the top": one in five.
    public static let topFraction = (numerator: 1, denominator: 5)

    public var currency: Currency
    public var openDeals: Int
    public var totalValue: Money
    /// Value of the top `topCount` deals.
    public var topValue: Money
    /// The largest open deals, biggest first (at most as many as the report lists).
    public var topDeals: [ParetoDeal]

    public init(currency: Currency, openDeals: Int, totalValue: Money, topValue: Money, topDeals: [ParetoDeal] = []) {
        self.currency = currency
        self.openDeals = openDeals
        self.totalValue = totalValue
        self.topValue = topValue
        self.topDeals = topDeals
    }

    /// How many deals make the top 20% of `openDeals`: rounded up, so one deal of four is the top.
    public static func topCount(openDeals: Int) -> Int {
        (openDeals * topFraction.numerator + topFraction.denominator - 1) / topFraction.denominator
    }

    public var topCount: Int { Pareto.topCount(openDeals: openDeals) }

    /// Top value over total value; nil with fewer than five open deals or no value at all.
    public var share: Double? {
        guard openDeals >= DealShare.minimumDeals, totalValue.minorUnits > 0 else { return nil }
        return Double(topValue.minorUnits) / Double(totalValue.minorUnits)
    }
}

/// One deal of a Pareto top list.
public struct ParetoDeal: Hashable, Sendable {
    public var id: Int64
    public var title: String
    public var value: Money
    public var stageName: String

    public init(id: Int64, title: String, value: Money, stageName: String) {
        self.id = id
        self.title = title
        self.value = value
        self.stageName = stageName
    }
}
