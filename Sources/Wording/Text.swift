/// Every text Funnel shows a person, as a typed key carrying its values.
///
/// A case names what is said and carries what goes into it (`dealMoved(title:stage:)`); each language
/// writes the whole sentence in its own table (`Text+English.swift`, `Text+Chinese.swift`), one exhaustive
/// `switch` each, so the compiler refuses a key without a text. Plurals, numbers and word order are the
/// table's business: callers pass counts and values, never pieces of sentences.
public enum Text: Sendable, Hashable {
    // MARK: Status bar
    case loading
    case statusFilter(filter: String)
    case statusStalledOnly
    case statusMyDeals
    case statusEveryonesDeals
    case statusServerLost
    case statusOpenDeals(count: Int, total: String)
    case tooMuchToAddUp
    case statusLanes(first: Int, last: Int, count: Int)

    // MARK: Key hints: one word for a command after its key (`? help`)
    case hintCarry, hintMove, hintNew, hintOpen, hintFilter, hintUndo, hintHelp, hintQuit
    // Key hints of the other modes: each hint is a key and a word, two spaces between hints,
    // and the way out starts with `esc `.
    case hintsChoosingStage, hintsCarrying, hintsConfirmDelete, hintsTypeNext, hintsTypeSave
    case hintsDetailWithActivities, hintsDetail, hintsForm, hintsLostReason, hintsFiltering
    case hintsPipelineChooser, hintsHelp, hintsActivityKind, hintsQualifying, hintsReviewing
    case hintsInsights, hintsPlanner, hintsLaneBreakdown

    // MARK: Lanes
    case laneNoDeals, laneNoMatch
    case moreAbove(count: Int), moreBelow(count: Int)
    case laneOtherCurrencies(count: Int)
    // The lane's breakdown by currency (`b`): title, summary, column headings, how weighted was reckoned.
    case laneBreakdownTitle(stage: String)
    case laneBreakdownSummary(percent: Int, count: Int)
    case laneBreakdownCurrency, laneBreakdownDeals, laneBreakdownTotal, laneBreakdownWeighted
    case laneBreakdownStageRate(percent: Int)
    case laneBreakdownOwnRates(percent: Int)
    case laneBreakdownNoDeals

    // MARK: Cards
    case cardDays(count: Int), cardStalledDays(count: Int)
    case cardCloseDate(date: String)

    // MARK: Empty pipeline and day prompts
    case emptyHeading, emptyAddDeal, emptyDemo, emptyImport
    case promptLostReason, promptHintSave
    case promptSnoozeUntil(example: String), promptParkUntil(example: String)
    case promptSnoozeTitle(title: String)
    case promptParkTitle(title: String)
    case promptLostTitle(title: String)

    // MARK: Message line
    case filterPrompt
    case nothingSaved
    case stalledOnlyShown, allDealsShown
    case myDealsShown(name: String)
    case everyonesDealsShown
    case myDealsNeedTheServer
    case reviewOfMine(name: String)
    case pipelineChosen(name: String)
    case nothingToUndo, nothingToRedo
    case undid(summary: String), redid(summary: String)
    case cannotUndo(summary: String)
    case noDealSelected
    case alreadyInLastStage(title: String), alreadyInFirstStage(title: String)
    case alreadyInStage(title: String, stage: String)
    case moveToStagePrompt(last: Int)
    case moveCancelled
    case noStageNumber(number: Int, count: Int)
    case carryingHint
    case carrying(title: String)
    case staysWhereItWas(title: String)
    case putBack(title: String)
    case dealMoved(title: String, stage: String)
    case dealLost(title: String, reason: String)

