import ArgumentParser
import Foundation
import Pipeline
import FunnelStore

extension Funnel {
    /// `funnel stage`: lists and changes the stages of a pipeline (`stages` is the older name).
    struct Stages: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stage",
            abstract: "List or change a pipeline's stages.",
            subcommands: [StagesList.self, StagesAdd.self, StagesRename.self, StagesRemove.self, StagesMove.self, StagesSet.self],
            defaultSubcommand: StagesList.self,
            aliases: ["stages"])
    }

    /// Which pipeline a stage command works on.
    struct PipelineOption: ParsableArguments {
        @Option(help: ArgumentHelp("The pipeline (default: the first sales pipeline).", valueName: "name"))
        var pipeline: String?
    }

    struct StagesList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List stages with probability and stall threshold.")
        @OptionGroup var pipeline: PipelineOption
        @Flag(help: "Print JSON.")
        var json = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open()
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
                headers: ["#", "Stage", "Probability", "Stalls after", "Open deals"],
                alignments: [.right, .left, .right, .right, .right], maxWidths: [3, 40, 11, 12, 10])
            for (stage, summary) in zip(chosen.stages, summaries) {
                table.append([
                    String(stage.position + 1), stage.name, "\(stage.probability)%",
                    stage.stallDays == 0 ? "never" : "\(stage.stallDays) days", String(summary.dealCount),
                ])
            }
            print("Pipeline \(TerminalText.visible(chosen.name))")
            print(table.lines(fitting: TerminalWidth.forTables).joined(separator: "\n"))
        }
    }

    struct StagesAdd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a stage.")
        @Argument(help: "The new stage's name.") var name: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Put it after this stage (default: at the end).", valueName: "stage")) var after: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Win probability in percent, 0-100.", valueName: "percent")) var probability: Int?
        @Option(name: .customLong("stall-days"), parsing: .unconditional, help: ArgumentHelp("Days idle before a deal stalls; 0 never.", valueName: "days")) var stallDays: Int?
        @OptionGroup var pipeline: PipelineOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            if let probability { _ = try Stage.validProbability(probability) }
            if let stallDays { _ = try Stage.validStallDays(stallDays) }
            _ = try Stage.validName(name)
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline.pipeline)
            let stage = try store.addStage(pipelineID: chosen.id, name: name, after: after, probability: probability, stallDays: stallDays)
            print("Added stage \(TerminalText.visible(stage.name)) at position \(stage.position + 1) of \(TerminalText.visible(chosen.name))")
        }
    }

    struct StagesRename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename a stage.")
        @Argument(help: "The stage (name or number).") var old: String
        @Argument(help: "Its new name.") var new: String
        @OptionGroup var pipeline: PipelineOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            _ = try Stage.validName(new)
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline.pipeline)
            let stage = try chosen.stage(named: old)
            try store.renameStage(pipelineID: chosen.id, old, to: new)
            print("Renamed stage \(TerminalText.visible(stage.name)) to \(TerminalText.visible(new.trimmingWhitespace()))")
        }
    }

    struct StagesRemove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a stage (its deals must move elsewhere).")
        @Argument(help: "The stage (name or number).") var name: String
        @Option(name: .customLong("move-deals-to"), parsing: .unconditional, help: ArgumentHelp("Move the stage's deals here first.", valueName: "stage")) var moveDealsTo: String?
        @OptionGroup var pipeline: PipelineOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline.pipeline)
            let stage = try chosen.stage(named: name)
            try store.removeStage(pipelineID: chosen.id, name, moveDealsTo: moveDealsTo, now: now)
            print("Removed stage \(TerminalText.visible(stage.name)) from \(TerminalText.visible(chosen.name))")
        }
    }

    struct StagesMove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "move", abstract: "Move a stage to another position.")
        @Argument(help: "The stage (name or number).") var name: String
        @Option(parsing: .unconditional, help: ArgumentHelp("The new 1-based position.", valueName: "position")) var to: Int
        @OptionGroup var pipeline: PipelineOption
        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline.pipeline)
            let stage = try chosen.stage(named: name)
            try store.moveStage(pipelineID: chosen.id, name, toPosition: to)
            print("Moved stage \(TerminalText.visible(stage.name)) to position \(to)")
        }
    }

    struct StagesSet: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a stage's probability or stall threshold.")
        @Argument(help: "The stage (name or number).") var name: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Win probability in percent, 0-100.", valueName: "percent")) var probability: Int?
        @Option(name: .customLong("stall-days"), parsing: .unconditional, help: ArgumentHelp("Days idle before a deal stalls; 0 never.", valueName: "days")) var stallDays: Int?
        @OptionGroup var pipeline: PipelineOption
        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard probability != nil || stallDays != nil else {
                throw ValidationError("nothing to set: give --probability PERCENT and/or --stall-days DAYS")
            }
        }

        func run() throws {
            if let probability { _ = try Stage.validProbability(probability) }
            if let stallDays { _ = try Stage.validStallDays(stallDays) }
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline.pipeline)
            let stage = try chosen.stage(named: name)
            try store.updateStage(pipelineID: chosen.id, name, probability: probability, stallDays: stallDays)
            print("Updated stage \(TerminalText.visible(stage.name))")
        }
    }

    /// `funnel pipeline`: lists, adds, renames and removes pipelines (`pipelines` is the older name).
    struct Pipelines: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pipeline",
            abstract: "List, add, rename or remove pipelines.",
            subcommands: [PipelinesList.self, PipelinesAdd.self, PipelinesRename.self, PipelinesRemove.self],
            defaultSubcommand: PipelinesList.self,
            aliases: ["pipelines"])
    }

    struct PipelinesList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List pipelines and their stages.")
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open()
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
                print("\(TerminalText.visible(pipeline.name)): \(TerminalText.visible(pipeline.stages.map(\.name).joined(separator: " › ")))")
            }
        }
    }

    struct PipelinesAdd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a pipeline.")
        @Argument(help: "The pipeline's name.") var name: String
        @Option(help: ArgumentHelp("Its stages, comma-separated (default: the five standard stages).", valueName: "A,B,C")) var stages: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let names = stages.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
                ?? Stage.defaults.map(\.name)
            _ = try Stage.validName(name, what: "pipeline")
            _ = try Pipeline.checkStageNames(names)
            let store = try store.open()
            let pipeline = try store.addPipeline(name: name, stageNames: names)
            print("Added pipeline \(TerminalText.visible(pipeline.name)): \(TerminalText.visible(pipeline.stages.map(\.name).joined(separator: " › ")))")
        }
    }

    struct PipelinesRename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename a pipeline.")
        @Argument(help: "The pipeline's name.") var old: String
        @Argument(help: "Its new name.") var new: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            _ = try Stage.validName(new, what: "pipeline")
            let store = try store.open()
            try store.renamePipeline(old, to: new)
            print("Renamed pipeline \(TerminalText.visible(old)) to \(TerminalText.visible(new.trimmingWhitespace()))")
        }
    }

    struct PipelinesRemove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a pipeline and its stages (its deals must move to another pipeline).")
        @Argument(help: "The pipeline's name.") var name: String
        @Option(name: .customLong("move-deals-to"), help: ArgumentHelp("Move the pipeline's deals to this pipeline first.", valueName: "pipeline"))
        var moveDealsTo: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("With --move-deals-to: the stage they go to (default: its first).", valueName: "stage"))
        var stage: String?
        @Flag(help: "Confirm the removal: a removed pipeline cannot be brought back.") var yes = false
        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard yes else {
                throw ValidationError("removing pipeline '\(TerminalText.visible(name))' cannot be undone: add --yes to confirm")
            }
        }

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            let (removed, moved) = try store.removePipeline(named: name, moveDealsTo: moveDealsTo, stage: stage, now: now)
            let name = TerminalText.visible(removed.name)
            if moved > 0, let moveDealsTo {
                print("Removed pipeline \(name); its \(moved) deal\(moved == 1 ? "" : "s") moved to \(TerminalText.visible(moveDealsTo))")
            } else {
                print("Removed pipeline \(name)")
            }
        }
    }
}
