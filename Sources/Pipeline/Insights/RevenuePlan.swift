import Wording

/// How many deals must enter each stage, and the top of the pipeline, to reach a revenue goal.
///
/// Works back from the goal: won deals needed = goal / average won value (rounded up).
/// Then, from the last stage to the first, the deals a stage needs = the deals the next step
/// still lacks / the stage's conversion to that step (rounded up); the gap is what the stage
/// lacks after counting the open deals in it now, and the first stage's gap is the number of
/// new deals to add at the top. All arithmetic is on whole numbers and exact fractions.
public struct RevenuePlan: Hashable, Sendable {
    /// Where the stage conversion rates come from.
    public enum Basis: String, Hashable, Sendable {
        /// Every stage had enough history: the rates deals really converted at.
        case history
        /// Some stage had too little history: each stage's win probability gives its rate.
        case probabilities
    }

    /// A conversion rate kept as an exact fraction, so `6 / 0.6` is 10, never 10.000000000000002.
    public struct Conversion: Hashable, Sendable {
        public var numerator: Int
        public var denominator: Int

        public init(numerator: Int, denominator: Int) {
            self.numerator = numerator
            self.denominator = denominator
        }

        public var rate: Double { Double(numerator) / Double(denominator) }
    }

    /// One stage of the plan.
    public struct Step: Hashable, Sendable {
        public var stage: Stage
        /// The share that moves on to the next stage (to won for the last stage).
        public var conversion: Conversion
        /// Deals that must be in this stage.
        public var dealsNeeded: Int
        /// Open deals of the goal's currency in this stage now.
        public var dealsNow: Int
        /// Deals this stage still lacks: `max(0, dealsNeeded - dealsNow)`.
        public var gap: Int
        /// Median days deals spent in this stage, when known.
        public var medianDays: Double?
    }

    public var goal: Money
    public var averageWonValue: Money
    public var wonDealsNeeded: Int
    public var basis: Basis
    /// In pipeline order.
    public var steps: [Step]
    /// The first stage's gap: new deals that must enter the pipeline.
    public var newDealsNeededAtTop: Int
    /// Median days a deal takes through every stage (sum of the stages' medians); nil when a stage has none.
    public var daysThroughPipeline: Double?
    public var today: CalendarDay
    /// The date the goal is to be reached by, if given.
    public var goalDate: CalendarDay?

    /// Plans a goal against a pipeline's history.
    ///
    /// - Parameters:
    ///   - stages: the pipeline's stage conversions, in order.
    ///   - dealsNow: open deals of the goal's currency per stage id.
    ///   - averageWonValue: of the goal's currency; nil when nothing of that currency was won.
    public init(
        goal: Money, averageWonValue: Money?, stages: [StageConversion], dealsNow: [Int64: Int],
        today: CalendarDay, by goalDate: CalendarDay? = nil
    ) throws(PipelineError) {
        guard goal.minorUnits > 0 else {
            throw .invalidValue(ErrorText.goalNotPositive(value: goal.decimalString).string)
        }
        guard let averageWonValue, averageWonValue.minorUnits > 0 else {
            throw .refused(ErrorText.goalNothingWon(currency: goal.currency.code).string)
        }
        guard !stages.isEmpty else { throw .refused(ErrorText.planNoStages.string) }
        if let goalDate, goalDate < today {
            throw .invalidValue(ErrorText.goalDateInPast(value: "\(goalDate)", today: "\(today)").string)
        }
        self.goal = goal
        self.averageWonValue = averageWonValue
        self.today = today
        self.goalDate = goalDate
        wonDealsNeeded = Int(RevenuePlan.divideRoundingUp(goal.minorUnits, averageWonValue.minorUnits))

        let fromHistory = stages.allSatisfy { !$0.conversion.isTooLittleHistory }
        basis = fromHistory ? .history : .probabilities
        let conversions = fromHistory
            ? stages.map { Conversion(numerator: $0.advanced, denominator: $0.entered) }
            : RevenuePlan.probabilityConversions(stages.map(\.stage))

        var steps: [Step] = []
        var stillNeeded = wonDealsNeeded
        for (stage, conversion) in zip(stages, conversions).reversed() {
            guard conversion.numerator > 0 else {
                throw .refused(basis == .history
                    ? ErrorText.planStageNeverLeft(stage: stage.stage.name, entered: stage.entered).string
                    : ErrorText.planStageZeroProbability(stage: stage.stage.name).string)
            }
            let (product, overflow) = Int64(stillNeeded).multipliedReportingOverflow(by: Int64(conversion.denominator))
            guard !overflow, product < Int64(Int32.max) * 1024 else {
                throw .invalidValue(ErrorText.goalTooLarge(value: goal.decimalString).string)
            }
            let needed = Int(RevenuePlan.divideRoundingUp(product, Int64(conversion.numerator)))
            let now = dealsNow[stage.stage.id] ?? 0
            let gap = max(0, needed - now)
            steps.append(Step(
                stage: stage.stage, conversion: conversion, dealsNeeded: needed, dealsNow: now, gap: gap,
                medianDays: stage.medianDays))
            stillNeeded = gap
        }
        self.steps = steps.reversed()
        newDealsNeededAtTop = stillNeeded
        let medians = stages.map(\.medianDays)
        daysThroughPipeline = medians.contains(where: { $0 == nil }) ? nil : medians.reduce(0) { $0 + $1! }
    }

    /// Whole days a new deal takes through the pipeline, rounded up.
    public var wholeDaysThroughPipeline: Int? {
        daysThroughPipeline.map { Int($0.rounded(.up)) }
    }

    /// The day a deal entering the top today closes at the historical pace.
    public var earliestClose: CalendarDay? {
        wholeDaysThroughPipeline.map { today.adding(days: $0) }
    }

    /// The last day new deals can enter the top and still close by the goal date at the historical pace.
    public var enterTopBy: CalendarDay? {
        guard let goalDate, let days = wholeDaysThroughPipeline else { return nil }
        return goalDate.adding(days: -days)
    }

    /// True when the goal date is too close for a new deal to get through at the historical pace.
    public var isTooLate: Bool {
        guard let enterTopBy else { return false }
        return enterTopBy < today && newDealsNeededAtTop > 0
    }

    /// Conversions from stage win probabilities: a deal in stage i is won with p(i), so it moves
    /// on with p(i) / p(i+1) (at most 1); the last stage converts to won with p(last) / 100.
    public static func probabilityConversions(_ stages: [Stage]) -> [Conversion] {
        stages.indices.map { index in
            let here = stages[index].probability
            let next = index + 1 < stages.count ? stages[index + 1].probability : 100
            if here >= next { return Conversion(numerator: 1, denominator: 1) }
            return Conversion(numerator: here, denominator: next)
        }
    }

    /// `a / b` rounded up, for positive `b`.
    static func divideRoundingUp(_ a: Int64, _ b: Int64) -> Int64 {
        a / b + (a % b == 0 ? 0 : 1)
    }
}
