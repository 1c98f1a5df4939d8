extension CommandText {
    /// The English table.
    var english: String {
        switch self {
        case .optionJSON: "Print JSON."
        case .optionPipeline: "The pipeline (default: the first sales pipeline)."
        case .optionDatabase: "The database file (default: $FUNNEL_DB, else $XDG_DATA_HOME/funnel/funnel.sqlite)."
        case .optionConfig: "The config file (default: $FUNNEL_CONFIG, else $XDG_CONFIG_HOME/funnel/config.toml)."

        case .stageAbstract: "List or change a pipeline's stages."
        case .stageListAbstract: "List stages with probability and stall threshold."
        case .stageAddAbstract: "Add a stage."
        case .stageRenameAbstract: "Rename a stage."
        case .stageRemoveAbstract: "Remove a stage (its deals must move elsewhere)."
        case .stageMoveAbstract: "Move a stage to another position."
        case .stageSetAbstract: "Set a stage's probability or stall threshold."
        case .stageNewName: "The new stage's name."
        case .stageReference: "The stage (name or number)."
        case .stageItsNewName: "Its new name."
        case .stageAfter: "Put it after this stage (default: at the end)."
        case .stageProbability: "Win probability in percent, 0-100."
        case .stageStallDays: "Days idle before a deal stalls; 0 never."
        case .stageMoveDealsTo: "Move the stage's deals here first."
        case .stagePosition: "The new 1-based position."
        case .stageHeaderNumber: "#"
        case .stageHeaderStage: "Stage"
        case .stageHeaderProbability: "Probability"
        case .stageHeaderStallsAfter: "Stalls after"
        case .stageHeaderOpenDeals: "Open deals"
        case .stallsNever: "never"
        case .stallsAfterDays(let days): "\(days) days"
        case .pipelineHeading(let name): "Pipeline \(name)"
        case .stageAdded(let stage, let position, let pipeline): "Added stage \(stage) at position \(position) of \(pipeline)"
        case .stageRenamed(let stage, let newName): "Renamed stage \(stage) to \(newName)"
        case .stageRemoved(let stage, let pipeline): "Removed stage \(stage) from \(pipeline)"
        case .stageMoved(let stage, let position): "Moved stage \(stage) to position \(position)"
        case .stageUpdated(let stage): "Updated stage \(stage)"
        case .stageNothingToSet: "nothing to set: give --probability PERCENT and/or --stall-days DAYS"

        case .pipelineAbstract: "List, add, rename or remove pipelines."
        case .pipelineListAbstract: "List pipelines and their stages."
        case .pipelineAddAbstract: "Add a pipeline."
        case .pipelineRenameAbstract: "Rename a pipeline."
        case .pipelineRemoveAbstract: "Remove a pipeline and its stages (its deals must move to another pipeline)."
        case .pipelineName: "The pipeline's name."
        case .pipelineItsNewName: "Its new name."
        case .pipelineStages: "Its stages, comma-separated (default: the five standard stages)."
        case .pipelineMoveDealsTo: "Move the pipeline's deals to this pipeline first."
        case .pipelineMoveToStage: "With --move-deals-to: the stage they go to (default: its first)."
        case .pipelineConfirmRemoval: "Confirm the removal: a removed pipeline cannot be brought back."
        case .pipelineLine(let name, let stages): "\(name): \(stages)"
        case .pipelineAdded(let name, let stages): "Added pipeline \(name): \(stages)"
        case .pipelineRenamed(let old, let new): "Renamed pipeline \(old) to \(new)"
        case .pipelineRemoved(let name): "Removed pipeline \(name)"
        case .pipelineRemovedMovingDeals(let name, let count, let target):
            count == 1
                ? "Removed pipeline \(name); its \(count) deal moved to \(target)"
                : "Removed pipeline \(name); its \(count) deals moved to \(target)"
        case .pipelineRemovalNeedsYes(let name): "removing pipeline '\(name)' cannot be undone: add --yes to confirm"

        case .configAbstract: "Show where the config file is, print a commented default one, or check it."
        case .configPrintDefaultsHelp: "Print a complete commented config file with every default."
        case .configCheckAbstract: "Report each mistake in the config file by line; exit 1 if there is any."
        case .configFileAt(let path): "Config file: \(path)"
        case .configFileMissingAt(let path): "Config file: \(path) (not there: every setting is at its default)"
        case .configNoProblems: "No problems found"
        case .configProblemsSeeCheck(let count): "\(count) problem(s): run 'funnel config check'"
        case .configCheckProblems(let count, let path):
            count == 1
                ? "1 problem in '\(path)'; those lines are ignored, the rest applies"
                : "\(count) problems in '\(path)'; those lines are ignored, the rest applies"
        case .configFine(let path): "'\(path)' is fine"
        case .configNoFile(let path): "no config file at '\(path)': every setting is at its default"
        case .configUnreadable(let path): "cannot read '\(path)': no such file or not readable; using the defaults"
        case .configNotUTF8(let path): "'\(path)' is not UTF-8 text; using the defaults"
        case .configIgnored(let path, let problem): "config \(path): \(problem) (ignored)"

        case .fileUnreadable(let file): "cannot read '\(file)': no such file, or it is not readable"
        case .importFormatInvalid(let value): "invalid --format '\(value)': use csv or json"
        case .importRefused(let badRows, let file, let goodRows):
            "import refused: \(Self.count(badRows, "bad row")) in '\(file)'; nothing was written (fix them, or --skip-bad imports the other \(goodRows) \(goodRows == 1 ? "row" : "rows"))"
        case .imported(let file, let source, let created, let updated, let unchanged, let skipped, let addedStages):
            "Imported '\(file)' (\(source)): \(created) created, \(updated) updated, \(unchanged) unchanged"
                + (skipped > 0 ? ", \(Self.count(skipped, "bad row")) skipped" : "")
                + (addedStages.isEmpty ? "" : "; added stages \(addedStages)")
        case .importSkipped(let problem): "skipped \(problem)"
        case .importDryRunHeading(let file, let source): "Dry run of '\(file)' (\(source)); nothing was written."
        case .importWouldDo(let created, let updated, let unchanged, let refused, let addedStages):
            "Would create \(created), update \(updated), leave \(unchanged) unchanged, refuse \(refused)"
                + (addedStages.isEmpty ? "" : "; would add stages \(addedStages)")
        case .restoreNeedsEmptyDatabase(let path, let deals):
            "'\(path)' already holds \(Self.count(deals, "deal")): a JSON export is restored only into an empty database"
        case .restoreDryRun(let file, let pipelines, let deals, let history, let activities):
            "Dry run of '\(file)'; nothing was written. Would restore \(pipelines) pipelines, \(deals) deals, \(history) history entries and \(activities) activities"
        case .restored(let file, let pipelines, let deals, let history, let activities):
            "Restored '\(file)': \(Self.count(pipelines, "pipeline")), \(Self.count(deals, "deal")), \(Self.count(history, "history entry", "history entries")), \(Self.count(activities, "activity", "activities"))"
        }
    }

    /// `1 deal`, `2 deals`: English plurals, in this table only.
    static func count(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(plural ?? noun + "s")"
    }
}
