/// The open deals per stage and the forecast by expected close month, summed from groups of open deals.
///
/// Both engines read the same groups (one per stage, expected close day and currency, with their count, total,
/// value × probability in hundredths and the value of those on their stage's probability) and add each here, so
/// the lanes' figures and the forecast are added up one way whatever the database. Days are gathered into months;
/// weighted sums are rounded half up once per stage or month and currency, when the figures are taken.
public struct OpenDealTally: Sendable {
    private var summaries: [Int64: StageSummary] = [:]
    private var stageHundredths: [Int64: [Currency: Int64]] = [:]
    private var monthly: [String: [Currency: (deals: Int, total: Int64, hundredths: Int64)]] = [:]

    public init() {}

    /// Adds one group: `deals` open deals of one stage, close day (`yyyy-MM-dd`, nil: none) and currency, worth
    /// `total`, `weightedHundredths` their value × probability and `stageWeighted` the value of those without
    /// a probability of their own.
    ///
    /// Throws `MoneyTotals.tooLarge` when a currency's figures would pass what 64 bits hold.
    public mutating func add(
        stageID: Int64, day: String?, currency: Currency, deals: Int, total: Int64, weightedHundredths hundredths: Int64,
        stageWeighted: Int64
    ) throws(PipelineError) {
        summaries[stageID, default: StageSummary(stageID: stageID)].dealCount += deals
        try summaries[stageID]!.total.add(Money(minorUnits: total, currency: currency))
        // As the lanes tell them: deals per currency, and whether a deal's own probability weighs in.
        summaries[stageID]!.dealsByCurrency[currency, default: 0] += deals
        if stageWeighted != total {
            summaries[stageID]!.hasOwnProbabilities = true
        }
        stageHundredths[stageID, default: [:]][currency] = try MoneyTotals.adding(
            stageHundredths[stageID]?[currency] ?? 0, hundredths, currency: currency)
        let month = day.map { String($0.prefix(7)) } ?? ""
        var bucket = monthly[month, default: [:]][currency] ?? (0, 0, 0)
        bucket.deals += deals
        bucket.total = try MoneyTotals.adding(bucket.total, total, currency: currency)
        bucket.hundredths = try MoneyTotals.adding(bucket.hundredths, hundredths, currency: currency)
        monthly[month, default: [:]][currency] = bucket
    }

    /// The stages' summaries by stage id and the forecast from `today`'s month, their weighted sums rounded.
    ///
    /// Throws `MoneyTotals.tooLarge` when a weighted figure would pass what 64 bits hold.
    public consuming func figures(today: CalendarDay) throws(PipelineError) -> (summaries: [Int64: StageSummary], forecast: Forecast) {
        for (stageID, byCurrency) in stageHundredths {
            for (currency, hundredths) in byCurrency {
                try summaries[stageID]!.weighted.add(Money.weightedTotal(
                    stageWeighted: 0, stageProbability: 0, ownHundredths: hundredths, currency: currency))
            }
        }
        var forecast = Forecast(startingAt: CalendarMonth(today))
        for (monthText, byCurrency) in monthly {
            let month = monthText.isEmpty ? nil : (try? CalendarDay.parse(monthText + "-01")).map(CalendarMonth.init)
            for (currency, bucket) in byCurrency {
                try forecast.add(
                    month: month, deals: bucket.deals, total: Money(minorUnits: bucket.total, currency: currency),
                    weightedHundredths: bucket.hundredths)
            }
        }
        return (summaries, forecast)
    }
}
