/// Every key with marker values, for the test that checks each language says every value.
extension ErrorText {
    /// One name per text, to list them all.
    public enum Key: CaseIterable, Sendable {
        case textLimit, titleEmpty, titleTooLong, fieldTooLong, priorityNegative, priorityInvalid, emailInvalid, phoneInvalid
        case momentOutOfRange, dayInvalid, timestampInvalid, currencyUnknown, choiceInvalid, amountEmpty, amountNegativeTyped, amountTwoDecimalPoints
        case amountNoWholeDigits, amountNoFractionDigits, amountMisplacedSeparators, amountNotANumber, amountNoMinorUnit, amountTooManyDecimals, amountNegative, amountTooLarge
        case totalTooLarge, probabilityNegative, probabilityInvalid, stallDaysNegative, stallDaysInvalid, nameEmpty, nameTooLong, nameHasControl
        case stageNameHasComma, stageNumberNegative, noStageNumber, noStageNamed, tooManyStages, stageNameTaken, onlyStage, revisitCannotBeRemoved
        case onlySalesPipeline, moveTargetIsRemoved, moveTargetIsRevisit, pipelineHoldsDeals, positionNegative, positionInvalid, stageTwice, stageCount
        case parkAfterDaysNegative, parkAfterDaysInvalid, activityAlreadyDone, activityCancelled, activityDoneKeepsDue, nextStepEmpty, nextStepNeedsDue, subjectHasControl
        case dueInvalid, dueDayInvalid, dueDayNotAfterToday, goalNotPositive, goalCurrencyClash, goalNothingWon, planNoStages, goalDateInPast
        case planStageNeverLeft, planStageZeroProbability, goalTooLarge, notSQLite, truncated, foreignDatabase, newerSchema, cannotSave, serverUnreachable, serverRefusedConnection, serverHostUnknown, serverNetworkUnreachable, serverHostNoRoute, serverAddressUnusable, serverLoginRefused, serverDatabaseMissing, serverNeedsEncryption, serverLost, serverRefusedChange, serverFailed, serverNotFunnel, constraintUnique, constraintForeignKey, constraintCheck, constraintOther, undoChangedElsewhere, redoChangedElsewhere, undoStageRemoved, redoStageRemoved, stageHoldsDeals, restoreIntoNonEmpty, backupNamesTaken, backupDamaged, folderNotCreated, writeAheadLogOff, readOnlyOlderFile, databaseFileNotCreated, databaseReadOnlyForYou, databaseOrFolderReadOnly, diskFull, diskRefusedWrite, writeAheadLogDeleted, valuesTooLargeToCount, databaseLocked, databaseRefusedChange, theChange, changeFailedWithCode, databaseFailedWithCode, linkTargetUnreachable, fileNotReadable, keptStaysDisagree, unreadableStoredValue
        case readOnlyFolder, dealChangedElsewhere, activityChangedElsewhere, staleMoved, staleWon, staleLost, staleReopened, staleParked, staleUnparked, staleEdited, staleActivityLogged, staleActivityPlanned, staleActivityChanged, staleDeleted, staleUndone, staleRedone, staleCreated, staleWriteRefused, undoRefusedByChange, redoRefusedByChange, staleWriteRefusedWithMore, damagedDeal, damagedDealEmpty, amountAmbiguous, pathIsFolder, pathIsNamedPipe, pathIsSocket, pathIsCharacterDevice, pathIsBlockDevice, staleRestored
        case pathIsDanglingLink, pathIsLinkLoop, databaseMissing, databaseFolderMissing, rowProblem, rowProblemInColumn, configProblem, archiveNotJSON, archiveNotAnObject, archiveNoVersion
        case archiveNewerFormat, archiveUnknownSection, archiveBadValue, noDealWithID, noActivityWithID, noPipelineNamed, noPipelineWithID, noPipelineAtAll
        case pipelineNameTaken, dealClosedCannotChangeStage, dealClosedCannotMove, dealNotOpen, dealAlreadyOpen, dealAlreadyClosed, dealStageGone, dealInLastStage
        case stageNotInPipeline, lostReasonEmpty, lostReasonEmptyOnBoard, stageNeedsMoveDealsTo, moveTargetIsRemovedStage, activityNeedsDueOrDone, snoozeOnlyOpen, parkOnlyOpen
        case alreadyParked, notParked, unparkReopenFirst, noSalesPipelineToReturnTo, noRevisitPipeline, backupIsTheDatabase, noBackupFile, backupUnfinished
        case importStageMissing, demoStageRemoved, importNoPipeline, importIDRepeated, stageMapUnknownStage, importUnknownName, importUnknownPipelines, importUnknownStages
        case importCannotCreateStage, importTooManyStages, stageMapWithoutEquals, stageMapOneSided, importSourceInvalid
        case snapshotSizeNeedsSnapshot, widthNegative, widthInvalid, heightNegative, heightInvalid, dealOptionNegative, demoDealsNegative, demoDealsInvalid
        case demoOpenPercentNegative, demoOpenPercentInvalid, demoCurrencyAndCurrencies, demoCurrenciesInvalid, demoDatabaseHoldsDeals, reviewPrintOrJSON, reviewContactKindNotContact, reviewNextStepNeedsKindAndDue
        case statusFilterInvalid, priorityTextInvalid, probabilityTextInvalid, probabilityOverrideInvalid, lostReasonOptionEmpty, editCannotChangePipeline, qualifyNothingToSet, temperatureOptionInvalid, temperatureInvalid, userNameControlsInConfig, userNameControlsInEnvironment, goalNothingWonByOwner
        case settingUnknown, dbOptionEmpty, environmentNotUTF8, argumentNotUTF8, argumentNegative, dealNumberInvalid, activityNumberInvalid, valueNegative, jsonRestoreTakesNoCSVOptions, rowImportedBefore
        case rowsImportedBefore, rowsImportedByEarlierImports, parserMissingArgument, parserMissingOneOf, parserUnknownOption, parserUnknownOptionSuggestion, parserMissingValue, parserInvalidValue
        case parserUnexpectedArgument, parserUnexpectedArguments, parserFlagTakesNoValue, parserMissingSubcommand
        case csvNotUTF8, csvBinary, csvUnclosedQuote, csvEmpty, mapWithoutEquals, mapNoColumn, noTitleColumn, mapUnknownField
        case rowFieldCount, rowTitleEmpty, rowMomentInvalid, rowInFuture, rowEnteredBeforeCreated, rowClosedBeforeCreated, flagInvalid, writeDiskFull
        case writeFolderMissing, writeNotPermitted, writeReadOnlyDisk, writeIsFolder, writeNotRegularFile, writeNoFileName, writeNameTooLong, writeFolderNotSynced
        case writeFailed
        case configNULByte, configNotTOML, configCannotRead, configCurrencyNotText, configDecimalSeparatorInvalid, configDateFormatInvalid, configWeekStartInvalid, configColorsNotTable
        case configKeysNotTable, configUnknownSetting, configCardFieldsNotList, configCardFieldUnknown, configColorRoleUnknown, configColorInvalid, configColorPartUnknown, configKeyActionUnknown
        case configKeysNotList, configKeyNameUnknown, configKeyAlwaysQuits, configKeyTwice, configQuitKeysEmpty
        case archiveIDOfAnotherDeal, archiveRepeatsImportLink, archiveIDOfAnotherHistoryEntry, archiveIDOfAnotherActivity, archiveRepeatsDecision, archiveIDOfAnotherPipeline, archivePipelineNameTaken, archivePipelineKindInvalid
        case archiveSecondRevisit, archiveIsWrong, archiveIDOfAnotherStage, archiveStagePosition, archiveClosedAtOnOpen, archiveClosedAtMissing, archiveLostReasonNotLost, archiveVersionInvalid
        case archiveDealVersionInvalid, archiveUnknownPipelineID, archiveStageNotInPipeline, archiveParkedOutsideRevisit, archiveNotParkedInRevisit, archiveImportSourceEmpty, archiveExternalIDEmpty, archiveUnknownStageID
        case archiveMustBeOneOf, archiveDueInvalid, archiveNoDueNorDone, archiveDoneAndCancelled, archiveDayRequired, archiveUnknownSetting, archiveHoldsNUL, archiveIDInvalid
        case archiveUnknownDealID, archiveNumberTooLarge, archiveMissing, archiveMustBeText, archiveMustBeWholeNumber, archiveMustBeBool, archiveMustBeNumber, archiveMustBeList
        case archiveMustBeObject
        case serverSchemeUnknown, serverEscapeInvalid, serverPasswordEscapeInvalid, serverIPv6Unclosed, serverHostUnexpected, serverHostEmpty
        case serverHostMany, serverPortInvalid, serverSSLModeInvalid, serverParameterUnknown, serverParameterWithoutValue
        case passwordFileNotPlain, passwordFileLoose, configDatabaseInvalid, configUserInvalid
    }

