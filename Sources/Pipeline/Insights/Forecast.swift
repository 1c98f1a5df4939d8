/// Open deals' value by the month they are expected to close, for the next six months,
/// unweighted and weighted by win probability (the deal's own, else its stage's).
public struct Forecast: Hashable, Sendable {
    /// Months covered: the current one and the five after it.
    public static let monthCount = 6

    public var months: [ForecastMonth]
    /// Open deals whose expected close date is before the current month.
    public var overdue: ForecastMonth.Bucket
    /// Open deals expected to close after the last month covered.
    public var later: ForecastMonth.Bucket
    /// Open deals without an expected close date.
    public var undated: ForecastMonth.Bucket

    /// Empty months starting at `first`.
    public init(startingAt first: CalendarMonth) {
        months = (0..<Forecast.monthCount).map { ForecastMonth(month: first.adding(months: $0)) }
        overdue = ForecastMonth.Bucket()
        later = ForecastMonth.Bucket()
        undated = ForecastMonth.Bucket()
    }

    /// Adds deals of one currency expected to close in `month` (nil: no date).
    ///
    /// `weightedHundredths` is the sum of value × probability; it is rounded half up once per month and currency.
    public mutating func add(month: CalendarMonth?, deals: Int, total: Money, weightedHundredths: Int64) throws(PipelineError) {
        let weighted = Money(minorUnits: weightedHundredths / 100 + (weightedHundredths % 100 + 50) / 100, currency: total.currency)
        guard let month else {
            try undated.add(deals: deals, total: total, weighted: weighted)
            return
        }
        if month < months[0].month {
            try overdue.add(deals: deals, total: total, weighted: weighted)
        } else if let index = months.firstIndex(where: { $0.month == month }) {
            try months[index].bucket.add(deals: deals, total: total, weighted: weighted)
        } else {
            try later.add(deals: deals, total: total, weighted: weighted)
        }
    }
}

/// One month of a forecast.
public struct ForecastMonth: Hashable, Sendable {
    public var month: CalendarMonth
    public var bucket: Bucket

    public init(month: CalendarMonth, bucket: Bucket = Bucket()) {
        self.month = month
        self.bucket = bucket
    }

    /// Deals, their value and weighted value, per currency.
    public struct Bucket: Hashable, Sendable {
        public var deals: Int = 0
        public var total = MoneyTotals()
        public var weighted = MoneyTotals()

        public init() {}

        public mutating func add(deals count: Int, total amount: Money, weighted weightedAmount: Money) throws(PipelineError) {
            deals += count
            try total.add(amount)
            try weighted.add(weightedAmount)
        }
    }
}
