/// Every key with marker values, for the test that checks each language says every value.
extension CommandText {
    /// One name per text, to list them all.
    public enum Key: CaseIterable, Sendable {
        case optionJSON, optionPipeline, optionDatabase, optionConfig, stageAbstract, stageListAbstract, stageAddAbstract, stageRenameAbstract
        case stageRemoveAbstract, stageMoveAbstract, stageSetAbstract, stageNewName, stageReference, stageItsNewName, stageAfter, stageProbability
        case stageStallDays, stageMoveDealsTo, stagePosition, stageHeaderNumber, stageHeaderStage, stageHeaderProbability, stageHeaderStallsAfter, stageHeaderOpenDeals
        case stallsNever, stallsAfterDays, pipelineHeading, stageAdded, stageRenamed, stageRemoved, stageMoved, stageUpdated
        case stageNothingToSet, pipelineAbstract, pipelineListAbstract, pipelineAddAbstract, pipelineRenameAbstract, pipelineRemoveAbstract, pipelineName, pipelineItsNewName
        case pipelineStages, pipelineMoveDealsTo, pipelineMoveToStage, pipelineConfirmRemoval, pipelineLine, pipelineAdded, pipelineRenamed, pipelineRemoved
        case pipelineRemovedMovingDeals, pipelineRemovalNeedsYes, activityAbstract, activityAddAbstract, activityAddDiscussion, activityDoneAbstract, activityEditAbstract, activityEditDiscussion
        case activityDeleteAbstract, activityListAbstract, activityDealID, activityID, activityKinds, activitySubjectDefault, activityDue, activityDoneNow
        case activityNote, activityOwner, activityDueNow, activitySubject, activityNoteEmptyRemoves, activityConfirmDelete, activityOnlyDeal, activityOnlyOverdue
        case activityOnlyToday, activityOnlyUpcoming, activityIncludeAll, activityJSON, activityMarkedDone, activityMarkedDoneNoNextStep, activitySavedOn, activityNothingToChange
        case activityDeleteNeedsYes, activityDeleted, activityDeletedNoNextStep, activityOneFilterOnly, activityAllNeedsDeal, activityNonePlanned, activityHeaderID, activityHeaderDeal
        case activityHeaderTitle, activityHeaderKind, activityHeaderSubject, activityHeaderDue, activityHeaderState, activityStateDone, activityStateCancelled, activityStateOverdue
        case activityStateDueToday, activityStateUpcoming, activityStateNone, backupAbstract, backupDiscussion, backupOut, restoreAbstract, restoreFile
        case exportAbstract, exportFormat, exportOut, exportPipeline, exportStatus, outEmpty, outIsTheDatabase, restoreFromTheDatabase
        case backedUp, restoredBackup, stalledAbstract, stalledJSON, stalledNone, stalledHeaderID, stalledHeaderTitle, stalledHeaderStage
        case stalledHeaderIdle, stalledHeaderThreshold, stalledHeaderValue, stalledHeaderNextStep, stalledIdle, daysShort, stalledNoNextStep, snoozeAbstract
        case snoozeDiscussion, snoozeUntil, snoozeReason, snoozeClear, snoozeUntilOrClear, snoozed, snoozeCleared, parkAbstract
        case parkUntil, parkStage, parked, parkedUntil, unparkAbstract, unparkStage, unparked, reportAbstract
        case reportDiscussion, reportOwner, reportSince, reportUntil, reportJSON, planAbstract, planDiscussion, planGoal
        case planCurrency, planBy, planJSON, planDateInPast, windowBackwards, configAbstract, configPrintDefaultsHelp, configCheckAbstract
        case configFileAt, configFileMissingAt, configNoProblems, configProblemsSeeCheck, configCheckProblems, configFine, configNoFile, configUnreadable
        case configNotUTF8, configIgnored, fileUnreadable, fileIsFolder, formatInvalid, importRefused, imported, importSkipped, importDryRunHeading
        case importWouldDo, restoreNeedsEmptyDatabase, restoreDryRun, restored
        case qualifyAbstract, qualifyDiscussion, qualifyBudget, qualifyAuthority, qualifyNeed, qualifyTiming, qualifyTemperature, qualified
        case settingsAbstract, settingsKey, settingsValue, salesCycleFromHistory, salesCycleTooFewWon, boardPipeline, boardNoMouse, boardSnapshot
        case boardWidth, boardHeight, fieldValue, fieldCurrency, fieldPipeline, fieldStage, fieldOrganization, fieldPerson
        case fieldJobTitle, fieldEmail, fieldPhone, fieldSource, fieldOwner, fieldCloseDate, fieldTemperature, fieldPriority
        case fieldProbability, fieldNotes, dealTitleArgument, editTitle, moveStage, lostReason, reopenStage, deleteConfirm
        case listPipeline, listStage, listStatus, listJSON, listOwner, reviewAll, planOwner, whoamiAbstract, whoamiJSON, showJSON, summaryJSON, reviewDiscussion, reviewPrint
        case reviewJSON, demoDiscussion, demoDeals, demoSeed, demoOpenPercent, demoPipeline, demoCurrency, demoCurrencies
        case demoForce, importAbstract, importDiscussion, importFile, importFormat, importFrom, importMap, importStageMap
        case importCreateStages, importPipeline, importDryRun, importSkipBad, importOverwrite, importAllowDuplicates, importConflict, importConflictOverwritten
        case importConflictsKept, importConflictsTaken, conflictNothing, importDryRunCreate, importDryRunUpdate, importDryRunUnchanged, importDryRunRefuse, importDryRunClosedPlace
        case activityLineDone, activityLineCancelled, activityLineDueCancelled, activityLineDue, activityLinePlanned
        case parserDefault
        case importProgress
    }

