import ArgumentParser
import Foundation
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel add`: saves a new deal and prints its id.
    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: Text.abstractAdd.string) }

        @Argument(help: ArgumentHelp(CommandText.dealTitleArgument.string))
        var title: String
        @OptionGroup var fields: DealFieldOptions
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
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
            // A new deal is its creator's unless --owner says otherwise (`--owner ""` leaves it unowned).
            if parsed.owner == nil { deal.owner = Salesperson.current(config: config).name }
            try parsed.apply(to: &deal)
            deal.followQualification()
            let saved = try store.addDeal(deal).value
            print(saved.id)
        }
    }

    /// `funnel edit`: changes any field of a deal; `--stage` and `--pipeline` move it.
    struct Edit: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "edit", abstract: Text.abstractEdit.string) }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var id: Int64
        @Option(help: ArgumentHelp(CommandText.editTitle.string, valueName: "text"))
        var title: String?
        @OptionGroup var fields: DealFieldOptions
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
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
                        ErrorText.editCannotChangePipeline(id: id, pipeline: try store.pipeline(id: current.pipelineID).name).string)
                }
            }
            let deal = try store.editDeal(id: id, now: now, expectedVersion: nil, moveTo: fields.stage) { deal in
                if let title { deal.title = title }
                try parsed.apply(to: &deal)
            }.value
            print(Text.cliDealSaved(id: Int(deal.id), title: TerminalText.visible(deal.title)).string)
        }
    }

    /// `funnel move`: moves an open deal to another stage of its pipeline.
    struct Move: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "move", abstract: Text.abstractMove.string) }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var id: Int64
        @Argument(help: ArgumentHelp(CommandText.moveStage.string))
        var stage: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            let deal = try store.deal(id: id)
            let pipeline = try store.pipeline(id: deal.pipelineID)
            let target = try pipeline.stage(named: stage)
            let title = TerminalText.visible(deal.title)
            if try store.moveDeal(id: id, toStageID: target.id, now: now).value == nil {
                print(Text.cliDealAlreadyInStage(id: Int(id), title: title, stage: TerminalText.visible(target.name)).string)
            } else {
                print(Text.cliDealMoved(id: Int(id), title: title, stage: TerminalText.visible(target.name)).string)
            }
        }
    }

    /// `funnel won`: marks a deal won.
    struct Won: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "won", abstract: Text.abstractWon.string) }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var id: Int64
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            try store.markWon(id: id, now: now)
            print(Text.cliDealWon(id: Int(id)).string)
        }
    }

    /// `funnel lost`: marks a deal lost with a reason.
    struct Lost: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "lost", abstract: Text.abstractLost.string) }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var id: Int64
        @Option(help: ArgumentHelp(CommandText.lostReason.string, valueName: "text"))
        var reason: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard try DealTextField.lostReason.valid(reason) != nil else {
                throw PipelineError.invalidValue(ErrorText.lostReasonOptionEmpty.string)
            }
            let now = try Clock.now()
            let store = try store.open()
            try store.markLost(id: id, reason: reason, now: now)
            print(Text.cliDealLost(id: Int(id), reason: TerminalText.visible(reason.trimmingWhitespace())).string)
        }
    }

    /// `funnel reopen`: opens a won or lost deal again.
    struct Reopen: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "reopen", abstract: Text.abstractReopen.string) }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var id: Int64
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.reopenStage.string, valueName: "stage"))
        var stage: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            let change = try store.reopen(id: id, stage: stage, now: now)
            print(Text.cliDealReopened(id: Int(id), stage: TerminalText.visible(change.toStageName)).string)
        }
    }

    /// `funnel delete`: deletes a deal and its history, only with `--yes`.
    struct Delete: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "delete", abstract: Text.abstractDelete.string) }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var id: Int64
        @Flag(help: ArgumentHelp(CommandText.deleteConfirm.string))
        var yes = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard yes else {
                throw CommandFailure.usage(Text.cliDeleteNeedsYes(id: Int(id)).string)
            }
            let store = try store.open()
            let deal = try store.deal(id: id)
            try store.deleteDeal(id: id)
            print(Text.cliDealDeleted(id: Int(id), title: TerminalText.visible(deal.title)).string)
        }
    }
}
