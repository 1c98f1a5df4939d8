import ArgumentParser
import Foundation
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel report`: conversion, time in stage, forecast, Pareto, owners, sources and lost reasons.
    struct Report: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "report", abstract: CommandText.reportAbstract.string, discussion: CommandText.reportDiscussion.string)
        }

        @Option(help: ArgumentHelp(CommandText.optionPipeline.string, valueName: "name"))
        var pipeline: String?
        @Option(help: ArgumentHelp(CommandText.reportOwner.string, valueName: "name"))
        var owner: String?
        @Option(help: ArgumentHelp(CommandText.reportSince.string, valueName: "YYYY-MM-DD"))
        var since: String?
        @Option(help: ArgumentHelp(CommandText.reportUntil.string, valueName: "YYYY-MM-DD"))
        var until: String?
        @Flag(help: ArgumentHelp(CommandText.reportJSON.string))
        var json = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let window = try InsightFilterOptions.window(since: since, until: until)
            let owner = try DealTextField.owner.valid(owner.map(Salesperson.owner(given:)))
            let now = try Clock.now()
            let store = try store.open(onlyReads: true)
            let chosen = try store.pipeline(named: pipeline)
            let filter = ReportFilter(pipelineID: chosen.id, owner: owner, since: window.since, until: window.until)
            let report = try store.report(filter, today: CalendarDay(now, in: InsightFilterOptions.utc))
            let shown = ReportFilterText(owner: owner, since: window.since, until: window.until)
            if json {
                print(ReportJSON.report(report, filter: shown).serialized())
            } else {
                let language = Language.current
                print(ReportPage.lines(
                    report, owner: owner, since: window.since, until: window.until, width: InsightFilterOptions.terminalWidth,
                    language: language, dateFormat: ReportPage.dateFormat(for: language)
                ).joined(separator: "\n"))
            }
        }
    }

    /// `funnel plan`: how many deals must enter the pipeline to reach a revenue goal.
    struct Plan: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "plan", abstract: CommandText.planAbstract.string, discussion: CommandText.planDiscussion.string)
        }

        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.planGoal.string, valueName: "amount"))
        var goal: String
        @Option(help: ArgumentHelp(CommandText.planCurrency.string, valueName: "code"))
        var currency: String?
        @Option(help: ArgumentHelp(CommandText.planBy.string, valueName: "YYYY-MM-DD"))
        var by: String?
        @Option(help: ArgumentHelp(CommandText.optionPipeline.string, valueName: "name"))
        var pipeline: String?
        @Option(help: ArgumentHelp(CommandText.planOwner.string, valueName: "name"))
        var owner: String?
        @Flag(help: ArgumentHelp(CommandText.planJSON.string))
        var json = false
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        func run() throws {
            let currency = try currency.map { text throws(PipelineError) in try Currency.parse(text) }
            // The same money text as the board's planner: "100k EUR", "EUR 1.5m", "250k".
            let goal = try RevenueGoal.parse(goal, currency: currency, decimalSeparator: configOptions.load().decimalSeparator)
            let goalDate = try by.map { text throws(PipelineError) in try CalendarDay.parse(text, field: "--by date") }
            let owner = try DealTextField.owner.valid(owner.map(Salesperson.owner(given:)))
            let now = try Clock.now()
            let today = CalendarDay(now, in: InsightFilterOptions.utc)
            if let goalDate, goalDate < today {
                throw PipelineError.invalidValue(CommandText.planDateInPast(value: "\(goalDate)", today: "\(today)").string)
            }
            let store = try store.open(onlyReads: true)
            let chosen = try store.pipeline(named: pipeline)
            let inputs = try store.planInputs(ReportFilter(pipelineID: chosen.id, owner: owner), currency: goal.currency)
            if let owner, inputs.averageWonValue == nil {
                // The owner's deals are what is missing, not the pipeline's: say whose.
                throw PipelineError.refused(ErrorText.goalNothingWonByOwner(owner: TerminalText.visible(owner), currency: goal.currency.code).string)
            }
            let plan = try RevenuePlan(
                goal: goal, averageWonValue: inputs.averageWonValue, stages: inputs.stages, dealsNow: inputs.dealsNow,
                today: today, by: goalDate)
            if json {
                print(ReportJSON.plan(plan, pipeline: chosen).serialized())
            } else {
                let language = Language.current
                print(RevenuePlanPage.lines(plan, pipeline: chosen, language: language, dateFormat: ReportPage.dateFormat(for: language))
                    .joined(separator: "\n"))
            }
        }
    }
}