    /// The key of this text.
    public var key: Key {
        switch self {
        case .optionJSON: .optionJSON
        case .optionPipeline: .optionPipeline
        case .optionDatabase: .optionDatabase
        case .optionConfig: .optionConfig
        case .stageAbstract: .stageAbstract
        case .stageListAbstract: .stageListAbstract
        case .stageAddAbstract: .stageAddAbstract
        case .stageRenameAbstract: .stageRenameAbstract
        case .stageRemoveAbstract: .stageRemoveAbstract
        case .stageMoveAbstract: .stageMoveAbstract
        case .stageSetAbstract: .stageSetAbstract
        case .stageNewName: .stageNewName
        case .stageReference: .stageReference
        case .stageItsNewName: .stageItsNewName
        case .stageAfter: .stageAfter
        case .stageProbability: .stageProbability
        case .stageStallDays: .stageStallDays
        case .stageMoveDealsTo: .stageMoveDealsTo
        case .stagePosition: .stagePosition
        case .stageHeaderNumber: .stageHeaderNumber
        case .stageHeaderStage: .stageHeaderStage
        case .stageHeaderProbability: .stageHeaderProbability
        case .stageHeaderStallsAfter: .stageHeaderStallsAfter
        case .stageHeaderOpenDeals: .stageHeaderOpenDeals
        case .stallsNever: .stallsNever
        case .stallsAfterDays: .stallsAfterDays
        case .pipelineHeading: .pipelineHeading
        case .stageAdded: .stageAdded
        case .stageRenamed: .stageRenamed
        case .stageRemoved: .stageRemoved
        case .stageMoved: .stageMoved
        case .stageUpdated: .stageUpdated
        case .stageNothingToSet: .stageNothingToSet
        case .pipelineAbstract: .pipelineAbstract
        case .pipelineListAbstract: .pipelineListAbstract
        case .pipelineAddAbstract: .pipelineAddAbstract
        case .pipelineRenameAbstract: .pipelineRenameAbstract
        case .pipelineRemoveAbstract: .pipelineRemoveAbstract
        case .pipelineName: .pipelineName
        case .pipelineItsNewName: .pipelineItsNewName
        case .pipelineStages: .pipelineStages
        case .pipelineMoveDealsTo: .pipelineMoveDealsTo
        case .pipelineMoveToStage: .pipelineMoveToStage
        case .pipelineConfirmRemoval: .pipelineConfirmRemoval
        case .pipelineLine: .pipelineLine
        case .pipelineAdded: .pipelineAdded
        case .pipelineRenamed: .pipelineRenamed
        case .pipelineRemoved: .pipelineRemoved
        case .pipelineRemovedMovingDeals: .pipelineRemovedMovingDeals
        case .pipelineRemovalNeedsYes: .pipelineRemovalNeedsYes
        case .activityAbstract: .activityAbstract
        case .activityAddAbstract: .activityAddAbstract
        case .activityAddDiscussion: .activityAddDiscussion
        case .activityDoneAbstract: .activityDoneAbstract
        case .activityEditAbstract: .activityEditAbstract
        case .activityEditDiscussion: .activityEditDiscussion
        case .activityDeleteAbstract: .activityDeleteAbstract
        case .activityListAbstract: .activityListAbstract
        case .activityDealID: .activityDealID
        case .activityID: .activityID
        case .activityKinds: .activityKinds
        case .activitySubjectDefault: .activitySubjectDefault
        case .activityDue: .activityDue
        case .activityDoneNow: .activityDoneNow
        case .activityNote: .activityNote
        case .activityOwner: .activityOwner
        case .activityDueNow: .activityDueNow
        case .activitySubject: .activitySubject
        case .activityNoteEmptyRemoves: .activityNoteEmptyRemoves
        case .activityConfirmDelete: .activityConfirmDelete
        case .activityOnlyDeal: .activityOnlyDeal
        case .activityOnlyOverdue: .activityOnlyOverdue
        case .activityOnlyToday: .activityOnlyToday
        case .activityOnlyUpcoming: .activityOnlyUpcoming
        case .activityIncludeAll: .activityIncludeAll
        case .activityJSON: .activityJSON
        case .activityMarkedDone: .activityMarkedDone
        case .activityMarkedDoneNoNextStep: .activityMarkedDoneNoNextStep
        case .activitySavedOn: .activitySavedOn
        case .activityNothingToChange: .activityNothingToChange
        case .activityDeleteNeedsYes: .activityDeleteNeedsYes
        case .activityDeleted: .activityDeleted
        case .activityDeletedNoNextStep: .activityDeletedNoNextStep
        case .activityOneFilterOnly: .activityOneFilterOnly
        case .activityAllNeedsDeal: .activityAllNeedsDeal
        case .activityNonePlanned: .activityNonePlanned
        case .activityHeaderID: .activityHeaderID
        case .activityHeaderDeal: .activityHeaderDeal
        case .activityHeaderTitle: .activityHeaderTitle
        case .activityHeaderKind: .activityHeaderKind
        case .activityHeaderSubject: .activityHeaderSubject
        case .activityHeaderDue: .activityHeaderDue
        case .activityHeaderState: .activityHeaderState
        case .activityStateDone: .activityStateDone
        case .activityStateCancelled: .activityStateCancelled
        case .activityStateOverdue: .activityStateOverdue
        case .activityStateDueToday: .activityStateDueToday
        case .activityStateUpcoming: .activityStateUpcoming
        case .activityStateNone: .activityStateNone
        case .backupAbstract: .backupAbstract
        case .backupDiscussion: .backupDiscussion
        case .backupOut: .backupOut
        case .restoreAbstract: .restoreAbstract
        case .restoreFile: .restoreFile
        case .exportAbstract: .exportAbstract
        case .exportFormat: .exportFormat
        case .exportOut: .exportOut
        case .exportPipeline: .exportPipeline
        case .exportStatus: .exportStatus
        case .outEmpty: .outEmpty
        case .outIsTheDatabase: .outIsTheDatabase
        case .restoreFromTheDatabase: .restoreFromTheDatabase
        case .backedUp: .backedUp
        case .restoredBackup: .restoredBackup
        case .stalledAbstract: .stalledAbstract
        case .stalledJSON: .stalledJSON
        case .stalledNone: .stalledNone
        case .stalledHeaderID: .stalledHeaderID
        case .stalledHeaderTitle: .stalledHeaderTitle
        case .stalledHeaderStage: .stalledHeaderStage
        case .stalledHeaderIdle: .stalledHeaderIdle
        case .stalledHeaderThreshold: .stalledHeaderThreshold
        case .stalledHeaderValue: .stalledHeaderValue
        case .stalledHeaderNextStep: .stalledHeaderNextStep
        case .stalledIdle: .stalledIdle
        case .daysShort: .daysShort
        case .stalledNoNextStep: .stalledNoNextStep
        case .snoozeAbstract: .snoozeAbstract
        case .snoozeDiscussion: .snoozeDiscussion
        case .snoozeUntil: .snoozeUntil
        case .snoozeReason: .snoozeReason
        case .snoozeClear: .snoozeClear
        case .snoozeUntilOrClear: .snoozeUntilOrClear
        case .snoozed: .snoozed
        case .snoozeCleared: .snoozeCleared
        case .parkAbstract: .parkAbstract
        case .parkUntil: .parkUntil
        case .parkStage: .parkStage
        case .parked: .parked
        case .parkedUntil: .parkedUntil
        case .unparkAbstract: .unparkAbstract
        case .unparkStage: .unparkStage
        case .unparked: .unparked
        case .reportAbstract: .reportAbstract
        case .reportDiscussion: .reportDiscussion
        case .reportOwner: .reportOwner
        case .reportSince: .reportSince
        case .reportUntil: .reportUntil
        case .reportJSON: .reportJSON
        case .planAbstract: .planAbstract
        case .planDiscussion: .planDiscussion
        case .planGoal: .planGoal
        case .planCurrency: .planCurrency
        case .planBy: .planBy
        case .planJSON: .planJSON
        case .planDateInPast: .planDateInPast
        case .windowBackwards: .windowBackwards
        case .configAbstract: .configAbstract
        case .configPrintDefaultsHelp: .configPrintDefaultsHelp
        case .configCheckAbstract: .configCheckAbstract
        case .configFileAt: .configFileAt
        case .configFileMissingAt: .configFileMissingAt
        case .configNoProblems: .configNoProblems
        case .configProblemsSeeCheck: .configProblemsSeeCheck
        case .configCheckProblems: .configCheckProblems
        case .configFine: .configFine
        case .configNoFile: .configNoFile
        case .configUnreadable: .configUnreadable
        case .configNotUTF8: .configNotUTF8
        case .configIgnored: .configIgnored
        case .fileUnreadable: .fileUnreadable
        case .fileIsFolder: .fileIsFolder
        case .formatInvalid: .formatInvalid
        case .importRefused: .importRefused
        case .imported: .imported
        case .importSkipped: .importSkipped
        case .importDryRunHeading: .importDryRunHeading
        case .importWouldDo: .importWouldDo
        case .restoreNeedsEmptyDatabase: .restoreNeedsEmptyDatabase
        case .restoreDryRun: .restoreDryRun
        case .restored: .restored
        case .qualifyAbstract: .qualifyAbstract
        case .qualifyDiscussion: .qualifyDiscussion
        case .qualifyBudget: .qualifyBudget
        case .qualifyAuthority: .qualifyAuthority
        case .qualifyNeed: .qualifyNeed
        case .qualifyTiming: .qualifyTiming
        case .qualifyTemperature: .qualifyTemperature
        case .qualified: .qualified
        case .settingsAbstract: .settingsAbstract
        case .settingsKey: .settingsKey
        case .settingsValue: .settingsValue
        case .salesCycleFromHistory: .salesCycleFromHistory
        case .salesCycleTooFewWon: .salesCycleTooFewWon
        case .boardPipeline: .boardPipeline
        case .boardNoMouse: .boardNoMouse
        case .boardSnapshot: .boardSnapshot
        case .boardWidth: .boardWidth
        case .boardHeight: .boardHeight
        case .fieldValue: .fieldValue
        case .fieldCurrency: .fieldCurrency
        case .fieldPipeline: .fieldPipeline
        case .fieldStage: .fieldStage
        case .fieldOrganization: .fieldOrganization
        case .fieldPerson: .fieldPerson
        case .fieldJobTitle: .fieldJobTitle
        case .fieldEmail: .fieldEmail
        case .fieldPhone: .fieldPhone
        case .fieldSource: .fieldSource
        case .fieldOwner: .fieldOwner
        case .fieldCloseDate: .fieldCloseDate
        case .fieldTemperature: .fieldTemperature
        case .fieldPriority: .fieldPriority
        case .fieldProbability: .fieldProbability
        case .fieldNotes: .fieldNotes
        case .dealTitleArgument: .dealTitleArgument
        case .editTitle: .editTitle
        case .moveStage: .moveStage
        case .lostReason: .lostReason
        case .reopenStage: .reopenStage
        case .deleteConfirm: .deleteConfirm
        case .listPipeline: .listPipeline
        case .listStage: .listStage
        case .listStatus: .listStatus
        case .listJSON: .listJSON
        case .listOwner: .listOwner
        case .reviewAll: .reviewAll
        case .planOwner: .planOwner
        case .whoamiAbstract: .whoamiAbstract
        case .whoamiJSON: .whoamiJSON
        case .showJSON: .showJSON
        case .summaryJSON: .summaryJSON
        case .reviewDiscussion: .reviewDiscussion
        case .reviewPrint: .reviewPrint
        case .reviewJSON: .reviewJSON
        case .demoDiscussion: .demoDiscussion
        case .demoDeals: .demoDeals
        case .demoSeed: .demoSeed
        case .demoOpenPercent: .demoOpenPercent
        case .demoPipeline: .demoPipeline
        case .demoCurrency: .demoCurrency
        case .demoCurrencies: .demoCurrencies
        case .demoForce: .demoForce
        case .importAbstract: .importAbstract
        case .importDiscussion: .importDiscussion
        case .importFile: .importFile
        case .importFormat: .importFormat
        case .importFrom: .importFrom
        case .importMap: .importMap
        case .importStageMap: .importStageMap
        case .importCreateStages: .importCreateStages
        case .importPipeline: .importPipeline
        case .importDryRun: .importDryRun
        case .importSkipBad: .importSkipBad
        case .importOverwrite: .importOverwrite
        case .importAllowDuplicates: .importAllowDuplicates
        case .importConflict: .importConflict
        case .importConflictOverwritten: .importConflictOverwritten
        case .importConflictsKept: .importConflictsKept
        case .importConflictsTaken: .importConflictsTaken
        case .conflictNothing: .conflictNothing
        case .importDryRunCreate: .importDryRunCreate
        case .importDryRunUpdate: .importDryRunUpdate
        case .importDryRunUnchanged: .importDryRunUnchanged
        case .importDryRunRefuse: .importDryRunRefuse
        case .importDryRunClosedPlace: .importDryRunClosedPlace
        case .activityLineDone: .activityLineDone
        case .activityLineCancelled: .activityLineCancelled
        case .activityLineDueCancelled: .activityLineDueCancelled
        case .activityLineDue: .activityLineDue
        case .activityLinePlanned: .activityLinePlanned
        case .parserDefault: .parserDefault
        case .importProgress: .importProgress
        }
    }

