/// What one stage holds right now: how many deals, and their value and weighted value per currency.
///
/// Computed over every deal in the stage that matches the filter, never over what is on screen.
public struct StageSummary: Hashable, Sendable {
    public var stageID: Int64
    public var dealCount: Int
    public var total: MoneyTotals
    /// Value times win probability (the deal's own, else the stage's), per currency.
    public var weighted: MoneyTotals

    public init(stageID: Int64, dealCount: Int = 0, total: MoneyTotals = MoneyTotals(), weighted: MoneyTotals = MoneyTotals()) {
        self.stageID = stageID
        self.dealCount = dealCount
        self.total = total
        self.weighted = weighted
    }
}
