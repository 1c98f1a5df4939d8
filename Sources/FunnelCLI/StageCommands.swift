import ArgumentParser
import Foundation
import Interop
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel stage`: lists and changes the stages of a pipeline (`stages` is the older name).
    struct Stages: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
            commandName: "stage",
            abstract: CommandText.stageAbstract.string,
            subcommands: [StagesList.self, StagesAdd.self, StagesRename.self, StagesRemove.self, StagesMove.self, StagesSet.self],
            defaultSubcommand: StagesList.self,
            aliases: ["stages"])
        }
    }

    /// Which pipeline a stage command works on.
    struct PipelineOption: ParsableArguments {
        @Option(help: ArgumentHelp(CommandText.optionPipeline.string, valueName: "name"))
        var pipeline: String?
    }

    struct StagesList: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: CommandText.stageListAbstract.string) }
        @OptionGroup var pipeline: PipelineOption
        @Flag(help: ArgumentHelp(CommandText.optionJSON.string))
        var json = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open(onlyReads: true)
            let chosen = try store.pipeline(named: pipeline.pipeline)
            let summaries = try store.stageSummaries(pipelineID: chosen.id)
            if json {
                print(JSONValue.array(zip(chosen.stages, summaries).map { stage, summary in
                    .object([
                        ("position", .int(stage.position + 1)),
                        ("name", .string(stage.name)),
                        ("probability", .int(stage.probability)),
                        ("stall_days", .int(stage.stallDays)),
                        ("open_deals", .int(summary.dealCount)),
                    ])
                }).serialized())
                return
            }
            var table = PageTable(
                headers: [CommandText.stageHeaderNumber, .stageHeaderStage, .stageHeaderProbability, .stageHeaderStallsAfter, .stageHeaderOpenDeals].map(\.string),
                alignments: [.right, .left, .right, .right, .right], maxWidths: [3, 40, 11, 12, 10])
            for (stage, summary) in zip(chosen.stages, summaries) {
                table.append([
                    String(stage.position + 1), stage.name, "\(stage.probability)%",
                    stage.stallDays == 0 ? CommandText.stallsNever.string : CommandText.stallsAfterDays(days: stage.stallDays).string, String(summary.dealCount),
                ])
            }
            print(CommandText.pipelineHeading(name: TerminalText.visible(chosen.name)).string)
            print(table.lines(fitting: TerminalWidth.forTables).joined(separator: "\n"))
        }
    }

    struct StagesAdd: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: CommandText.stageAddAbstract.string) }
        @Argument(help: ArgumentHelp(CommandText.stageNewName.string)) var name: String
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.stageAfter.string, valueName: "stage")) var after: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.stageProbability.string, valueName: "percent")) var probability: Int?
        @Option(name: .customLong("stall-days"), parsing: .unconditional, help: ArgumentHelp(CommandText.stageStallDays.string, valueName: "days")) var stallDays: Int?
        @OptionGroup var pipeline: PipelineOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            if let probability { _ = try Stage.validProbability(probability) }
            if let stallDays { _ = try Stage.validStallDays(stallDays) }
            _ = try Stage.validName(name)
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline.pipeline)
            let stage = try store.addStage(pipelineID: chosen.id, name: name, after: after, probability: probability, stallDays: stallDays)
            print(CommandText.stageAdded(stage: TerminalText.visible(stage.name), position: stage.position + 1, pipeline: TerminalText.visible(chosen.name)).string)
        }
    }

    struct StagesRename: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "rename", abstract: CommandText.stageRenameAbstract.string) }
        @Argument(help: ArgumentHelp(CommandText.stageReference.string)) var old: String
        @Argument(help: ArgumentHelp(CommandText.stageItsNewName.string)) var new: String
        @OptionGroup var pipeline: PipelineOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            _ = try Stage.validName(new)
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline.pipeline)
            let stage = try chosen.stage(named: old)
            try store.renameStage(pipelineID: chosen.id, old, to: new)
            print(CommandText.stageRenamed(stage: TerminalText.visible(stage.name), newName: TerminalText.visible(new.trimmingWhitespace())).string)
        }
    }

    struct StagesRemove: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "remove", abstract: CommandText.stageRemoveAbstract.string) }
        @Argument(help: ArgumentHelp(CommandText.stageReference.string)) var name: String
        @Option(name: .customLong("move-deals-to"), parsing: .unconditional, help: ArgumentHelp(CommandText.stageMoveDealsTo.string, valueName: "stage")) var moveDealsTo: String?
        @OptionGroup var pipeline: PipelineOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline.pipeline)
            let stage = try chosen.stage(named: name)
            try store.removeStage(pipelineID: chosen.id, name, moveDealsTo: moveDealsTo, now: now)
            print(CommandText.stageRemoved(stage: TerminalText.visible(stage.name), pipeline: TerminalText.visible(chosen.name)).string)
        }
    }

    struct StagesMove: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "move", abstract: CommandText.stageMoveAbstract.string) }
        @Argument(help: ArgumentHelp(CommandText.stageReference.string)) var name: String
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.stagePosition.string, valueName: "position")) var to: Int
        @OptionGroup var pipeline: PipelineOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline.pipeline)
            let stage = try chosen.stage(named: name)
            try store.moveStage(pipelineID: chosen.id, name, toPosition: to)
            print(CommandText.stageMoved(stage: TerminalText.visible(stage.name), position: to).string)
        }
    }

    struct StagesSet: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "set", abstract: CommandText.stageSetAbstract.string) }
        @Argument(help: ArgumentHelp(CommandText.stageReference.string)) var name: String
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.stageProbability.string, valueName: "percent")) var probability: Int?
        @Option(name: .customLong("stall-days"), parsing: .unconditional, help: ArgumentHelp(CommandText.stageStallDays.string, valueName: "days")) var stallDays: Int?
        @OptionGroup var pipeline: PipelineOption
        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard probability != nil || stallDays != nil else {
                throw ValidationError(CommandText.stageNothingToSet.string)
            }
        }

        func run() throws {
            if let probability { _ = try Stage.validProbability(probability) }
            if let stallDays { _ = try Stage.validStallDays(stallDays) }
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline.pipeline)
            let stage = try chosen.stage(named: name)
            try store.updateStage(pipelineID: chosen.id, name, probability: probability, stallDays: stallDays)
            print(CommandText.stageUpdated(stage: TerminalText.visible(stage.name)).string)
        }
    }

    /// `funnel pipeline`: lists, adds, renames and removes pipelines (`pipelines` is the older name).
    struct Pipelines: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
            commandName: "pipeline",
            abstract: CommandText.pipelineAbstract.string,
            subcommands: [PipelinesList.self, PipelinesAdd.self, PipelinesRename.self, PipelinesRemove.self],
            defaultSubcommand: PipelinesList.self,
            aliases: ["pipelines"])
        }
    }

    struct PipelinesList: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: CommandText.pipelineListAbstract.string) }
        @Flag(help: ArgumentHelp(CommandText.optionJSON.string)) var json = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open(onlyReads: true)
            let pipelines = try store.pipelines()
            if json {
                print(JSONValue.array(pipelines.map { pipeline in
                    .object([
                        ("name", .string(pipeline.name)),
                        ("kind", .string(pipeline.kind.rawValue)),
                        ("stages", .array(pipeline.stages.map { .string($0.name) })),
                    ])
                }).serialized())
                return
            }
            for pipeline in pipelines {
                print(CommandText.pipelineLine(name: TerminalText.visible(pipeline.name), stages: TerminalText.visible(pipeline.stages.map(\.name).joined(separator: " › "))).string)
            }
        }
    }

    struct PipelinesAdd: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: CommandText.pipelineAddAbstract.string) }
        @Argument(help: ArgumentHelp(CommandText.pipelineName.string)) var name: String
        @Option(help: ArgumentHelp(CommandText.pipelineStages.string, valueName: "A,B,C")) var stages: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let names = stages.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
                ?? Stage.defaults.map(\.name)
            _ = try Stage.validName(name, what: "pipeline")
            _ = try Pipeline.checkStageNames(names)
            let store = try store.open()
            let pipeline = try store.addPipeline(name: name, stageNames: names)
            print(CommandText.pipelineAdded(name: TerminalText.visible(pipeline.name), stages: TerminalText.visible(pipeline.stages.map(\.name).joined(separator: " › "))).string)
        }
    }

    struct PipelinesRename: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "rename", abstract: CommandText.pipelineRenameAbstract.string) }
        @Argument(help: ArgumentHelp(CommandText.pipelineName.string)) var old: String
        @Argument(help: ArgumentHelp(CommandText.pipelineItsNewName.string)) var new: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            _ = try Stage.validName(new, what: "pipeline")
            let store = try store.open()
            try store.renamePipeline(old, to: new)
            print(CommandText.pipelineRenamed(old: TerminalText.visible(old), new: TerminalText.visible(new.trimmingWhitespace())).string)
        }
    }

    struct PipelinesRemove: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "remove", abstract: CommandText.pipelineRemoveAbstract.string)
        }
        @Argument(help: ArgumentHelp(CommandText.pipelineName.string)) var name: String
        @Option(name: .customLong("move-deals-to"), help: ArgumentHelp(CommandText.pipelineMoveDealsTo.string, valueName: "pipeline"))
        var moveDealsTo: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.pipelineMoveToStage.string, valueName: "stage"))
        var stage: String?
        @Flag(help: ArgumentHelp(CommandText.pipelineConfirmRemoval.string)) var yes = false
        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard yes else {
                throw ValidationError(CommandText.pipelineRemovalNeedsYes(name: TerminalText.visible(name)).string)
            }
        }

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            let (removed, moved) = try store.removePipeline(named: name, moveDealsTo: moveDealsTo, stage: stage, now: now)
            let name = TerminalText.visible(removed.name)
            if moved > 0, let moveDealsTo {
                print(CommandText.pipelineRemovedMovingDeals(name: name, count: moved, target: TerminalText.visible(moveDealsTo)).string)
            } else {
                print(CommandText.pipelineRemoved(name: name).string)
            }
        }
    }
}