    /// The text of a key with marker values: `strings` fills its texts in order, `count` its first number,
    /// and further numbers are `count + 1`, `count + 2`.
    public static func sample(_ key: Key, strings: [String], count: Int) -> CommandText {
        switch key {
        case .optionJSON: .optionJSON
        case .optionPipeline: .optionPipeline
        case .optionDatabase: .optionDatabase
        case .optionConfig: .optionConfig
        case .stageAbstract: .stageAbstract
        case .stageListAbstract: .stageListAbstract
        case .stageAddAbstract: .stageAddAbstract
        case .stageRenameAbstract: .stageRenameAbstract
        case .stageRemoveAbstract: .stageRemoveAbstract
        case .stageMoveAbstract: .stageMoveAbstract
        case .stageSetAbstract: .stageSetAbstract
        case .stageNewName: .stageNewName
        case .stageReference: .stageReference
        case .stageItsNewName: .stageItsNewName
        case .stageAfter: .stageAfter
        case .stageProbability: .stageProbability
        case .stageStallDays: .stageStallDays
        case .stageMoveDealsTo: .stageMoveDealsTo
        case .stagePosition: .stagePosition
        case .stageHeaderNumber: .stageHeaderNumber
        case .stageHeaderStage: .stageHeaderStage
        case .stageHeaderProbability: .stageHeaderProbability
        case .stageHeaderStallsAfter: .stageHeaderStallsAfter
        case .stageHeaderOpenDeals: .stageHeaderOpenDeals
        case .stallsNever: .stallsNever
        case .stallsAfterDays: .stallsAfterDays(days: count)
        case .pipelineHeading: .pipelineHeading(name: strings[0])
        case .stageAdded: .stageAdded(stage: strings[0], position: count, pipeline: strings[1])
        case .stageRenamed: .stageRenamed(stage: strings[0], newName: strings[1])
        case .stageRemoved: .stageRemoved(stage: strings[0], pipeline: strings[1])
        case .stageMoved: .stageMoved(stage: strings[0], position: count)
        case .stageUpdated: .stageUpdated(stage: strings[0])
        case .stageNothingToSet: .stageNothingToSet
        case .pipelineAbstract: .pipelineAbstract
        case .pipelineListAbstract: .pipelineListAbstract
        case .pipelineAddAbstract: .pipelineAddAbstract
        case .pipelineRenameAbstract: .pipelineRenameAbstract
        case .pipelineRemoveAbstract: .pipelineRemoveAbstract
        case .pipelineName: .pipelineName
        case .pipelineItsNewName: .pipelineItsNewName
        case .pipelineStages: .pipelineStages
        case .pipelineMoveDealsTo: .pipelineMoveDealsTo
        case .pipelineMoveToStage: .pipelineMoveToStage
        case .pipelineConfirmRemoval: .pipelineConfirmRemoval
        case .pipelineLine: .pipelineLine(name: strings[0], stages: strings[1])
        case .pipelineAdded: .pipelineAdded(name: strings[0], stages: strings[1])
        case .pipelineRenamed: .pipelineRenamed(old: strings[0], new: strings[1])
        case .pipelineRemoved: .pipelineRemoved(name: strings[0])
        case .pipelineRemovedMovingDeals: .pipelineRemovedMovingDeals(name: strings[0], count: count, target: strings[1])
        case .pipelineRemovalNeedsYes: .pipelineRemovalNeedsYes(name: strings[0])
        case .activityAbstract: .activityAbstract
        case .activityAddAbstract: .activityAddAbstract
        case .activityAddDiscussion: .activityAddDiscussion
        case .activityDoneAbstract: .activityDoneAbstract
        case .activityEditAbstract: .activityEditAbstract
        case .activityEditDiscussion: .activityEditDiscussion
        case .activityDeleteAbstract: .activityDeleteAbstract
        case .activityListAbstract: .activityListAbstract
        case .activityDealID: .activityDealID
        case .activityID: .activityID
        case .activityKinds: .activityKinds
        case .activitySubjectDefault: .activitySubjectDefault
        case .activityDue: .activityDue
        case .activityDoneNow: .activityDoneNow
        case .activityNote: .activityNote
        case .activityOwner: .activityOwner
        case .activityDueNow: .activityDueNow
        case .activitySubject: .activitySubject
        case .activityNoteEmptyRemoves: .activityNoteEmptyRemoves
        case .activityConfirmDelete: .activityConfirmDelete
        case .activityOnlyDeal: .activityOnlyDeal
        case .activityOnlyOverdue: .activityOnlyOverdue
        case .activityOnlyToday: .activityOnlyToday
        case .activityOnlyUpcoming: .activityOnlyUpcoming
        case .activityIncludeAll: .activityIncludeAll
        case .activityJSON: .activityJSON
        case .activityMarkedDone: .activityMarkedDone(kind: strings[0], subject: strings[1], deal: Int64(count), title: strings[2])
        case .activityMarkedDoneNoNextStep: .activityMarkedDoneNoNextStep(kind: strings[0], subject: strings[1], deal: Int64(count), title: strings[2])
        case .activitySavedOn: .activitySavedOn(deal: Int64(count), title: strings[0], activity: strings[1])
        case .activityNothingToChange: .activityNothingToChange(id: Int64(count))
        case .activityDeleteNeedsYes: .activityDeleteNeedsYes(id: Int64(count))
        case .activityDeleted: .activityDeleted(id: Int64(count), kind: strings[0], subject: strings[1], deal: Int64(count + 1), title: strings[2])
        case .activityDeletedNoNextStep: .activityDeletedNoNextStep(id: Int64(count), kind: strings[0], subject: strings[1], deal: Int64(count + 1), title: strings[2])
        case .activityOneFilterOnly: .activityOneFilterOnly
        case .activityAllNeedsDeal: .activityAllNeedsDeal
        case .activityNonePlanned: .activityNonePlanned
        case .activityHeaderID: .activityHeaderID
        case .activityHeaderDeal: .activityHeaderDeal
        case .activityHeaderTitle: .activityHeaderTitle
        case .activityHeaderKind: .activityHeaderKind
        case .activityHeaderSubject: .activityHeaderSubject
        case .activityHeaderDue: .activityHeaderDue
        case .activityHeaderState: .activityHeaderState
        case .activityStateDone: .activityStateDone
        case .activityStateCancelled: .activityStateCancelled
        case .activityStateOverdue: .activityStateOverdue
        case .activityStateDueToday: .activityStateDueToday
        case .activityStateUpcoming: .activityStateUpcoming
        case .activityStateNone: .activityStateNone
        case .backupAbstract: .backupAbstract
        case .backupDiscussion: .backupDiscussion
        case .backupOut: .backupOut
        case .restoreAbstract: .restoreAbstract
        case .restoreFile: .restoreFile
        case .exportAbstract: .exportAbstract
        case .exportFormat: .exportFormat
        case .exportOut: .exportOut
        case .exportPipeline: .exportPipeline
        case .exportStatus: .exportStatus
        case .outEmpty: .outEmpty
        case .outIsTheDatabase: .outIsTheDatabase(path: strings[0])
        case .restoreFromTheDatabase: .restoreFromTheDatabase(path: strings[0])
        case .backedUp: .backedUp(database: strings[0], backup: strings[1])
        case .restoredBackup: .restoredBackup(backup: strings[0], database: strings[1], kept: strings[2])
        case .stalledAbstract: .stalledAbstract
        case .stalledJSON: .stalledJSON
        case .stalledNone: .stalledNone
        case .stalledHeaderID: .stalledHeaderID
        case .stalledHeaderTitle: .stalledHeaderTitle
        case .stalledHeaderStage: .stalledHeaderStage
        case .stalledHeaderIdle: .stalledHeaderIdle
        case .stalledHeaderThreshold: .stalledHeaderThreshold
        case .stalledHeaderValue: .stalledHeaderValue
        case .stalledHeaderNextStep: .stalledHeaderNextStep
        case .stalledIdle: .stalledIdle(days: count)
        case .daysShort: .daysShort(days: count)
        case .stalledNoNextStep: .stalledNoNextStep
        case .snoozeAbstract: .snoozeAbstract
        case .snoozeDiscussion: .snoozeDiscussion
        case .snoozeUntil: .snoozeUntil
        case .snoozeReason: .snoozeReason
        case .snoozeClear: .snoozeClear
        case .snoozeUntilOrClear: .snoozeUntilOrClear
        case .snoozed: .snoozed(id: Int64(count), title: strings[0], day: strings[1])
        case .snoozeCleared: .snoozeCleared(id: Int64(count), title: strings[0])
        case .parkAbstract: .parkAbstract
        case .parkUntil: .parkUntil
        case .parkStage: .parkStage
        case .parked: .parked(id: Int64(count), pipeline: strings[0], stage: strings[1])
        case .parkedUntil: .parkedUntil(id: Int64(count), pipeline: strings[0], stage: strings[1], day: strings[2])
        case .unparkAbstract: .unparkAbstract
        case .unparkStage: .unparkStage
        case .unparked: .unparked(id: Int64(count), pipeline: strings[0], stage: strings[1])
        case .reportAbstract: .reportAbstract
        case .reportDiscussion: .reportDiscussion
        case .reportOwner: .reportOwner
        case .reportSince: .reportSince
        case .reportUntil: .reportUntil
        case .reportJSON: .reportJSON
        case .planAbstract: .planAbstract
        case .planDiscussion: .planDiscussion
        case .planGoal: .planGoal
        case .planCurrency: .planCurrency
        case .planBy: .planBy
        case .planJSON: .planJSON
        case .planDateInPast: .planDateInPast(value: strings[0], today: strings[1])
        case .windowBackwards: .windowBackwards(until: strings[0], since: strings[1])
        case .configAbstract: .configAbstract
        case .configPrintDefaultsHelp: .configPrintDefaultsHelp
        case .configCheckAbstract: .configCheckAbstract
        case .configFileAt: .configFileAt(path: strings[0])
        case .configFileMissingAt: .configFileMissingAt(path: strings[0])
        case .configNoProblems: .configNoProblems
        case .configProblemsSeeCheck: .configProblemsSeeCheck(count: count)
        case .configCheckProblems: .configCheckProblems(count: count, path: strings[0])
        case .configFine: .configFine(path: strings[0])
        case .configNoFile: .configNoFile(path: strings[0])
        case .configUnreadable: .configUnreadable(path: strings[0])
        case .configNotUTF8: .configNotUTF8(path: strings[0])
        case .configIgnored: .configIgnored(path: strings[0], problem: strings[1])
        case .fileUnreadable: .fileUnreadable(file: strings[0])
        case .fileIsFolder: .fileIsFolder(file: strings[0])
        case .formatInvalid: .formatInvalid(value: strings[0])
        case .importRefused: .importRefused(badRows: count, file: strings[0], goodRows: count + 1)
        case .imported: .imported(file: strings[0], source: strings[1], created: count, updated: count + 1, unchanged: count + 2, skipped: count + 3, addedStages: strings[2])
        case .importSkipped: .importSkipped(problem: strings[0])
        case .importDryRunHeading: .importDryRunHeading(file: strings[0], source: strings[1])
        case .importWouldDo: .importWouldDo(created: count, updated: count + 1, unchanged: count + 2, refused: count + 3, addedStages: strings[0])
        case .restoreNeedsEmptyDatabase: .restoreNeedsEmptyDatabase(path: strings[0], deals: count)
        case .restoreDryRun: .restoreDryRun(file: strings[0], pipelines: count, deals: count + 1, history: count + 2, activities: count + 3)
        case .restored: .restored(file: strings[0], pipelines: count, deals: count + 1, history: count + 2, activities: count + 3)
        case .qualifyAbstract: .qualifyAbstract
        case .qualifyDiscussion: .qualifyDiscussion
        case .qualifyBudget: .qualifyBudget
        case .qualifyAuthority: .qualifyAuthority
        case .qualifyNeed: .qualifyNeed
        case .qualifyTiming: .qualifyTiming
        case .qualifyTemperature: .qualifyTemperature
        case .qualified: .qualified(id: Int64(count), qualification: strings[0], temperature: strings[1])
        case .settingsAbstract: .settingsAbstract
        case .settingsKey: .settingsKey
        case .settingsValue: .settingsValue
        case .salesCycleFromHistory: .salesCycleFromHistory(days: count, wonDeals: count + 1)
        case .salesCycleTooFewWon: .salesCycleTooFewWon(wonDeals: count, minimum: count + 1)
        case .boardPipeline: .boardPipeline
        case .boardNoMouse: .boardNoMouse
        case .boardSnapshot: .boardSnapshot
        case .boardWidth: .boardWidth
        case .boardHeight: .boardHeight
        case .fieldValue: .fieldValue
        case .fieldCurrency: .fieldCurrency
        case .fieldPipeline: .fieldPipeline
        case .fieldStage: .fieldStage
        case .fieldOrganization: .fieldOrganization
        case .fieldPerson: .fieldPerson
        case .fieldJobTitle: .fieldJobTitle
        case .fieldEmail: .fieldEmail
        case .fieldPhone: .fieldPhone
        case .fieldSource: .fieldSource
        case .fieldOwner: .fieldOwner
        case .fieldCloseDate: .fieldCloseDate
        case .fieldTemperature: .fieldTemperature
        case .fieldPriority: .fieldPriority
        case .fieldProbability: .fieldProbability
        case .fieldNotes: .fieldNotes
        case .dealTitleArgument: .dealTitleArgument
        case .editTitle: .editTitle
        case .moveStage: .moveStage
        case .lostReason: .lostReason
        case .reopenStage: .reopenStage
        case .deleteConfirm: .deleteConfirm
        case .listPipeline: .listPipeline
        case .listStage: .listStage
        case .listStatus: .listStatus
        case .listJSON: .listJSON
        case .listOwner: .listOwner
        case .reviewAll: .reviewAll
        case .planOwner: .planOwner
        case .whoamiAbstract: .whoamiAbstract
        case .whoamiJSON: .whoamiJSON
        case .showJSON: .showJSON
        case .summaryJSON: .summaryJSON
        case .reviewDiscussion: .reviewDiscussion
        case .reviewPrint: .reviewPrint
        case .reviewJSON: .reviewJSON
        case .demoDiscussion: .demoDiscussion
        case .demoDeals: .demoDeals
        case .demoSeed: .demoSeed
        case .demoOpenPercent: .demoOpenPercent
        case .demoPipeline: .demoPipeline
        case .demoCurrency: .demoCurrency
        case .demoCurrencies: .demoCurrencies
        case .demoForce: .demoForce
        case .importAbstract: .importAbstract
        case .importDiscussion: .importDiscussion
        case .importFile: .importFile
        case .importFormat: .importFormat
        case .importFrom: .importFrom
        case .importMap: .importMap
        case .importStageMap: .importStageMap
        case .importCreateStages: .importCreateStages
        case .importPipeline: .importPipeline
        case .importDryRun: .importDryRun
        case .importSkipBad: .importSkipBad
        case .importOverwrite: .importOverwrite
        case .importAllowDuplicates: .importAllowDuplicates
        case .importConflict: .importConflict(id: Int64(count), title: strings[0], field: strings[1], funnelValue: strings[2], fileValue: strings[3])
        case .importConflictOverwritten: .importConflictOverwritten(id: Int64(count), title: strings[0], field: strings[1], funnelValue: strings[2], fileValue: strings[3])
        case .importConflictsKept: .importConflictsKept(count: count)
        case .importConflictsTaken: .importConflictsTaken(count: count)
        case .conflictNothing: .conflictNothing
        case .importDryRunCreate: .importDryRunCreate(line: count, title: strings[0], place: strings[1])
        case .importDryRunUpdate: .importDryRunUpdate(line: count, id: Int64(count + 1), title: strings[0], place: strings[1])
        case .importDryRunUnchanged: .importDryRunUnchanged(line: count, id: Int64(count + 1), title: strings[0])
        case .importDryRunRefuse: .importDryRunRefuse(problem: strings[0])
        case .importDryRunClosedPlace: .importDryRunClosedPlace(stage: strings[0], status: strings[1])
        case .activityLineDone: .activityLineDone(id: Int64(count), kind: strings[0], subject: strings[1], at: strings[2])
        case .activityLineCancelled: .activityLineCancelled(id: Int64(count), kind: strings[0], subject: strings[1], at: strings[2])
        case .activityLineDueCancelled: .activityLineDueCancelled(id: Int64(count), kind: strings[0], subject: strings[1], due: strings[2], at: strings[3])
        case .activityLineDue: .activityLineDue(id: Int64(count), kind: strings[0], subject: strings[1], due: strings[2], state: strings[3])
        case .activityLinePlanned: .activityLinePlanned(id: Int64(count), kind: strings[0], subject: strings[1])
        case .parserDefault: .parserDefault(value: strings[0])
        case .importProgress: .importProgress(bar: strings[0], percent: count, done: count + 1, total: count + 2, rate: count + 3)
        }
    }
}
