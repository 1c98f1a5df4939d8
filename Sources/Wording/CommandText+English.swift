extension CommandText {
    /// The English table.
    var english: String {
        switch self {
        case .optionJSON: "Print JSON."
        case .optionPipeline: "The pipeline (default: the first sales pipeline)."
        case .optionDatabase: "The database file (default: $FUNNEL_DB, else the config's database, else $XDG_DATA_HOME/funnel/funnel.sqlite), or a PostgreSQL server as postgresql://USER@HOST:PORT/DATABASE."
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

        case .activityAbstract: "Log, schedule, edit, complete, delete and list activities (calls, emails, meetings, tasks...)."
        case .activityAddAbstract: "Schedule an activity (--due) or log one that happened (--done); prints its id."
        case .activityAddDiscussion:
            """
            Without --due or --done, a note is logged as done and anything else is due today.
            --due takes YYYY-MM-DD, YYYY-MM-DDTHH:MM or a shortcut: today, tomorrow, +2d, +1w,
            fri (the next Friday after today), next week; a time may follow: "fri 14:00".
            Times are wall-clock times in your time zone (TZ).
            """
        case .activityDoneAbstract: "Mark a planned activity done."
        case .activityEditAbstract: "Reschedule an activity (--due) or change its kind, subject or note."
        case .activityEditDiscussion:
            """
            --due takes what 'activity add --due' takes: YYYY-MM-DD, YYYY-MM-DDTHH:MM, today, tomorrow,
            +2d, +1w, fri, next week, optionally followed by a time ("fri 14:00"). An empty --subject
            gives the kind's title; an empty --note removes the note. A done activity keeps its due date;
            one cancelled by its deal's close changes only when the deal is reopened.
            """
        case .activityDeleteAbstract: "Delete an activity for good (needs --yes)."
        case .activityListAbstract: "List planned activities by due date."
        case .activityDealID: "The deal's id."
        case .activityID: "The activity's id."
        case .activityKinds: "call, email, meeting, sms, chat, social, demo, task or note."
        case .activitySubjectDefault: "What it is about (default: the kind, e.g. Call)."
        case .activityDue: "When it is due."
        case .activityDoneNow: "It has been done (now)."
        case .activityNote: "A note."
        case .activityOwner: "Who does it."
        case .activityDueNow: "When it is due now."
        case .activitySubject: "What it is about."
        case .activityNoteEmptyRemoves: "A note (empty removes it)."
        case .activityConfirmDelete: "Confirm: the activity cannot be brought back."
        case .activityOnlyDeal: "Only this deal's activities."
        case .activityOnlyOverdue: "Only overdue ones."
        case .activityOnlyToday: "Only those due today (not yet overdue)."
        case .activityOnlyUpcoming: "Only those due after today."
        case .activityIncludeAll: "Include done activities and those cancelled by the deal's close (needs --deal)."
        case .activityJSON: "Print a JSON array."
        case .activityMarkedDone(let kind, let subject, let deal, let title): "Done: \(kind) \"\(subject)\" on deal \(deal) (\(title))"
        case .activityMarkedDoneNoNextStep(let kind, let subject, let deal, let title):
            "Done: \(kind) \"\(subject)\" on deal \(deal) (\(title)); it has no next step: funnel activity add \(deal) --kind call --due +2d"
        case .activitySavedOn(let deal, let title, let activity): "Saved on deal \(deal) (\(title)): \(activity)"
        case .activityNothingToChange(let id): "nothing to change in activity \(id): give --due, --subject, --kind or --note"
        case .activityDeleteNeedsYes(let id):
            "deleting activity \(id) cannot be undone: add --yes to confirm (or 'funnel activity done \(id)' to keep it as done)"
        case .activityDeleted(let id, let kind, let subject, let deal, let title):
            "Deleted activity \(id) (\(kind) \"\(subject)\") of deal \(deal) (\(title))"
        case .activityDeletedNoNextStep(let id, let kind, let subject, let deal, let title):
            "Deleted activity \(id) (\(kind) \"\(subject)\") of deal \(deal) (\(title)); it has no next step: funnel activity add \(deal) --kind call --due +2d"
        case .activityOneFilterOnly: "use only one of --overdue, --today, --upcoming"
        case .activityAllNeedsDeal: "--all needs --deal ID: done activities are listed per deal"
        case .activityNonePlanned: "No planned activities. Schedule one with: funnel activity add DEAL_ID --kind call --due tomorrow"
        case .activityHeaderID: "ID"
        case .activityHeaderDeal: "Deal"
        case .activityHeaderTitle: "Title"
        case .activityHeaderKind: "Kind"
        case .activityHeaderSubject: "Subject"
        case .activityHeaderDue: "Due"
        case .activityHeaderState: "State"
        case .activityStateDone: "done"
        case .activityStateCancelled: "cancelled"
        case .activityStateOverdue: "overdue"
        case .activityStateDueToday: "due today"
        case .activityStateUpcoming: "upcoming"
        case .activityStateNone: "no next step"

        case .backupAbstract: "Copy the database safely while other Funnel processes use it."
        case .backupDiscussion: "Funnel also keeps the last 7 daily backups in backups/ beside the database, made on the first run of each day."
        case .backupOut: "The backup file (default: backups/<database>-<time>.sqlite beside the database)."
        case .restoreAbstract: "Replace the database with a backup file (the current one is kept in backups/ first)."
        case .restoreFile: "A backup made by 'funnel backup' (or a daily one from backups/)."
        case .exportAbstract: "Export deals as CSV (Funnel's columns, re-importable) or everything as JSON (restorable)."
        case .exportFormat: "csv or json (default: from --out's extension, else csv)."
        case .exportOut: "Write to this file (mode 0600) instead of stdout."
        case .exportPipeline: "Only this pipeline."
        case .exportStatus: "open, won, lost or all; repeat or separate with commas (default: all)."
        case .outEmpty: "invalid --out '': give a file path"
        case .outIsTheDatabase(let path): "invalid --out '\(path)': that is the database itself (or one of its journals); choose another file"
        case .restoreFromTheDatabase(let path): "'\(path)' is the database itself: give a backup file"
        case .backedUp(let database, let backup): "Backed up '\(database)' to '\(backup)'"
        case .restoredBackup(let backup, let database, let kept): "Restored '\(backup)' into '\(database)'; the previous database is kept as '\(kept)'"

        case .stalledAbstract: "List stalled deals, most idle first."
        case .stalledJSON: "Print a JSON array of deals."
        case .stalledNone: "No stalled deals."
        case .stalledHeaderID: "ID"
        case .stalledHeaderTitle: "Title"
        case .stalledHeaderStage: "Stage"
        case .stalledHeaderIdle: "Idle"
        case .stalledHeaderThreshold: "Threshold"
        case .stalledHeaderValue: "Value"
        case .stalledHeaderNextStep: "Next step"
        case .stalledIdle(let days): "⚑ \(days)d"
        case .daysShort(let days): "\(days)d"
        case .stalledNoNextStep: "none"
        case .snoozeAbstract: "Snooze a deal: it is not flagged stalled until the day given."
        case .snoozeDiscussion:
            "--until takes YYYY-MM-DD or a shortcut: tomorrow, +3d, +2w, fri, next week, next fri (weeks start on the config's week_starts_on)."
        case .snoozeUntil: "The day it counts again (after today)."
        case .snoozeReason: "Why, e.g. \"back from holiday on the 5th\"."
        case .snoozeClear: "End the snooze now."
        case .snoozeUntilOrClear: "give either --until DATE or --clear"
        case .snoozed(let id, let title, let day): "Snoozed deal \(id) (\(title)) until \(day)"
        case .snoozeCleared(let id, let title): "Deal \(id) (\(title)) is no longer snoozed"
        case .parkAbstract: "Park a deal in the Revisit pipeline (cold or stuck leads)."
        case .parkUntil: "The day to look at it again (it then shows in the review)."
        case .parkStage: "The Revisit stage (default: its first)."
        case .parked(let id, let pipeline, let stage): "Parked deal \(id) in \(pipeline) › \(stage); 'funnel unpark \(id)' brings it back"
        case .parkedUntil(let id, let pipeline, let stage, let day):
            "Parked deal \(id) in \(pipeline) › \(stage) until \(day); 'funnel unpark \(id)' brings it back"
        case .unparkAbstract: "Bring a parked deal back from Revisit (to the stage it left, by default)."
        case .unparkStage: "The stage to bring it back to."
        case .unparked(let id, let pipeline, let stage): "Brought deal \(id) back to \(pipeline) › \(stage)"

        case .reportAbstract: "Print the pipeline's insights: conversion, time in stage, forecast and more."
        case .reportDiscussion: "Every figure covers all deals matching the filters. Rates need at least 5 deals; below that the report says so (null in JSON)."
        case .reportOwner: "Only deals of this owner (any case)."
        case .reportSince: "Only deals created on or after this day (UTC)."
        case .reportUntil: "Only deals created on or before this day (UTC)."
        case .reportJSON: "Print one JSON document (keys in docs/cli.md)."
        case .planAbstract: "Plan a revenue goal: won deals needed, deals per stage, new deals to add at the top."
        case .planDiscussion:
            "Uses each stage's historical conversion when every stage has at least 5 entries, else the stage probabilities (it says which)."
        case .planGoal: "The revenue goal, e.g. 100000, 250k, 1.5m or \"100k EUR\"."
        case .planCurrency: "ISO 4217 currency of the goal (default USD)."
        case .planBy: "The day the goal is to be reached by."
        case .planJSON: "Print the plan as JSON with every input and intermediate number (keys in docs/cli.md)."
        case .planDateInPast(let value, let today): "invalid --by '\(value)': the goal date must be today (\(today)) or later"
        case .windowBackwards(let until, let since): "invalid --until '\(until)': it is before --since '\(since)'; give a window that runs forward"

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
        case .formatInvalid(let value): "invalid --format '\(value)': use csv or json"
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

        case .qualifyAbstract: "Set a deal's qualification; its temperature follows unless set by hand."
        case .qualifyDiscussion: "All four yes is hot, any no is cold, otherwise warm. --temperature auto lets it follow the answers again."
        case .qualifyBudget: "Has budget: yes, no or unknown."
        case .qualifyAuthority: "Talking to who decides: yes, no or unknown."
        case .qualifyNeed: "Has a real need: yes, no or unknown."
        case .qualifyTiming: "Will buy soon: yes, no or unknown."
        case .qualifyTemperature: "hot, warm or cold set by hand, or auto."
        case .qualified(let id, let qualification, let temperature): "Deal \(id): \(qualification) → \(temperature)"
        case .settingsAbstract: "Show or change settings: park-after-days (the weekly sweep's cycle when fewer than 5 deals were won)."
        case .settingsKey: "The setting: park-after-days."
        case .settingsValue: "Its new value."
        case .salesCycleFromHistory(let days, let wonDeals): "sales cycle: median \(days) days from creation to won, over \(wonDeals) won deals (used by the weekly sweep)"
        case .salesCycleTooFewWon(let wonDeals, let minimum): "sales cycle: \(wonDeals) won deals, fewer than \(minimum): the weekly sweep uses park-after-days"
        case .boardPipeline: "The pipeline to show (default: the first)."
        case .boardNoMouse: "Do not ask the terminal for mouse clicks and wheel."
        case .boardSnapshot: "Print one frame of the board as plain text and exit (for scripts and docs)."
        case .boardWidth: "Columns of the --snapshot frame (default 80)."
        case .boardHeight: "Rows of the --snapshot frame (default 24)."
        case .fieldValue: "Value, e.g. 12000, 12,000.50, 12k or 1.5m."
        case .fieldCurrency: "ISO 4217 currency code (default: the config's default_currency, else USD)."
        case .fieldPipeline: "Pipeline name (default: the first sales pipeline)."
        case .fieldStage: "Stage name or 1-based number (default: the first stage)."
        case .fieldOrganization: "The customer's organization."
        case .fieldPerson: "The contact person's name."
        case .fieldJobTitle: "The contact person's job title."
        case .fieldEmail: "The contact person's email."
        case .fieldPhone: "The contact person's phone."
        case .fieldSource: "How they got in touch: referral, website, cold call, event, social, other, or your own words."
        case .fieldOwner: "Who works the deal."
        case .fieldCloseDate: "Expected close date."
        case .fieldTemperature: "hot, warm or cold (set by hand)."
        case .fieldPriority: "0 (none) to 3 (highest)."
        case .fieldProbability: "The deal's own win probability in percent, 0-100, over its stage's ('' clears it)."
        case .fieldNotes: "Free notes."
        case .dealTitleArgument: "The deal's title."
        case .editTitle: "A new title."
        case .moveStage: "The stage: its name (any case) or its number in the pipeline."
        case .lostReason: "Why it was lost, e.g. price, timing, competitor."
        case .reopenStage: "The stage to reopen it in (default: the one it closed in)."
        case .deleteConfirm: "Confirm: the deal and its history cannot be brought back."
        case .listPipeline: "Only this pipeline."
        case .listStage: "Only this stage (name or number; needs the pipeline, default the first)."
        case .listStatus: "open, won, lost or all."
        case .listJSON: "Print a JSON array of deals."
        case .showJSON: "Print the deal as JSON with its history."
        case .summaryJSON: "Print JSON: each stage's open deals, and their value and weighted value per currency."
        case .reviewDiscussion:
            """
                Each deal comes once, under its most urgent reason; most urgent first, then by value.
                Interactive: type one key and Enter per deal: c log a contact, n schedule the next step,
                a advance a stage, z snooze, p park in Revisit, l mark lost, o open, s skip, q quit.
                Progress is kept for the day: run it again to continue where you stopped.
                On Mondays it also suggests parking deals open longer than the usual sales cycle.
                """
        case .reviewPrint: "Print what is left of today's review as text."
        case .reviewJSON: "Print what is left of today's review as JSON, one object per deal with its reason."
        case .demoDiscussion: "Refuses a database that already holds deals unless --force. The same --seed always gives the same deals. One currency unless --currencies names several."
        case .demoDeals: "How many deals, 1 to 10,000,000."
        case .demoSeed: "Seed for the random choices."
        case .demoOpenPercent: "Share of deals still open (default 50 up to 200 deals, else 5)."
        case .demoPipeline: "The pipeline to fill (default: the first sales pipeline)."
        case .demoCurrency: "The currency of every deal (default: the config's default_currency, else USD)."
        case .demoCurrencies: "Several currencies instead of one, e.g. USD,EUR,CNY (a code twice is drawn twice as often)."
        case .demoForce: "Add the deals even when the database already holds some."
        case .importAbstract: "Import deals from a CSV file (Pipedrive, HubSpot, Funnel, any) or restore a JSON export."
        case .importDiscussion:
            """
                All or nothing: any bad row stops the import before anything is written and every bad row \
                is listed by line, column and reason (--skip-bad imports the good ones). Importing the same \
                file again updates its deals instead of adding them twice, and never undoes a change made in \
                Funnel since: a field changed in both is listed as a conflict and keeps Funnel's value \
                (--overwrite takes the file's). Rows without ids that an earlier import brought are refused \
                (--allow-duplicates imports them again).
                """
        case .importFile: "The file to import."
        case .importFormat: "csv or json (default: from the file's extension, else csv)."
        case .importFrom: "pipedrive, hubspot, generic or funnel (default: recognised from the header row)."
        case .importMap: "Read a field from a column, e.g. --map title=\"Opportunity\" (repeatable)."
        case .importStageMap: "Put deals of the file's stage FROM in stage TO (repeatable)."
        case .importCreateStages: "Add the file's unknown stages at the end of the pipeline."
        case .importPipeline: "Import every deal into this pipeline (default: the file's pipeline column for Funnel files, else the first sales pipeline)."
        case .importDryRun: "Print what would be created, updated and refused; write nothing."
        case .importSkipBad: "Import the good rows and list the bad ones."
        case .importOverwrite: "On a field changed both in Funnel and in the file since its last import, take the file's value."
        case .importAllowDuplicates: "Import rows without ids even when an earlier import brought the same rows."
        case .importConflict(let id, let title, let field, let funnelValue, let fileValue): "deal \(id) '\(title)': \(field) — Funnel has \(funnelValue), the file has \(fileValue)"
        case .importConflictOverwritten(let id, let title, let field, let funnelValue, let fileValue): "deal \(id) '\(title)': \(field) — Funnel had \(funnelValue), the file has \(fileValue), which replaced it (--overwrite)"
        case .importConflictsKept(let count):
            count == 1
                ? "1 field changed both in Funnel and in the file since its last import kept Funnel's value; add --overwrite to take the file's."
                : "\(count) fields changed both in Funnel and in the file since its last import kept Funnel's values; add --overwrite to take the file's."
        case .importConflictsTaken(let count):
            count == 1
                ? "1 field changed both in Funnel and in the file since its last import took the file's value (--overwrite)."
                : "\(count) fields changed both in Funnel and in the file since its last import took the file's values (--overwrite)."
        case .conflictNothing: "nothing"
        case .importDryRunCreate(let line, let title, let place): "create     line \(line): \(title) -> \(place)"
        case .importDryRunUpdate(let line, let id, let title, let place): "update     line \(line): deal \(id) \(title) -> \(place)"
        case .importDryRunUnchanged(let line, let id, let title): "unchanged  line \(line): deal \(id) \(title)"
        case .importDryRunRefuse(let problem): "refuse     \(problem)"
        case .importDryRunClosedPlace(let stage, let status): "\(stage) (\(status))"
        case .activityLineDone(let id, let kind, let subject, let at): "#\(id) \(kind) \"\(subject)\" done \(at)"
        case .activityLineCancelled(let id, let kind, let subject, let at): "#\(id) \(kind) \"\(subject)\" cancelled \(at) (the deal was closed)"
        case .activityLineDueCancelled(let id, let kind, let subject, let due, let at): "#\(id) \(kind) \"\(subject)\" due \(due) cancelled \(at) (the deal was closed)"
        case .activityLineDue(let id, let kind, let subject, let due, let state): "#\(id) \(kind) \"\(subject)\" due \(due) (\(state))"
        case .activityLinePlanned(let id, let kind, let subject): "#\(id) \(kind) \"\(subject)\" planned"

        case .parserDefault(let value): "(default: \(value))"

        case .importProgress(let bar, let percent, let done, let total, let rate): "Importing [\(bar)] \(percent)%  \(done)/\(total) rows  \(rate) rows/s"
        }
    }

    /// `1 deal`, `2 deals`: English plurals, in this table only.
    static func count(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(plural ?? noun + "s")"
    }
}
