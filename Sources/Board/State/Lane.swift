import Pipeline

/// One stage on the board: its totals for every matching deal, and the page of cards loaded.
public struct Lane: Sendable, Hashable {
    public var stage: Stage
    /// Count and totals over every deal in the stage that matches the filter.
    public var summary: StageSummary
    /// The loaded cards, a window of the lane starting at `firstIndex`.
    public var deals: [Deal]
    public var firstIndex: Int
    /// Index of the selected card in the whole lane.
    public var selected: Int
    /// Index of the first card on screen.
    public var top: Int

    public init(stage: Stage, summary: StageSummary, deals: [Deal] = [], firstIndex: Int = 0, selected: Int = 0, top: Int = 0) {
        self.stage = stage
        self.summary = summary
        self.deals = deals
        self.firstIndex = firstIndex
        self.selected = selected
        self.top = top
    }

    /// Cards in the lane that match the filter (not only the loaded ones).
    public var count: Int { summary.dealCount }

    /// The card at an index of the whole lane, when it is loaded.
    public func deal(at index: Int) -> Deal? {
        let local = index - firstIndex
        return deals.indices.contains(local) ? deals[local] : nil
    }

    /// The selected card, when the lane has one loaded.
    public var selectedDeal: Deal? { deal(at: selected) }

    /// True when every index in the range is loaded (or past the end of the lane).
    public func isLoaded(_ range: Range<Int>) -> Bool {
        let wanted = range.clamped(to: 0..<max(count, 0))
        if wanted.isEmpty { return true }
        return wanted.lowerBound >= firstIndex && wanted.upperBound <= firstIndex + deals.count
    }
}
