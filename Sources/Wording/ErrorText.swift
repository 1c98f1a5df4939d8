/// Every refusal and error Funnel says, as a typed key carrying its values (issue 19).
///
/// Kept apart from `Text` so the board's texts and the errors can grow without touching each other's
/// files; the same pattern: one exhaustive `switch` per language (`ErrorText+English.swift`,
/// `ErrorText+Chinese.swift`), callers pass values, never pieces of sentences. A value the user gave is
/// passed as it should be shown (already made visible); `field` and `what` name a field in English
/// (`due date`, `stage`) and each table says it in its words (`ErrorText.fieldName`).
public enum ErrorText: Sendable, Hashable {
    // MARK: Text limits
    /// The advice after a text that is too long: `use at most 200 characters and 1600 bytes (got …)`;
    /// `gotCharacters` is nil when only the bytes were counted.
    case textLimit(characters: Int, bytes: Int, gotCharacters: Int?, gotBytes: Int)

    // MARK: Deal fields (Pipeline)
    case titleEmpty(value: String)
    case titleTooLong(start: String, advice: String)
    case fieldTooLong(field: String, advice: String)
    case priorityNegative(value: Int)
    case priorityInvalid(value: Int)
    case emailInvalid(value: String)
    case phoneInvalid(value: String)
    case momentOutOfRange(field: String, value: String, earliest: String, latest: String)
    case dayInvalid(field: String, value: String)
    case timestampInvalid(field: String, value: String)
    case currencyUnknown(value: String)
    case choiceInvalid(what: String, value: String, accepted: String)

    // MARK: Amounts
    /// The amount cases name the forms accepted in their own words (`englishAmountForms`, `chineseAmountForms`).
    case amountEmpty(value: String)
    case amountNegativeTyped(value: String)
    case amountTwoDecimalPoints(value: String)
    case amountNoWholeDigits(value: String)
    case amountNoFractionDigits(value: String)
    case amountMisplacedSeparators(value: String)
    case amountNotANumber(value: String)
    case amountNoMinorUnit(value: String, currency: String)
    case amountTooManyDecimals(value: String, currency: String, digits: Int)
    case amountNegative(amount: String, currency: String)
    case amountTooLarge(value: String, largest: String, currency: String)
    case totalTooLarge(currency: String, limit: String, largest: String)

    // MARK: Stages and pipelines
    case probabilityNegative(value: Int)
    case probabilityInvalid(value: Int)
    case stallDaysNegative(value: Int)
    case stallDaysInvalid(value: Int)
    case nameEmpty(what: String, value: String)
    case nameTooLong(what: String, start: String, advice: String)
    case nameHasControl(what: String, value: String)
    case stageNameHasComma(value: String)
    case stageNumberNegative(value: Int, count: Int, stages: String)
    case noStageNumber(number: Int, pipeline: String, count: Int, stages: String)
    case noStageNamed(value: String, pipeline: String, count: Int, stages: String)
    case tooManyStages(pipeline: String, maximum: Int)
    case stageNameTaken(pipeline: String, name: String)
    case onlyStage(stage: String, pipeline: String)
    case revisitCannotBeRemoved(pipeline: String)
    case onlySalesPipeline(pipeline: String)
    case moveTargetIsRemoved
    case moveTargetIsRevisit(pipeline: String)
    case pipelineHoldsDeals(pipeline: String, count: Int)
    case positionNegative(value: Int, count: Int)
    case positionInvalid(value: Int, count: Int)
    case stageTwice(name: String)
    case stageCount(minimum: Int, maximum: Int, got: Int)
    case parkAfterDaysNegative(value: Int)
    case parkAfterDaysInvalid(value: String)

    // MARK: Activities
    case activityAlreadyDone(id: Int64, at: String)
    case activityCancelled(id: Int64, deal: Int64)
    case activityDoneKeepsDue(id: Int64)
    case nextStepEmpty
    case nextStepNeedsDue(kind: String)
    case subjectHasControl(value: String)
    case dueInvalid(field: String, value: String)
    case dueDayInvalid(field: String, value: String)
    case dueDayNotAfterToday(field: String, value: String, today: String)

    // MARK: Goals and plans
    case goalNotPositive(value: String)
    case goalCurrencyClash(value: String, named: String, given: String)
    case goalNothingWon(currency: String)
    case planNoStages
    case goalDateInPast(value: String, today: String)
    case planStageNeverLeft(stage: String, entered: Int)
    case planStageZeroProbability(stage: String)
    case goalTooLarge(value: String)