    /// The key of this text.
    public var key: Key {
        switch self {
        case .textLimit: .textLimit
        case .titleEmpty: .titleEmpty
        case .titleTooLong: .titleTooLong
        case .fieldTooLong: .fieldTooLong
        case .priorityNegative: .priorityNegative
        case .priorityInvalid: .priorityInvalid
        case .emailInvalid: .emailInvalid
        case .phoneInvalid: .phoneInvalid
        case .momentOutOfRange: .momentOutOfRange
        case .dayInvalid: .dayInvalid
        case .timestampInvalid: .timestampInvalid
        case .currencyUnknown: .currencyUnknown
        case .choiceInvalid: .choiceInvalid
        case .amountEmpty: .amountEmpty
        case .amountNegativeTyped: .amountNegativeTyped
        case .amountTwoDecimalPoints: .amountTwoDecimalPoints
        case .amountNoWholeDigits: .amountNoWholeDigits
        case .amountNoFractionDigits: .amountNoFractionDigits
        case .amountMisplacedSeparators: .amountMisplacedSeparators
        case .amountNotANumber: .amountNotANumber
        case .amountNoMinorUnit: .amountNoMinorUnit
        case .amountTooManyDecimals: .amountTooManyDecimals
        case .amountNegative: .amountNegative
        case .amountTooLarge: .amountTooLarge
        case .totalTooLarge: .totalTooLarge
        case .probabilityNegative: .probabilityNegative
        case .probabilityInvalid: .probabilityInvalid
        case .stallDaysNegative: .stallDaysNegative
        case .stallDaysInvalid: .stallDaysInvalid
        case .nameEmpty: .nameEmpty
        case .nameTooLong: .nameTooLong
        case .nameHasControl: .nameHasControl
        case .stageNameHasComma: .stageNameHasComma
        case .stageNumberNegative: .stageNumberNegative
        case .noStageNumber: .noStageNumber
        case .noStageNamed: .noStageNamed
        case .tooManyStages: .tooManyStages
        case .stageNameTaken: .stageNameTaken
        case .onlyStage: .onlyStage
        case .revisitCannotBeRemoved: .revisitCannotBeRemoved
        case .onlySalesPipeline: .onlySalesPipeline
        case .moveTargetIsRemoved: .moveTargetIsRemoved
        case .moveTargetIsRevisit: .moveTargetIsRevisit
        case .pipelineHoldsDeals: .pipelineHoldsDeals
        case .positionNegative: .positionNegative
        case .positionInvalid: .positionInvalid
        case .stageTwice: .stageTwice
        case .stageCount: .stageCount
        case .parkAfterDaysNegative: .parkAfterDaysNegative
        case .parkAfterDaysInvalid: .parkAfterDaysInvalid
        case .activityAlreadyDone: .activityAlreadyDone
        case .activityCancelled: .activityCancelled
        case .activityDoneKeepsDue: .activityDoneKeepsDue
        case .nextStepEmpty: .nextStepEmpty
        case .nextStepNeedsDue: .nextStepNeedsDue
        case .subjectHasControl: .subjectHasControl
        case .dueInvalid: .dueInvalid
        case .dueDayInvalid: .dueDayInvalid
        case .dueDayNotAfterToday: .dueDayNotAfterToday
        case .goalNotPositive: .goalNotPositive
        case .goalCurrencyClash: .goalCurrencyClash
        case .goalNothingWon: .goalNothingWon
        case .planNoStages: .planNoStages
        case .goalDateInPast: .goalDateInPast
        case .planStageNeverLeft: .planStageNeverLeft
        case .planStageZeroProbability: .planStageZeroProbability
        case .goalTooLarge: .goalTooLarge
        case .notSQLite: .notSQLite
        case .truncated: .truncated
        case .foreignDatabase: .foreignDatabase
        case .newerSchema: .newerSchema
        case .cannotSave: .cannotSave
        case .serverUnreachable: .serverUnreachable
        case .serverRefusedConnection: .serverRefusedConnection
        case .serverHostUnknown: .serverHostUnknown
        case .serverNetworkUnreachable: .serverNetworkUnreachable
        case .serverHostNoRoute: .serverHostNoRoute
        case .serverAddressUnusable: .serverAddressUnusable
        case .serverLoginRefused: .serverLoginRefused
        case .serverDatabaseMissing: .serverDatabaseMissing
        case .serverNeedsEncryption: .serverNeedsEncryption
        case .serverLost: .serverLost
        case .serverRefusedChange: .serverRefusedChange
        case .serverFailed: .serverFailed
        case .serverNotFunnel: .serverNotFunnel
        case .constraintUnique: .constraintUnique
        case .constraintForeignKey: .constraintForeignKey
        case .constraintCheck: .constraintCheck
        case .constraintOther: .constraintOther
        case .undoChangedElsewhere: .undoChangedElsewhere
        case .redoChangedElsewhere: .redoChangedElsewhere
        case .undoStageRemoved: .undoStageRemoved
        case .redoStageRemoved: .redoStageRemoved
        case .stageHoldsDeals: .stageHoldsDeals
        case .restoreIntoNonEmpty: .restoreIntoNonEmpty
        case .backupNamesTaken: .backupNamesTaken
        case .backupDamaged: .backupDamaged
        case .folderNotCreated: .folderNotCreated
        case .writeAheadLogOff: .writeAheadLogOff
        case .readOnlyOlderFile: .readOnlyOlderFile
        case .databaseFileNotCreated: .databaseFileNotCreated
        case .databaseReadOnlyForYou: .databaseReadOnlyForYou
        case .databaseOrFolderReadOnly: .databaseOrFolderReadOnly
        case .diskFull: .diskFull
        case .diskRefusedWrite: .diskRefusedWrite
        case .writeAheadLogDeleted: .writeAheadLogDeleted
        case .valuesTooLargeToCount: .valuesTooLargeToCount
        case .databaseLocked: .databaseLocked
        case .databaseRefusedChange: .databaseRefusedChange
        case .theChange: .theChange
        case .changeFailedWithCode: .changeFailedWithCode
        case .databaseFailedWithCode: .databaseFailedWithCode
        case .linkTargetUnreachable: .linkTargetUnreachable
        case .fileNotReadable: .fileNotReadable
        case .keptStaysDisagree: .keptStaysDisagree
        case .unreadableStoredValue: .unreadableStoredValue
        case .readOnlyFolder: .readOnlyFolder
        case .dealChangedElsewhere: .dealChangedElsewhere
        case .activityChangedElsewhere: .activityChangedElsewhere
        case .staleMoved: .staleMoved
        case .staleWon: .staleWon
        case .staleLost: .staleLost
        case .staleReopened: .staleReopened
        case .staleParked: .staleParked
        case .staleUnparked: .staleUnparked
        case .staleEdited: .staleEdited
        case .staleActivityLogged: .staleActivityLogged
        case .staleActivityPlanned: .staleActivityPlanned
        case .staleActivityChanged: .staleActivityChanged
        case .staleDeleted: .staleDeleted
        case .staleUndone: .staleUndone
        case .staleRedone: .staleRedone
        case .staleCreated: .staleCreated
        case .staleRestored: .staleRestored
        case .staleWriteRefused: .staleWriteRefused
        case .undoRefusedByChange: .undoRefusedByChange
        case .redoRefusedByChange: .redoRefusedByChange
        case .staleWriteRefusedWithMore: .staleWriteRefusedWithMore
        case .damagedDeal: .damagedDeal
        case .amountAmbiguous: .amountAmbiguous
        case .damagedDealEmpty: .damagedDealEmpty
        case .pathIsFolder: .pathIsFolder
        case .pathIsNamedPipe: .pathIsNamedPipe
        case .pathIsSocket: .pathIsSocket
        case .pathIsCharacterDevice: .pathIsCharacterDevice
        case .pathIsBlockDevice: .pathIsBlockDevice
        case .pathIsDanglingLink: .pathIsDanglingLink
        case .pathIsLinkLoop: .pathIsLinkLoop
        case .databaseMissing: .databaseMissing
        case .databaseFolderMissing: .databaseFolderMissing
        case .rowProblem: .rowProblem
        case .rowProblemInColumn: .rowProblemInColumn
        case .configProblem: .configProblem
        case .archiveNotJSON: .archiveNotJSON
        case .archiveNotAnObject: .archiveNotAnObject
        case .archiveNoVersion: .archiveNoVersion
        case .archiveNewerFormat: .archiveNewerFormat
        case .archiveUnknownSection: .archiveUnknownSection
        case .archiveBadValue: .archiveBadValue
        case .noDealWithID: .noDealWithID
        case .noActivityWithID: .noActivityWithID
        case .noPipelineNamed: .noPipelineNamed
        case .noPipelineWithID: .noPipelineWithID
        case .noPipelineAtAll: .noPipelineAtAll
        case .pipelineNameTaken: .pipelineNameTaken
        case .dealClosedCannotChangeStage: .dealClosedCannotChangeStage
        case .dealClosedCannotMove: .dealClosedCannotMove
        case .dealNotOpen: .dealNotOpen
        case .dealAlreadyOpen: .dealAlreadyOpen
        case .dealAlreadyClosed: .dealAlreadyClosed
        case .dealStageGone: .dealStageGone
        case .dealInLastStage: .dealInLastStage
        case .stageNotInPipeline: .stageNotInPipeline
        case .lostReasonEmpty: .lostReasonEmpty
        case .lostReasonEmptyOnBoard: .lostReasonEmptyOnBoard
        case .stageNeedsMoveDealsTo: .stageNeedsMoveDealsTo
        case .moveTargetIsRemovedStage: .moveTargetIsRemovedStage
        case .activityNeedsDueOrDone: .activityNeedsDueOrDone
        case .snoozeOnlyOpen: .snoozeOnlyOpen
        case .parkOnlyOpen: .parkOnlyOpen
        case .alreadyParked: .alreadyParked
        case .notParked: .notParked
        case .unparkReopenFirst: .unparkReopenFirst
        case .noSalesPipelineToReturnTo: .noSalesPipelineToReturnTo
        case .noRevisitPipeline: .noRevisitPipeline
        case .backupIsTheDatabase: .backupIsTheDatabase
        case .noBackupFile: .noBackupFile
        case .backupUnfinished: .backupUnfinished
        case .importStageMissing: .importStageMissing
        case .demoStageRemoved: .demoStageRemoved
        case .importNoPipeline: .importNoPipeline
        case .importIDRepeated: .importIDRepeated
        case .stageMapUnknownStage: .stageMapUnknownStage
        case .importUnknownName: .importUnknownName
        case .importUnknownPipelines: .importUnknownPipelines
        case .importUnknownStages: .importUnknownStages
        case .importCannotCreateStage: .importCannotCreateStage
        case .importTooManyStages: .importTooManyStages
        case .stageMapWithoutEquals: .stageMapWithoutEquals
        case .stageMapOneSided: .stageMapOneSided
        case .importSourceInvalid: .importSourceInvalid
        case .snapshotSizeNeedsSnapshot: .snapshotSizeNeedsSnapshot
        case .widthNegative: .widthNegative
        case .widthInvalid: .widthInvalid
        case .heightNegative: .heightNegative
        case .heightInvalid: .heightInvalid
        case .dealOptionNegative: .dealOptionNegative
        case .demoDealsNegative: .demoDealsNegative
        case .demoDealsInvalid: .demoDealsInvalid
        case .demoOpenPercentNegative: .demoOpenPercentNegative
        case .demoOpenPercentInvalid: .demoOpenPercentInvalid
        case .demoCurrencyAndCurrencies: .demoCurrencyAndCurrencies
        case .demoCurrenciesInvalid: .demoCurrenciesInvalid
        case .demoDatabaseHoldsDeals: .demoDatabaseHoldsDeals
        case .reviewPrintOrJSON: .reviewPrintOrJSON
        case .reviewContactKindNotContact: .reviewContactKindNotContact
        case .reviewNextStepNeedsKindAndDue: .reviewNextStepNeedsKindAndDue
        case .statusFilterInvalid: .statusFilterInvalid
        case .priorityTextInvalid: .priorityTextInvalid
        case .probabilityTextInvalid: .probabilityTextInvalid
        case .probabilityOverrideInvalid: .probabilityOverrideInvalid
        case .lostReasonOptionEmpty: .lostReasonOptionEmpty
        case .editCannotChangePipeline: .editCannotChangePipeline
        case .qualifyNothingToSet: .qualifyNothingToSet
        case .temperatureOptionInvalid: .temperatureOptionInvalid
        case .temperatureInvalid: .temperatureInvalid
        case .userNameControlsInConfig: .userNameControlsInConfig
        case .userNameControlsInEnvironment: .userNameControlsInEnvironment
        case .goalNothingWonByOwner: .goalNothingWonByOwner
        case .settingUnknown: .settingUnknown
        case .dbOptionEmpty: .dbOptionEmpty
        case .environmentNotUTF8: .environmentNotUTF8
        case .argumentNotUTF8: .argumentNotUTF8
        case .argumentNegative: .argumentNegative
        case .dealNumberInvalid: .dealNumberInvalid
        case .activityNumberInvalid: .activityNumberInvalid
        case .valueNegative: .valueNegative
        case .jsonRestoreTakesNoCSVOptions: .jsonRestoreTakesNoCSVOptions
        case .rowImportedBefore: .rowImportedBefore
        case .rowsImportedBefore: .rowsImportedBefore
        case .rowsImportedByEarlierImports: .rowsImportedByEarlierImports
        case .parserMissingArgument: .parserMissingArgument
        case .parserMissingOneOf: .parserMissingOneOf
        case .parserUnknownOption: .parserUnknownOption
        case .parserUnknownOptionSuggestion: .parserUnknownOptionSuggestion
        case .parserMissingValue: .parserMissingValue
        case .parserInvalidValue: .parserInvalidValue
        case .parserUnexpectedArgument: .parserUnexpectedArgument
        case .parserUnexpectedArguments: .parserUnexpectedArguments
        case .parserFlagTakesNoValue: .parserFlagTakesNoValue
        case .parserMissingSubcommand: .parserMissingSubcommand
        case .csvNotUTF8: .csvNotUTF8
        case .csvBinary: .csvBinary
        case .csvUnclosedQuote: .csvUnclosedQuote
        case .csvEmpty: .csvEmpty
        case .mapWithoutEquals: .mapWithoutEquals
        case .mapNoColumn: .mapNoColumn
        case .noTitleColumn: .noTitleColumn
        case .mapUnknownField: .mapUnknownField
        case .rowFieldCount: .rowFieldCount
        case .rowTitleEmpty: .rowTitleEmpty
        case .rowMomentInvalid: .rowMomentInvalid
        case .rowInFuture: .rowInFuture
        case .rowEnteredBeforeCreated: .rowEnteredBeforeCreated
        case .rowClosedBeforeCreated: .rowClosedBeforeCreated
        case .flagInvalid: .flagInvalid
        case .writeDiskFull: .writeDiskFull
        case .writeFolderMissing: .writeFolderMissing
        case .writeNotPermitted: .writeNotPermitted
        case .writeReadOnlyDisk: .writeReadOnlyDisk
        case .writeIsFolder: .writeIsFolder
        case .writeNotRegularFile: .writeNotRegularFile
        case .writeNoFileName: .writeNoFileName
        case .writeNameTooLong: .writeNameTooLong
        case .writeFolderNotSynced: .writeFolderNotSynced
        case .writeFailed: .writeFailed
        case .configNULByte: .configNULByte
        case .configNotTOML: .configNotTOML
        case .configCannotRead: .configCannotRead
        case .configCurrencyNotText: .configCurrencyNotText
        case .configDecimalSeparatorInvalid: .configDecimalSeparatorInvalid
        case .configDateFormatInvalid: .configDateFormatInvalid
        case .configWeekStartInvalid: .configWeekStartInvalid
        case .configColorsNotTable: .configColorsNotTable
        case .configKeysNotTable: .configKeysNotTable
        case .configUnknownSetting: .configUnknownSetting
        case .configCardFieldsNotList: .configCardFieldsNotList
        case .configCardFieldUnknown: .configCardFieldUnknown
        case .configColorRoleUnknown: .configColorRoleUnknown
        case .configColorInvalid: .configColorInvalid
        case .configColorPartUnknown: .configColorPartUnknown
        case .configKeyActionUnknown: .configKeyActionUnknown
        case .configKeysNotList: .configKeysNotList
        case .configKeyNameUnknown: .configKeyNameUnknown
        case .configKeyAlwaysQuits: .configKeyAlwaysQuits
        case .configKeyTwice: .configKeyTwice
        case .configQuitKeysEmpty: .configQuitKeysEmpty
        case .archiveIDOfAnotherDeal: .archiveIDOfAnotherDeal
        case .archiveRepeatsImportLink: .archiveRepeatsImportLink
        case .archiveIDOfAnotherHistoryEntry: .archiveIDOfAnotherHistoryEntry
        case .archiveIDOfAnotherActivity: .archiveIDOfAnotherActivity
        case .archiveRepeatsDecision: .archiveRepeatsDecision
        case .archiveIDOfAnotherPipeline: .archiveIDOfAnotherPipeline
        case .archivePipelineNameTaken: .archivePipelineNameTaken
        case .archivePipelineKindInvalid: .archivePipelineKindInvalid
        case .archiveSecondRevisit: .archiveSecondRevisit
        case .archiveIsWrong: .archiveIsWrong
        case .archiveIDOfAnotherStage: .archiveIDOfAnotherStage
        case .archiveStagePosition: .archiveStagePosition
        case .archiveClosedAtOnOpen: .archiveClosedAtOnOpen
        case .archiveClosedAtMissing: .archiveClosedAtMissing
        case .archiveLostReasonNotLost: .archiveLostReasonNotLost
        case .archiveVersionInvalid: .archiveVersionInvalid
        case .archiveDealVersionInvalid: .archiveDealVersionInvalid
        case .archiveUnknownPipelineID: .archiveUnknownPipelineID
        case .archiveStageNotInPipeline: .archiveStageNotInPipeline
        case .archiveParkedOutsideRevisit: .archiveParkedOutsideRevisit
        case .archiveNotParkedInRevisit: .archiveNotParkedInRevisit
        case .archiveImportSourceEmpty: .archiveImportSourceEmpty
        case .archiveExternalIDEmpty: .archiveExternalIDEmpty
        case .archiveUnknownStageID: .archiveUnknownStageID
        case .archiveMustBeOneOf: .archiveMustBeOneOf
        case .archiveDueInvalid: .archiveDueInvalid
        case .archiveNoDueNorDone: .archiveNoDueNorDone
        case .archiveDoneAndCancelled: .archiveDoneAndCancelled
        case .archiveDayRequired: .archiveDayRequired
        case .archiveUnknownSetting: .archiveUnknownSetting
        case .archiveHoldsNUL: .archiveHoldsNUL
        case .archiveIDInvalid: .archiveIDInvalid
        case .archiveUnknownDealID: .archiveUnknownDealID
        case .archiveNumberTooLarge: .archiveNumberTooLarge
        case .archiveMissing: .archiveMissing
        case .archiveMustBeText: .archiveMustBeText
        case .archiveMustBeWholeNumber: .archiveMustBeWholeNumber
        case .archiveMustBeBool: .archiveMustBeBool
        case .archiveMustBeNumber: .archiveMustBeNumber
        case .archiveMustBeList: .archiveMustBeList
        case .archiveMustBeObject: .archiveMustBeObject
        case .serverSchemeUnknown: .serverSchemeUnknown
        case .serverEscapeInvalid: .serverEscapeInvalid
        case .serverPasswordEscapeInvalid: .serverPasswordEscapeInvalid
        case .serverIPv6Unclosed: .serverIPv6Unclosed
        case .serverHostUnexpected: .serverHostUnexpected
        case .serverHostEmpty: .serverHostEmpty
        case .serverHostMany: .serverHostMany
        case .serverPortInvalid: .serverPortInvalid
        case .serverSSLModeInvalid: .serverSSLModeInvalid
        case .serverParameterUnknown: .serverParameterUnknown
        case .serverParameterWithoutValue: .serverParameterWithoutValue
        case .passwordFileNotPlain: .passwordFileNotPlain
        case .passwordFileLoose: .passwordFileLoose
        case .configDatabaseInvalid: .configDatabaseInvalid
        case .configUserInvalid: .configUserInvalid
        }
    }