    case leftChangedElsewhere(title: String, stage: String)
    case teamMoved(name: String, title: String, stage: String)
    case teamWon(name: String, title: String)
    case teamLost(name: String, title: String)
    case teamAdded(name: String, title: String)
    case teamEdited(name: String, title: String)
    case teamDeleted(name: String, title: String)
    case teamUndid(name: String, title: String)
    case teamLoggedActivity(name: String, subject: String, title: String)
    case teamPlannedActivity(name: String, subject: String, title: String)
    case teamChangedActivity(name: String, subject: String, title: String)
    case teamChangedDeals(name: String, count: Int)
    case teamRestoredPipeline(name: String)
    case teamAndOthersChangedDeals(name: String, others: Int, count: Int)
    case someoneElse
    case chooseActivityFirst, noActivitiesToChoose
    case reviewDone(summary: String)
    case reviewPaused(progress: String)
    case dealWon(title: String, value: String)
    case dealLostSummary(title: String, reason: String)
    case undoHint(summary: String)
    case cannotBeUndone(summary: String), cannotBeRedone(summary: String)
    case dealAdded(title: String, stage: String)
    case theLane
    case agoJustNow
    case agoMinutes(count: Int)
    case agoHours(count: Int)
    case agoDays(count: Int)
    case dealSaved(title: String)
    case dealMovedWithin(title: String, stage: String)
    case dealSnoozed(title: String, until: String)
    case dealUnsnoozed(title: String)
    case dealParked(title: String)
    case dealParkedUntil(title: String, until: String)
    case dealBroughtBack(title: String, stage: String)
    case dealQualified(title: String, temperature: String)
    case temperatureHot, temperatureWarm, temperatureCold
    case reviewItemSkipped(title: String)
    case nothingSavedAfter(reason: String)
    case chooseLostReason, dealNoLongerOnBoard

    // MARK: Help (`?`): one line per board command, then the other keys and the symbols
    case commandSelectLeft, commandSelectRight, commandSelectUp, commandSelectDown, commandFirstCard
    case commandLastCard, commandFirstLane, commandLastLane, commandPageUp, commandPageDown
    case commandHalfPageUp, commandHalfPageDown, commandMoveNext, commandMovePrevious, commandMoveToStage
    case commandPickUp, commandOpenDetail, commandNewDeal, commandEditDeal, commandMarkWon
    case commandMarkLost, commandUndo, commandRedo, commandFilter, commandClearFilter
    case commandSwitchPipeline, commandLogActivity, commandStalledFilter, commandSnooze, commandPark
    case commandQualify, commandReview, commandOpenInsights, commandOpenPlanner, commandHelp
    case commandLaneBreakdown
    case commandMyDeals
    case commandQuit, helpTitle, helpBoard, helpCarryingCard, helpCarryLane
    case helpCarryPlace, helpCarryDrop, helpCarryBack, helpDetailPane, helpDetailChoose
    case helpDetailReschedule, helpDetailEdit, helpDetailDone, helpDetailDelete, helpKeysDelete
    case helpForms, helpFormField, helpFormCursor, helpFormStart, helpFormEnd
    case helpFormDelete, helpFormDeleteAll, helpFormDeleteWord, helpFormSave, helpFormCancel
    case helpFormSaveOver
    case helpKeyEnterAgain
    case helpKeyTintedCard
    case helpSymbols, helpTemperature, helpNoNextStep, helpNextStepPlanned, helpNextStepToday
    case helpNextStepOverdue, helpSnoozed, helpStalled, helpDaysInStage, helpStalledCount
    case helpRotting
    case helpWeighted, helpSelectedCard, helpCarriedCard, helpMoreLanes, helpMoreCards
    case helpMouse, helpClick, helpWheel, helpMoreUp, helpMoreDown

    // MARK: Activities
    case kindCall, kindEmail, kindMeeting, kindSMS, kindChat, kindSocial, kindDemo, kindTask, kindNote
    case activityPromptTitle(title: String)
    case activityPromptKind
    case activityPromptSubject(kind: String)
    case activityPromptWhen(kind: String, subject: String)
    case activityPromptWhenForms(example: String)
    case activityPromptDone(kind: String, subject: String)
    case activityPromptLogged(kind: String, subject: String)
    case activityPromptNextStepAfter, activityPromptNextStep
    case promptHintNext
    case promptHintPlanOrSkip
    case activityDone(kind: String, subject: String)
    case activityLogged(kind: String, subject: String)
    case activityNext(kind: String, due: String)
    case activityLoggedWithNext(logged: String, next: String)
    case activityOnDeal(message: String, title: String)

