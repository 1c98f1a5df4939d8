/// Every key with marker values, for the test that checks each language says every value.
extension ReportText {
    /// One name per text, to list them all.
    public enum Key: CaseIterable, Sendable {
        case days, tooLittleHistory, month, reportScope, reportWinRate, funnelTitle, funnelEntered, funnelFlow
        case openNowTitle, headingStage, headingDeals, headingValue, headingWeighted, timeInStageTitle, noStayEndedYet, stayCaption
        case noStayEnded, wonByCurrencyTitle, noDeals, currencyWonNoAmounts, wonValueNoAmounts, currencyWon, currencyOpen, forecastTitle, forecastNothing, forecastCaption
        case forecastOverdue, forecastLater, forecastUndated, paretoTitle, noOpenDeals, paretoShare, headingID, headingDeal
        case paretoMore, ownersTitle, sourcesTitle, headingOwner, headingSource, headingWon, headingLost, headingWinRate
        case headingWonValue, noOwner, noSource, noLostReason, lostReasonsTitle, noLostDeals, headingReason, planGoal, planAverage
        case planRatesFromHistory, planRatesFromProbabilities, headingMovesOn, headingNeeded, headingNow, headingGap, headingMedianDays, planNoNewDeals, planNoNewDealsGapsFill
        case planAddNoPace, planAddCloseAround, planAddBy, planAddTooLate, theFirstStage, insightsTitle, insightsCounting, plannerTitle
        case plannerGoalPrompt, plannerGoalExample, plannerIntro
    }

    /// The key of this text.
    public var key: Key {
        switch self {
        case .days: .days
        case .tooLittleHistory: .tooLittleHistory
        case .month: .month
        case .reportScope: .reportScope
        case .reportWinRate: .reportWinRate
        case .funnelTitle: .funnelTitle
        case .funnelEntered: .funnelEntered
        case .funnelFlow: .funnelFlow
        case .openNowTitle: .openNowTitle
        case .headingStage: .headingStage
        case .headingDeals: .headingDeals
        case .headingValue: .headingValue
        case .headingWeighted: .headingWeighted
        case .timeInStageTitle: .timeInStageTitle
        case .noStayEndedYet: .noStayEndedYet
        case .stayCaption: .stayCaption
        case .noStayEnded: .noStayEnded
        case .wonByCurrencyTitle: .wonByCurrencyTitle
        case .noDeals: .noDeals
        case .currencyWonNoAmounts: .currencyWonNoAmounts
        case .wonValueNoAmounts: .wonValueNoAmounts
        case .currencyWon: .currencyWon
        case .currencyOpen: .currencyOpen
        case .forecastTitle: .forecastTitle
        case .forecastNothing: .forecastNothing
        case .forecastCaption: .forecastCaption
        case .forecastOverdue: .forecastOverdue
        case .forecastLater: .forecastLater
        case .forecastUndated: .forecastUndated
        case .paretoTitle: .paretoTitle
        case .noOpenDeals: .noOpenDeals
        case .paretoShare: .paretoShare
        case .headingID: .headingID
        case .headingDeal: .headingDeal
        case .paretoMore: .paretoMore
        case .ownersTitle: .ownersTitle
        case .sourcesTitle: .sourcesTitle
        case .headingOwner: .headingOwner
        case .headingSource: .headingSource
        case .headingWon: .headingWon
        case .headingLost: .headingLost
        case .headingWinRate: .headingWinRate
        case .headingWonValue: .headingWonValue
        case .noOwner: .noOwner
        case .noSource: .noSource
        case .noLostReason: .noLostReason
        case .lostReasonsTitle: .lostReasonsTitle
        case .noLostDeals: .noLostDeals
        case .headingReason: .headingReason
        case .planGoal: .planGoal
        case .planAverage: .planAverage
        case .planRatesFromHistory: .planRatesFromHistory
        case .planRatesFromProbabilities: .planRatesFromProbabilities
        case .headingMovesOn: .headingMovesOn
        case .headingNeeded: .headingNeeded
        case .headingNow: .headingNow
        case .headingGap: .headingGap
        case .headingMedianDays: .headingMedianDays
        case .planNoNewDeals: .planNoNewDeals
        case .planNoNewDealsGapsFill: .planNoNewDealsGapsFill
        case .planAddNoPace: .planAddNoPace
        case .planAddCloseAround: .planAddCloseAround
        case .planAddBy: .planAddBy
        case .planAddTooLate: .planAddTooLate
        case .theFirstStage: .theFirstStage
        case .insightsTitle: .insightsTitle
        case .insightsCounting: .insightsCounting
        case .plannerTitle: .plannerTitle
        case .plannerGoalPrompt: .plannerGoalPrompt
        case .plannerGoalExample: .plannerGoalExample
        case .plannerIntro: .plannerIntro
        }
    }

