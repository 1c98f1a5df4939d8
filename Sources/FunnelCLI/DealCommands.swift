import ArgumentParser
import Foundation
import Pipeline
import PipelineStore

extension Funnel {
    /// `funnel add`: saves a new deal and prints its id.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a deal; prints its id.")

        @Argument(help: "The deal's title.")
        var title: String
        @OptionGroup var fields: DealFieldOptions
        @OptionGroup var configOptions: ConfigOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let title = try Deal.validTitle(title)
            let config = configOptions.load()
            let parsed = try fields.parsed(decimalSeparator: config.decimalSeparator)
            // Without --currency, the config's default_currency (USD when there is no config).
            let currency = parsed.currency ?? config.defaultCurrency
            let now = try Clock.now()
            let store = try store.open()
            let pipeline = try store.pipeline(named: fields.pipeline)
            let stage = try fields.stage.map { ref throws(PipelineError) in try pipeline.stage(named: ref) } ?? pipeline.stages[0]
            var deal = Deal(
                title: title, value: .zero(currency), pipelineID: pipeline.id, stageID: stage.id,
                createdAt: now)
            try parsed.apply(to: &deal)
            if !deal.temperatureSetByHand { deal.temperature = deal.qualification.impliedTemperature }
            let saved = try store.addDeal(deal)
            print(saved.id)
        }
    }

    /// `funnel edit`: changes any field of a deal; `--stage` and `--pipeline` move it.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a deal's fields (an empty value clears an optional field).")

        @Argument(help: "The deal's id.")
        var id: Int64
        @Option(help: ArgumentHelp("A new title.", valueName: "text"))
        var title: String?
        @OptionGroup var fields: DealFieldOptions
        @OptionGroup var configOptions: ConfigOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let title = try title.map { text throws(PipelineError) in try Deal.validTitle(text) }
            let parsed = try fields.parsed(decimalSeparator: configOptions.load().decimalSeparator)
            let now = try Clock.now()
            let store = try store.open()
            if let pipelineName = fields.pipeline {
                let current = try store.deal(id: id)
                let target = try store.pipeline(named: pipelineName)
                if target.id != current.pipelineID {
                    throw PipelineError.refused(
                        "deal \(id) is in pipeline '\(try store.pipeline(id: current.pipelineID).name)'; moving deals between pipelines is not done by edit")
                }
            }
            let deal = try store.editDeal(id: id, now: now, moveTo: fields.stage) { deal in
                if let title { deal.title = title }
                try parsed.apply(to: &deal)
            }
            print("Saved deal \(deal.id): \(TerminalText.visible(deal.title))")
        }
    }

    /// `funnel move`: moves an open deal to another stage of its pipeline.
    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "move", abstract: "Move a deal to a stage (a name or its 1-based number).")

        @Argument(help: "The deal's id.")
        var id: Int64
        @Argument(help: "The stage: its name (any case) or its number in the pipeline.")
        var stage: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            let deal = try store.deal(id: id)
            let pipeline = try store.pipeline(id: deal.pipelineID)
            let target = try pipeline.stage(named: stage)
            let title = TerminalText.visible(deal.title)
            if try store.moveDeal(id: id, toStageID: target.id, now: now) == nil {
                print("Deal \(id) (\(title)) is already in \(TerminalText.visible(target.name)); nothing changed")
            } else {
                print("Moved deal \(id) (\(title)) to \(TerminalText.visible(target.name))")
            }
        }
    }

    /// `funnel won`: marks a deal won.
    struct Won: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "won", abstract: "Mark a deal won.")

        @Argument(help: "The deal's id.")
        var id: Int64
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            try store.markWon(id: id, now: now)
            print("Deal \(id) won")
        }
    }

    /// `funnel lost`: marks a deal lost with a reason.
    struct Lost: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lost", abstract: "Mark a deal lost, with the reason.")

        @Argument(help: "The deal's id.")
        var id: Int64
        @Option(help: ArgumentHelp("Why it was lost, e.g. price, timing, competitor.", valueName: "text"))
        var reason: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard try DealTextField.lostReason.valid(reason) != nil else {
                throw PipelineError.invalidValue("invalid --reason '': say why the deal was lost, e.g. --reason price")
            }
            let now = try Clock.now()
            let store = try store.open()
            try store.markLost(id: id, reason: reason, now: now)
            print("Deal \(id) lost: \(TerminalText.visible(reason.trimmingWhitespace()))")
        }
    }

    /// `funnel reopen`: opens a won or lost deal again.
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a won or lost deal.")

        @Argument(help: "The deal's id.")
        var id: Int64
        @Option(parsing: .unconditional, help: ArgumentHelp("The stage to reopen it in (default: the one it closed in).", valueName: "stage"))
        var stage: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            let change = try store.reopen(id: id, stage: stage, now: now)
            print("Deal \(id) reopened in \(TerminalText.visible(change.toStageName))")
        }
    }

    /// `funnel delete`: deletes a deal and its history, only with `--yes`.
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a deal and its history for good (needs --yes).")

        @Argument(help: "The deal's id.")
        var id: Int64
        @Flag(help: "Confirm: the deal and its history cannot be brought back.")
        var yes = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard yes else {
                throw CommandFailure.usage(
                    "deleting deal \(id) cannot be undone: add --yes to confirm (or 'funnel lost \(id) --reason ...' to keep its history)")
            }
            let store = try store.open()
            let deal = try store.deal(id: id)
            try store.deleteDeal(id: id)
            print("Deleted deal \(id) (\(TerminalText.visible(deal.title)))")
        }
    }
}
