/// How the deals of one owner or one lead source did: which work brings the most revenue.
public struct SegmentPerformance: Hashable, Sendable {
    /// The owner's name or the source's name; nil for deals without one.
    public var name: String?
    public var deals: Int
    public var winRate: WinRate
    public var wonValue: MoneyTotals

    public init(name: String?, deals: Int = 0, winRate: WinRate = WinRate(), wonValue: MoneyTotals = MoneyTotals()) {
        self.name = name
        self.deals = deals
        self.winRate = winRate
        self.wonValue = wonValue
    }

    /// Orders segments by won value (largest currency total first), then deals, then name.
    public static func byRevenue(_ lhs: SegmentPerformance, _ rhs: SegmentPerformance) -> Bool {
        let left = lhs.wonValue.amounts.map(\.minorUnits).max() ?? 0
        let right = rhs.wonValue.amounts.map(\.minorUnits).max() ?? 0
        if left != right { return left > right }
        if lhs.deals != rhs.deals { return lhs.deals > rhs.deals }
        return (lhs.name ?? "\u{10FFFF}") < (rhs.name ?? "\u{10FFFF}")
    }
}
