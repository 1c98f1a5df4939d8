/// How deals flowed through one stage, from the stage history, and what sits in it now.
///
/// Every entry into the stage counts once: a deal moved back and forward again entered twice.
/// Undone history entries never count.
public struct StageConversion: Hashable, Sendable {
    public var stage: Stage
    /// Entries into the stage.
    public var entered: Int
    /// Entries that ended by moving on to a later stage of the pipeline, or by a win.
    public var advanced: Int
    /// Entries of deals that are won now.
    public var won: Int
    /// Entries that have ended (by a move, a win, a loss or parking): the ones timed below.
    public var completed: Int
    /// Median days of the completed entries; nil when none has ended.
    public var medianDays: Double?
    /// Mean days of the completed entries; nil when none has ended.
    public var meanDays: Double?
    /// The open deals in the stage now, with their value and weighted value.
    public var now: StageSummary

    public init(
        stage: Stage, entered: Int = 0, advanced: Int = 0, won: Int = 0, completed: Int = 0,
        medianDays: Double? = nil, meanDays: Double? = nil, now: StageSummary? = nil
    ) {
        self.stage = stage
        self.entered = entered
        self.advanced = advanced
        self.won = won
        self.completed = completed
        self.medianDays = medianDays
        self.meanDays = meanDays
        self.now = now ?? StageSummary(stageID: stage.id)
    }

    /// The share of entries that moved on to the next stage (or to won, for the last stage).
    ///
    /// Too little history until `DealShare.minimumDeals` entries have ended: an entry still in the stage has not
    /// decided yet, so a stage whose deals all still sit in it (a fresh import) has no rate, not 0%.
    public var conversion: DealShare {
        completed < DealShare.minimumDeals ? DealShare(part: advanced, whole: completed) : DealShare(part: advanced, whole: entered)
    }

    /// The share of entries whose deal was eventually won.
    public var winShare: DealShare { DealShare(part: won, whole: entered) }
}
