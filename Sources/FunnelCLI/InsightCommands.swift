import ArgumentParser
import Foundation
import Pipeline
import PipelineStore

extension Funnel {
    /// `funnel report`: conversion, time in stage, forecast, Pareto, owners, sources and lost reasons.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Print the pipeline's insights: conversion, time in stage, forecast and more.",
            discussion: "Every figure covers all deals matching the filters. Rates need at least 5 deals; below that the report says so (null in JSON).")

        @Option(help: ArgumentHelp("The pipeline (default: the first sales pipeline).", valueName: "name"))
        var pipeline: String?
        @Option(help: ArgumentHelp("Only deals of this owner (any case).", valueName: "name"))
        var owner: String?
        @Option(help: ArgumentHelp("Only deals created on or after this day (UTC).", valueName: "YYYY-MM-DD"))
        var since: String?
        @Option(help: ArgumentHelp("Only deals created on or before this day (UTC).", valueName: "YYYY-MM-DD"))
        var until: String?
        @Flag(help: "Print one JSON document (keys in docs/cli.md).")
        var json = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let window = try InsightFilterOptions.window(since: since, until: until)
            let owner = try DealTextField.owner.valid(owner)
            let now = try Clock.now()
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline)
            let filter = ReportFilter(pipelineID: chosen.id, owner: owner, since: window.since, until: window.until)
            let report = try store.report(filter, today: CalendarDay(now, in: InsightFilterOptions.utc))
            let shown = ReportFilterText(owner: owner, since: window.since, until: window.until)
            if json {
                print(ReportJSON.report(report, filter: shown).serialized())
            } else {
                print(ReportPage.lines(report, owner: owner, since: window.since, until: window.until, width: InsightFilterOptions.terminalWidth)
                    .joined(separator: "\n"))
            }
        }
    }

    /// `funnel plan`: how many deals must enter the pipeline to reach a revenue goal.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Plan a revenue goal: won deals needed, deals per stage, new deals to add at the top.",
            discussion: "Uses each stage's historical conversion when every stage has at least 5 entries, else the stage probabilities (it says which).")

        @Option(parsing: .unconditional, help: ArgumentHelp("The revenue goal, e.g. 100000, 250k, 1.5m or \"100k EUR\".", valueName: "amount"))
        var goal: String
        @Option(help: ArgumentHelp("ISO 4217 currency of the goal (default USD).", valueName: "code"))
        var currency: String?
        @Option(help: ArgumentHelp("The day the goal is to be reached by.", valueName: "YYYY-MM-DD"))
        var by: String?
        @Option(help: ArgumentHelp("The pipeline (default: the first sales pipeline).", valueName: "name"))
        var pipeline: String?
        @Flag(help: "Print the plan as JSON with every input and intermediate number (keys in docs/cli.md).")
        var json = false
        @OptionGroup var configOptions: ConfigOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let currency = try currency.map { text throws(PipelineError) in try Currency.parse(text) }
            // The same money text as the board's planner: "100k EUR", "EUR 1.5m", "250k".
            let goal = try RevenueGoal.parse(goal, currency: currency, decimalSeparator: configOptions.load().decimalSeparator)
            let goalDate = try by.map { text throws(PipelineError) in try CalendarDay.parse(text, field: "--by date") }
            let now = try Clock.now()
            let today = CalendarDay(now, in: InsightFilterOptions.utc)
            if let goalDate, goalDate < today {
                throw PipelineError.invalidValue("invalid --by '\(goalDate)': the goal date must be today (\(today)) or later")
            }
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline)
            let inputs = try store.planInputs(ReportFilter(pipelineID: chosen.id), currency: goal.currency)
            let plan = try RevenuePlan(
                goal: goal, averageWonValue: inputs.averageWonValue, stages: inputs.stages, dealsNow: inputs.dealsNow,
                today: today, by: goalDate)
            if json {
                print(ReportJSON.plan(plan, pipeline: chosen).serialized())
            } else {
                print(RevenuePlanPage.lines(plan, pipeline: chosen).joined(separator: "\n"))
            }
        }
    }
}
