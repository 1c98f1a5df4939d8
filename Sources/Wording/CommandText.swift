/// What the command line's other commands print, and their `--help`, as typed keys carrying their values (issue 19).
///
/// The pattern of `Text`: one exhaustive `switch` per language (`CommandText+English.swift`,
/// `CommandText+Chinese.swift`). Command and option names, JSON keys and CSV headers are not here:
/// they stay English in every language so scripts do not break with the locale.
public enum CommandText: Sendable, Hashable {
    // MARK: Shared options
    case optionJSON
    case optionPipeline
    case optionDatabase, optionConfig

    // MARK: funnel stage
    case stageAbstract, stageListAbstract, stageAddAbstract, stageRenameAbstract, stageRemoveAbstract, stageMoveAbstract, stageSetAbstract
    case stageNewName, stageReference, stageItsNewName, stageAfter, stageProbability, stageStallDays, stageMoveDealsTo, stagePosition
    case stageHeaderNumber, stageHeaderStage, stageHeaderProbability, stageHeaderStallsAfter, stageHeaderOpenDeals
    case stallsNever
    case stallsAfterDays(days: Int)
    case pipelineHeading(name: String)
    case stageAdded(stage: String, position: Int, pipeline: String)
    case stageRenamed(stage: String, newName: String)
    case stageRemoved(stage: String, pipeline: String)
    case stageMoved(stage: String, position: Int)
    case stageUpdated(stage: String)
    case stageNothingToSet

    // MARK: funnel pipeline
    case pipelineAbstract, pipelineListAbstract, pipelineAddAbstract, pipelineRenameAbstract, pipelineRemoveAbstract
    case pipelineName, pipelineItsNewName, pipelineStages, pipelineMoveDealsTo, pipelineMoveToStage, pipelineConfirmRemoval
    case pipelineLine(name: String, stages: String)
    case pipelineAdded(name: String, stages: String)
    case pipelineRenamed(old: String, new: String)
    case pipelineRemoved(name: String)
    case pipelineRemovedMovingDeals(name: String, count: Int, target: String)
    case pipelineRemovalNeedsYes(name: String)

    // MARK: funnel activity
    case activityAbstract, activityAddAbstract, activityAddDiscussion, activityDoneAbstract, activityEditAbstract, activityEditDiscussion
    case activityDeleteAbstract, activityListAbstract
    case activityDealID, activityID, activityKinds, activitySubjectDefault, activityDue, activityDoneNow, activityNote, activityOwner
    case activityDueNow, activitySubject, activityNoteEmptyRemoves, activityConfirmDelete
    case activityOnlyDeal, activityOnlyOverdue, activityOnlyToday, activityOnlyUpcoming, activityIncludeAll, activityJSON
    case activityMarkedDone(kind: String, subject: String, deal: Int64, title: String)
    case activityMarkedDoneNoNextStep(kind: String, subject: String, deal: Int64, title: String)
    case activitySavedOn(deal: Int64, title: String, activity: String)
    case activityNothingToChange(id: Int64)
    case activityDeleteNeedsYes(id: Int64)
    case activityDeleted(id: Int64, kind: String, subject: String, deal: Int64, title: String)
    case activityDeletedNoNextStep(id: Int64, kind: String, subject: String, deal: Int64, title: String)
    case activityOneFilterOnly
    case activityAllNeedsDeal
    case activityNonePlanned
    case activityHeaderID, activityHeaderDeal, activityHeaderTitle, activityHeaderKind, activityHeaderSubject, activityHeaderDue, activityHeaderState
    case activityStateDone, activityStateCancelled, activityStateOverdue, activityStateDueToday, activityStateUpcoming, activityStateNone

    // MARK: funnel backup, restore and export
    case backupAbstract, backupDiscussion, backupOut, restoreAbstract, restoreFile
    case exportAbstract, exportFormat, exportOut, exportPipeline, exportStatus
    case outEmpty
    case outIsTheDatabase(path: String)
    case restoreFromTheDatabase(path: String)
    case backedUp(database: String, backup: String)
    case restoredBackup(backup: String, database: String, kept: String)

    // MARK: funnel stalled, snooze, park and unpark
    case stalledAbstract, stalledJSON, stalledNone
    case stalledHeaderID, stalledHeaderTitle, stalledHeaderStage, stalledHeaderIdle, stalledHeaderThreshold, stalledHeaderValue, stalledHeaderNextStep
    case stalledIdle(days: Int)
    case daysShort(days: Int)
    case stalledNoNextStep
    case snoozeAbstract, snoozeDiscussion, snoozeUntil, snoozeReason, snoozeClear, snoozeUntilOrClear
    case snoozed(id: Int64, title: String, day: String)
    case snoozeCleared(id: Int64, title: String)
    case parkAbstract, parkUntil, parkStage
    case parked(id: Int64, pipeline: String, stage: String)
    case parkedUntil(id: Int64, pipeline: String, stage: String, day: String)
    case unparkAbstract, unparkStage
    case unparked(id: Int64, pipeline: String, stage: String)