    // MARK: The database file (StoreError, PathKind)
    case notSQLite(path: String)
    case truncated(path: String)
    case foreignDatabase(path: String)
    case newerSchema(path: String)
    case cannotSave(reason: String)
    case serverUnreachable(server: String)
    case serverRefusedConnection(server: String)
    case serverHostUnknown(server: String, host: String)
    case serverNetworkUnreachable(server: String)
    case serverHostNoRoute(server: String)
    case serverAddressUnusable(server: String)
    case serverLoginRefused(user: String, server: String)
    case serverDatabaseMissing(database: String, server: String)
    case serverNeedsEncryption(server: String)
    case serverLost(server: String)
    case serverRefusedChange(reason: String)
    case serverFailed(server: String, code: String)
    case serverNotFunnel(server: String)
    case constraintUnique
    case constraintForeignKey
    case constraintCheck
    case constraintOther
    case undoChangedElsewhere(title: String)
    case redoChangedElsewhere(title: String)
    case undoStageRemoved(title: String)
    case redoStageRemoved(title: String)
    case stageHoldsDeals(stage: String, count: Int)
    case restoreIntoNonEmpty(location: String, count: Int)
    case backupNamesTaken(path: String, tried: Int)
    case backupDamaged(path: String, check: String)
    case folderNotCreated(path: String, reason: String)
    case writeAheadLogOff(path: String)
    case readOnlyOlderFile(path: String)
    case databaseFileNotCreated(path: String)
    case databaseReadOnlyForYou(path: String)
    case databaseOrFolderReadOnly(path: String)
    case diskFull
    case diskRefusedWrite
    case writeAheadLogDeleted(path: String)
    case valuesTooLargeToCount(maximum: String, dealMaximum: String)
    case databaseLocked(path: String, seconds: Int)
    case databaseRefusedChange(what: String, reason: String)
    case theChange
    case changeFailedWithCode(what: String, code: Int)
    case databaseFailedWithCode(path: String, code: Int)
    case linkTargetUnreachable(target: String, path: String, reason: String)
    case fileNotReadable(path: String)
    case keptStaysDisagree(stage: Int64)
    case unreadableStoredValue(column: String)
    case readOnlyFolder(path: String)
    case dealChangedElsewhere(id: Int64)
    case activityChangedElsewhere(id: Int64)
    case staleMoved(who: String, stage: String, ago: String)
    case staleWon(who: String, ago: String)
    case staleLost(who: String, ago: String)
    case staleReopened(who: String, stage: String, ago: String)
    case staleParked(who: String, ago: String)
    case staleUnparked(who: String, stage: String, ago: String)
    case staleEdited(who: String, fields: String, ago: String)
    case staleActivityLogged(who: String, subject: String, ago: String)
    case staleActivityPlanned(who: String, subject: String, ago: String)
    case staleActivityChanged(who: String, subject: String, ago: String)
    case staleDeleted(who: String, ago: String)
    case staleUndone(who: String, ago: String)
    case staleRedone(who: String, ago: String)
    case staleCreated(who: String, ago: String)
    case staleRestored(who: String, ago: String)
    case staleWriteRefused(change: String)
    case undoRefusedByChange(title: String, change: String)
    case redoRefusedByChange(title: String, change: String)
    case staleWriteRefusedWithMore(change: String, more: Int)
    case damagedDeal(id: Int64, field: String, value: String)
    case amountAmbiguous(value: String, mark: String, grouped: String, pointed: String)
    case damagedDealEmpty(id: Int64, field: String)
    case pathIsFolder(path: String)
    case pathIsNamedPipe(path: String)
    case pathIsSocket(path: String)
    case pathIsCharacterDevice(path: String)
    case pathIsBlockDevice(path: String)
    case pathIsDanglingLink(path: String, target: String)
    case pathIsLinkLoop(path: String)
    case databaseMissing(path: String)
    case databaseFolderMissing(path: String, folder: String)

    // MARK: Files read (Interop) and the config file
    case rowProblem(line: Int, reason: String)
    case rowProblemInColumn(line: Int, column: String, reason: String)
    case configProblem(line: Int, message: String)
    case archiveNotJSON(file: String, detail: String)
    case archiveNotAnObject(file: String)
    case archiveNoVersion(file: String)
    case archiveNewerFormat(file: String, version: Int64, readable: Int64)
    case archiveUnknownSection(file: String, section: String)
    case archiveBadValue(file: String, path: String, reason: String)

