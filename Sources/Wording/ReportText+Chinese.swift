extension ReportText {
    /// The Chinese table: words from the glossary in `docs/i18n.md`; numbers set off by spaces, names not.
    var chinese: String {
        let n = ReportText.grouped
        switch self {
        case .days(let number): return "\(number) 天"
        case .tooLittleHistory: return "历史太少"
        case .month(let year, let month): return "\(year)年\(month)月"

        case .reportScope(let pipeline, let deals, let owner, let since, let until):
            var scope = "销售管道：\(pipeline) · \(n(deals)) 个商机"
            if let owner { scope += " · 负责人：\(owner)" }
            if since != nil || until != nil { scope += " · 创建于 \(since ?? "…") 至 \(until ?? "…")" }
            return scope
        case .reportWinRate(let rate, let won, let lost):
            return "赢单率：\(rate ?? "历史太少")（赢单 \(n(won)) 个，输单 \(n(lost)) 个）"

        case .funnelTitle: return "漏斗：各阶段进入的商机数，及推进的比例"
        case .funnelEntered(let count): return "进入 \(n(count))"
        case .funnelFlow(let rate, let advanced, let entered, let isLast, let wonInTheEnd):
            let next = isLast ? "赢单" : "推进"
            let flow = rate.map { "\($0) \(next)（\(n(entered)) 个中 \(n(advanced)) 个）" }
                ?? "\(n(entered)) 个中 \(n(advanced)) 个\(next)：历史太少，算不出比例"
            return flow + (wonInTheEnd.map { " · 最终赢单 \($0)" } ?? "")

        case .openNowTitle: return "当前进行中"
        case .headingStage: return "阶段"
        case .headingDeals: return "商机数"
        case .headingValue: return "金额"
        case .headingWeighted: return "加权金额"

        case .timeInStageTitle: return "阶段停留：天数中位数（平均数）"
        case .noStayEndedYet: return "还没有商机离开过任何阶段。"
        case .stayCaption(let median, let mean, let stays): return "\(median)（\(mean)），共 \(n(stays)) 次"
        case .noStayEnded: return "尚无结束的停留"

        case .wonByCurrencyTitle: return "各币种的赢单"
        case .noDeals: return "没有商机。"
        case .currencyWonNoAmounts(let currency, let won, let cycle): return "\(currency)：赢单 \(n(won)) 个，都没有金额，所以赢单金额为 0" + (cycle.map { " · 成交周期中位数 \($0)" } ?? "")
        case .wonValueNoAmounts: return "0（无金额）"
        case .currencyWon(let currency, let won, let value, let average, let median, let cycle):
            var line = "\(currency)：赢单 \(n(won)) 个 \(value)"
            if let average, let median { line += " · 平均 \(average) · 中位数 \(median)" }
            if let cycle { line += " · 成交周期中位数 \(cycle)" }
            return line
        case .currencyOpen(let open, let value, let velocityPerDay):
            return "     进行中 \(n(open)) 个 \(value) · 销售速度 " + (velocityPerDay.map { "每天 \($0)" } ?? "需要赢单率、赢单的商机和成交周期才能算出")

        case .forecastTitle: return "按预计成交月份的预测（█ 加权金额，░ 其余金额）"
        case .forecastNothing: return "未来六个月没有预计成交的进行中商机。"
        case .forecastCaption(let total, let weighted): return "\(total)（加权 \(weighted)）"
        case .forecastOverdue(let deals, let total, let weighted): return "已逾期：\(n(deals)) 个商机 \(total)（加权 \(weighted)）"
        case .forecastLater(let deals, let total, let weighted): return "更晚：\(n(deals)) 个商机 \(total)（加权 \(weighted)）"
        case .forecastUndated(let deals, let total, let weighted): return "无预计成交日期：\(n(deals)) 个商机 \(total)（加权 \(weighted)）"

        case .paretoTitle: return "金额前 20% 的进行中商机"
        case .noOpenDeals: return "没有进行中的商机。"
        case .paretoShare(let currency, let top, let open, let share, let topValue, let total):
            let head = "\(currency)：\(n(open)) 个进行中商机里，金额最高的 \(n(top)) 个"
            return head + (share.map { "占 \($0)（\(total) 中的 \(topValue)）" } ?? "共 \(topValue)，总额 \(total)（商机太少，算不出占比）")
        case .headingID: return "编号"
        case .headingDeal: return "商机"
        case .paretoMore(let count): return "  … 另有 \(n(count)) 个"

        case .ownersTitle: return "负责人"
        case .sourcesTitle: return "线索来源"
        case .headingOwner: return "负责人"
        case .headingSource: return "线索来源"
        case .headingWon: return "赢单"
        case .headingLost: return "输单"
        case .headingWinRate: return "赢单率"
        case .headingWonValue: return "赢单金额"
        case .noOwner: return "（无负责人）"
        case .noSource: return "（无线索来源）"
        case .noLostReason: return "（未填原因）"
        case .lostReasonsTitle: return "输单原因"
        case .noLostDeals: return "没有输单的商机。"
        case .headingReason: return "原因"

        case .planGoal(let goal, let currency, let pipeline, let by):
            return "销售管道 \(pipeline) 的销售目标：\(goal)（\(currency)）" + (by.map { "，截至 \($0)" } ?? "")
        case .planAverage(let average, let wonNeeded): return "平均赢单金额 \(average)：需要赢单 \(wonNeeded) 个"
        case .planRatesFromHistory(let minimum): return "比例取自历史（每个阶段都至少有 \(minimum) 个商机离开过）"
        case .planRatesFromProbabilities(let minimum): return "比例取自阶段赢率（历史太少：有阶段离开过的商机不足 \(minimum) 个）"
        case .headingMovesOn: return "推进率"
        case .headingNeeded: return "需要"
        case .headingNow: return "现有"
        case .headingGap: return "缺口"
        case .headingMedianDays: return "天数中位数"
        case .planNoNewDeals: return "无需新增商机：按这些比例，销售管道里现有的商机已经足够。"
        case .planNoNewDealsGapsFill(let stage): return "无需新增商机：按这些比例，前面阶段现有的商机推进后，会补上从\(stage)起的缺口。"
        case .planAddNoPace(let count, let stage):
            return "需在\(stage)新增 \(count) 个商机；历史太少，说不出它们要走多久（有阶段还没有结束的停留）。"
        case .planAddCloseAround(let count, let stage, let days, let close):
            return "需在\(stage)新增 \(count) 个商机；按历史速度（走完销售管道需 \(days)），今天新增的商机约在 \(close) 成交。"
        case .planAddBy(let count, let stage, let enterBy, let goalDate, let days):
            return "需在 \(enterBy) 前在\(stage)新增 \(count) 个商机，才能按历史速度（走完销售管道需 \(days)）在 \(goalDate) 前成交。"
        case .planAddTooLate(let count, let stage, let days, let close, let goalDate):
            return "需在\(stage)新增 \(count) 个商机，但按历史速度已经来不及：走完销售管道需 \(days)，今天新增的商机约在 \(close) 成交，晚于 \(goalDate)。"
        case .theFirstStage: return "第一个阶段"

        case .insightsTitle(let pipeline): return "洞察" + (pipeline.map { " · \($0)" } ?? "")
        case .insightsCounting: return "正在统计所有商机…"
        case .plannerTitle(let pipeline): return "收入规划" + (pipeline.map { " · \($0)" } ?? "")
        case .plannerGoalPrompt: return "销售目标："
        case .plannerGoalExample: return "例如 25万、100k EUR"
        case .plannerIntro: return "输入收入目标后按 Enter：算出要赢多少单、每个阶段需要多少商机，以及要在第一个阶段新增多少商机。"
        }
    }
}