    /// The text of a key with marker values: `strings` fills its texts in order, `count` its first number,
    /// and further numbers are `count + 1`, `count + 2`.
    public static func sample(_ key: Key, strings: [String], count: Int) -> ErrorText {
        switch key {
        case .textLimit: .textLimit(characters: count, bytes: count + 1, gotCharacters: count + 2, gotBytes: count + 3)
        case .titleEmpty: .titleEmpty(value: strings[0])
        case .titleTooLong: .titleTooLong(start: strings[0], advice: strings[1])
        case .fieldTooLong: .fieldTooLong(field: strings[0], advice: strings[1])
        case .priorityNegative: .priorityNegative(value: count)
        case .priorityInvalid: .priorityInvalid(value: count)
        case .emailInvalid: .emailInvalid(value: strings[0])
        case .phoneInvalid: .phoneInvalid(value: strings[0])
        case .momentOutOfRange: .momentOutOfRange(field: strings[0], value: strings[1], earliest: strings[2], latest: strings[3])
        case .dayInvalid: .dayInvalid(field: strings[0], value: strings[1])
        case .timestampInvalid: .timestampInvalid(field: strings[0], value: strings[1])
        case .currencyUnknown: .currencyUnknown(value: strings[0])
        case .choiceInvalid: .choiceInvalid(what: strings[0], value: strings[1], accepted: strings[2])
        case .amountEmpty: .amountEmpty(value: strings[0])
        case .amountNegativeTyped: .amountNegativeTyped(value: strings[0])
        case .amountTwoDecimalPoints: .amountTwoDecimalPoints(value: strings[0])
        case .amountNoWholeDigits: .amountNoWholeDigits(value: strings[0])
        case .amountNoFractionDigits: .amountNoFractionDigits(value: strings[0])
        case .amountMisplacedSeparators: .amountMisplacedSeparators(value: strings[0])
        case .amountNotANumber: .amountNotANumber(value: strings[0])
        case .amountNoMinorUnit: .amountNoMinorUnit(value: strings[0], currency: strings[1])
        case .amountTooManyDecimals: .amountTooManyDecimals(value: strings[0], currency: strings[1], digits: count)
        case .amountNegative: .amountNegative(amount: strings[0], currency: strings[1])
        case .amountTooLarge: .amountTooLarge(value: strings[0], largest: strings[1], currency: strings[2])
        case .totalTooLarge: .totalTooLarge(currency: strings[0], limit: strings[1], largest: strings[2])
        case .probabilityNegative: .probabilityNegative(value: count)
        case .probabilityInvalid: .probabilityInvalid(value: count)
        case .stallDaysNegative: .stallDaysNegative(value: count)
        case .stallDaysInvalid: .stallDaysInvalid(value: count)
        case .nameEmpty: .nameEmpty(what: strings[0], value: strings[1])
        case .nameTooLong: .nameTooLong(what: strings[0], start: strings[1], advice: strings[2])
        case .nameHasControl: .nameHasControl(what: strings[0], value: strings[1])
        case .stageNameHasComma: .stageNameHasComma(value: strings[0])
        case .stageNumberNegative: .stageNumberNegative(value: count, count: count + 1, stages: strings[0])
        case .noStageNumber: .noStageNumber(number: count, pipeline: strings[0], count: count + 1, stages: strings[1])
        case .noStageNamed: .noStageNamed(value: strings[0], pipeline: strings[1], count: count, stages: strings[2])
        case .tooManyStages: .tooManyStages(pipeline: strings[0], maximum: count)
        case .stageNameTaken: .stageNameTaken(pipeline: strings[0], name: strings[1])
        case .onlyStage: .onlyStage(stage: strings[0], pipeline: strings[1])
        case .revisitCannotBeRemoved: .revisitCannotBeRemoved(pipeline: strings[0])
        case .onlySalesPipeline: .onlySalesPipeline(pipeline: strings[0])
        case .moveTargetIsRemoved: .moveTargetIsRemoved
        case .moveTargetIsRevisit: .moveTargetIsRevisit(pipeline: strings[0])
        case .pipelineHoldsDeals: .pipelineHoldsDeals(pipeline: strings[0], count: count)
        case .positionNegative: .positionNegative(value: count, count: count + 1)
        case .positionInvalid: .positionInvalid(value: count, count: count + 1)
        case .stageTwice: .stageTwice(name: strings[0])
        case .stageCount: .stageCount(minimum: count, maximum: count + 1, got: count + 2)
        case .parkAfterDaysNegative: .parkAfterDaysNegative(value: count)
        case .parkAfterDaysInvalid: .parkAfterDaysInvalid(value: strings[0])
        case .activityAlreadyDone: .activityAlreadyDone(id: Int64(count), at: strings[0])
        case .activityCancelled: .activityCancelled(id: Int64(count), deal: Int64(count + 1))
        case .activityDoneKeepsDue: .activityDoneKeepsDue(id: Int64(count))
        case .nextStepEmpty: .nextStepEmpty
        case .nextStepNeedsDue: .nextStepNeedsDue(kind: strings[0])
        case .subjectHasControl: .subjectHasControl(value: strings[0])
        case .dueInvalid: .dueInvalid(field: strings[0], value: strings[1])
        case .dueDayInvalid: .dueDayInvalid(field: strings[0], value: strings[1])
        case .dueDayNotAfterToday: .dueDayNotAfterToday(field: strings[0], value: strings[1], today: strings[2])
        case .goalNotPositive: .goalNotPositive(value: strings[0])
        case .goalCurrencyClash: .goalCurrencyClash(value: strings[0], named: strings[1], given: strings[2])
        case .goalNothingWon: .goalNothingWon(currency: strings[0])
        case .planNoStages: .planNoStages
        case .goalDateInPast: .goalDateInPast(value: strings[0], today: strings[1])
        case .planStageNeverLeft: .planStageNeverLeft(stage: strings[0], entered: count)
        case .planStageZeroProbability: .planStageZeroProbability(stage: strings[0])
        case .goalTooLarge: .goalTooLarge(value: strings[0])
        case .notSQLite: .notSQLite(path: strings[0])
        case .truncated: .truncated(path: strings[0])
        case .foreignDatabase: .foreignDatabase(path: strings[0])
        case .newerSchema: .newerSchema(path: strings[0])
        case .cannotSave: .cannotSave(reason: strings[0])
        case .serverUnreachable: .serverUnreachable(server: strings[0])
        case .serverRefusedConnection: .serverRefusedConnection(server: strings[0])
        case .serverHostUnknown: .serverHostUnknown(server: strings[0], host: strings[1])
        case .serverNetworkUnreachable: .serverNetworkUnreachable(server: strings[0])
        case .serverHostNoRoute: .serverHostNoRoute(server: strings[0])
        case .serverAddressUnusable: .serverAddressUnusable(server: strings[0])
        case .serverLoginRefused: .serverLoginRefused(user: strings[0], server: strings[1])
        case .serverDatabaseMissing: .serverDatabaseMissing(database: strings[0], server: strings[1])
        case .serverNeedsEncryption: .serverNeedsEncryption(server: strings[0])
        case .serverLost: .serverLost(server: strings[0])
        case .serverRefusedChange: .serverRefusedChange(reason: strings[0])
        case .serverFailed: .serverFailed(server: strings[0], code: strings[1])
        case .serverNotFunnel: .serverNotFunnel(server: strings[0])
        case .constraintUnique: .constraintUnique
        case .constraintForeignKey: .constraintForeignKey
        case .constraintCheck: .constraintCheck
        case .constraintOther: .constraintOther
        case .undoChangedElsewhere: .undoChangedElsewhere(title: strings[0])
        case .redoChangedElsewhere: .redoChangedElsewhere(title: strings[0])
        case .undoStageRemoved: .undoStageRemoved(title: strings[0])
        case .redoStageRemoved: .redoStageRemoved(title: strings[0])
        case .stageHoldsDeals: .stageHoldsDeals(stage: strings[0], count: count)
        case .restoreIntoNonEmpty: .restoreIntoNonEmpty(location: strings[0], count: count)
        case .backupNamesTaken: .backupNamesTaken(path: strings[0], tried: count)
        case .backupDamaged: .backupDamaged(path: strings[0], check: strings[1])
        case .folderNotCreated: .folderNotCreated(path: strings[0], reason: strings[1])
        case .writeAheadLogOff: .writeAheadLogOff(path: strings[0])
        case .readOnlyOlderFile: .readOnlyOlderFile(path: strings[0])
        case .databaseFileNotCreated: .databaseFileNotCreated(path: strings[0])
        case .databaseReadOnlyForYou: .databaseReadOnlyForYou(path: strings[0])
        case .databaseOrFolderReadOnly: .databaseOrFolderReadOnly(path: strings[0])
        case .diskFull: .diskFull
        case .diskRefusedWrite: .diskRefusedWrite
        case .writeAheadLogDeleted: .writeAheadLogDeleted(path: strings[0])
        case .valuesTooLargeToCount: .valuesTooLargeToCount(maximum: strings[0], dealMaximum: strings[1])
        case .databaseLocked: .databaseLocked(path: strings[0], seconds: count)
        case .databaseRefusedChange: .databaseRefusedChange(what: strings[0], reason: strings[1])
        case .theChange: .theChange
        case .changeFailedWithCode: .changeFailedWithCode(what: strings[0], code: count)
        case .databaseFailedWithCode: .databaseFailedWithCode(path: strings[0], code: count)
        case .linkTargetUnreachable: .linkTargetUnreachable(target: strings[0], path: strings[1], reason: strings[2])
        case .fileNotReadable: .fileNotReadable(path: strings[0])
        case .keptStaysDisagree: .keptStaysDisagree(stage: Int64(count))
        case .unreadableStoredValue: .unreadableStoredValue(column: strings[0])
        case .readOnlyFolder: .readOnlyFolder(path: strings[0])
        case .dealChangedElsewhere: .dealChangedElsewhere(id: Int64(count))
        case .activityChangedElsewhere: .activityChangedElsewhere(id: Int64(count))
        case .staleMoved: .staleMoved(who: strings[0], stage: strings[1], ago: strings[2])
        case .staleWon: .staleWon(who: strings[0], ago: strings[1])
        case .staleLost: .staleLost(who: strings[0], ago: strings[1])
        case .staleReopened: .staleReopened(who: strings[0], stage: strings[1], ago: strings[2])
        case .staleParked: .staleParked(who: strings[0], ago: strings[1])
        case .staleUnparked: .staleUnparked(who: strings[0], stage: strings[1], ago: strings[2])
        case .staleEdited: .staleEdited(who: strings[0], fields: strings[1], ago: strings[2])
        case .staleActivityLogged: .staleActivityLogged(who: strings[0], subject: strings[1], ago: strings[2])
        case .staleActivityPlanned: .staleActivityPlanned(who: strings[0], subject: strings[1], ago: strings[2])
        case .staleActivityChanged: .staleActivityChanged(who: strings[0], subject: strings[1], ago: strings[2])
        case .staleDeleted: .staleDeleted(who: strings[0], ago: strings[1])
        case .staleUndone: .staleUndone(who: strings[0], ago: strings[1])
        case .staleRedone: .staleRedone(who: strings[0], ago: strings[1])
        case .staleCreated: .staleCreated(who: strings[0], ago: strings[1])
        case .staleRestored: .staleRestored(who: strings[0], ago: strings[1])
        case .staleWriteRefused: .staleWriteRefused(change: strings[0])
        case .undoRefusedByChange: .undoRefusedByChange(title: strings[0], change: strings[1])
        case .redoRefusedByChange: .redoRefusedByChange(title: strings[0], change: strings[1])
        case .staleWriteRefusedWithMore: .staleWriteRefusedWithMore(change: strings[0], more: count)
        case .damagedDeal: .damagedDeal(id: Int64(count), field: strings[0], value: strings[1])
        case .amountAmbiguous: .amountAmbiguous(value: strings[0], mark: strings[1], grouped: strings[2], pointed: strings[3])
        case .damagedDealEmpty: .damagedDealEmpty(id: Int64(count), field: strings[0])
        case .pathIsFolder: .pathIsFolder(path: strings[0])
        case .pathIsNamedPipe: .pathIsNamedPipe(path: strings[0])
        case .pathIsSocket: .pathIsSocket(path: strings[0])
        case .pathIsCharacterDevice: .pathIsCharacterDevice(path: strings[0])
        case .pathIsBlockDevice: .pathIsBlockDevice(path: strings[0])
        case .pathIsDanglingLink: .pathIsDanglingLink(path: strings[0], target: strings[1])
        case .pathIsLinkLoop: .pathIsLinkLoop(path: strings[0])
        case .databaseMissing: .databaseMissing(path: strings[0])
        case .databaseFolderMissing: .databaseFolderMissing(path: strings[0], folder: strings[1])
        case .rowProblem: .rowProblem(line: count, reason: strings[0])
        case .rowProblemInColumn: .rowProblemInColumn(line: count, column: strings[0], reason: strings[1])
        case .configProblem: .configProblem(line: count, message: strings[0])
        case .archiveNotJSON: .archiveNotJSON(file: strings[0], detail: strings[1])
        case .archiveNotAnObject: .archiveNotAnObject(file: strings[0])
        case .archiveNoVersion: .archiveNoVersion(file: strings[0])
        case .archiveNewerFormat: .archiveNewerFormat(file: strings[0], version: Int64(count), readable: Int64(count + 1))
        case .archiveUnknownSection: .archiveUnknownSection(file: strings[0], section: strings[1])
        case .archiveBadValue: .archiveBadValue(file: strings[0], path: strings[1], reason: strings[2])
        case .noDealWithID: .noDealWithID(id: Int64(count))
        case .noActivityWithID: .noActivityWithID(id: Int64(count))
        case .noPipelineNamed: .noPipelineNamed(name: strings[0], names: strings[1])
        case .noPipelineWithID: .noPipelineWithID(id: Int64(count))
        case .noPipelineAtAll: .noPipelineAtAll
        case .pipelineNameTaken: .pipelineNameTaken(name: strings[0])
        case .dealClosedCannotChangeStage: .dealClosedCannotChangeStage(id: Int64(count), status: strings[0])
        case .dealClosedCannotMove: .dealClosedCannotMove(id: Int64(count), status: strings[0])
        case .dealNotOpen: .dealNotOpen(id: Int64(count), status: strings[0])
        case .dealAlreadyOpen: .dealAlreadyOpen(id: Int64(count))
        case .dealAlreadyClosed: .dealAlreadyClosed(id: Int64(count), status: strings[0])
        case .dealStageGone: .dealStageGone(id: Int64(count))
        case .dealInLastStage: .dealInLastStage(id: Int64(count), pipeline: strings[0])
        case .stageNotInPipeline: .stageNotInPipeline(stage: Int64(count), pipeline: strings[0])
        case .lostReasonEmpty: .lostReasonEmpty
        case .lostReasonEmptyOnBoard: .lostReasonEmptyOnBoard
        case .stageNeedsMoveDealsTo: .stageNeedsMoveDealsTo
        case .moveTargetIsRemovedStage: .moveTargetIsRemovedStage
        case .activityNeedsDueOrDone: .activityNeedsDueOrDone
        case .snoozeOnlyOpen: .snoozeOnlyOpen(id: Int64(count), status: strings[0])
        case .parkOnlyOpen: .parkOnlyOpen(id: Int64(count), status: strings[0])
        case .alreadyParked: .alreadyParked(id: Int64(count), pipeline: strings[0])
        case .notParked: .notParked(id: Int64(count), pipeline: strings[0])
        case .unparkReopenFirst: .unparkReopenFirst(id: Int64(count), status: strings[0])
        case .noSalesPipelineToReturnTo: .noSalesPipelineToReturnTo
        case .noRevisitPipeline: .noRevisitPipeline
        case .backupIsTheDatabase: .backupIsTheDatabase(path: strings[0])
        case .noBackupFile: .noBackupFile(path: strings[0])
        case .backupUnfinished: .backupUnfinished(path: strings[0])
        case .importStageMissing: .importStageMissing(line: count, stage: strings[0], pipeline: Int64(count + 1))
        case .demoStageRemoved: .demoStageRemoved(stage: strings[0])
        case .importNoPipeline: .importNoPipeline
        case .importIDRepeated: .importIDRepeated(id: strings[0], first: count)
        case .stageMapUnknownStage: .stageMapUnknownStage(from: strings[0], to: strings[1], pipeline: strings[2], stages: strings[3])
        case .importUnknownName: .importUnknownName(name: strings[0], rows: count, line: count + 1)
        case .importUnknownPipelines: .importUnknownPipelines(names: strings[0])
        case .importUnknownStages: .importUnknownStages(pipelines: strings[0], names: strings[1], example: strings[2], firstStage: strings[3])
        case .importCannotCreateStage: .importCannotCreateStage(line: count, reason: strings[0])
        case .importTooManyStages: .importTooManyStages(pipeline: strings[0], count: count, maximum: count + 1)
        case .stageMapWithoutEquals: .stageMapWithoutEquals(value: strings[0])
        case .stageMapOneSided: .stageMapOneSided(value: strings[0])
        case .importSourceInvalid: .importSourceInvalid(value: strings[0])
        case .snapshotSizeNeedsSnapshot: .snapshotSizeNeedsSnapshot
        case .widthNegative: .widthNegative(value: count)
        case .widthInvalid: .widthInvalid(value: count)
        case .heightNegative: .heightNegative(value: count)
        case .heightInvalid: .heightInvalid(value: count)
        case .dealOptionNegative: .dealOptionNegative(value: count)
        case .demoDealsNegative: .demoDealsNegative(value: count)
        case .demoDealsInvalid: .demoDealsInvalid(value: count)
        case .demoOpenPercentNegative: .demoOpenPercentNegative(value: count)
        case .demoOpenPercentInvalid: .demoOpenPercentInvalid(value: count)
        case .demoCurrencyAndCurrencies: .demoCurrencyAndCurrencies
        case .demoCurrenciesInvalid: .demoCurrenciesInvalid(value: strings[0])
        case .demoDatabaseHoldsDeals: .demoDatabaseHoldsDeals(count: count)
        case .reviewPrintOrJSON: .reviewPrintOrJSON
        case .reviewContactKindNotContact: .reviewContactKindNotContact(value: strings[0])
        case .reviewNextStepNeedsKindAndDue: .reviewNextStepNeedsKindAndDue
        case .statusFilterInvalid: .statusFilterInvalid(value: strings[0])
        case .priorityTextInvalid: .priorityTextInvalid(value: strings[0])
        case .probabilityTextInvalid: .probabilityTextInvalid(value: strings[0])
        case .probabilityOverrideInvalid: .probabilityOverrideInvalid(value: strings[0])
        case .lostReasonOptionEmpty: .lostReasonOptionEmpty
        case .editCannotChangePipeline: .editCannotChangePipeline(id: Int64(count), pipeline: strings[0])
        case .qualifyNothingToSet: .qualifyNothingToSet
        case .temperatureOptionInvalid: .temperatureOptionInvalid(value: strings[0], words: strings[1])
        case .temperatureInvalid: .temperatureInvalid(value: strings[0], words: strings[1])
        case .userNameControlsInConfig: .userNameControlsInConfig(value: strings[0], path: strings[1])
        case .userNameControlsInEnvironment: .userNameControlsInEnvironment(value: strings[0])
        case .goalNothingWonByOwner: .goalNothingWonByOwner(owner: strings[0], currency: strings[1])
        case .settingUnknown: .settingUnknown(value: strings[0])
        case .dbOptionEmpty: .dbOptionEmpty
        case .environmentNotUTF8: .environmentNotUTF8(name: strings[0], value: strings[1])
        case .argumentNotUTF8: .argumentNotUTF8(index: count, value: strings[0])
        case .argumentNegative: .argumentNegative(name: strings[0], value: strings[1])
        case .dealNumberInvalid: .dealNumberInvalid(value: strings[0])
        case .activityNumberInvalid: .activityNumberInvalid(value: strings[0])
        case .valueNegative: .valueNegative(value: strings[0])
        case .jsonRestoreTakesNoCSVOptions: .jsonRestoreTakesNoCSVOptions
        case .rowImportedBefore: .rowImportedBefore(day: strings[0], file: strings[1])
        case .rowsImportedBefore: .rowsImportedBefore(count: count, day: strings[0], file: strings[1])
        case .rowsImportedByEarlierImports: .rowsImportedByEarlierImports(count: count, imports: count + 1, day: strings[0], file: strings[1])
        case .parserMissingArgument: .parserMissingArgument(name: strings[0])
        case .parserMissingOneOf: .parserMissingOneOf(names: strings[0])
        case .parserUnknownOption: .parserUnknownOption(name: strings[0])
        case .parserUnknownOptionSuggestion: .parserUnknownOptionSuggestion(name: strings[0], suggestion: strings[1])
        case .parserMissingValue: .parserMissingValue(option: strings[0])
        case .parserInvalidValue: .parserInvalidValue(value: strings[0], argument: strings[1])
        case .parserUnexpectedArgument: .parserUnexpectedArgument(value: strings[0])
        case .parserUnexpectedArguments: .parserUnexpectedArguments(count: count, values: strings[0])
        case .parserFlagTakesNoValue: .parserFlagTakesNoValue(option: strings[0], value: strings[1])
        case .parserMissingSubcommand: .parserMissingSubcommand
        case .csvNotUTF8: .csvNotUTF8(file: strings[0])
        case .csvBinary: .csvBinary(file: strings[0])
        case .csvUnclosedQuote: .csvUnclosedQuote(file: strings[0], line: count)
        case .csvEmpty: .csvEmpty(file: strings[0])
        case .mapWithoutEquals: .mapWithoutEquals(value: strings[0])
        case .mapNoColumn: .mapNoColumn(value: strings[0], file: strings[1], column: strings[2], columns: strings[3])
        case .noTitleColumn: .noTitleColumn(file: strings[0], source: strings[1], columns: strings[2])
        case .mapUnknownField: .mapUnknownField(value: strings[0], fields: strings[1])
        case .rowFieldCount: .rowFieldCount(fields: count, header: count + 1)
        case .rowTitleEmpty: .rowTitleEmpty
        case .rowMomentInvalid: .rowMomentInvalid(field: strings[0], value: strings[1])
        case .rowInFuture: .rowInFuture(moment: strings[0], now: strings[1])
        case .rowEnteredBeforeCreated: .rowEnteredBeforeCreated(entered: strings[0], created: strings[1])
        case .rowClosedBeforeCreated: .rowClosedBeforeCreated(closed: strings[0], created: strings[1])
        case .flagInvalid: .flagInvalid(value: strings[0])
        case .writeDiskFull: .writeDiskFull(path: strings[0])
        case .writeFolderMissing: .writeFolderMissing(path: strings[0], folder: strings[1])
        case .writeNotPermitted: .writeNotPermitted(path: strings[0], folder: strings[1])
        case .writeReadOnlyDisk: .writeReadOnlyDisk(path: strings[0])
        case .writeIsFolder: .writeIsFolder(path: strings[0])
        case .writeNotRegularFile: .writeNotRegularFile(path: strings[0])
        case .writeNoFileName: .writeNoFileName(path: strings[0])
        case .writeNameTooLong: .writeNameTooLong(path: strings[0])
        case .writeFolderNotSynced: .writeFolderNotSynced(path: strings[0], reason: strings[1])
        case .writeFailed: .writeFailed(path: strings[0], reason: strings[1])
        case .configNULByte: .configNULByte
        case .configNotTOML: .configNotTOML(detail: strings[0])
        case .configCannotRead: .configCannotRead(detail: strings[0])
        case .configCurrencyNotText: .configCurrencyNotText
        case .configDecimalSeparatorInvalid: .configDecimalSeparatorInvalid(value: strings[0])
        case .configDateFormatInvalid: .configDateFormatInvalid(value: strings[0], accepted: strings[1])
        case .configWeekStartInvalid: .configWeekStartInvalid(value: strings[0])
        case .configColorsNotTable: .configColorsNotTable(key: strings[0])
        case .configKeysNotTable: .configKeysNotTable
        case .configUnknownSetting: .configUnknownSetting(key: strings[0], settings: strings[1])
        case .configCardFieldsNotList: .configCardFieldsNotList(accepted: strings[0])
        case .configCardFieldUnknown: .configCardFieldUnknown(value: strings[0], accepted: strings[1])
        case .configColorRoleUnknown: .configColorRoleUnknown(role: strings[0], roles: strings[1])
        case .configColorInvalid: .configColorInvalid(value: strings[0], role: strings[1], names: strings[2])
        case .configColorPartUnknown: .configColorPartUnknown(part: strings[0], role: strings[1])
        case .configKeyActionUnknown: .configKeyActionUnknown(action: strings[0], actions: strings[1])
        case .configKeysNotList: .configKeysNotList(action: strings[0])
        case .configKeyNameUnknown: .configKeyNameUnknown(value: strings[0], action: strings[1])
        case .configKeyAlwaysQuits: .configKeyAlwaysQuits(key: strings[0], action: strings[1])
        case .configKeyTwice: .configKeyTwice(key: strings[0], earlier: strings[1], line: count, action: strings[2])
        case .configQuitKeysEmpty: .configQuitKeysEmpty(action: strings[0], keys: strings[1])
        case .archiveIDOfAnotherDeal: .archiveIDOfAnotherDeal(id: Int64(count))
        case .archiveRepeatsImportLink: .archiveRepeatsImportLink
        case .archiveIDOfAnotherHistoryEntry: .archiveIDOfAnotherHistoryEntry(id: Int64(count))
        case .archiveIDOfAnotherActivity: .archiveIDOfAnotherActivity(id: Int64(count))
        case .archiveRepeatsDecision: .archiveRepeatsDecision(deal: Int64(count), day: strings[0])
        case .archiveIDOfAnotherPipeline: .archiveIDOfAnotherPipeline(id: Int64(count))
        case .archivePipelineNameTaken: .archivePipelineNameTaken(name: strings[0], other: Int64(count))
        case .archivePipelineKindInvalid: .archivePipelineKindInvalid
        case .archiveSecondRevisit: .archiveSecondRevisit(other: Int64(count))
        case .archiveIsWrong: .archiveIsWrong(reason: strings[0])
        case .archiveIDOfAnotherStage: .archiveIDOfAnotherStage(id: Int64(count))
        case .archiveStagePosition: .archiveStagePosition(position: Int64(count), index: count + 1)
        case .archiveClosedAtOnOpen: .archiveClosedAtOnOpen
        case .archiveClosedAtMissing: .archiveClosedAtMissing(status: strings[0])
        case .archiveLostReasonNotLost: .archiveLostReasonNotLost(status: strings[0])
        case .archiveVersionInvalid: .archiveVersionInvalid(value: count)
        case .archiveDealVersionInvalid: .archiveDealVersionInvalid(value: count)
        case .archiveUnknownPipelineID: .archiveUnknownPipelineID(id: Int64(count))
        case .archiveStageNotInPipeline: .archiveStageNotInPipeline(stage: Int64(count), pipeline: Int64(count + 1), name: strings[0])
        case .archiveParkedOutsideRevisit: .archiveParkedOutsideRevisit(pipeline: Int64(count))
        case .archiveNotParkedInRevisit: .archiveNotParkedInRevisit(pipeline: Int64(count))
        case .archiveImportSourceEmpty: .archiveImportSourceEmpty
        case .archiveExternalIDEmpty: .archiveExternalIDEmpty
        case .archiveUnknownStageID: .archiveUnknownStageID(id: Int64(count))
        case .archiveMustBeOneOf: .archiveMustBeOneOf(values: strings[0])
        case .archiveDueInvalid: .archiveDueInvalid
        case .archiveNoDueNorDone: .archiveNoDueNorDone
        case .archiveDoneAndCancelled: .archiveDoneAndCancelled
        case .archiveDayRequired: .archiveDayRequired
        case .archiveUnknownSetting: .archiveUnknownSetting(known: strings[0])
        case .archiveHoldsNUL: .archiveHoldsNUL
        case .archiveIDInvalid: .archiveIDInvalid(value: Int64(count))
        case .archiveUnknownDealID: .archiveUnknownDealID(id: Int64(count))
        case .archiveNumberTooLarge: .archiveNumberTooLarge(field: strings[0], value: Int64(count))
        case .archiveMissing: .archiveMissing
        case .archiveMustBeText: .archiveMustBeText
        case .archiveMustBeWholeNumber: .archiveMustBeWholeNumber
        case .archiveMustBeBool: .archiveMustBeBool
        case .archiveMustBeNumber: .archiveMustBeNumber
        case .archiveMustBeList: .archiveMustBeList
        case .archiveMustBeObject: .archiveMustBeObject
        case .serverSchemeUnknown: .serverSchemeUnknown(scheme: strings[0])
        case .serverEscapeInvalid: .serverEscapeInvalid(part: strings[0], value: strings[1])
        case .serverPasswordEscapeInvalid: .serverPasswordEscapeInvalid
        case .serverIPv6Unclosed: .serverIPv6Unclosed
        case .serverHostUnexpected: .serverHostUnexpected(character: strings[0])
        case .serverHostEmpty: .serverHostEmpty(setting: strings[0])
        case .serverHostMany: .serverHostMany(setting: strings[0], value: strings[1])
        case .serverPortInvalid: .serverPortInvalid(setting: strings[0], value: strings[1])
        case .serverSSLModeInvalid: .serverSSLModeInvalid(setting: strings[0], value: strings[1])
        case .serverParameterUnknown: .serverParameterUnknown(name: strings[0])
        case .serverParameterWithoutValue: .serverParameterWithoutValue(name: strings[0])
        case .passwordFileNotPlain: .passwordFileNotPlain(path: strings[0])
        case .passwordFileLoose: .passwordFileLoose(path: strings[0])
        case .configDatabaseInvalid: .configDatabaseInvalid(value: strings[0])
        case .configUserInvalid: .configUserInvalid(value: strings[0])
        }
    }
}
