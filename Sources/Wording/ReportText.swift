/// Every text of the insights report and the revenue plan, as typed keys carrying their values (issue 19).
///
/// `funnel report` and `funnel plan` print these pages, and the board's insights (`i`) and planner (`P`)
/// screens scroll the same lines, so one table serves both. Kept apart from `Text`, `ErrorText` and
/// `CommandText` so each grows without touching the others' files; the same pattern: one exhaustive
/// `switch` per language (`ReportText+English.swift`, `ReportText+Chinese.swift`). Amounts, percents and
/// days arrive already written (`$20,000`, `62.5%`, `ReportText.days`); counts arrive as numbers, and the
/// table writes them with digit grouping (`ReportText.grouped`) and says their plurals.
public enum ReportText: Sendable, Hashable {
    // MARK: Numbers
    /// `4.5 days`, `1 day`; `number` is written already (`4.5`).
    case days(number: String)
    /// A rate that needs at least five deals, when there are fewer.
    case tooLittleHistory
    /// A month on a chart's label: `Dec 2026`.
    case month(year: Int, month: Int)

    // MARK: The report's head
    /// `Pipeline Sales · 52 deals · owner Ann · created 2026-10-01 to …`; `since` and `until` are days
    /// already written, nil when not given (`…` stands for an open end when only one is).
    case reportScope(pipeline: String, deals: Int, owner: String?, since: String?, until: String?)
    /// `Win rate: 30% (9 won, 21 lost)`; `rate` nil when there are too few closed deals for one.
    case reportWinRate(rate: String?, won: Int, lost: Int)

    // MARK: Funnel
    case funnelTitle
    /// The caption after a stage's bar: `40 in`.
    case funnelEntered(count: Int)
    /// The line under a stage's bar: `60% moved on (24 of 40) · 22.5% won in the end`; `isLast` says
    /// `won` instead of `moved on`; `rate` nil for too little history; `wonInTheEnd` nil when unknown.
    case funnelFlow(rate: String?, advanced: Int, entered: Int, isLast: Bool, wonInTheEnd: String?)

    // MARK: Open now
    case openNowTitle
    case headingStage, headingDeals, headingValue, headingWeighted

    // MARK: Time in stage
    case timeInStageTitle
    case noStayEndedYet
    /// A stage's caption: `3.5 days (4 days) over 24`; `median` and `mean` written with `days`.
    case stayCaption(median: String, mean: String, stays: Int)
    case noStayEnded

    // MARK: Won deals by currency
    case wonByCurrencyTitle
    case noDeals
    case currencyWonNoAmounts(currency: String, won: Int, cycle: String?)
    case wonValueNoAmounts
    /// `USD: 9 won $90k · average $10k · median $8k · median cycle 28 days`.
    case currencyWon(currency: String, won: Int, value: String, average: String?, median: String?, cycle: String?)
    /// `     10 open $100k · velocity $1.2k a day`; `velocity` nil when it cannot be worked out.
    case currencyOpen(open: Int, value: String, velocityPerDay: String?)

    // MARK: Forecast
    case forecastTitle
    case forecastNothing
    /// A month's caption: `$30k ($12k weighted)`.
    case forecastCaption(total: String, weighted: String)
    case forecastOverdue(deals: Int, total: String, weighted: String)
    case forecastLater(deals: Int, total: String, weighted: String)
    case forecastUndated(deals: Int, total: String, weighted: String)

    // MARK: Top 20%
    case paretoTitle
    case noOpenDeals
    /// `USD: the top 2 of 10 open deals hold 55% ($55k of $100k)`; `share` nil for too few deals.
    case paretoShare(currency: String, top: Int, open: Int, share: String?, topValue: String, total: String)
    case headingID, headingDeal
    /// `  … and 3 more`.
    case paretoMore(count: Int)

    // MARK: Owners, sources, lost reasons
    case ownersTitle, sourcesTitle
    case headingOwner, headingSource, headingWon, headingLost, headingWinRate, headingWonValue
    case noOwner, noSource
    case noLostReason
    case lostReasonsTitle
    case noLostDeals
    case headingReason

    // MARK: The revenue plan
    /// `Goal $100,000.00 (USD) in pipeline Sales by 2027-03-31`.
    case planGoal(goal: String, currency: String, pipeline: String, by: String?)
    /// `Average won deal $10,000.00: 10 won deals needed`.
    case planAverage(average: String, wonNeeded: Int)
    case planRatesFromHistory(minimum: Int)
    case planRatesFromProbabilities(minimum: Int)
    case headingMovesOn, headingNeeded, headingNow, headingGap, headingMedianDays
    case planNoNewDeals
    case planNoNewDealsGapsFill(stage: String)
    /// Add deals to the first stage, with too little history to say when they close.
    case planAddNoPace(count: Int, stage: String)
    /// Add deals to the first stage; at the historical pace deals added today close around `close`.
    case planAddCloseAround(count: Int, stage: String, days: String, close: String)
    /// Add deals to the first stage by `enterBy` to close by the goal's day.
    case planAddBy(count: Int, stage: String, enterBy: String, goalDate: String, days: String)
    /// Add deals to the first stage, though at the historical pace they close after the goal's day.
    case planAddTooLate(count: Int, stage: String, days: String, close: String, goalDate: String)
    /// The first stage, when the pipeline has none to name.
    case theFirstStage

    // MARK: The board's screens
    /// The insights screen's frame: `Insights · Sales`.
    case insightsTitle(pipeline: String?)
    case insightsCounting
    /// The planner's frame: `Revenue planner · Sales`.
    case plannerTitle(pipeline: String?)
    case plannerGoalPrompt
    case plannerGoalExample
    /// What the planner does, before a goal is typed; lines are separated by `\n`.
    case plannerIntro
}

extension ReportText {
    /// A count with digit grouping, as both languages write it: `1,000,000`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
