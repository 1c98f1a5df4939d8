import ArgumentParser
import Foundation
import Interop
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel stalled`: open deals idle longer than their stage allows, most idle first.
    struct Stalled: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "stalled", abstract: CommandText.stalledAbstract.string) }

        @Option(help: ArgumentHelp(CommandText.exportPipeline.string, valueName: "name"))
        var pipeline: String?
        @Flag(help: ArgumentHelp(CommandText.stalledJSON.string))
        var json = false
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let timeZone = Clock.timeZone
            let dates = DateText(format: configOptions.load().dateFormat, timeZone: timeZone)
            let store = try store.open(onlyReads: true)
            let chosen = try pipeline.map { name in try store.pipeline(named: name) }
            let deals = try store.stalledDeals(pipelineID: chosen?.id, now: now, timeZone: timeZone)
            let pipelines = Dictionary(uniqueKeysWithValues: try store.pipelines().map { ($0.id, $0) })
            if json {
                let planned = try store.activities(dealIDs: deals.filter { $0.nextActivityDue != nil }.map(\.id), plannedOnly: true)
                // Pipelines are read after the deals: one removed in between takes its deals with it, so they are left out.
                print(JSONValue.array(deals.compactMap { deal in
                    guard let pipeline = pipelines[deal.pipelineID] else { return nil }
                    return .object(DealJSON.deal(deal, pipeline: pipeline) + DealJSON.followUp(
                        deal, pipeline: pipeline, nextActivity: planned[deal.id]?.min(by: Activity.dueOrder), now: now, timeZone: timeZone))
                }).serialized())
                return
            }
            if deals.isEmpty {
                print(CommandText.stalledNone.string)
                return
            }
            var table = PageTable(
                headers: [
                    CommandText.stalledHeaderID, .stalledHeaderTitle, .stalledHeaderStage, .stalledHeaderIdle, .stalledHeaderThreshold,
                    .stalledHeaderValue, .stalledHeaderNextStep,
                ].map(\.string),
                alignments: [.right, .left, .left, .right, .right, .right, .left],
                maxWidths: [10, 40, 20, 8, 9, 20, 16],
                minWidths: [nil, 16, 10, nil, nil, nil, 10], dropOrder: [4, 2, 3])
            for deal in deals {
                let stage = pipelines[deal.pipelineID]?.stage(id: deal.stageID)
                table.append([
                    String(deal.id), deal.title, stage?.name ?? "?", CommandText.stalledIdle(days: StallRule.idleDays(deal, now: now)).string,
                    CommandText.daysShort(days: stage?.stallDays ?? 0).string, deal.value.formatted,
                    deal.nextActivityDue.map(dates.due) ?? CommandText.stalledNoNextStep.string,
                ])
            }
            print(table.lines(fitting: TerminalWidth.forTables).joined(separator: "\n"))
        }
    }

    /// `funnel snooze`: keeps a deal from being flagged stalled until a day.
    struct Snooze: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "snooze", abstract: CommandText.snoozeAbstract.string, discussion: CommandText.snoozeDiscussion.string)
        }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var id: Int64
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.snoozeUntil.string, valueName: "date"))
        var until: String?
        @Option(help: ArgumentHelp(CommandText.snoozeReason.string, valueName: "text"))
        var reason: String?
        @Flag(help: ArgumentHelp(CommandText.snoozeClear.string))
        var clear = false
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if clear == (until != nil) { throw ValidationError(CommandText.snoozeUntilOrClear.string) }
        }

        func run() throws {
            let now = try Clock.now()
            let today = CalendarDay(now, in: Clock.timeZone)
            let config = configOptions.load()
            let dates = DateText(format: config.dateFormat)
            let day = try until.map { text throws(PipelineError) in
                try ActivityDue.parseFutureDay(text, today: today, weekStartsOn: config.weekStartsOn, field: "--until")
            }
            let reason = try DealTextField.snoozeReason.valid(reason)
            let store = try store.open()
            let deal = try store.snooze(dealID: id, until: day, reason: reason, now: now).value
            if let day {
                print(TerminalText.visible(CommandText.snoozed(id: id, title: deal.shownTitle, day: dates.day(day)).string))
            } else {
                print(TerminalText.visible(CommandText.snoozeCleared(id: id, title: deal.shownTitle).string))
            }
        }
    }

    /// `funnel park`: moves a deal to the Revisit pipeline, keeping its history.
    struct Park: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "park", abstract: CommandText.parkAbstract.string) }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var id: Int64
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.parkUntil.string, valueName: "date"))
        var until: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.parkStage.string, valueName: "stage"))
        var stage: String?
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let today = CalendarDay(now, in: Clock.timeZone)
            let config = configOptions.load()
            let dates = DateText(format: config.dateFormat)
            let day = try until.map { text throws(PipelineError) in
                try ActivityDue.parseFutureDay(text, today: today, weekStartsOn: config.weekStartsOn, field: "--until")
            }
            let store = try store.open()
            let change = try store.park(dealID: id, until: day, stage: stage, now: now).value
            let revisit = try store.revisitPipeline()
            let pipeline = TerminalText.visible(revisit.name)
            let stage = TerminalText.visible(change.toStageName)
            let parked = day.map { CommandText.parkedUntil(id: id, pipeline: pipeline, stage: stage, day: dates.day($0)) }
                ?? CommandText.parked(id: id, pipeline: pipeline, stage: stage)
            print(parked.string)
        }
    }

    /// `funnel unpark`: brings a parked deal back to its sales pipeline.
    struct Unpark: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "unpark", abstract: CommandText.unparkAbstract.string) }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var id: Int64
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.unparkStage.string, valueName: "stage"))
        var stage: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            let change = try store.unpark(dealID: id, stage: stage, now: now).value
            let deal = try store.deal(id: id)
            let pipeline = try store.pipeline(id: deal.pipelineID)
            print(CommandText.unparked(id: id, pipeline: TerminalText.visible(pipeline.name), stage: TerminalText.visible(change.toStageName)).string)
        }
    }

    /// `funnel qualify`: sets the qualifying answers (budget, authority, need, timing).
    struct Qualify: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "qualify", abstract: CommandText.qualifyAbstract.string, discussion: CommandText.qualifyDiscussion.string)
        }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var id: Int64
        @Option(help: ArgumentHelp(CommandText.qualifyBudget.string, valueName: "answer")) var budget: String?
        @Option(help: ArgumentHelp(CommandText.qualifyAuthority.string, valueName: "answer")) var authority: String?
        @Option(help: ArgumentHelp(CommandText.qualifyNeed.string, valueName: "answer")) var need: String?
        @Option(help: ArgumentHelp(CommandText.qualifyTiming.string, valueName: "answer")) var timing: String?
        @Option(help: ArgumentHelp(CommandText.qualifyTemperature.string, valueName: "temperature")) var temperature: String?
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if [budget, authority, need, timing, temperature].allSatisfy({ $0 == nil }) {
                throw ValidationError(ErrorText.qualifyNothingToSet.string)
            }
        }

        func run() throws {
            let budget = try budget.map { text throws(PipelineError) in try Qualification.Answer.parse(text, question: "--budget") }
            let authority = try authority.map { text throws(PipelineError) in try Qualification.Answer.parse(text, question: "--authority") }
            let need = try need.map { text throws(PipelineError) in try Qualification.Answer.parse(text, question: "--need") }
            let timing = try timing.map { text throws(PipelineError) in try Qualification.Answer.parse(text, question: "--timing") }
            var handTemperature: Temperature??
            if let temperature {
                if temperature.trimmingWhitespace().lowercased() == "auto" {
                    handTemperature = .some(nil)
                } else {
                    guard let chosen = Temperature(word: temperature) else {
                        throw PipelineError.invalidValue(ErrorText.temperatureOptionInvalid(value: TerminalText.visible(temperature), words: Temperature.acceptedWords(in: Language.current)).string)
                    }
                    handTemperature = .some(chosen)
                }
            }
            let now = try Clock.now()
            let store = try store.open()
            let deal = try store.editDeal(id: id, now: now) { deal in
                var answers = deal.qualification
                if let budget { answers.budget = budget }
                if let authority { answers.authority = authority }
                if let need { answers.need = need }
                if let timing { answers.timing = timing }
                deal.qualify(answers)
                if let handTemperature { deal.setTemperature(byHand: handTemperature) }
            }.value
            let q = deal.qualification
            let qualification = Text.showQualification(
                budget: q.budget.shownName.string, authority: q.authority.shownName.string, need: q.need.shownName.string,
                timing: q.timing.shownName.string).string
            let temperature = "\(deal.temperature.symbol) \(deal.temperature.shownName.string)"
            let shown = deal.temperatureSetByHand ? Text.showSetByHand(temperature: temperature).string : temperature
            print(CommandText.qualified(id: id, qualification: qualification, temperature: shown).string)
        }
    }

    /// `funnel settings`: shows or changes the review's settings.
    struct Settings: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "settings", abstract: CommandText.settingsAbstract.string)
        }

        @Argument(help: ArgumentHelp(CommandText.settingsKey.string))
        var key: String?
        @Argument(help: ArgumentHelp(CommandText.settingsValue.string))
        var value: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            if let key, key != "park-after-days" {
                throw PipelineError.invalidValue(ErrorText.settingUnknown(value: TerminalText.visible(key)).string)
            }
            let days = try value.map { text throws(PipelineError) in try SalesCycle.validParkAfterDays(text) }
            let store = try store.open(onlyReads: days == nil)
            if let days {
                try store.setParkAfterDays(days)
                print("park-after-days = \(days)")
                return
            }
            let cycle = try store.salesCycle()
            print("park-after-days = \(try store.parkAfterDays())")
            print((cycle.fromHistory
                ? CommandText.salesCycleFromHistory(days: cycle.parkAfterDays, wonDeals: cycle.wonDealCount)
                : .salesCycleTooFewWon(wonDeals: cycle.wonDealCount, minimum: SalesCycle.minimumWonDeals)).string)
        }
    }
}
