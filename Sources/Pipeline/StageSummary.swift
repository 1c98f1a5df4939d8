/// What one stage holds right now: how many deals, and their value and weighted value per currency.
///
/// Computed over every deal in the stage that matches the filter, never over what is on screen.
public struct StageSummary: Hashable, Sendable {
    public var stageID: Int64
    public var dealCount: Int
    public var total: MoneyTotals
    /// Value times win probability (the deal's own, else the stage's), per currency.
    public var weighted: MoneyTotals
    /// How many of the deals are in each currency: the lane header's main currency is the one most of them use.
    public var dealsByCurrency: [Currency: Int] = [:]
    /// True when some deal's own probability weighs in the weighted total (a deal of some value whose probability
    /// is not its stage's): the header then does not claim the stage's `@80%`.
    public var hasOwnProbabilities = false

    public init(stageID: Int64, dealCount: Int = 0, total: MoneyTotals = MoneyTotals(), weighted: MoneyTotals = MoneyTotals()) {
        self.stageID = stageID
        self.dealCount = dealCount
        self.total = total
        self.weighted = weighted
    }

    /// The currency most of the deals use (the earliest code of those tied); nil for an empty stage.
    public var mainCurrency: Currency? {
        dealsByCurrency.max { ($0.value, $1.key.code) < ($1.value, $0.key.code) }?.key ?? total.amounts.first?.currency
    }

    /// One currency's share of the stage: its deals, their value and weighted value.
    public struct CurrencyLine: Hashable, Sendable {
        public var deals: Int
        public var total: Money
        public var weighted: Money
    }

    /// The stage's breakdown by currency: the main currency first, then the others by whole amount (largest
    /// first, a currency's own major units, not converted), then by code.
    public var currencyLines: [CurrencyLine] {
        let main = mainCurrency
        let lines = total.amounts.map { amount in
            CurrencyLine(
                deals: dealsByCurrency[amount.currency] ?? 0, total: amount,
                weighted: Money(minorUnits: weighted.byCurrency[amount.currency] ?? 0, currency: amount.currency))
        }
        return lines.sorted { left, right in
            if (left.total.currency == main) != (right.total.currency == main) { return left.total.currency == main }
            let leftMajor = left.total.minorUnits / left.total.currency.minorUnitsPerMajor
            let rightMajor = right.total.minorUnits / right.total.currency.minorUnitsPerMajor
            if leftMajor != rightMajor { return leftMajor > rightMajor }
            return left.total.currency < right.total.currency
        }
    }

    /// Adds one currency's deals: their count, value and weighted value, and whether their own probabilities
    /// weigh in (`stageWeighted`, the value of those on the stage's probability, differs from `value`).
    public mutating func add(
        deals: Int, value: Money, weighted weightedValue: Money, stageWeighted: Int64
    ) throws(PipelineError) {
        dealCount += deals
        dealsByCurrency[value.currency, default: 0] += deals
        try total.add(value)
        try weighted.add(weightedValue)
        if stageWeighted != value.minorUnits { hasOwnProbabilities = true }
    }
}