    // MARK: Daily review
    case reasonOverdueActivity, reasonActivityDueToday, reasonStalled, reasonNoNextStep, reasonHotLeadNoContact
    case reasonPastExpectedClose, reasonRevisitDue, reasonParkSuggested, reviewStalledMark
    case reviewHeader(day: String, toDo: Int, handled: Int)
    case reviewSweepFromHistory(days: Int, wonDeals: Int)
    case reviewSweepFromSetting(days: Int)
    case reviewIdle(days: Int)
    case reviewNext(due: String)

    // MARK: Command line: outputs
    case cliDealAlreadyInStage(id: Int, title: String, stage: String)
    case cliDealMoved(id: Int, title: String, stage: String)
    case cliDealWon(id: Int)
    case cliDealLost(id: Int, reason: String)
    case cliDealReopened(id: Int, stage: String)
    case cliNoDeals
    case cliNoDealsOfStatus(status: String)
    case cliOwnerHasNoDeals(owner: String)
    case cliOwnerHasNoDealsOfStatus(owner: String, status: String)
    case dealStatusOpen, dealStatusWon, dealStatusLost
    case cliListHeaders
    case cliSummaryPipeline(name: String)
    case cliSummaryHeaders
    case cliSummaryOpenRow
    case cliDemoAdded(count: Int, pipeline: String)
    case cliDealSaved(id: Int, title: String)
    case cliDealDeleted(id: Int, title: String)
    case cliDeleteNeedsYes(id: Int)
    case abstractEdit, abstractDelete

    // MARK: Command line: show
    case showDeal, showPipeline, showStatus, showValue, showProbability, showOrganization
    case showPerson, showEmail, showPhone, showSource, showOwner, showTemperature
    case sourceReferral
    case sourceWebsite
    case sourceColdCall
    case sourceEvent
    case sourceSocial
    case sourceOther
    case showPriority, showCloseDate, showCreated, showClosed, showBANT, showIdle
    case showNextStep, showSnoozed, showRevisitOn, showNotes, showActivities, showHistory
    // The board's detail pane
    case detailStage
    case sessionHeader(day: String, toDo: Int)
    case sessionHeaderHandled(day: String, toDo: Int, handled: Int)
    case sessionDone(day: String, total: Int, summary: String)
    case sessionUnknownKey(key: String, keys: String)
    case sessionNextStepPrompt
    case sessionNextStepOptional
    case sessionMovedTo(stage: String)
    case sessionSnoozePrompt
    case sessionSnoozed(day: String)
    case sessionRevisitPrompt
    case sessionParked
    case sessionLostPrompt
    case sessionMarkedLost
    case sessionMarkingDone(id: Int64, kind: String, subject: String)
    case sessionLogged
    case sessionContactKindPrompt
    case sessionSubjectPrompt(kind: String)
    case sessionOrganization(organization: String)
    case sessionPerson(person: String)
    case sessionStopped(progress: String)
    case reviewWhy(reason: String)
    case lostKeys
    case lostNewReason
    case editShown(kind: String, subject: String)
    case editShownDue(kind: String, subject: String, due: String)
    case editRescheduleTitle
    case editRescheduleForms(example: String)
    case editActivityTitle
    case editSubjectLine(kind: String)
    case editNoteLine
    case editDeleteTitle
    case editDeleteQuestion(activity: String)
    case editDeleteHint
    case reviewLoading
    case reviewNothingToday(day: String)
    case reviewBackToBoard
    case reviewFinished(day: String, total: Int)
    case reviewNothingHandled
    case reviewHandled(count: Int, decision: String)
    case decisionLoggedContact
    case decisionScheduledNextStep
    case decisionAdvanced
    case decisionSnoozed
    case decisionParked
    case decisionMarkedLost
    case decisionSkipped
    case reviewAlso(reason: String, others: String)
    case reviewIdleLine(days: Int, threshold: String)
    case stallsAfter(days: Int)
    case neverStallsHere
    case reviewLast(activity: String)
    case reviewNextLine(activity: String)
    case reviewNoActivityDone
    case reviewNoNextStep
    case reviewActivitiesHeading
    case reviewJobTitle(title: String)
    case reviewExpectedClose(day: String)
    case reviewNoContact
    case reviewStillToReview(count: Int)
    case reviewEscPause
    case reviewActivityDone(kind: String, subject: String, at: String)
    case reviewActivityDue(kind: String, subject: String, due: String, state: String)
    case reviewTitle(day: String)
    case reviewTitleLoading
    case choiceLogContact
    case choiceNextStep
    case choiceAdvance
    case choiceSnooze
    case choicePark
    case choiceLost
    case choiceOpen
    case choiceSkip
    case formTitle
    case formValue
    case formCurrency
    case formOrganization
    case formPerson
    case formEmail
    case formPhone
    case formExpectedClose
    case formProbability
    case formSource
    case formOwner
    case formNotes
    case formTemperature
    case formHintRequired
    case formHintValue
    case formHintCurrency
    case formHintEmail
    case formHintPhone
    case formHintCloseDate
    case formHintProbability
    case formHintSource
    case formHintOwner
    case formHintTemperature
    case formNewDeal
    case formEditDeal(title: String)
    case formKeys
    case formChangedMeanwhile(fields: String)
    case formChangedOtherDetails
    case formChangedFieldNow(field: String, value: String)
    case formChangedFieldNowEmpty(field: String)
    case frameMoreAbove
    case frameMoreBelow
    case activityOverdue
    case activityDueToday
    case activityUpcoming
    case activityNoNextStep
    case detailQualification
    case detailExpectedClose
    case detailLoading
    case detailJobTitle
    case detailInStage
    case detailDays(count: Int)
    case detailStageProbability
    case detailTabChooses
    case detailActivityKeys
    case detailSnoozedUntil(day: String)
    case detailCancelled(activity: String)
    case showNone, answerYes, answerNo, answerUnknown, changeCreated, changeMoved
    case changeWon, changeLost, changeReopened, changeParked, changeUnparked
    case showPipelineLine(pipeline: String, stage: String, days: Int)
    case showLostStatus(reason: String)
    case showProbabilityOfStage(percent: Int, weighted: String)
    case showProbabilityOwn(percent: Int, stagePercent: Int, weighted: String)
    case showSetByHand(temperature: String)
    case showQualification(budget: String, authority: String, need: String, timing: String)
    case showIdleStallsAfter(days: Int, stallDays: Int)
    case showIdleStalled(days: Int, stallDays: Int)
    case showIdleNeverStalls(days: Int)
    case showSnoozedUntil(day: String)
    case showSnoozedUntilBecause(day: String, reason: String)
    case showUndone(entry: String)
    case showBy(entry: String, name: String)

