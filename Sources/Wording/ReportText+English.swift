extension ReportText {
    /// The English table: the report and plan as Funnel printed them before the tables existed, word for word.
    var english: String {
        let n = ReportText.grouped
        switch self {
        case .days(let number): return number == "1" ? "1 day" : "\(number) days"
        case .tooLittleHistory: return "too little history"
        case .month(let year, let month):
            let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            return "\(names[(month - 1) % 12]) \(year)"

        case .reportScope(let pipeline, let deals, let owner, let since, let until):
            var scope = "Pipeline \(pipeline) · \(n(deals)) deal\(deals == 1 ? "" : "s")"
            if let owner { scope += " · owner \(owner)" }
            if since != nil || until != nil { scope += " · created \(since ?? "…") to \(until ?? "…")" }
            return scope
        case .reportWinRate(let rate, let won, let lost):
            return "Win rate: \(rate ?? "too little history") (\(n(won)) won, \(n(lost)) lost)"

        case .funnelTitle: return "Funnel: entries per stage, share moving on"
        case .funnelEntered(let count): return "\(n(count)) in"
        case .funnelFlow(let rate, let advanced, let entered, let isLast, let wonInTheEnd):
            let next = isLast ? "won" : "moved on"
            let flow = rate.map { "\($0) \(next) (\(n(advanced)) of \(n(entered)))" }
                ?? "\(n(advanced)) of \(n(entered)) \(next): too little history for a rate"
            return flow + (wonInTheEnd.map { " · \($0) won in the end" } ?? "")

        case .openNowTitle: return "Open now"
        case .headingStage: return "Stage"
        case .headingDeals: return "Deals"
        case .headingValue: return "Value"
        case .headingWeighted: return "Weighted"

        case .timeInStageTitle: return "Time in stage: median days (mean)"
        case .noStayEndedYet: return "No deal has left a stage yet."
        case .stayCaption(let median, let mean, let stays): return "\(median) (\(mean)) over \(n(stays))"
        case .noStayEnded: return "no stay ended"

        case .wonByCurrencyTitle: return "Won deals by currency"
        case .noDeals: return "No deals."
        case .currencyWonNoAmounts(let currency, let won, let cycle): return "\(currency): \(n(won)) won, none with an amount, so the won value is 0" + (cycle.map { " · median cycle \($0)" } ?? "")
        case .wonValueNoAmounts: return "0 (no amounts)"
        case .currencyWon(let currency, let won, let value, let average, let median, let cycle):
            var line = "\(currency): \(n(won)) won \(value)"
            if let average, let median { line += " · average \(average) · median \(median)" }
            if let cycle { line += " · median cycle \(cycle)" }
            return line
        case .currencyOpen(let open, let value, let velocityPerDay):
            return "     \(n(open)) open \(value) · velocity " + (velocityPerDay.map { "\($0) a day" } ?? "needs a win rate, a won deal and a cycle")

        case .forecastTitle: return "Forecast by close month (█ weighted, ░ rest of value)"
        case .forecastNothing: return "No open deal is expected to close in the next six months."
        case .forecastCaption(let total, let weighted): return "\(total) (\(weighted) weighted)"
        case .forecastOverdue(let deals, let total, let weighted):
            return "Overdue: \(n(deals)) deal\(deals == 1 ? "" : "s") \(total) (\(weighted) weighted)"
        case .forecastLater(let deals, let total, let weighted):
            return "Later: \(n(deals)) deal\(deals == 1 ? "" : "s") \(total) (\(weighted) weighted)"
        case .forecastUndated(let deals, let total, let weighted):
            return "No close date: \(n(deals)) deal\(deals == 1 ? "" : "s") \(total) (\(weighted) weighted)"

        case .paretoTitle: return "Top 20% of open deals"
        case .noOpenDeals: return "No open deals."
        case .paretoShare(let currency, let top, let open, let share, let topValue, let total):
            let head = "\(currency): the top \(n(top)) of \(n(open)) open deals hold "
            return head + (share.map { "\($0) (\(topValue) of \(total))" } ?? "\(topValue) of \(total) (too few deals for a share)")
        case .headingID: return "ID"
        case .headingDeal: return "Deal"
        case .paretoMore(let count): return "  … and \(n(count)) more"

        case .ownersTitle: return "Owners"
        case .sourcesTitle: return "Sources"
        case .headingOwner: return "Owner"
        case .headingSource: return "Source"
        case .headingWon: return "Won"
        case .headingLost: return "Lost"
        case .headingWinRate: return "Win rate"
        case .headingWonValue: return "Won value"
        case .noOwner: return "(no owner)"
        case .noSource: return "(no source)"
        case .noLostReason: return "(no reason)"
        case .lostReasonsTitle: return "Lost reasons"
        case .noLostDeals: return "No lost deals."
        case .headingReason: return "Reason"

        case .planGoal(let goal, let currency, let pipeline, let by):
            return "Goal \(goal) (\(currency)) in pipeline \(pipeline)" + (by.map { " by \($0)" } ?? "")
        case .planAverage(let average, let wonNeeded):
            return "Average won deal \(average): \(wonNeeded) won deal\(wonNeeded == 1 ? "" : "s") needed"
        case .planRatesFromHistory(let minimum): return "Rates from history (at least \(minimum) deals have left every stage)"
        case .planRatesFromProbabilities(let minimum):
            return "Rates from stage probabilities (too little history: fewer than \(minimum) deals have left a stage)"
        case .headingMovesOn: return "Moves on"
        case .headingNeeded: return "Needed"
        case .headingNow: return "Now"
        case .headingGap: return "Gap"
        case .headingMedianDays: return "Median days"
        case .planNoNewDeals: return "No new deals needed: the deals in the pipeline now are enough at these rates."
        case .planNoNewDealsGapsFill(let stage): return "No new deals needed: the gaps from \(stage) on fill as the deals now in earlier stages move on at these rates."
        case .planAddNoPace(let count, let stage):
            return "\(add(count, stage)); too little history to say how long they take (a stage has no finished stay)."
        case .planAddCloseAround(let count, let stage, let days, let close):
            return "\(add(count, stage)); at the historical pace (\(days) through the pipeline) deals added today close around \(close)."
        case .planAddBy(let count, let stage, let enterBy, let goalDate, let days):
            return "\(add(count, stage)) by \(enterBy) to close by \(goalDate) at the historical pace (\(days) through the pipeline)."
        case .planAddTooLate(let count, let stage, let days, let close, let goalDate):
            return "\(add(count, stage)) — too late at the historical pace: a deal takes \(days) through the pipeline, so new deals added today close around \(close), after \(goalDate)."
        case .theFirstStage: return "the first stage"

        case .insightsTitle(let pipeline): return "Insights" + (pipeline.map { " · \($0)" } ?? "")
        case .insightsCounting: return "Counting every deal…"
        case .plannerTitle(let pipeline): return "Revenue planner" + (pipeline.map { " · \($0)" } ?? "")
        case .plannerGoalPrompt: return "Goal: "
        case .plannerGoalExample: return "e.g. 250k, 100k EUR"
        case .plannerIntro:
            return "Type the revenue goal and press enter: how many won deals it takes,\n"
                + "how many deals each stage needs, and how many new deals to add at the top."
        }
    }

    /// `Add 25 new deals to Prospecting`: the start of every English plan headline that asks for deals.
    private func add(_ count: Int, _ stage: String) -> String {
        "Add \(count) new deal\(count == 1 ? "" : "s") to \(stage)"
    }
}