    /// A text of each key with marker values (`strings`, at least four, and `count`) wherever a value goes.
    public static func sample(_ key: Key, strings: [String], count: Int) -> ReportText {
        switch key {
        case .days: .days(number: strings[0])
        case .tooLittleHistory: .tooLittleHistory
        case .month: .month(year: count, month: 12)
        case .reportScope: .reportScope(pipeline: strings[0], deals: count, owner: strings[1], since: strings[2], until: strings[3])
        case .reportWinRate: .reportWinRate(rate: strings[0], won: count, lost: count + 1)
        case .funnelTitle: .funnelTitle
        case .funnelEntered: .funnelEntered(count: count)
        case .funnelFlow: .funnelFlow(rate: strings[0], advanced: count, entered: count + 1, isLast: false, wonInTheEnd: strings[1])
        case .openNowTitle: .openNowTitle
        case .headingStage: .headingStage
        case .headingDeals: .headingDeals
        case .headingValue: .headingValue
        case .headingWeighted: .headingWeighted
        case .timeInStageTitle: .timeInStageTitle
        case .noStayEndedYet: .noStayEndedYet
        case .stayCaption: .stayCaption(median: strings[0], mean: strings[1], stays: count)
        case .noStayEnded: .noStayEnded
        case .wonByCurrencyTitle: .wonByCurrencyTitle
        case .noDeals: .noDeals
        case .currencyWonNoAmounts: .currencyWonNoAmounts(currency: strings[0], won: count, cycle: strings[1])
        case .wonValueNoAmounts: .wonValueNoAmounts
        case .currencyWon: .currencyWon(currency: strings[0], won: count, value: strings[1], average: strings[2], median: strings[3], cycle: String(count + 1))
        case .currencyOpen: .currencyOpen(open: count, value: strings[0], velocityPerDay: strings[1])
        case .forecastTitle: .forecastTitle
        case .forecastNothing: .forecastNothing
        case .forecastCaption: .forecastCaption(total: strings[0], weighted: strings[1])
        case .forecastOverdue: .forecastOverdue(deals: count, total: strings[0], weighted: strings[1])
        case .forecastLater: .forecastLater(deals: count, total: strings[0], weighted: strings[1])
        case .forecastUndated: .forecastUndated(deals: count, total: strings[0], weighted: strings[1])
        case .paretoTitle: .paretoTitle
        case .noOpenDeals: .noOpenDeals
        case .paretoShare: .paretoShare(currency: strings[0], top: count, open: count + 1, share: strings[1], topValue: strings[2], total: strings[3])
        case .headingID: .headingID
        case .headingDeal: .headingDeal
        case .paretoMore: .paretoMore(count: count)
        case .ownersTitle: .ownersTitle
        case .sourcesTitle: .sourcesTitle
        case .headingOwner: .headingOwner
        case .headingSource: .headingSource
        case .headingWon: .headingWon
        case .headingLost: .headingLost
        case .headingWinRate: .headingWinRate
        case .headingWonValue: .headingWonValue
        case .noOwner: .noOwner
        case .noSource: .noSource
        case .noLostReason: .noLostReason
        case .lostReasonsTitle: .lostReasonsTitle
        case .noLostDeals: .noLostDeals
        case .headingReason: .headingReason
        case .planGoal: .planGoal(goal: strings[0], currency: strings[1], pipeline: strings[2], by: strings[3])
        case .planAverage: .planAverage(average: strings[0], wonNeeded: count)
        case .planRatesFromHistory: .planRatesFromHistory(minimum: count)
        case .planRatesFromProbabilities: .planRatesFromProbabilities(minimum: count)
        case .headingMovesOn: .headingMovesOn
        case .headingNeeded: .headingNeeded
        case .headingNow: .headingNow
        case .headingGap: .headingGap
        case .headingMedianDays: .headingMedianDays
        case .planNoNewDeals: .planNoNewDeals
        case .planNoNewDealsGapsFill: .planNoNewDealsGapsFill(stage: strings[0])
        case .planAddNoPace: .planAddNoPace(count: count, stage: strings[0])
        case .planAddCloseAround: .planAddCloseAround(count: count, stage: strings[0], days: strings[1], close: strings[2])
        case .planAddBy: .planAddBy(count: count, stage: strings[0], enterBy: strings[1], goalDate: strings[2], days: strings[3])
        case .planAddTooLate: .planAddTooLate(count: count, stage: strings[0], days: strings[1], close: strings[2], goalDate: strings[3])
        case .theFirstStage: .theFirstStage
        case .insightsTitle: .insightsTitle(pipeline: strings[0])
        case .insightsCounting: .insightsCounting
        case .plannerTitle: .plannerTitle(pipeline: strings[0])
        case .plannerGoalPrompt: .plannerGoalPrompt
        case .plannerGoalExample: .plannerGoalExample
        case .plannerIntro: .plannerIntro
        }
    }
}