    // MARK: The store's refusals (PipelineStore)
    /// `status` is a deal's status as stored (`won`, `lost`, `open`); each table says it in its words.
    case noDealWithID(id: Int64)
    case noActivityWithID(id: Int64)
    case noPipelineNamed(name: String, names: String)
    case noPipelineWithID(id: Int64)
    case noPipelineAtAll
    case pipelineNameTaken(name: String)
    case dealClosedCannotChangeStage(id: Int64, status: String)
    case dealClosedCannotMove(id: Int64, status: String)
    case dealNotOpen(id: Int64, status: String)
    case dealAlreadyOpen(id: Int64)
    case dealAlreadyClosed(id: Int64, status: String)
    case dealStageGone(id: Int64)
    case dealInLastStage(id: Int64, pipeline: String)
    case stageNotInPipeline(stage: Int64, pipeline: String)
    case lostReasonEmpty
    case lostReasonEmptyOnBoard
    case stageNeedsMoveDealsTo
    case moveTargetIsRemovedStage
    case activityNeedsDueOrDone
    case snoozeOnlyOpen(id: Int64, status: String)
    case parkOnlyOpen(id: Int64, status: String)
    case alreadyParked(id: Int64, pipeline: String)
    case notParked(id: Int64, pipeline: String)
    case unparkReopenFirst(id: Int64, status: String)
    case noSalesPipelineToReturnTo
    case noRevisitPipeline
    case backupIsTheDatabase(path: String)
    case noBackupFile(path: String)
    case backupUnfinished(path: String)
    case importStageMissing(line: Int, stage: String, pipeline: Int64)
    case demoStageRemoved(stage: String)

    // MARK: Import plans (Interop)
    case importNoPipeline
    case importIDRepeated(id: String, first: Int)
    case stageMapUnknownStage(from: String, to: String, pipeline: String, stages: String)
    /// One unknown pipeline or stage of a file, for the lists of the two refusals below.
    case importUnknownName(name: String, rows: Int, line: Int)
    case importUnknownPipelines(names: String)
    case importUnknownStages(pipelines: String, names: String, example: String, firstStage: String)
    case importCannotCreateStage(line: Int, reason: String)
    case importTooManyStages(pipeline: String, count: Int, maximum: Int)
    case stageMapWithoutEquals(value: String)
    case stageMapOneSided(value: String)
    case importSourceInvalid(value: String)

    // MARK: The command line's own refusals (FunnelCLI) and the argument parser's errors
    case snapshotSizeNeedsSnapshot
    case widthNegative(value: Int)
    case widthInvalid(value: Int)
    case heightNegative(value: Int)
    case heightInvalid(value: Int)
    case dealOptionNegative(value: Int)
    case demoDealsNegative(value: Int)
    case demoDealsInvalid(value: Int)
    case demoOpenPercentNegative(value: Int)
    case demoOpenPercentInvalid(value: Int)
    case demoCurrencyAndCurrencies
    case demoCurrenciesInvalid(value: String)
    case demoDatabaseHoldsDeals(count: Int)
    case reviewPrintOrJSON
    case reviewContactKindNotContact(value: String)
    case reviewNextStepNeedsKindAndDue
    case statusFilterInvalid(value: String)
    case priorityTextInvalid(value: String)
    case probabilityTextInvalid(value: String)
    case probabilityOverrideInvalid(value: String)
    case lostReasonOptionEmpty
    case editCannotChangePipeline(id: Int64, pipeline: String)
    case qualifyNothingToSet
    case temperatureOptionInvalid(value: String, words: String)
    case temperatureInvalid(value: String, words: String)
    case userNameControlsInConfig(value: String, path: String)
    case userNameControlsInEnvironment(value: String)
    case goalNothingWonByOwner(owner: String, currency: String)
    case settingUnknown(value: String)
    case dbOptionEmpty
    case environmentNotUTF8(name: String, value: String)
    case argumentNotUTF8(index: Int, value: String)
    case argumentNegative(name: String, value: String)
    case dealNumberInvalid(value: String)
    case activityNumberInvalid(value: String)
    case valueNegative(value: String)
    case jsonRestoreTakesNoCSVOptions
    case rowImportedBefore(day: String, file: String)
    case rowsImportedBefore(count: Int, day: String, file: String)
    case rowsImportedByEarlierImports(count: Int, imports: Int, day: String, file: String)
    case parserMissingArgument(name: String)
    case parserMissingOneOf(names: String)
    case parserUnknownOption(name: String)
    case parserUnknownOptionSuggestion(name: String, suggestion: String)
    case parserMissingValue(option: String)
    case parserInvalidValue(value: String, argument: String)
    case parserUnexpectedArgument(value: String)
    case parserUnexpectedArguments(count: Int, values: String)
    case parserFlagTakesNoValue(option: String, value: String)
    case parserMissingSubcommand