    // MARK: Command line: --help
    case abstractFunnel, abstractBoard, abstractSummary, abstractAdd, abstractList, abstractShow
    case abstractMove, abstractWon, abstractLost, abstractReopen, abstractReview, abstractDemo
    case discussionFunnel
    case parserOverview, parserUsage, parserArguments, parserOptions, parserSubcommands
    case parserShowHelp, parserShowVersion, parserSeeHelp(command: String)

    // MARK: Config
    case unknownLanguage(value: String)

    // MARK: The pipeline chooser, activity messages, the terminal's refusals
    case pipelinesTitle
    /// The pipeline on screen, in the chooser: `Sales (open)`.
    case pipelineOnScreen(name: String)
    /// `kind` is the activity kind's name in the same language (`Activity.Kind.name`).
    case activityKept(kind: String, subject: String)
    /// `due` is written already, nil when the activity has no due date.
    case activitySavedDue(kind: String, subject: String, due: String?)
    case activityDoneMessage(kind: String, subject: String)
    case activityDeletedMessage(kind: String, subject: String)
    case terminalNotATerminal
    case terminalNoType
    case terminalDumb
    case terminalUnknownType(term: String)
    case terminalCannotStart(term: String)

    // MARK: The qualification form, a window too small, the activity kind's letter
    case qualifyTitle(title: String)
    case qualifyBudget, qualifyAuthority, qualifyNeed, qualifyTiming
    /// `temperature` is its symbol and word (`◆ hot`); `byHand` when the user set it rather than the answers.
    case qualifyTemperature(temperature: String, byHand: Bool)
    case windowTooSmall(width: Int, height: Int)
    /// `kinds` are each letter and kind's name (`c call`), in the table's language.
    case chooseKindByLetter(kinds: [String])
}