    // MARK: funnel report and plan (--help and refusals; the pages themselves are the insights screens')
    case reportAbstract, reportDiscussion, reportOwner, reportSince, reportUntil, reportJSON
    case planAbstract, planDiscussion, planGoal, planCurrency, planBy, planJSON
    case planDateInPast(value: String, today: String)
    case windowBackwards(until: String, since: String)

    // MARK: funnel config
    case configAbstract, configPrintDefaultsHelp, configCheckAbstract
    case configFileAt(path: String)
    case configFileMissingAt(path: String)
    case configNoProblems
    case configProblemsSeeCheck(count: Int)
    case configCheckProblems(count: Int, path: String)
    case configFine(path: String)
    case configNoFile(path: String)
    case configUnreadable(path: String)
    case configNotUTF8(path: String)
    case configIgnored(path: String, problem: String)

    // MARK: funnel import
    case fileUnreadable(file: String)
    case fileIsFolder(file: String)
    case formatInvalid(value: String)
    case importRefused(badRows: Int, file: String, goodRows: Int)
    /// The summary of an import; `skipped` 0 and `addedStages` empty leave their parts out.
    case imported(file: String, source: String, created: Int, updated: Int, unchanged: Int, skipped: Int, addedStages: String)
    case importSkipped(problem: String)
    case importDryRunHeading(file: String, source: String)
    /// The dry run's last line; `addedStages` empty leaves its part out.
    case importWouldDo(created: Int, updated: Int, unchanged: Int, refused: Int, addedStages: String)
    case restoreNeedsEmptyDatabase(path: String, deals: Int)
    case restoreDryRun(file: String, pipelines: Int, deals: Int, history: Int, activities: Int)
    case restored(file: String, pipelines: Int, deals: Int, history: Int, activities: Int)

    // MARK: funnel qualify, settings, the deal commands' and other commands' option help, import's help, conflicts and dry run, activity lines
    case qualifyAbstract
    case qualifyDiscussion
    case qualifyBudget
    case qualifyAuthority
    case qualifyNeed
    case qualifyTiming
    case qualifyTemperature
    case qualified(id: Int64, qualification: String, temperature: String)
    case settingsAbstract
    case settingsKey
    case settingsValue
    case salesCycleFromHistory(days: Int, wonDeals: Int)
    case salesCycleTooFewWon(wonDeals: Int, minimum: Int)
    case boardPipeline
    case boardNoMouse
    case boardSnapshot
    case boardWidth
    case boardHeight
    case fieldValue
    case fieldCurrency
    case fieldPipeline
    case fieldStage
    case fieldOrganization
    case fieldPerson
    case fieldJobTitle
    case fieldEmail
    case fieldPhone
    case fieldSource
    case fieldOwner
    case fieldCloseDate
    case fieldTemperature
    case fieldPriority
    case fieldProbability
    case fieldNotes
    case dealTitleArgument
    case editTitle
    case moveStage
    case lostReason
    case reopenStage
    case deleteConfirm
    case listPipeline
    case listStage
    case listStatus
    case listJSON
    case listOwner
    case reviewAll
    case planOwner
    case whoamiAbstract
    case whoamiJSON
    case showJSON
    case summaryJSON
    case reviewDiscussion
    case reviewPrint
    case reviewJSON
    case demoDiscussion
    case demoDeals
    case demoSeed
    case demoOpenPercent
    case demoPipeline
    case demoCurrency
    case demoCurrencies
    case demoForce
    case importAbstract
    case importDiscussion
    case importFile
    case importFormat
    case importFrom
    case importMap
    case importStageMap
    case importCreateStages
    case importPipeline
    case importDryRun
    case importSkipBad
    case importOverwrite
    case importAllowDuplicates
    case importConflict(id: Int64, title: String, field: String, funnelValue: String, fileValue: String)
    case importConflictOverwritten(id: Int64, title: String, field: String, funnelValue: String, fileValue: String)
    case importConflictsKept(count: Int)
    case importConflictsTaken(count: Int)
    case conflictNothing
    case importDryRunCreate(line: Int, title: String, place: String)
    case importDryRunUpdate(line: Int, id: Int64, title: String, place: String)
    case importDryRunUnchanged(line: Int, id: Int64, title: String)
    case importDryRunRefuse(problem: String)
    case importDryRunClosedPlace(stage: String, status: String)
    case activityLineDone(id: Int64, kind: String, subject: String, at: String)
    case activityLineCancelled(id: Int64, kind: String, subject: String, at: String)
    case activityLineDueCancelled(id: Int64, kind: String, subject: String, due: String, at: String)
    case activityLineDue(id: Int64, kind: String, subject: String, due: String, state: String)
    case activityLinePlanned(id: Int64, kind: String, subject: String)

    // MARK: The argument parser's words in --help
    case parserDefault(value: String)

    // MARK: funnel import's progress bar (stderr, on a terminal)
    case importProgress(bar: String, percent: Int, done: Int, total: Int, rate: Int)
}
