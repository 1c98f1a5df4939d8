/// The report's outcomes summed from groups of closed and open deals: the win rate, the won and open figures per
/// currency, the owners, the sources and the lost reasons.
///
/// Both engines read the same groups (one per status, currency, owner, source and lost reason, with their count and
/// total) and add each here, so the report adds them up one way whatever the database. Lost reasons that differ only
/// in case or spacing are one reason, shown as its most used spelling (`LostReasonSpellings`); deals lost without a
/// reason are one tally with no reason, which the report names in the user's language.
public struct OutcomeTally: Sendable {
    /// Every deal added.
    public private(set) var deals = 0
    /// Won against lost, over every deal added.
    public private(set) var winRate = WinRate()
    /// The figures per currency; the engine fills in the medians, which the groups cannot give.
    public var currencies: [Currency: CurrencyPerformance] = [:]
    private var owners: [String?: SegmentPerformance] = [:]
    private var sources: [String?: SegmentPerformance] = [:]
    private var reasons: [String?: LostReasonTally] = [:]
    private var spellings = LostReasonSpellings()

    public init() {}

    /// Adds one group: `count` deals of one status and currency, owner, source and lost reason, worth `total`.
    ///
    /// Throws `MoneyTotals.tooLarge` when a currency's figures would pass what 64 bits hold.
    public mutating func add(
        status: DealStatus, currency: Currency, owner: String?, source: String?, lostReason: String?, count: Int, total: Money
    ) throws {
        deals += count
        var performance = currencies[currency] ?? CurrencyPerformance(currency: currency)
        var ownerSegment = owners[owner] ?? SegmentPerformance(name: owner)
        var sourceSegment = sources[source] ?? SegmentPerformance(name: source)
        ownerSegment.deals += count
        sourceSegment.deals += count
        switch status {
        case .won:
            winRate.won += count
            performance.wonDeals += count
            performance.wonValue.minorUnits = try MoneyTotals.adding(performance.wonValue.minorUnits, total.minorUnits, currency: currency)
            ownerSegment.winRate.won += count
            sourceSegment.winRate.won += count
            try ownerSegment.wonValue.add(total)
            try sourceSegment.wonValue.add(total)
        case .lost:
            winRate.lost += count
            performance.lostDeals += count
            ownerSegment.winRate.lost += count
            sourceSegment.winRate.lost += count
            let key = lostReason.map(LostReasonSpellings.folded)
            if let lostReason { spellings.add(lostReason, deals: count) }
            var tally = reasons[key] ?? LostReasonTally(reason: lostReason)
            tally.deals += count
            try tally.value.add(total)
            reasons[key] = tally
        case .open:
            performance.openDeals += count
            performance.openValue.minorUnits = try MoneyTotals.adding(performance.openValue.minorUnits, total.minorUnits, currency: currency)
        }
        currencies[currency] = performance
        owners[owner] = ownerSegment
        sources[source] = sourceSegment
    }

    /// The figures per currency, by currency code.
    public var currencyPerformances: [CurrencyPerformance] { currencies.values.sorted { $0.currency < $1.currency } }
    /// The owners, most won value first.
    public var ownerPerformances: [SegmentPerformance] { owners.values.sorted(by: SegmentPerformance.byRevenue) }
    /// The sources, most won value first.
    public var sourcePerformances: [SegmentPerformance] { sources.values.sorted(by: SegmentPerformance.byRevenue) }

    /// The lost reasons, most deals first (then by reason, no reason last), each under its most used spelling.
    public var lostReasons: [LostReasonTally] {
        reasons.values.map { tally in
            var named = tally
            named.reason = tally.reason.map(spellings.spelling)
            return named
        }
        .sorted { left, right in
            if left.deals != right.deals { return left.deals > right.deals }
            return (left.reason ?? "\u{10FFFF}") < (right.reason ?? "\u{10FFFF}")
        }
    }
}
