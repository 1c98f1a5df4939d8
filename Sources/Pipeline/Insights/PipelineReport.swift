/// Every insight into one pipeline's deals that match a report's filters.
public struct PipelineReport: Hashable, Sendable {
    public var pipeline: Pipeline
    /// Deals that match the filters, in any status.
    public var deals: Int
    /// One entry per stage, in pipeline order.
    public var stages: [StageConversion]
    public var winRate: WinRate
    /// Per currency, ordered by code.
    public var currencies: [CurrencyPerformance]
    public var forecast: Forecast
    /// Per currency, ordered by code.
    public var pareto: [Pareto]
    /// Ordered by won value, largest first.
    public var owners: [SegmentPerformance]
    public var sources: [SegmentPerformance]
    /// Most deals first.
    public var lostReasons: [LostReasonTally]

    public init(
        pipeline: Pipeline, deals: Int, stages: [StageConversion], winRate: WinRate, currencies: [CurrencyPerformance],
        forecast: Forecast, pareto: [Pareto], owners: [SegmentPerformance], sources: [SegmentPerformance],
        lostReasons: [LostReasonTally]
    ) {
        self.pipeline = pipeline
        self.deals = deals
        self.stages = stages
        self.winRate = winRate
        self.currencies = currencies
        self.forecast = forecast
        self.pareto = pareto
        self.owners = owners
        self.sources = sources
        self.lostReasons = lostReasons
    }

    /// Sales velocity per currency, where it can be computed.
    public var velocities: [SalesVelocity] {
        currencies.compactMap { $0.velocity(winRate: winRate) }
    }

    /// The performance of one currency, if any deal uses it.
    public func performance(of currency: Currency) -> CurrencyPerformance? {
        currencies.first { $0.currency == currency }
    }
}
