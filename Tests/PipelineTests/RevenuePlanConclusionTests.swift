import Foundation
import Pipeline
import Testing
import Wording

/// The trial's `plan --goal` that showed gaps per stage and then said "No new deals needed": the conclusion
/// agrees with the table, whatever the goal, in both languages.
@Suite("The plan's conclusion agrees with its figures")
struct RevenuePlanConclusionTests {
    let usd = Currency.usd
    let lead = Stage(id: 1, pipelineID: 1, name: "Lead", position: 0, probability: 20, stallDays: 0)
    let deal = Stage(id: 2, pipelineID: 1, name: "Deal", position: 1, probability: 60, stallDays: 0)

    /// 6 of 10 leads and 3 of 6 deals moved on; 8 open leads and 2 open deals now; an average win of $100.
    func plan(goal dollars: Int64) throws -> RevenuePlan {
        try RevenuePlan(
            goal: Money(minorUnits: dollars * 100, currency: usd), averageWonValue: Money(minorUnits: 10_000, currency: usd),
            stages: [
                StageConversion(stage: lead, entered: 10, advanced: 6, won: 3, completed: 8, medianDays: 2, meanDays: 2),
                StageConversion(stage: deal, entered: 6, advanced: 3, won: 3, completed: 6, medianDays: 5, meanDays: 5),
            ],
            dealsNow: [1: 8, 2: 2], today: CalendarDay(year: 2026, month: 11, day: 29)!)
    }

    func lines(_ plan: RevenuePlan, _ language: Language = .english) -> [String] {
        RevenuePlanPage.lines(plan, pipeline: Pipeline(id: 1, name: "Sales", stages: [lead, deal]), language: language)
    }

    @Test("a gap further down, filled by the deals above it: the conclusion says so, naming where the gaps start")
    func gapsFilledFromAbove() throws {
        // 3 won needed: Deal needs 3 × 6/3 = 6, has 2, gap 4; Lead needs 4 × 10/6 = 7, has 8, gap 0.
        let plan = try plan(goal: 300)
        #expect(plan.newDealsNeededAtTop == 0)
        #expect(plan.steps.map(\.gap) == [0, 4])
        let english = lines(plan)
        #expect(english.contains("Deal        50%       6    2    4       5 days"))
        #expect(english.last == "No new deals needed: the gaps from Deal on fill as the deals now in earlier stages move on at these rates.")
        #expect(lines(plan, .simplifiedChinese).last == "无需新增商机：按这些比例，前面阶段现有的商机推进后，会补上从Deal起的缺口。")
    }

    @Test("below the pipeline's reach no stage has a gap; above it, new deals at the top")
    func belowAndAbove() throws {
        let small = try plan(goal: 100)
        #expect(small.steps.allSatisfy { $0.gap == 0 })
        #expect(lines(small).last == "No new deals needed: the deals in the pipeline now are enough at these rates.")

        // 6 won: Deal needs 12, gap 10; Lead needs 17, has 8, gap 9: new deals.
        let large = try plan(goal: 600)
        #expect(large.newDealsNeededAtTop == 9)
        #expect(lines(large).last?.hasPrefix("Add 9 new deals to Lead") == true)
    }
}
