extension ErrorText {
    /// The English table: the sentences Funnel said before the tables existed, word for word.
    var english: String {
        switch self {
        case .textLimit(let characters, let bytes, let gotCharacters, let gotBytes):
            if let gotCharacters {
                "use at most \(characters) characters and \(bytes) bytes (got \(gotCharacters) characters in \(gotBytes) bytes)"
            } else {
                "use at most \(characters) characters and \(bytes) bytes (got \(gotBytes) bytes)"
            }

        case .titleEmpty(let value): "invalid title '\(value)': a deal needs a title that is not empty"
        case .titleTooLong(let start, let advice): "invalid title '\(start)…': \(advice)"
        case .fieldTooLong(let field, let advice): "invalid \(field): \(advice)"
        case .priorityNegative(let value): "priority cannot be negative: \(value); use 0 (none), 1, 2 or 3 (highest)"
        case .priorityInvalid(let value): "invalid priority '\(value)': use 0 (none), 1, 2 or 3 (highest)"
        case .emailInvalid(let value): "invalid email '\(value)': use an address like name@example.com"
        case .phoneInvalid(let value): "invalid phone '\(value)': use digits with + - ( ) spaces, e.g. +1-555-0101"
        case .momentOutOfRange(let field, let value, let earliest, let latest):
            "invalid \(field) \(value): use a moment from \(earliest) to \(latest)"
        case .dayInvalid(let field, let value): "invalid \(field) '\(value)': use a real date as YYYY-MM-DD, e.g. 2026-12-31"
        case .timestampInvalid(let field, let value):
            "invalid \(field) '\(value)': use a real date and time in ISO 8601 such as 2026-11-29T09:00:00Z or 2026-11-29, in the years 0001 to 9999"
        case .currencyUnknown(let value): "unknown currency '\(value)': use a three-letter ISO 4217 code such as USD, EUR, CNY or JPY"
        case .choiceInvalid(let what, let value, let accepted): "invalid \(what) '\(value)': use one of \(accepted)"

        case .amountEmpty(let value): "invalid amount '\(value)': it is empty; use a form like \(Self.englishAmountForms)"
        case .amountNegativeTyped(let value): "invalid amount '\(value)': amounts cannot be negative; use a form like \(Self.englishAmountForms)"
        case .amountTwoDecimalPoints(let value):
            "invalid amount '\(value)': it has more than one decimal point; use a form like \(Self.englishAmountForms)"
        case .amountNoWholeDigits(let value):
            "invalid amount '\(value)': it has no digits before the decimal point; use a form like \(Self.englishAmountForms)"
        case .amountNoFractionDigits(let value):
            "invalid amount '\(value)': it has no digits after the decimal point; use a form like \(Self.englishAmountForms)"
        case .amountMisplacedSeparators(let value):
            "invalid amount '\(value)': its thousands separators are misplaced; use a form like \(Self.englishAmountForms)"
        case .amountNotANumber(let value): "invalid amount '\(value)': it is not a number; use a form like \(Self.englishAmountForms)"
        case .amountNoMinorUnit(let value, let currency):
            "invalid amount '\(value)': \(currency) has no minor unit; use a form like \(Self.englishAmountForms)"
        case .amountTooManyDecimals(let value, let currency, let digits):
            "invalid amount '\(value)': \(currency) has only \(digits) digits after the decimal point; use a form like \(Self.englishAmountForms)"
        case .amountNegative(let amount, let currency): "invalid amount \(amount) \(currency): amounts cannot be negative"
        case .amountTooLarge(let value, let largest, let currency):
            "invalid amount '\(value)': it is more than \(largest), the largest amount Funnel keeps in \(currency)"
        case .totalTooLarge(let currency, let limit, let largest):
            "the amounts in \(currency) add up to more than Funnel can count (\(limit) minor units); no deal can be worth more than \(largest), so look for deals with values edited outside Funnel"

        case .probabilityNegative(let value): "probability cannot be negative: \(value); use a whole percent from 0 to 100"
        case .probabilityInvalid(let value): "invalid probability '\(value)': use a whole percent from 0 to 100"
        case .stallDaysNegative(let value): "stall days cannot be negative: \(value); use a whole number of days from 0 (never stalls) to 3650"
        case .stallDaysInvalid(let value): "invalid stall days '\(value)': use a whole number of days from 0 (never stalls) to 3650"
        case .nameEmpty(let what, let value): "invalid \(what) name '\(value)': it must not be empty"
        case .nameTooLong(let what, let start, let advice): "invalid \(what) name '\(start)…': \(advice)"
        case .nameHasControl(let what, let value): "invalid \(what) name '\(value)': control characters are not allowed"
        case .stageNameHasComma(let value): "invalid stage name '\(value)': commas are not allowed (they separate stages in --stages)"
        case .stageNumberNegative(let value, let count, let stages):
            "a stage number cannot be negative: \(value); use 1 to \(count) or a name (\(stages))"
        case .noStageNumber(let number, let pipeline, let count, let stages):
            "no stage number \(number) in pipeline '\(pipeline)': use 1 to \(count) or a name (\(stages))"
        case .noStageNamed(let value, let pipeline, let count, let stages):
            "no stage '\(value)' in pipeline '\(pipeline)': use one of \(stages) or a number from 1 to \(count)"
        case .tooManyStages(let pipeline, let maximum): "pipeline '\(pipeline)' already has \(maximum) stages, the most it can have"
        case .stageNameTaken(let pipeline, let name): "pipeline '\(pipeline)' already has a stage named '\(name)'"
        case .onlyStage(let stage, let pipeline): "stage '\(stage)' is the only stage of pipeline '\(pipeline)'; a pipeline needs at least one"
        case .revisitCannotBeRemoved(let pipeline):
            "pipeline '\(pipeline)' holds parked deals and cannot be removed; 'funnel unpark' brings deals back"
        case .onlySalesPipeline(let pipeline): "pipeline '\(pipeline)' is the only sales pipeline; add another before removing it"
        case .moveTargetIsRemoved: "--move-deals-to names the pipeline being removed; choose another pipeline"
        case .moveTargetIsRevisit(let pipeline):
            "--move-deals-to '\(pipeline)' is the Revisit pipeline; choose a sales pipeline (or park deals one by one)"
        case .pipelineHoldsDeals(let pipeline, let count):
            count == 1
                ? "pipeline '\(pipeline)' holds \(count) deal: add --move-deals-to PIPELINE to move them first"
                : "pipeline '\(pipeline)' holds \(count) deals: add --move-deals-to PIPELINE to move them first"
        case .positionNegative(let value, let count): "a position cannot be negative: \(value); use 1 to \(count)"
        case .positionInvalid(let value, let count): "invalid position '\(value)': use 1 to \(count)"
        case .stageTwice(let name): "stage '\(name)' appears twice: stage names must be unique in a pipeline"
        case .stageCount(let minimum, let maximum, let got): "a pipeline needs \(minimum) to \(maximum) stages, got \(got)"
        case .parkAfterDaysNegative(let value): "park-after-days cannot be negative: \(value); use a whole number of days from 1 to 3650"
        case .parkAfterDaysInvalid(let value): "invalid park-after days '\(value)': use a whole number of days from 1 to 3650"

        case .activityAlreadyDone(let id, let at): "activity \(id) was already done at \(at)"
        case .activityCancelled(let id, let deal):
            "activity \(id) was cancelled when deal \(deal) was closed: 'funnel reopen \(deal)' plans it again"
        case .activityDoneKeepsDue(let id): "activity \(id) is done: its kind, subject and note can change, not its due date"
        case .nextStepEmpty: "a next step needs a kind and a due date, e.g. 'call +2d'"
        case .nextStepNeedsDue(let kind): "give a due date after the kind, e.g. '\(kind) +2d'"
        case .subjectHasControl(let value): "invalid subject '\(value)': use one line without control characters"
        case .dueInvalid(let field, let value):
            "invalid \(field) '\(value)': use YYYY-MM-DD, YYYY-MM-DDTHH:MM, today, tomorrow, +3d, +2w, a weekday (mon…sun, the next one after today), next week (its first day) or next fri (that day next week), or 今天, 明天, 后天, 周五, 下周, 下周一, optionally followed by a time such as 14:30"
        case .dueDayInvalid(let field, let value):
            "invalid \(field) '\(value)': use YYYY-MM-DD, tomorrow, +3d, +2w, a weekday (mon…sun), next week or next fri, or 明天, 后天, 周五, 下周一"
        case .dueDayNotAfterToday(let field, let value, let today): "invalid \(field) '\(value)': use a day after today (\(today))"

        case .goalNotPositive(let value): "invalid goal '\(value)': the goal must be more than zero"
        case .goalCurrencyClash(let value, let named, let given):
            "invalid goal '\(value)': it names \(named) but the currency given is \(given); give one"
        case .goalNothingWon(let currency):
            "no deal in \(currency) has been won yet, so the average won value is unknown: win one first, or plan a goal in another currency"
        case .planNoStages: "the pipeline has no stages to plan with"
        case .goalDateInPast(let value, let today): "invalid date '\(value)': the goal date must be today (\(today)) or later"
        case .planStageNeverLeft(let stage, let entered):
            "no deal has moved on from stage '\(stage)' (0 of \(entered)): no number of new deals reaches the goal"
        case .planStageZeroProbability(let stage):
            "stage '\(stage)' has a win probability of 0%: no number of new deals reaches the goal; give it a probability with 'funnel stages set'"
        case .goalTooLarge(let value): "invalid goal '\(value)': it needs more deals than can be counted"

        case .notSQLite(let path): "'\(path)' is not a Funnel database: it is not an SQLite file (left untouched)"
        case .truncated(let path):
            "'\(path)' is damaged: the SQLite file is truncated (left untouched); restore it from a backup with 'funnel restore'"
        case .foreignDatabase(let path): "'\(path)' is not a Funnel database: it is another program's SQLite file (left untouched)"
        case .newerSchema(let path): "'\(path)' was written by a newer Funnel: upgrade Funnel to open it (left untouched)"
        case .cannotSave(let reason): "cannot save: \(reason)"
        case .readOnlyFolder(let path):
            "cannot open '\(path)': its folder is read-only for you and SQLite needs to create '\(path)-shm' beside it; make the folder writable or copy the file elsewhere (left untouched)"
        case .dealChangedElsewhere(let id): "deal \(id) was changed elsewhere since it was shown; showing the new version, nothing was saved"
        case .activityChangedElsewhere(let id):
            "activity \(id) was changed elsewhere since it was shown; showing the new version, nothing was saved"
        case .amountAmbiguous(let value, let mark, let grouped, let pointed):
            "invalid amount '\(value)': a single '\(mark)' followed by three digits could mean \(grouped) or \(pointed); write \(grouped) or \(pointed), or set decimal_separator in the config file to \".\" or \",\""
        case .damagedDeal(let id, let field, let value):
            "deal \(id) is damaged in the database: its \(field) is '\(value)', which Funnel does not know; nothing was read or changed. Restore the file from a backup with 'funnel restore'"
        case .damagedDealEmpty(let id, let field):
            "deal \(id) is damaged in the database: its \(field) is empty, which Funnel does not know; nothing was read or changed. Restore the file from a backup with 'funnel restore'"
        case .pathIsFolder(let path): "'\(path)' is a folder, not a database file; give the path of a file, new or existing"
        case .pathIsNamedPipe(let path): "'\(path)' is a FIFO (named pipe), not a database file; nothing was read or written"
        case .pathIsSocket(let path): "'\(path)' is a socket, not a database file; nothing was read or written"
        case .pathIsCharacterDevice(let path): "'\(path)' is a character device, not a database file; nothing was read or written"
        case .pathIsBlockDevice(let path): "'\(path)' is a block device, not a database file; nothing was read or written"
        case .pathIsDanglingLink(let path, let target):
            "'\(path)' is a symbolic link to '\(target)', which does not exist (is its drive or synced folder mounted?); nothing was created"
        case .pathIsLinkLoop(let path):
            "'\(path)' is a symbolic link that leads back to itself, not a database file; nothing was read or written"

        case .rowProblem(let line, let reason): "line \(line): \(reason)"
        case .rowProblemInColumn(let line, let column, let reason): "line \(line), column \"\(column)\": \(reason)"
        case .configProblem(let line, let message): "line \(line): \(message)"
        case .archiveNotJSON(let file, let detail): "'\(file)' is not valid JSON: \(detail)"
        case .archiveNotAnObject(let file): "'\(file)' is not a Funnel JSON export: it is not a JSON object"
        case .archiveNoVersion(let file):
            "'\(file)' is not a Funnel JSON export (no \"funnel_export\" version): import CSV files with --format csv"
        case .archiveNewerFormat(let file, let version, let readable):
            "'\(file)' was exported by a newer Funnel (format \(version), this one reads \(readable)): upgrade Funnel to import it"
        case .archiveUnknownSection(let file, let section):
            "'\(file)' has a section '\(section)' this Funnel does not know: upgrade Funnel to import it; nothing was written"
        case .archiveBadValue(let file, let path, let reason): "'\(file)': \(path) \(reason); nothing was written"

        case .noDealWithID(let id): "no deal with id \(id): 'funnel list --status all' shows every deal"
        case .noActivityWithID(let id): "no activity with id \(id): 'funnel activity list' shows planned activities"
        case .noPipelineNamed(let name, let names): "no pipeline '\(name)': use one of \(names)"
        case .noPipelineWithID(let id): "no pipeline with id \(id)"
        case .noPipelineAtAll: "the database holds no pipeline"
        case .pipelineNameTaken(let name): "a pipeline named '\(name)' already exists"
        case .dealClosedCannotChangeStage(let id, let status): "deal \(id) is \(status): reopen it to change its stage"
        case .dealClosedCannotMove(let id, let status): "deal \(id) is \(status): reopen it to move it"
        case .dealNotOpen(let id, let status): "deal \(id) is \(status)"
        case .dealAlreadyOpen(let id): "deal \(id) is already open"
        case .dealAlreadyClosed(let id, let status): "deal \(id) is already \(status): 'funnel reopen \(id)' opens it again"
        case .dealStageGone(let id): "deal \(id) is in a stage that no longer exists"
        case .dealInLastStage(let id, let pipeline): "deal \(id) is in the last stage of '\(pipeline)': mark it won instead"
        case .stageNotInPipeline(let stage, let pipeline): "stage \(stage) is not in pipeline '\(pipeline)'"
        case .lostReasonEmpty: "invalid lost reason '': say why the deal was lost, e.g. --reason \"price\""
        case .lostReasonEmptyOnBoard: "invalid lost reason '': say why the deal was lost, e.g. price"
        case .stageNeedsMoveDealsTo: "--stage goes with --move-deals-to: name the pipeline the deals move to"
        case .moveTargetIsRemovedStage: "--move-deals-to names the stage being removed; choose another stage"
        case .activityNeedsDueOrDone: "an activity needs a due date or to be done: add --due DATE or --done"
        case .snoozeOnlyOpen(let id, let status): "deal \(id) is \(status): only open deals are snoozed"
        case .parkOnlyOpen(let id, let status): "deal \(id) is \(status): only open deals are parked"
        case .alreadyParked(let id, let pipeline): "deal \(id) is already parked in '\(pipeline)': 'funnel unpark \(id)' brings it back"
        case .notParked(let id, let pipeline): "deal \(id) is not parked: it is in pipeline '\(pipeline)'"
        case .unparkReopenFirst(let id, let status): "deal \(id) is \(status): reopen it first"
        case .noSalesPipelineToReturnTo: "the database holds no sales pipeline to bring the deal back to"
        case .noRevisitPipeline: "the database has no Revisit pipeline with a stage"
        case .backupIsTheDatabase(let path): "'\(path)' is the database itself (or one of its journals); choose another file for the backup"
        case .noBackupFile(let path): "no file '\(path)': give the path of a backup made by 'funnel backup'"
        case .backupUnfinished(let path):
            "'\(path)' is the unfinished copy of a backup that was stopped, not a backup: give a backup made by 'funnel backup' or one from backups/"
        case .importStageMissing(let line, let stage, let pipeline): "line \(line): no stage '\(stage)' in pipeline \(pipeline)"
        case .demoStageRemoved(let stage): "the stage '\(stage)' was removed while the demo started; nothing was added, run it again"

        case .importNoPipeline: "the database holds no pipeline to import into"
        case .importIDRepeated(let id, let first): "id '\(id)' appears again (first on line \(first)); each deal once per file"
        case .stageMapUnknownStage(let from, let to, let pipeline, let stages):
            "invalid --stage-map '\(from)=\(to)': pipeline '\(pipeline)' has no stage '\(to)'; use one of \(stages)"
        case .importUnknownName(let name, let rows, let line): "'\(name)' (\(rows == 1 ? "1 row" : "\(rows) rows"), first on line \(line))"
        case .importUnknownPipelines(let names):
            "unknown pipelines: \(names): create them with 'funnel pipelines add' or import every row into one with --pipeline NAME; nothing was written"
        case .importUnknownStages(let pipelines, let names, let example, let firstStage):
            "unknown stages in pipeline \(pipelines): \(names): map each with --stage-map \"\(example)=\(firstStage)\" or add them with --create-stages; nothing was written"
        case .importCannotCreateStage(let line, let reason): "cannot create stage from line \(line): \(reason); map it with --stage-map instead"
        case .importTooManyStages(let pipeline, let count, let maximum):
            "--create-stages would give pipeline '\(pipeline)' \(count) stages, more than the \(maximum) allowed: map some with --stage-map"
        case .stageMapWithoutEquals(let value): "invalid --stage-map '\(value)': use FROM=TO, e.g. --stage-map \"Qualified To Buy=Qualifying\""
        case .stageMapOneSided(let value): "invalid --stage-map '\(value)': both sides need a stage name, e.g. \"Qualified To Buy=Qualifying\""
        case .importSourceInvalid(let value): "invalid --from '\(value)': use pipedrive, hubspot, generic or funnel"

        case .snapshotSizeNeedsSnapshot: "--width and --height size a --snapshot frame; the live board takes the window's size"
        case .widthNegative(let value): "--width cannot be negative: \(value); use a number of columns from 1 to 1000"
        case .widthInvalid(let value): "invalid --width '\(value)': use a number of columns from 1 to 1000"
        case .heightNegative(let value): "--height cannot be negative: \(value); use a number of rows from 1 to 1000"
        case .heightInvalid(let value): "invalid --height '\(value)': use a number of rows from 1 to 1000"
        case .dealOptionNegative(let value): "--deal cannot be negative: \(value); use a deal's id, a whole number from 1"
        case .demoDealsNegative(let value): "--deals cannot be negative: \(value); use a number from 1 to 10000000"
        case .demoDealsInvalid(let value): "invalid --deals '\(value)': use a number from 1 to 10000000"
        case .demoOpenPercentNegative(let value): "--open-percent cannot be negative: \(value); use a whole percent from 0 to 100"
        case .demoOpenPercentInvalid(let value): "invalid --open-percent '\(value)': use a whole percent from 0 to 100"
        case .demoCurrencyAndCurrencies: "give --currency for one currency or --currencies for several, not both"
        case .demoCurrenciesInvalid(let value): "invalid --currencies '\(value)': use ISO 4217 codes separated by commas, e.g. USD,EUR,CNY"
        case .demoDatabaseHoldsDeals(let count): "the database already holds \(count) deal\(count == 1 ? "" : "s"): add --force to add demo deals anyway, or use --db with a new file"
        case .reviewPrintOrJSON: "use only one of --print and --json"
        case .reviewContactKindNotContact(let value): "invalid contact kind '\(value)': tasks and notes are not contact"
        case .reviewNextStepNeedsKindAndDue: "a next step needs a kind and a due date, e.g. 'call +2d'"
        case .statusFilterInvalid(let value): "invalid status '\(value)': use one of open, won, lost, all"
        case .priorityTextInvalid(let value): "invalid priority '\(value)': use 0 (none), 1, 2 or 3 (highest)"
        case .probabilityTextInvalid(let value): "invalid probability '\(value)': use a whole percent from 0 to 100"
        case .probabilityOverrideInvalid(let value): "invalid probability '\(value)': use a whole percent from 0 to 100, or nothing for the stage's"
        case .lostReasonOptionEmpty: "invalid --reason '': say why the deal was lost, e.g. --reason price"
        case .editCannotChangePipeline(let id, let pipeline): "deal \(id) is in pipeline '\(pipeline)'; moving deals between pipelines is not done by edit"
        case .qualifyNothingToSet: "nothing to set: give --budget, --authority, --need, --timing (yes, no, unknown) or --temperature"
        case .temperatureOptionInvalid(let value): "invalid --temperature '\(value)': use hot, warm, cold or auto"
        case .settingUnknown(let value): "unknown setting '\(value)': use park-after-days"
        case .dbOptionEmpty: "invalid --db '': give a file path or a postgresql:// address"
        case .environmentNotUTF8(let name, let value): "\(name) '\(value)' is not valid UTF-8: set it to the path in UTF-8, or give the database with --db"
        case .argumentNotUTF8(let index, let value): "argument \(index) '\(value)' is not valid UTF-8: use UTF-8 text (check your terminal's or file's encoding)"
        case .argumentNegative(let name, let value): "\(name) cannot be negative: \(value); use a whole number of 0 or more"
        case .valueNegative(let value): "a value cannot be negative: \(value); use a whole number of 0 or more"
        case .jsonRestoreTakesNoCSVOptions: "a JSON export is restored as it is: --from, --map, --stage-map, --create-stages, --pipeline and --skip-bad are for CSV files"
        case .rowImportedBefore(let day, let file): "this row was already imported on \(day) from \(file); add --allow-duplicates to import it again; nothing was written"
        case .rowsImportedBefore(let count, let day, let file): "these \(count) rows were already imported on \(day) from \(file); add --allow-duplicates to import them again; nothing was written"
        case .rowsImportedByEarlierImports(let count, let imports, let day, let file): "these \(count) rows were already imported by \(imports) earlier imports, the latest on \(day) from \(file); add --allow-duplicates to import them again; nothing was written"
        case .parserMissingArgument(let name): "Missing expected argument '\(name)'"
        case .parserMissingOneOf(let names): "Missing one of: '\(names)'"
        case .parserUnknownOption(let name): "Unknown option '\(name)'"
        case .parserUnknownOptionSuggestion(let name, let suggestion): "Unknown option '\(name)'. Did you mean '\(suggestion)'?"
        case .parserMissingValue(let option): "Missing value for '\(option)'"
        case .parserInvalidValue(let value, let argument): "The value '\(value)' is invalid for '\(argument)'"
        case .parserUnexpectedArgument(let value): "Unexpected argument '\(value)'"
        case .parserUnexpectedArguments(let count, let values): "\(count) unexpected arguments: '\(values)'"
        case .parserFlagTakesNoValue(let option, let value): "The option '\(option)' does not take any value, but '\(value)' was specified."
        case .parserMissingSubcommand: "Missing required subcommand."

        case .csvNotUTF8(let file): "'\(file)' is not UTF-8 text: save it as CSV UTF-8 and import it again"
        case .csvBinary(let file): "'\(file)' is a binary file, not CSV text (it holds NUL bytes): export your deals as CSV UTF-8"
        case .csvUnclosedQuote(let file, let line): "'\(file)' line \(line): a quoted field opens there and is never closed; nothing was written"
        case .csvEmpty(let file): "'\(file)' is empty: a CSV file needs a header row and at least one deal"
        case .mapWithoutEquals(let value): "invalid --map '\(value)': use FIELD=COLUMN, e.g. --map title=\"Opportunity\""
        case .mapNoColumn(let value, let file, let column, let columns): "invalid --map '\(value)': '\(file)' has no column '\(column)'; its columns are \(columns)"
        case .noTitleColumn(let file, let source, let columns): "'\(file)' has no title column (read as \(source)): name it with --map title=COLUMN; its columns are \(columns)"
        case .mapUnknownField(let value, let fields): "unknown field '\(value)' in --map: use one of \(fields)"
        case .rowFieldCount(let fields, let header): "the row has \(fields) fields but the header has \(header) (a missing quote?)"
        case .rowTitleEmpty: "the title is empty: every deal needs a title"
        case .rowMomentInvalid(let field, let value): "invalid \(field) '\(value)': use YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or ISO 8601 such as 2026-11-29T09:00:00Z"
        case .rowInFuture(let moment, let now): "\(moment) is in the future (now is \(now))"
        case .rowEnteredBeforeCreated(let entered, let created): "the stage was entered (\(entered)) before the deal was created (\(created))"
        case .rowClosedBeforeCreated(let closed, let created): "the deal was closed (\(closed)) before it was created (\(created))"
        case .flagInvalid(let value): "invalid flag '\(value)': use true or false"
        case .writeDiskFull(let path): "cannot write '\(path)': the disk is full (or over quota or a file size limit); a file already there is left as it was"
        case .writeFolderMissing(let path, let folder): "cannot write '\(path)': the folder '\(folder)' does not exist; create it or choose another path"
        case .writeNotPermitted(let path, let folder): "cannot write '\(path)': you may not create files in the folder '\(folder)'; a file already there is left as it was"
        case .writeReadOnlyDisk(let path): "cannot write '\(path)': its disk is mounted read-only; a file already there is left as it was"
        case .writeIsFolder(let path): "cannot write '\(path)': it is a folder; give the path of a file"
        case .writeNotRegularFile(let path): "cannot write '\(path)': it is a device, a pipe or a socket, not a file; give the path of a file"
        case .writeNoFileName(let path): "cannot write '\(path)': it names no file; give the path of a file"
        case .writeNameTooLong(let path): "cannot write '\(path)': the name is too long for its disk; choose a shorter name"
        case .writeFolderNotSynced(let path, let reason): "'\(path)' was written, but its folder could not be synced to disk (\(reason)); check the disk before relying on the file"
        case .writeFailed(let path, let reason): "cannot write '\(path)': \(reason); a file already there is left as it was"

        case .configNULByte: "holds a NUL byte, which TOML does not allow; is this a text file?"
        case .configNotTOML(let detail): "not valid TOML: \(detail)"
        case .configCannotRead(let detail): "cannot read the file: \(detail)"
        case .configCurrencyNotText: "default_currency must be a currency code in quotes, e.g. \"EUR\""
        case .configDecimalSeparatorInvalid(let value): "bad decimal_separator '\(value)': use \".\" (1,200.50) or \",\" (1.200,50)"
        case .configDateFormatInvalid(let value, let accepted): "bad date_format '\(value)': use one of \(accepted)"
        case .configWeekStartInvalid(let value): "bad week_starts_on '\(value)': use a day name such as monday or sunday"
        case .configColorsNotTable(let key): "[\(key)] must be a table of role = colour"
        case .configKeysNotTable: "[keys] must be a table of action = [keys]"
        case .configUnknownSetting(let key, let settings): "unknown setting '\(key)': use one of \(settings)"
        case .configCardFieldsNotList(let accepted): "card_fields must be a list such as [\"value\", \"organization\"]: use any of \(accepted)"
        case .configCardFieldUnknown(let value, let accepted): "unknown card field '\(value)': use any of \(accepted)"
        case .configColorRoleUnknown(let role, let roles): "unknown colour role '\(role)': use one of \(roles)"
        case .configColorInvalid(let value, let role, let names): "bad colour '\(value)' for \(role): use one of \(names) or a number from 0 to 255"
        case .configColorPartUnknown(let part, let role): "unknown colour part '\(part)' for \(role): use fg and bg"
        case .configKeyActionUnknown(let action, let actions): "unknown action '\(action)' in [keys]: use one of \(actions)"
        case .configKeysNotList(let action): "\(action) must be a list of keys such as [\"L\", \">\"]"
        case .configKeyNameUnknown(let value, let action): "unknown key name '\(value)' for \(action): use one character (\"L\", \">\"), ctrl-LETTER, or space, enter, esc, tab, shift-tab, up, down, left, right, shift-left, shift-right, home, end, pgup, pgdn, backspace, delete"
        case .configKeyAlwaysQuits(let key, let action): "'\(key)' always quits the board and cannot be bound to \(action); choose another key for \(action)"
        case .configKeyTwice(let key, let earlier, let line, let action): "two actions on one key: '\(key)' is bound to \(earlier) (line \(line)) and to \(action); keep one"
        case .configQuitKeysEmpty(let action, let keys): "\(action) = [] would leave the board with no key of its own to quit: list at least one, such as [\"q\"]; \(action) keeps \(keys)"

        case .archiveIDOfAnotherDeal(let id): "is \(id), the id of another deal in the file"
        case .archiveRepeatsImportLink: "repeats the source and external id of another deal in the file"
        case .archiveIDOfAnotherHistoryEntry(let id): "is \(id), the id of another history entry in the file"
        case .archiveIDOfAnotherActivity(let id): "is \(id), the id of another activity in the file"
        case .archiveRepeatsDecision(let deal, let day): "repeats the decision on deal \(deal) on \(day)"
        case .archiveIDOfAnotherPipeline(let id): "is \(id), the id of another pipeline in the file"
        case .archivePipelineNameTaken(let name, let other): "is '\(name)', the name of pipeline \(other) in the file: pipeline names must be unique"
        case .archivePipelineKindInvalid: "must be sales or revisit"
        case .archiveSecondRevisit(let other): "is revisit, as pipeline \(other) is: a database has one Revisit pipeline"
        case .archiveIsWrong(let reason): "is wrong: \(reason)"
        case .archiveIDOfAnotherStage(let id): "is \(id), the id of another stage in the file"
        case .archiveStagePosition(let position, let index): "is \(position) but the stage is number \(index) in the list: positions count from 0 in list order"
        case .archiveClosedAtOnOpen: "is set but the deal is open"
        case .archiveClosedAtMissing(let status): "is missing but the deal is \(status)"
        case .archiveLostReasonNotLost(let status): "is set but the deal is \(status), not lost"
        case .archiveVersionInvalid(let value): "invalid version '\(value)': a deal's version counts from 1"
        case .archiveDealVersionInvalid(let value): "invalid deal version '\(value)': a deal's version counts from 1"
        case .archiveUnknownPipelineID(let id): "is \(id), a pipeline that is not in the file"
        case .archiveStageNotInPipeline(let stage, let pipeline, let name): "is \(stage), not a stage of pipeline \(pipeline) ('\(name)') in the file"
        case .archiveParkedOutsideRevisit(let pipeline): "is true but pipeline \(pipeline) is not the Revisit pipeline"
        case .archiveNotParkedInRevisit(let pipeline): "is false but pipeline \(pipeline) is the Revisit pipeline"
        case .archiveImportSourceEmpty: "is empty: name the system the deal was imported from"
        case .archiveExternalIDEmpty: "is empty: give the deal's id in that system"
        case .archiveUnknownStageID(let id): "is \(id), a stage that is not in the file"
        case .archiveMustBeOneOf(let values): "must be one of \(values)"
        case .archiveDueInvalid: "must be YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        case .archiveNoDueNorDone: "has neither a due date nor a done_at time"
        case .archiveDoneAndCancelled: "is set but the activity is done (done_at): an activity is either done or cancelled"
        case .archiveDayRequired: "must be a day YYYY-MM-DD"
        case .archiveUnknownSetting(let known): "is a setting this Funnel does not know (it knows \(known))"
        case .archiveHoldsNUL: "holds a NUL character (\\u0000), which Funnel cannot store: remove it"
        case .archiveIDInvalid(let value): "is \(value): ids are whole numbers from 1"
        case .archiveUnknownDealID(let id): "is \(id), a deal that is not in the file"
        case .archiveNumberTooLarge(let field, let value): "invalid \(field) '\(value)': the number is far too large"
        case .archiveMissing: "is missing"
        case .archiveMustBeText: "must be a text"
        case .archiveMustBeWholeNumber: "must be a whole number"
        case .archiveMustBeBool: "must be true or false"
        case .archiveMustBeNumber: "must be a number"
        case .archiveMustBeList: "must be a list"
        case .archiveMustBeObject: "must be an object"
        case .serverSchemeUnknown(let scheme):
            "'\(scheme)://' is not an address Funnel can keep a pipeline at: give postgresql://USER@HOST:PORT/DATABASE or a database file's path"
        case .serverEscapeInvalid(let part, let value):
            "invalid \(part) '\(value)' in the server address: a '%' must be followed by two hex digits of a UTF-8 character other than %00; write '%' itself as %25"
        case .serverPasswordEscapeInvalid:
            "invalid password in the server address (not shown): a '%' must be followed by two hex digits of a UTF-8 character other than %00; write '%' itself as %25"
        case .serverIPv6Unclosed: "invalid host in the server address: an IPv6 address opened with '[' needs its ']', e.g. postgresql://[::1]:5432/sales"
        case .serverHostUnexpected(let character):
            "invalid server address: '\(character)' right after the IPv6 host's ']'; use ':' for the port, '/' for the database or '?' for parameters"
        case .serverHostEmpty(let setting): "invalid \(setting) '': give a host name, an IP address or a socket folder such as /var/run/postgresql"
        case .serverHostMany(let setting, let value): "invalid \(setting) '\(value)': Funnel connects to one server; give one host and one port"
        case .serverPortInvalid(let setting, let value): "invalid \(setting) '\(value)': use a whole number from 1 to 65535, e.g. 5432"
        case .serverSSLModeInvalid(let setting, let value):
            "invalid \(setting) '\(value)': use disable, prefer or require (Funnel does not check server certificates, so verify-ca and verify-full are refused rather than weakened)"
        case .serverParameterUnknown(let name):
            "unknown parameter '\(name)' in the server address: use host, port, user, password, dbname or sslmode"
        case .serverParameterWithoutValue(let name): "invalid parameter '\(name)' in the server address: write NAME=VALUE, e.g. ?sslmode=require"
        case .serverNotReachableYet(let address):
            "'\(address)' is a PostgreSQL server, and this Funnel cannot reach servers yet: give a database file with --db"
        case .passwordFileNotPlain(let path): "warning: password file '\(path)' is not a plain file; it was not read"
        case .passwordFileLoose(let path):
            "warning: password file '\(path)' has group or world access; permissions should be u=rw (0600) or less; it was not read"
        case .configDatabaseInvalid(let value):
            "invalid database \(value): give a database file's path or a postgresql:// address in quotes, e.g. database = \"postgresql://sam@db.example.com/sales\""
        }
    }

    /// The amounts every amount field accepts, for the amount refusals.
    static let englishAmountForms = "12000, 12000.50, 12,000.50, 12k, 1.5m, 12万 or 3亿"
}