    // MARK: Deal files read (Interop: CSVDocument, ColumnMapping, DealField, DealDraftReader) and files written (FileWriteError)
    case csvNotUTF8(file: String)
    case csvBinary(file: String)
    case csvUnclosedQuote(file: String, line: Int)
    case csvEmpty(file: String)
    case mapWithoutEquals(value: String)
    case mapNoColumn(value: String, file: String, column: String, columns: String)
    case noTitleColumn(file: String, source: String, columns: String)
    case mapUnknownField(value: String, fields: String)
    case rowFieldCount(fields: Int, header: Int)
    case rowTitleEmpty
    case rowMomentInvalid(field: String, value: String)
    case rowInFuture(moment: String, now: String)
    case rowEnteredBeforeCreated(entered: String, created: String)
    case rowClosedBeforeCreated(closed: String, created: String)
    case flagInvalid(value: String)
    case writeDiskFull(path: String)
    case writeFolderMissing(path: String, folder: String)
    case writeNotPermitted(path: String, folder: String)
    case writeReadOnlyDisk(path: String)
    case writeIsFolder(path: String)
    case writeNotRegularFile(path: String)
    case writeNoFileName(path: String)
    case writeNameTooLong(path: String)
    case writeFolderNotSynced(path: String, reason: String)
    case writeFailed(path: String, reason: String)

    // MARK: The config file's problems (FunnelConfig.ConfigFile)
    case configNULByte
    case configNotTOML(detail: String)
    case configCannotRead(detail: String)
    case configCurrencyNotText
    case configDecimalSeparatorInvalid(value: String)
    case configDateFormatInvalid(value: String, accepted: String)
    case configWeekStartInvalid(value: String)
    case configColorsNotTable(key: String)
    case configKeysNotTable
    case configUnknownSetting(key: String, settings: String)
    case configCardFieldsNotList(accepted: String)
    case configCardFieldUnknown(value: String, accepted: String)
    case configColorRoleUnknown(role: String, roles: String)
    case configColorInvalid(value: String, role: String, names: String)
    case configColorPartUnknown(part: String, role: String)
    case configKeyActionUnknown(action: String, actions: String)
    case configKeysNotList(action: String)
    case configKeyNameUnknown(value: String, action: String)
    case configKeyAlwaysQuits(key: String, action: String)
    case configKeyTwice(key: String, earlier: String, line: Int, action: String)
    case configQuitKeysEmpty(action: String, keys: String)

    // MARK: JSON exports read back (ArchiveChecks, ArchiveReader): each completes `'file': PATH …`
    case archiveIDOfAnotherDeal(id: Int64)
    case archiveRepeatsImportLink
    case archiveIDOfAnotherHistoryEntry(id: Int64)
    case archiveIDOfAnotherActivity(id: Int64)
    case archiveRepeatsDecision(deal: Int64, day: String)
    case archiveIDOfAnotherPipeline(id: Int64)
    case archivePipelineNameTaken(name: String, other: Int64)
    case archivePipelineKindInvalid
    case archiveSecondRevisit(other: Int64)
    case archiveIsWrong(reason: String)
    case archiveIDOfAnotherStage(id: Int64)
    case archiveStagePosition(position: Int64, index: Int)
    case archiveClosedAtOnOpen
    case archiveClosedAtMissing(status: String)
    case archiveLostReasonNotLost(status: String)
    case archiveVersionInvalid(value: Int)
    case archiveDealVersionInvalid(value: Int)
    case archiveUnknownPipelineID(id: Int64)
    case archiveStageNotInPipeline(stage: Int64, pipeline: Int64, name: String)
    case archiveParkedOutsideRevisit(pipeline: Int64)
    case archiveNotParkedInRevisit(pipeline: Int64)
    case archiveImportSourceEmpty
    case archiveExternalIDEmpty
    case archiveUnknownStageID(id: Int64)
    case archiveMustBeOneOf(values: String)
    case archiveDueInvalid
    case archiveNoDueNorDone
    case archiveDoneAndCancelled
    case archiveDayRequired
    case archiveUnknownSetting(known: String)
    case archiveHoldsNUL
    case archiveIDInvalid(value: Int64)
    case archiveUnknownDealID(id: Int64)
    case archiveNumberTooLarge(field: String, value: Int64)
    case archiveMissing
    case archiveMustBeText
    case archiveMustBeWholeNumber
    case archiveMustBeBool
    case archiveMustBeNumber
    case archiveMustBeList
    case archiveMustBeObject
    // MARK: Server addresses (FunnelStore, StoreEngines)
    case serverSchemeUnknown(scheme: String)
    case serverEscapeInvalid(part: String, value: String)
    case serverPasswordEscapeInvalid
    case serverIPv6Unclosed
    case serverHostUnexpected(character: String)
    case serverHostEmpty(setting: String)
    case serverHostMany(setting: String, value: String)
    case serverPortInvalid(setting: String, value: String)
    case serverSSLModeInvalid(setting: String, value: String)
    case serverParameterUnknown(name: String)
    case serverParameterWithoutValue(name: String)
    /// Until the PostgreSQL engine lands: `address` is the URL without its password.
    case passwordFileNotPlain(path: String)
    case passwordFileLoose(path: String)
    case configDatabaseInvalid(value: String)
    case configUserInvalid(value: String)
}
