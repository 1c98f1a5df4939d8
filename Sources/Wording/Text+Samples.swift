/// Every key with marker values, for the test that checks each language says every value.
extension Text {
    /// One name per text, to list them all.
    public enum Key: CaseIterable, Sendable {
        case loading, statusFilter, statusStalledOnly, statusMyDeals, statusEveryonesDeals, statusServerLost, statusOpenDeals, tooMuchToAddUp, statusLanes
        case hintCarry, hintMove, hintNew, hintOpen, hintFilter, hintUndo
        case hintHelp, hintQuit, hintsChoosingStage, hintsCarrying, hintsConfirmDelete, hintsTypeNext
        case hintsTypeSave, hintsDetailWithActivities, hintsDetail, hintsForm, hintsLostReason, hintsFiltering
        case hintsPipelineChooser, hintsHelp, hintsActivityKind, hintsQualifying, hintsReviewing, hintsInsights
        case hintsPlanner, laneNoDeals, laneNoMatch, moreAbove, laneOtherCurrencies, moreBelow, cardDays
        case cardStalledDays, cardCloseDate, emptyHeading, emptyAddDeal, emptyDemo, emptyImport
        case promptSnoozeUntil, promptParkUntil, promptLostReason, promptHintSave, promptSnoozeTitle, promptParkTitle
        case promptLostTitle, filterPrompt, nothingSaved, stalledOnlyShown, allDealsShown, myDealsShown, everyonesDealsShown, myDealsNeedTheServer, reviewOfMine, pipelineChosen
        case nothingToUndo, nothingToRedo, undid, redid, cannotUndo, noDealSelected
        case alreadyInLastStage, alreadyInFirstStage, alreadyInStage, moveToStagePrompt, moveCancelled, noStageNumber
        case carryingHint, carrying, staysWhereItWas, putBack, dealMoved, dealLost
        case leftChangedElsewhere, teamMoved, teamWon, teamLost, teamAdded, teamEdited, teamDeleted, teamUndid, teamLoggedActivity, teamPlannedActivity, teamChangedActivity, teamChangedDeals, teamRestoredPipeline, teamAndOthersChangedDeals, someoneElse, chooseActivityFirst, noActivitiesToChoose, reviewDone, reviewPaused, dealWon
        case dealLostSummary, undoHint, cannotBeUndone, cannotBeRedone, dealAdded, theLane, agoJustNow, agoMinutes, agoHours, agoDays
        case dealSaved, dealMovedWithin, dealSnoozed, dealUnsnoozed, dealParked, dealParkedUntil
        case dealBroughtBack, dealQualified, temperatureHot, temperatureWarm, temperatureCold, reviewItemSkipped
        case nothingSavedAfter, chooseLostReason, dealNoLongerOnBoard, commandSelectLeft, commandSelectRight, commandSelectUp
        case commandSelectDown, commandFirstCard, commandLastCard, commandFirstLane, commandLastLane, commandPageUp
        case commandPageDown, commandHalfPageUp, commandHalfPageDown, commandMoveNext, commandMovePrevious, commandMoveToStage
        case commandPickUp, commandOpenDetail, commandNewDeal, commandEditDeal, commandMarkWon, commandMarkLost
        case commandUndo, commandRedo, commandFilter, commandClearFilter, commandSwitchPipeline, commandLogActivity
        case commandStalledFilter, commandSnooze, commandPark, commandQualify, commandReview, commandOpenInsights
        case commandOpenPlanner, commandHelp, commandQuit, helpTitle, helpBoard, helpCarryingCard
        case helpCarryLane, helpCarryPlace, helpCarryDrop, helpCarryBack, helpDetailPane, helpDetailChoose
        case helpDetailReschedule, helpDetailEdit, helpDetailDone, helpDetailDelete, helpKeysDelete, helpForms
        case helpFormField, helpFormCursor, helpFormStart, helpFormEnd, helpFormDelete, helpFormDeleteAll
        case helpFormDeleteWord, helpFormSave, helpFormCancel, helpSymbols, helpTemperature, helpNoNextStep
        case helpFormSaveOver, helpKeyEnterAgain, helpKeyTintedCard
        case helpNextStepPlanned, helpNextStepToday, helpNextStepOverdue, helpSnoozed, helpStalled, helpDaysInStage
        case helpRotting
        case helpStalledCount, helpWeighted, helpSelectedCard, helpCarriedCard, helpMoreLanes, helpMoreCards
        case helpMouse, helpClick, helpWheel, helpMoreUp, helpMoreDown, kindCall
        case kindEmail, kindMeeting, kindSMS, kindChat, kindSocial, kindDemo
        case kindTask, kindNote, activityPromptTitle, activityPromptKind, activityPromptSubject, activityPromptWhen
        case activityPromptWhenForms, activityPromptDone, activityPromptLogged, activityPromptNextStepAfter, activityPromptNextStep, promptHintNext, promptHintPlanOrSkip
        case activityDone, activityLogged, activityNext, activityLoggedWithNext, activityOnDeal, reasonOverdueActivity
        case reasonActivityDueToday, reasonStalled, reasonNoNextStep, reasonHotLeadNoContact, reasonPastExpectedClose, reasonRevisitDue
        case reasonParkSuggested, reviewStalledMark, reviewHeader, reviewSweepFromHistory, reviewSweepFromSetting, reviewIdle
        case reviewNext, cliDealAlreadyInStage, cliDealMoved, cliDealWon, cliDealLost, cliDealReopened
        case cliNoDeals, cliNoDealsOfStatus, cliOwnerHasNoDeals, cliOwnerHasNoDealsOfStatus, dealStatusOpen, dealStatusWon, dealStatusLost, cliListHeaders
        case cliSummaryPipeline, cliSummaryHeaders, cliSummaryOpenRow, cliDemoAdded, cliDealSaved, cliDealDeleted
        case cliDeleteNeedsYes, abstractEdit, abstractDelete, showDeal, showPipeline, showStatus
        case showValue, showProbability, showOrganization, showPerson, showEmail, showPhone
        case showSource, sourceReferral, sourceWebsite, sourceColdCall, sourceEvent, sourceSocial, sourceOther, showOwner, showTemperature, showPriority, showCloseDate, showCreated
        case showClosed, showBANT, showIdle, showNextStep, showSnoozed, showRevisitOn
        case showNotes, showActivities, showHistory, showNone, detailStage, sessionHeader, sessionHeaderHandled, sessionDone, sessionUnknownKey, sessionNextStepPrompt, sessionNextStepOptional, sessionMovedTo, sessionSnoozePrompt, sessionSnoozed, sessionRevisitPrompt, sessionParked, sessionLostPrompt, sessionMarkedLost, sessionMarkingDone, sessionLogged, sessionContactKindPrompt, sessionSubjectPrompt, sessionOrganization, sessionPerson, sessionStopped, reviewWhy, lostKeys, lostNewReason, editShown, editShownDue, editRescheduleTitle, editRescheduleForms, editActivityTitle, editSubjectLine, editNoteLine, editDeleteTitle, editDeleteQuestion, editDeleteHint, reviewLoading, reviewNothingToday, reviewBackToBoard, reviewFinished, reviewNothingHandled, reviewHandled, decisionLoggedContact, decisionScheduledNextStep, decisionAdvanced, decisionSnoozed, decisionParked, decisionMarkedLost, decisionSkipped, reviewAlso, reviewIdleLine, stallsAfter, neverStallsHere, reviewLast, reviewNextLine, reviewNoActivityDone, reviewNoNextStep, reviewActivitiesHeading, reviewJobTitle, reviewExpectedClose, reviewNoContact, reviewStillToReview, reviewEscPause, reviewActivityDone, reviewActivityDue, reviewTitle, reviewTitleLoading, choiceLogContact, choiceNextStep, choiceAdvance, choiceSnooze, choicePark, choiceLost, choiceOpen, choiceSkip, formTitle, formValue, formCurrency, formOrganization, formPerson, formEmail, formPhone, formExpectedClose, formProbability, formSource, formOwner, formNotes, formTemperature, formHintRequired, formHintValue, formHintCurrency, formHintEmail, formHintPhone, formHintCloseDate, formHintProbability, formHintSource, formHintOwner, formHintTemperature, formNewDeal, formEditDeal, formKeys, formChangedMeanwhile, formChangedOtherDetails, formChangedFieldNow, formChangedFieldNowEmpty, frameMoreAbove, frameMoreBelow, activityOverdue, activityDueToday, activityUpcoming, activityNoNextStep, detailQualification, detailExpectedClose, detailLoading, detailJobTitle, detailInStage, detailDays, detailStageProbability, detailTabChooses, detailActivityKeys, detailSnoozedUntil, detailCancelled, answerYes, answerNo
        case answerUnknown, changeCreated, changeMoved, changeWon, changeLost, changeReopened
        case changeParked, changeUnparked, showPipelineLine, showLostStatus, showProbabilityOfStage, showProbabilityOwn
        case showSetByHand, showQualification, showIdleStallsAfter, showIdleStalled, showIdleNeverStalls, showSnoozedUntil
        case showSnoozedUntilBecause, showUndone, showBy, abstractFunnel, abstractBoard, abstractSummary, abstractAdd
        case abstractList, abstractShow, abstractMove, abstractWon, abstractLost, abstractReopen
        case abstractReview, abstractDemo, discussionFunnel, parserOverview, parserUsage, parserArguments
        case parserOptions, parserSubcommands, parserShowHelp, parserShowVersion, parserSeeHelp, unknownLanguage
        case pipelinesTitle, pipelineOnScreen, activityKept, activitySavedDue, activityDoneMessage, activityDeletedMessage
        case terminalNotATerminal, terminalNoType, terminalDumb, terminalUnknownType, terminalCannotStart
        case qualifyTitle, qualifyBudget, qualifyAuthority, qualifyNeed, qualifyTiming, qualifyTemperature, windowTooSmall, chooseKindByLetter
        case hintsLaneBreakdown, commandLaneBreakdown, commandMyDeals, laneBreakdownTitle, laneBreakdownSummary, laneBreakdownCurrency, laneBreakdownDeals
        case laneBreakdownTotal, laneBreakdownWeighted, laneBreakdownStageRate, laneBreakdownOwnRates, laneBreakdownNoDeals
    }

    /// The key of this text.
    public var key: Key {
        switch self {
        case .loading: .loading
        case .statusFilter: .statusFilter
        case .statusStalledOnly: .statusStalledOnly
        case .statusMyDeals: .statusMyDeals
        case .statusEveryonesDeals: .statusEveryonesDeals
        case .statusServerLost: .statusServerLost
        case .statusOpenDeals: .statusOpenDeals
        case .tooMuchToAddUp: .tooMuchToAddUp
        case .statusLanes: .statusLanes
        case .hintCarry: .hintCarry
        case .hintMove: .hintMove
        case .hintNew: .hintNew
        case .hintOpen: .hintOpen
        case .hintFilter: .hintFilter
        case .hintUndo: .hintUndo
        case .hintHelp: .hintHelp
        case .hintQuit: .hintQuit
        case .hintsChoosingStage: .hintsChoosingStage
        case .hintsCarrying: .hintsCarrying
        case .hintsConfirmDelete: .hintsConfirmDelete
        case .hintsTypeNext: .hintsTypeNext
        case .hintsTypeSave: .hintsTypeSave
        case .hintsDetailWithActivities: .hintsDetailWithActivities
        case .hintsDetail: .hintsDetail
        case .hintsForm: .hintsForm
        case .hintsLostReason: .hintsLostReason
        case .hintsFiltering: .hintsFiltering
        case .hintsPipelineChooser: .hintsPipelineChooser
        case .hintsHelp: .hintsHelp
        case .hintsActivityKind: .hintsActivityKind
        case .hintsQualifying: .hintsQualifying
        case .hintsReviewing: .hintsReviewing
        case .hintsInsights: .hintsInsights
        case .hintsPlanner: .hintsPlanner
        case .laneNoDeals: .laneNoDeals
        case .laneNoMatch: .laneNoMatch
        case .moreAbove: .moreAbove
        case .laneOtherCurrencies: .laneOtherCurrencies
        case .moreBelow: .moreBelow
        case .cardDays: .cardDays
        case .cardStalledDays: .cardStalledDays
        case .cardCloseDate: .cardCloseDate
        case .emptyHeading: .emptyHeading
        case .emptyAddDeal: .emptyAddDeal
        case .emptyDemo: .emptyDemo
        case .emptyImport: .emptyImport
        case .promptSnoozeUntil: .promptSnoozeUntil
        case .promptParkUntil: .promptParkUntil
        case .promptLostReason: .promptLostReason
        case .promptHintSave: .promptHintSave
        case .promptSnoozeTitle: .promptSnoozeTitle
        case .promptParkTitle: .promptParkTitle
        case .promptLostTitle: .promptLostTitle
        case .filterPrompt: .filterPrompt
        case .nothingSaved: .nothingSaved
        case .stalledOnlyShown: .stalledOnlyShown
        case .allDealsShown: .allDealsShown
        case .myDealsShown: .myDealsShown
        case .everyonesDealsShown: .everyonesDealsShown
        case .myDealsNeedTheServer: .myDealsNeedTheServer
        case .reviewOfMine: .reviewOfMine
        case .pipelineChosen: .pipelineChosen
        case .nothingToUndo: .nothingToUndo
        case .nothingToRedo: .nothingToRedo
        case .undid: .undid
        case .redid: .redid
        case .cannotUndo: .cannotUndo
        case .noDealSelected: .noDealSelected
        case .alreadyInLastStage: .alreadyInLastStage
        case .alreadyInFirstStage: .alreadyInFirstStage
        case .alreadyInStage: .alreadyInStage
        case .moveToStagePrompt: .moveToStagePrompt
        case .moveCancelled: .moveCancelled
        case .noStageNumber: .noStageNumber
        case .carryingHint: .carryingHint
        case .carrying: .carrying
        case .staysWhereItWas: .staysWhereItWas
        case .putBack: .putBack
        case .dealMoved: .dealMoved
        case .dealLost: .dealLost
        case .leftChangedElsewhere: .leftChangedElsewhere
        case .teamMoved: .teamMoved
        case .teamWon: .teamWon
        case .teamLost: .teamLost
        case .teamAdded: .teamAdded
        case .teamEdited: .teamEdited
        case .teamDeleted: .teamDeleted
        case .teamUndid: .teamUndid
        case .teamLoggedActivity: .teamLoggedActivity
        case .teamPlannedActivity: .teamPlannedActivity
        case .teamChangedActivity: .teamChangedActivity
        case .teamChangedDeals: .teamChangedDeals
        case .teamRestoredPipeline: .teamRestoredPipeline
        case .teamAndOthersChangedDeals: .teamAndOthersChangedDeals
        case .someoneElse: .someoneElse
        case .chooseActivityFirst: .chooseActivityFirst
        case .noActivitiesToChoose: .noActivitiesToChoose
        case .reviewDone: .reviewDone
        case .reviewPaused: .reviewPaused
        case .dealWon: .dealWon
        case .dealLostSummary: .dealLostSummary
        case .undoHint: .undoHint
        case .cannotBeUndone: .cannotBeUndone
        case .cannotBeRedone: .cannotBeRedone
        case .dealAdded: .dealAdded
        case .theLane: .theLane
        case .agoJustNow: .agoJustNow
        case .agoMinutes: .agoMinutes
        case .agoHours: .agoHours
        case .agoDays: .agoDays
        case .dealSaved: .dealSaved
        case .dealMovedWithin: .dealMovedWithin
        case .dealSnoozed: .dealSnoozed
        case .dealUnsnoozed: .dealUnsnoozed
        case .dealParked: .dealParked
        case .dealParkedUntil: .dealParkedUntil
        case .dealBroughtBack: .dealBroughtBack
        case .dealQualified: .dealQualified
        case .temperatureHot: .temperatureHot
        case .temperatureWarm: .temperatureWarm
        case .temperatureCold: .temperatureCold
        case .reviewItemSkipped: .reviewItemSkipped
        case .nothingSavedAfter: .nothingSavedAfter
        case .chooseLostReason: .chooseLostReason
        case .dealNoLongerOnBoard: .dealNoLongerOnBoard
        case .commandSelectLeft: .commandSelectLeft
        case .commandSelectRight: .commandSelectRight
        case .commandSelectUp: .commandSelectUp
        case .commandSelectDown: .commandSelectDown
        case .commandFirstCard: .commandFirstCard
        case .commandLastCard: .commandLastCard
        case .commandFirstLane: .commandFirstLane
        case .commandLastLane: .commandLastLane
        case .commandPageUp: .commandPageUp
        case .commandPageDown: .commandPageDown
        case .commandHalfPageUp: .commandHalfPageUp
        case .commandHalfPageDown: .commandHalfPageDown
        case .commandMoveNext: .commandMoveNext
        case .commandMovePrevious: .commandMovePrevious
        case .commandMoveToStage: .commandMoveToStage
        case .commandPickUp: .commandPickUp
        case .commandOpenDetail: .commandOpenDetail
        case .commandNewDeal: .commandNewDeal
        case .commandEditDeal: .commandEditDeal
        case .commandMarkWon: .commandMarkWon
        case .commandMarkLost: .commandMarkLost
        case .commandUndo: .commandUndo
        case .commandRedo: .commandRedo
        case .commandFilter: .commandFilter
        case .commandClearFilter: .commandClearFilter
        case .commandSwitchPipeline: .commandSwitchPipeline
        case .commandLogActivity: .commandLogActivity
        case .commandStalledFilter: .commandStalledFilter
        case .commandSnooze: .commandSnooze
        case .commandPark: .commandPark
        case .commandQualify: .commandQualify
        case .commandReview: .commandReview
        case .commandOpenInsights: .commandOpenInsights
        case .commandOpenPlanner: .commandOpenPlanner
        case .commandHelp: .commandHelp
        case .commandQuit: .commandQuit
        case .helpTitle: .helpTitle
        case .helpBoard: .helpBoard
        case .helpCarryingCard: .helpCarryingCard
        case .helpCarryLane: .helpCarryLane
        case .helpCarryPlace: .helpCarryPlace
        case .helpCarryDrop: .helpCarryDrop
        case .helpCarryBack: .helpCarryBack
        case .helpDetailPane: .helpDetailPane
        case .helpDetailChoose: .helpDetailChoose
        case .helpDetailReschedule: .helpDetailReschedule
        case .helpDetailEdit: .helpDetailEdit
        case .helpDetailDone: .helpDetailDone
        case .helpDetailDelete: .helpDetailDelete
        case .helpKeysDelete: .helpKeysDelete
        case .helpForms: .helpForms
        case .helpFormField: .helpFormField
        case .helpFormCursor: .helpFormCursor
        case .helpFormStart: .helpFormStart
        case .helpFormEnd: .helpFormEnd
        case .helpFormDelete: .helpFormDelete
        case .helpFormDeleteAll: .helpFormDeleteAll
        case .helpFormDeleteWord: .helpFormDeleteWord
        case .helpFormSave: .helpFormSave
        case .helpFormSaveOver: .helpFormSaveOver
        case .helpKeyEnterAgain: .helpKeyEnterAgain
        case .helpKeyTintedCard: .helpKeyTintedCard
        case .helpFormCancel: .helpFormCancel
        case .helpSymbols: .helpSymbols
        case .helpTemperature: .helpTemperature
        case .helpNoNextStep: .helpNoNextStep
        case .helpNextStepPlanned: .helpNextStepPlanned
        case .helpNextStepToday: .helpNextStepToday
        case .helpNextStepOverdue: .helpNextStepOverdue
        case .helpSnoozed: .helpSnoozed
        case .helpStalled: .helpStalled
        case .helpRotting: .helpRotting
        case .helpDaysInStage: .helpDaysInStage
        case .helpStalledCount: .helpStalledCount
        case .helpWeighted: .helpWeighted
        case .helpSelectedCard: .helpSelectedCard
        case .helpCarriedCard: .helpCarriedCard
        case .helpMoreLanes: .helpMoreLanes
        case .helpMoreCards: .helpMoreCards
        case .helpMouse: .helpMouse
        case .helpClick: .helpClick
        case .helpWheel: .helpWheel
        case .helpMoreUp: .helpMoreUp
        case .helpMoreDown: .helpMoreDown
        case .kindCall: .kindCall
        case .kindEmail: .kindEmail
        case .kindMeeting: .kindMeeting
        case .kindSMS: .kindSMS
        case .kindChat: .kindChat
        case .kindSocial: .kindSocial
        case .kindDemo: .kindDemo
        case .kindTask: .kindTask
        case .kindNote: .kindNote
        case .activityPromptTitle: .activityPromptTitle
        case .activityPromptKind: .activityPromptKind
        case .activityPromptSubject: .activityPromptSubject
        case .activityPromptWhen: .activityPromptWhen
        case .activityPromptWhenForms: .activityPromptWhenForms
        case .activityPromptDone: .activityPromptDone
        case .activityPromptLogged: .activityPromptLogged
        case .activityPromptNextStepAfter: .activityPromptNextStepAfter
        case .activityPromptNextStep: .activityPromptNextStep
        case .promptHintNext: .promptHintNext
        case .promptHintPlanOrSkip: .promptHintPlanOrSkip
        case .activityDone: .activityDone
        case .activityLogged: .activityLogged
        case .activityNext: .activityNext
        case .activityLoggedWithNext: .activityLoggedWithNext
        case .activityOnDeal: .activityOnDeal
        case .reasonOverdueActivity: .reasonOverdueActivity
        case .reasonActivityDueToday: .reasonActivityDueToday
        case .reasonStalled: .reasonStalled
        case .reasonNoNextStep: .reasonNoNextStep
        case .reasonHotLeadNoContact: .reasonHotLeadNoContact
        case .reasonPastExpectedClose: .reasonPastExpectedClose
        case .reasonRevisitDue: .reasonRevisitDue
        case .reasonParkSuggested: .reasonParkSuggested
        case .reviewStalledMark: .reviewStalledMark
        case .reviewHeader: .reviewHeader
        case .reviewSweepFromHistory: .reviewSweepFromHistory
        case .reviewSweepFromSetting: .reviewSweepFromSetting
        case .reviewIdle: .reviewIdle
        case .reviewNext: .reviewNext
        case .cliDealAlreadyInStage: .cliDealAlreadyInStage
        case .cliDealMoved: .cliDealMoved
        case .cliDealWon: .cliDealWon
        case .cliDealLost: .cliDealLost
        case .cliDealReopened: .cliDealReopened
        case .cliNoDeals: .cliNoDeals
        case .cliNoDealsOfStatus: .cliNoDealsOfStatus
        case .cliOwnerHasNoDeals: .cliOwnerHasNoDeals
        case .cliOwnerHasNoDealsOfStatus: .cliOwnerHasNoDealsOfStatus
        case .dealStatusOpen: .dealStatusOpen
        case .dealStatusWon: .dealStatusWon
        case .dealStatusLost: .dealStatusLost
        case .cliListHeaders: .cliListHeaders
        case .cliSummaryPipeline: .cliSummaryPipeline
        case .cliSummaryHeaders: .cliSummaryHeaders
        case .cliSummaryOpenRow: .cliSummaryOpenRow
        case .cliDemoAdded: .cliDemoAdded
        case .cliDealSaved: .cliDealSaved
        case .cliDealDeleted: .cliDealDeleted
        case .cliDeleteNeedsYes: .cliDeleteNeedsYes
        case .abstractEdit: .abstractEdit
        case .abstractDelete: .abstractDelete
        case .showDeal: .showDeal
        case .showPipeline: .showPipeline
        case .showStatus: .showStatus
        case .showValue: .showValue
        case .showProbability: .showProbability
        case .showOrganization: .showOrganization
        case .showPerson: .showPerson
        case .showEmail: .showEmail
        case .showPhone: .showPhone
        case .showSource: .showSource
        case .sourceReferral: .sourceReferral
        case .sourceWebsite: .sourceWebsite
        case .sourceColdCall: .sourceColdCall
        case .sourceEvent: .sourceEvent
        case .sourceSocial: .sourceSocial
        case .sourceOther: .sourceOther
        case .showOwner: .showOwner
        case .showTemperature: .showTemperature
        case .showPriority: .showPriority
        case .showCloseDate: .showCloseDate
        case .showCreated: .showCreated
        case .showClosed: .showClosed
        case .showBANT: .showBANT
        case .showIdle: .showIdle
        case .showNextStep: .showNextStep
        case .showSnoozed: .showSnoozed
        case .showRevisitOn: .showRevisitOn
        case .showNotes: .showNotes
        case .showActivities: .showActivities
        case .showHistory: .showHistory
        case .showNone: .showNone
        case .detailStage: .detailStage
        case .sessionHeader: .sessionHeader
        case .sessionHeaderHandled: .sessionHeaderHandled
        case .sessionDone: .sessionDone
        case .sessionUnknownKey: .sessionUnknownKey
        case .sessionNextStepPrompt: .sessionNextStepPrompt
        case .sessionNextStepOptional: .sessionNextStepOptional
        case .sessionMovedTo: .sessionMovedTo
        case .sessionSnoozePrompt: .sessionSnoozePrompt
        case .sessionSnoozed: .sessionSnoozed
        case .sessionRevisitPrompt: .sessionRevisitPrompt
        case .sessionParked: .sessionParked
        case .sessionLostPrompt: .sessionLostPrompt
        case .sessionMarkedLost: .sessionMarkedLost
        case .sessionMarkingDone: .sessionMarkingDone
        case .sessionLogged: .sessionLogged
        case .sessionContactKindPrompt: .sessionContactKindPrompt
        case .sessionSubjectPrompt: .sessionSubjectPrompt
        case .sessionOrganization: .sessionOrganization
        case .sessionPerson: .sessionPerson
        case .sessionStopped: .sessionStopped
        case .reviewWhy: .reviewWhy
        case .lostKeys: .lostKeys
        case .lostNewReason: .lostNewReason
        case .editShown: .editShown
        case .editShownDue: .editShownDue
        case .editRescheduleTitle: .editRescheduleTitle
        case .editRescheduleForms: .editRescheduleForms
        case .editActivityTitle: .editActivityTitle
        case .editSubjectLine: .editSubjectLine
        case .editNoteLine: .editNoteLine
        case .editDeleteTitle: .editDeleteTitle
        case .editDeleteQuestion: .editDeleteQuestion
        case .editDeleteHint: .editDeleteHint
        case .reviewLoading: .reviewLoading
        case .reviewNothingToday: .reviewNothingToday
        case .reviewBackToBoard: .reviewBackToBoard
        case .reviewFinished: .reviewFinished
        case .reviewNothingHandled: .reviewNothingHandled
        case .reviewHandled: .reviewHandled
        case .decisionLoggedContact: .decisionLoggedContact
        case .decisionScheduledNextStep: .decisionScheduledNextStep
        case .decisionAdvanced: .decisionAdvanced
        case .decisionSnoozed: .decisionSnoozed
        case .decisionParked: .decisionParked
        case .decisionMarkedLost: .decisionMarkedLost
        case .decisionSkipped: .decisionSkipped
        case .reviewAlso: .reviewAlso
        case .reviewIdleLine: .reviewIdleLine
        case .stallsAfter: .stallsAfter
        case .neverStallsHere: .neverStallsHere
        case .reviewLast: .reviewLast
        case .reviewNextLine: .reviewNextLine
        case .reviewNoActivityDone: .reviewNoActivityDone
        case .reviewNoNextStep: .reviewNoNextStep
        case .reviewActivitiesHeading: .reviewActivitiesHeading
        case .reviewJobTitle: .reviewJobTitle
        case .reviewExpectedClose: .reviewExpectedClose
        case .reviewNoContact: .reviewNoContact
        case .reviewStillToReview: .reviewStillToReview
        case .reviewEscPause: .reviewEscPause
        case .reviewActivityDone: .reviewActivityDone
        case .reviewActivityDue: .reviewActivityDue
        case .reviewTitle: .reviewTitle
        case .reviewTitleLoading: .reviewTitleLoading
        case .choiceLogContact: .choiceLogContact
        case .choiceNextStep: .choiceNextStep
        case .choiceAdvance: .choiceAdvance
        case .choiceSnooze: .choiceSnooze
        case .choicePark: .choicePark
        case .choiceLost: .choiceLost
        case .choiceOpen: .choiceOpen
        case .choiceSkip: .choiceSkip
        case .formTitle: .formTitle
        case .formValue: .formValue
        case .formCurrency: .formCurrency
        case .formOrganization: .formOrganization
        case .formPerson: .formPerson
        case .formEmail: .formEmail
        case .formPhone: .formPhone
        case .formExpectedClose: .formExpectedClose
        case .formProbability: .formProbability
        case .formSource: .formSource
        case .formOwner: .formOwner
        case .formNotes: .formNotes
        case .formTemperature: .formTemperature
        case .formHintRequired: .formHintRequired
        case .formHintValue: .formHintValue
        case .formHintCurrency: .formHintCurrency
        case .formHintEmail: .formHintEmail
        case .formHintPhone: .formHintPhone
        case .formHintCloseDate: .formHintCloseDate
        case .formHintProbability: .formHintProbability
        case .formHintSource: .formHintSource
        case .formHintOwner: .formHintOwner
        case .formHintTemperature: .formHintTemperature
        case .formNewDeal: .formNewDeal
        case .formEditDeal: .formEditDeal
        case .formKeys: .formKeys
        case .formChangedMeanwhile: .formChangedMeanwhile
        case .formChangedOtherDetails: .formChangedOtherDetails
        case .formChangedFieldNow: .formChangedFieldNow
        case .formChangedFieldNowEmpty: .formChangedFieldNowEmpty
        case .frameMoreAbove: .frameMoreAbove
        case .frameMoreBelow: .frameMoreBelow
        case .activityOverdue: .activityOverdue
        case .activityDueToday: .activityDueToday
        case .activityUpcoming: .activityUpcoming
        case .activityNoNextStep: .activityNoNextStep
        case .detailQualification: .detailQualification
        case .detailExpectedClose: .detailExpectedClose
        case .detailLoading: .detailLoading
        case .detailJobTitle: .detailJobTitle
        case .detailInStage: .detailInStage
        case .detailDays: .detailDays
        case .detailStageProbability: .detailStageProbability
        case .detailTabChooses: .detailTabChooses
        case .detailActivityKeys: .detailActivityKeys
        case .detailSnoozedUntil: .detailSnoozedUntil
        case .detailCancelled: .detailCancelled
        case .answerYes: .answerYes
        case .answerNo: .answerNo
        case .answerUnknown: .answerUnknown
        case .changeCreated: .changeCreated
        case .changeMoved: .changeMoved
        case .changeWon: .changeWon
        case .changeLost: .changeLost
        case .changeReopened: .changeReopened
        case .changeParked: .changeParked
        case .changeUnparked: .changeUnparked
        case .showPipelineLine: .showPipelineLine
        case .showLostStatus: .showLostStatus
        case .showProbabilityOfStage: .showProbabilityOfStage
        case .showProbabilityOwn: .showProbabilityOwn
        case .showSetByHand: .showSetByHand
        case .showQualification: .showQualification
        case .showIdleStallsAfter: .showIdleStallsAfter
        case .showIdleStalled: .showIdleStalled
        case .showIdleNeverStalls: .showIdleNeverStalls
        case .showSnoozedUntil: .showSnoozedUntil
        case .showSnoozedUntilBecause: .showSnoozedUntilBecause
        case .showUndone: .showUndone
        case .showBy: .showBy
        case .abstractFunnel: .abstractFunnel
        case .abstractBoard: .abstractBoard
        case .abstractSummary: .abstractSummary
        case .abstractAdd: .abstractAdd
        case .abstractList: .abstractList
        case .abstractShow: .abstractShow
        case .abstractMove: .abstractMove
        case .abstractWon: .abstractWon
        case .abstractLost: .abstractLost
        case .abstractReopen: .abstractReopen
        case .abstractReview: .abstractReview
        case .abstractDemo: .abstractDemo
        case .discussionFunnel: .discussionFunnel
        case .parserOverview: .parserOverview
        case .parserUsage: .parserUsage
        case .parserArguments: .parserArguments
        case .parserOptions: .parserOptions
        case .parserSubcommands: .parserSubcommands
        case .parserShowHelp: .parserShowHelp
        case .parserShowVersion: .parserShowVersion
        case .parserSeeHelp: .parserSeeHelp
        case .unknownLanguage: .unknownLanguage
        case .pipelinesTitle: .pipelinesTitle
        case .pipelineOnScreen: .pipelineOnScreen
        case .activityKept: .activityKept
        case .activitySavedDue: .activitySavedDue
        case .activityDoneMessage: .activityDoneMessage
        case .activityDeletedMessage: .activityDeletedMessage
        case .terminalNotATerminal: .terminalNotATerminal
        case .terminalNoType: .terminalNoType
        case .terminalDumb: .terminalDumb
        case .terminalUnknownType: .terminalUnknownType
        case .terminalCannotStart: .terminalCannotStart
        case .qualifyTitle: .qualifyTitle
        case .qualifyBudget: .qualifyBudget
        case .qualifyAuthority: .qualifyAuthority
        case .qualifyNeed: .qualifyNeed
        case .qualifyTiming: .qualifyTiming
        case .qualifyTemperature: .qualifyTemperature
        case .windowTooSmall: .windowTooSmall
        case .chooseKindByLetter: .chooseKindByLetter
        case .hintsLaneBreakdown: .hintsLaneBreakdown
        case .commandLaneBreakdown: .commandLaneBreakdown
        case .commandMyDeals: .commandMyDeals
        case .laneBreakdownTitle: .laneBreakdownTitle
        case .laneBreakdownSummary: .laneBreakdownSummary
        case .laneBreakdownCurrency: .laneBreakdownCurrency
        case .laneBreakdownDeals: .laneBreakdownDeals
        case .laneBreakdownTotal: .laneBreakdownTotal
        case .laneBreakdownWeighted: .laneBreakdownWeighted
        case .laneBreakdownStageRate: .laneBreakdownStageRate
        case .laneBreakdownOwnRates: .laneBreakdownOwnRates
        case .laneBreakdownNoDeals: .laneBreakdownNoDeals
        }
    }

    /// The text of a key with marker values: `strings` fills its texts in order, `count` its first number,
    /// and further numbers are `count + 1`, `count + 2`.
    public static func sample(_ key: Key, strings: [String], count: Int) -> Text {
        switch key {
        case .loading: .loading
        case .statusFilter: .statusFilter(filter: strings[0])
        case .statusStalledOnly: .statusStalledOnly
        case .statusMyDeals: .statusMyDeals
        case .statusEveryonesDeals: .statusEveryonesDeals
        case .statusServerLost: .statusServerLost
        case .statusOpenDeals: .statusOpenDeals(count: count, total: strings[0])
        case .tooMuchToAddUp: .tooMuchToAddUp
        case .statusLanes: .statusLanes(first: count, last: count + 1, count: count + 2)
        case .hintCarry: .hintCarry
        case .hintMove: .hintMove
        case .hintNew: .hintNew
        case .hintOpen: .hintOpen
        case .hintFilter: .hintFilter
        case .hintUndo: .hintUndo
        case .hintHelp: .hintHelp
        case .hintQuit: .hintQuit
        case .hintsChoosingStage: .hintsChoosingStage
        case .hintsCarrying: .hintsCarrying
        case .hintsConfirmDelete: .hintsConfirmDelete
        case .hintsTypeNext: .hintsTypeNext
        case .hintsTypeSave: .hintsTypeSave
        case .hintsDetailWithActivities: .hintsDetailWithActivities
        case .hintsDetail: .hintsDetail
        case .hintsForm: .hintsForm
        case .hintsLostReason: .hintsLostReason
        case .hintsFiltering: .hintsFiltering
        case .hintsPipelineChooser: .hintsPipelineChooser
        case .hintsHelp: .hintsHelp
        case .hintsActivityKind: .hintsActivityKind
        case .hintsQualifying: .hintsQualifying
        case .hintsReviewing: .hintsReviewing
        case .hintsInsights: .hintsInsights
        case .hintsPlanner: .hintsPlanner
        case .laneNoDeals: .laneNoDeals
        case .laneNoMatch: .laneNoMatch
        case .moreAbove: .moreAbove(count: count)
        case .laneOtherCurrencies: .laneOtherCurrencies(count: count)
        case .moreBelow: .moreBelow(count: count)
        case .cardDays: .cardDays(count: count)
        case .cardStalledDays: .cardStalledDays(count: count)
        case .cardCloseDate: .cardCloseDate(date: strings[0])
        case .emptyHeading: .emptyHeading
        case .emptyAddDeal: .emptyAddDeal
        case .emptyDemo: .emptyDemo
        case .emptyImport: .emptyImport
        case .promptSnoozeUntil: .promptSnoozeUntil(example: strings[0])
        case .promptParkUntil: .promptParkUntil(example: strings[0])
        case .promptLostReason: .promptLostReason
        case .promptHintSave: .promptHintSave
        case .promptSnoozeTitle: .promptSnoozeTitle(title: strings[0])
        case .promptParkTitle: .promptParkTitle(title: strings[0])
        case .promptLostTitle: .promptLostTitle(title: strings[0])
        case .filterPrompt: .filterPrompt
        case .nothingSaved: .nothingSaved
        case .stalledOnlyShown: .stalledOnlyShown
        case .allDealsShown: .allDealsShown
        case .myDealsShown: .myDealsShown(name: strings[0])
        case .everyonesDealsShown: .everyonesDealsShown
        case .myDealsNeedTheServer: .myDealsNeedTheServer
        case .reviewOfMine: .reviewOfMine(name: strings[0])
        case .pipelineChosen: .pipelineChosen(name: strings[0])
        case .nothingToUndo: .nothingToUndo
        case .nothingToRedo: .nothingToRedo
        case .undid: .undid(summary: strings[0])
        case .redid: .redid(summary: strings[0])
        case .cannotUndo: .cannotUndo(summary: strings[0])
        case .noDealSelected: .noDealSelected
        case .alreadyInLastStage: .alreadyInLastStage(title: strings[0])
        case .alreadyInFirstStage: .alreadyInFirstStage(title: strings[0])
        case .alreadyInStage: .alreadyInStage(title: strings[0], stage: strings[1])
        case .moveToStagePrompt: .moveToStagePrompt(last: count)
        case .moveCancelled: .moveCancelled
        case .noStageNumber: .noStageNumber(number: count, count: count + 1)
        case .carryingHint: .carryingHint
        case .carrying: .carrying(title: strings[0])
        case .staysWhereItWas: .staysWhereItWas(title: strings[0])
        case .putBack: .putBack(title: strings[0])
        case .dealMoved: .dealMoved(title: strings[0], stage: strings[1])
        case .dealLost: .dealLost(title: strings[0], reason: strings[1])
        case .leftChangedElsewhere: .leftChangedElsewhere(title: strings[0], stage: strings[1])
        case .teamMoved: .teamMoved(name: strings[0], title: strings[1], stage: strings[2])
        case .teamWon: .teamWon(name: strings[0], title: strings[1])
        case .teamLost: .teamLost(name: strings[0], title: strings[1])
        case .teamAdded: .teamAdded(name: strings[0], title: strings[1])
        case .teamEdited: .teamEdited(name: strings[0], title: strings[1])
        case .teamDeleted: .teamDeleted(name: strings[0], title: strings[1])
        case .teamUndid: .teamUndid(name: strings[0], title: strings[1])
        case .teamLoggedActivity: .teamLoggedActivity(name: strings[0], subject: strings[1], title: strings[2])
        case .teamPlannedActivity: .teamPlannedActivity(name: strings[0], subject: strings[1], title: strings[2])
        case .teamChangedActivity: .teamChangedActivity(name: strings[0], subject: strings[1], title: strings[2])
        case .teamChangedDeals: .teamChangedDeals(name: strings[0], count: count)
        case .teamRestoredPipeline: .teamRestoredPipeline(name: strings[0])
        case .teamAndOthersChangedDeals: .teamAndOthersChangedDeals(name: strings[0], others: count, count: count)
        case .someoneElse: .someoneElse
        case .chooseActivityFirst: .chooseActivityFirst
        case .noActivitiesToChoose: .noActivitiesToChoose
        case .reviewDone: .reviewDone(summary: strings[0])
        case .reviewPaused: .reviewPaused(progress: strings[0])
        case .dealWon: .dealWon(title: strings[0], value: strings[1])
        case .dealLostSummary: .dealLostSummary(title: strings[0], reason: strings[1])
        case .undoHint: .undoHint(summary: strings[0])
        case .cannotBeUndone: .cannotBeUndone(summary: strings[0])
        case .cannotBeRedone: .cannotBeRedone(summary: strings[0])
        case .dealAdded: .dealAdded(title: strings[0], stage: strings[1])
        case .theLane: .theLane
        case .agoJustNow: .agoJustNow
        case .agoMinutes: .agoMinutes(count: count)
        case .agoHours: .agoHours(count: count)
        case .agoDays: .agoDays(count: count)
        case .dealSaved: .dealSaved(title: strings[0])
        case .dealMovedWithin: .dealMovedWithin(title: strings[0], stage: strings[1])
        case .dealSnoozed: .dealSnoozed(title: strings[0], until: strings[1])
        case .dealUnsnoozed: .dealUnsnoozed(title: strings[0])
        case .dealParked: .dealParked(title: strings[0])
        case .dealParkedUntil: .dealParkedUntil(title: strings[0], until: strings[1])
        case .dealBroughtBack: .dealBroughtBack(title: strings[0], stage: strings[1])
        case .dealQualified: .dealQualified(title: strings[0], temperature: strings[1])
        case .temperatureHot: .temperatureHot
        case .temperatureWarm: .temperatureWarm
        case .temperatureCold: .temperatureCold
        case .reviewItemSkipped: .reviewItemSkipped(title: strings[0])
        case .nothingSavedAfter: .nothingSavedAfter(reason: strings[0])
        case .chooseLostReason: .chooseLostReason
        case .dealNoLongerOnBoard: .dealNoLongerOnBoard
        case .commandSelectLeft: .commandSelectLeft
        case .commandSelectRight: .commandSelectRight
        case .commandSelectUp: .commandSelectUp
        case .commandSelectDown: .commandSelectDown
        case .commandFirstCard: .commandFirstCard
        case .commandLastCard: .commandLastCard
        case .commandFirstLane: .commandFirstLane
        case .commandLastLane: .commandLastLane
        case .commandPageUp: .commandPageUp
        case .commandPageDown: .commandPageDown
        case .commandHalfPageUp: .commandHalfPageUp
        case .commandHalfPageDown: .commandHalfPageDown
        case .commandMoveNext: .commandMoveNext
        case .commandMovePrevious: .commandMovePrevious
        case .commandMoveToStage: .commandMoveToStage
        case .commandPickUp: .commandPickUp
        case .commandOpenDetail: .commandOpenDetail
        case .commandNewDeal: .commandNewDeal
        case .commandEditDeal: .commandEditDeal
        case .commandMarkWon: .commandMarkWon
        case .commandMarkLost: .commandMarkLost
        case .commandUndo: .commandUndo
        case .commandRedo: .commandRedo
        case .commandFilter: .commandFilter
        case .commandClearFilter: .commandClearFilter
        case .commandSwitchPipeline: .commandSwitchPipeline
        case .commandLogActivity: .commandLogActivity
        case .commandStalledFilter: .commandStalledFilter
        case .commandSnooze: .commandSnooze
        case .commandPark: .commandPark
        case .commandQualify: .commandQualify
        case .commandReview: .commandReview
        case .commandOpenInsights: .commandOpenInsights
        case .commandOpenPlanner: .commandOpenPlanner
        case .commandHelp: .commandHelp
        case .commandQuit: .commandQuit
        case .helpTitle: .helpTitle
        case .helpBoard: .helpBoard
        case .helpCarryingCard: .helpCarryingCard
        case .helpCarryLane: .helpCarryLane
        case .helpCarryPlace: .helpCarryPlace
        case .helpCarryDrop: .helpCarryDrop
        case .helpCarryBack: .helpCarryBack
        case .helpDetailPane: .helpDetailPane
        case .helpDetailChoose: .helpDetailChoose
        case .helpDetailReschedule: .helpDetailReschedule
        case .helpDetailEdit: .helpDetailEdit
        case .helpDetailDone: .helpDetailDone
        case .helpDetailDelete: .helpDetailDelete
        case .helpKeysDelete: .helpKeysDelete
        case .helpForms: .helpForms
        case .helpFormField: .helpFormField
        case .helpFormCursor: .helpFormCursor
        case .helpFormStart: .helpFormStart
        case .helpFormEnd: .helpFormEnd
        case .helpFormDelete: .helpFormDelete
        case .helpFormDeleteAll: .helpFormDeleteAll
        case .helpFormDeleteWord: .helpFormDeleteWord
        case .helpFormSave: .helpFormSave
        case .helpFormSaveOver: .helpFormSaveOver
        case .helpKeyEnterAgain: .helpKeyEnterAgain
        case .helpKeyTintedCard: .helpKeyTintedCard
        case .helpFormCancel: .helpFormCancel
        case .helpSymbols: .helpSymbols
        case .helpTemperature: .helpTemperature
        case .helpNoNextStep: .helpNoNextStep
        case .helpNextStepPlanned: .helpNextStepPlanned
        case .helpNextStepToday: .helpNextStepToday
        case .helpNextStepOverdue: .helpNextStepOverdue
        case .helpSnoozed: .helpSnoozed
        case .helpStalled: .helpStalled
        case .helpRotting: .helpRotting
        case .helpDaysInStage: .helpDaysInStage
        case .helpStalledCount: .helpStalledCount
        case .helpWeighted: .helpWeighted
        case .helpSelectedCard: .helpSelectedCard
        case .helpCarriedCard: .helpCarriedCard
        case .helpMoreLanes: .helpMoreLanes
        case .helpMoreCards: .helpMoreCards
        case .helpMouse: .helpMouse
        case .helpClick: .helpClick
        case .helpWheel: .helpWheel
        case .helpMoreUp: .helpMoreUp
        case .helpMoreDown: .helpMoreDown
        case .kindCall: .kindCall
        case .kindEmail: .kindEmail
        case .kindMeeting: .kindMeeting
        case .kindSMS: .kindSMS
        case .kindChat: .kindChat
        case .kindSocial: .kindSocial
        case .kindDemo: .kindDemo
        case .kindTask: .kindTask
        case .kindNote: .kindNote
        case .activityPromptTitle: .activityPromptTitle(title: strings[0])
        case .activityPromptKind: .activityPromptKind
        case .activityPromptSubject: .activityPromptSubject(kind: strings[0])
        case .activityPromptWhen: .activityPromptWhen(kind: strings[0], subject: strings[1])
        case .activityPromptWhenForms: .activityPromptWhenForms(example: strings[0])
        case .activityPromptDone: .activityPromptDone(kind: strings[0], subject: strings[1])
        case .activityPromptLogged: .activityPromptLogged(kind: strings[0], subject: strings[1])
        case .activityPromptNextStepAfter: .activityPromptNextStepAfter
        case .activityPromptNextStep: .activityPromptNextStep
        case .promptHintNext: .promptHintNext
        case .promptHintPlanOrSkip: .promptHintPlanOrSkip
        case .activityDone: .activityDone(kind: strings[0], subject: strings[1])
        case .activityLogged: .activityLogged(kind: strings[0], subject: strings[1])
        case .activityNext: .activityNext(kind: strings[0], due: strings[1])
        case .activityLoggedWithNext: .activityLoggedWithNext(logged: strings[0], next: strings[1])
        case .activityOnDeal: .activityOnDeal(message: strings[0], title: strings[1])
        case .reasonOverdueActivity: .reasonOverdueActivity
        case .reasonActivityDueToday: .reasonActivityDueToday
        case .reasonStalled: .reasonStalled
        case .reasonNoNextStep: .reasonNoNextStep
        case .reasonHotLeadNoContact: .reasonHotLeadNoContact
        case .reasonPastExpectedClose: .reasonPastExpectedClose
        case .reasonRevisitDue: .reasonRevisitDue
        case .reasonParkSuggested: .reasonParkSuggested
        case .reviewStalledMark: .reviewStalledMark
        case .reviewHeader: .reviewHeader(day: strings[0], toDo: count, handled: count + 1)
        case .reviewSweepFromHistory: .reviewSweepFromHistory(days: count, wonDeals: count + 1)
        case .reviewSweepFromSetting: .reviewSweepFromSetting(days: count)
        case .reviewIdle: .reviewIdle(days: count)
        case .reviewNext: .reviewNext(due: strings[0])
        case .cliDealAlreadyInStage: .cliDealAlreadyInStage(id: count, title: strings[0], stage: strings[1])
        case .cliDealMoved: .cliDealMoved(id: count, title: strings[0], stage: strings[1])
        case .cliDealWon: .cliDealWon(id: count)
        case .cliDealLost: .cliDealLost(id: count, reason: strings[0])
        case .cliDealReopened: .cliDealReopened(id: count, stage: strings[0])
        case .cliNoDeals: .cliNoDeals
        case .cliNoDealsOfStatus: .cliNoDealsOfStatus(status: strings[0])
        case .cliOwnerHasNoDeals: .cliOwnerHasNoDeals(owner: strings[0])
        case .cliOwnerHasNoDealsOfStatus: .cliOwnerHasNoDealsOfStatus(owner: strings[0], status: strings[1])
        case .dealStatusOpen: .dealStatusOpen
        case .dealStatusWon: .dealStatusWon
        case .dealStatusLost: .dealStatusLost
        case .cliListHeaders: .cliListHeaders
        case .cliSummaryPipeline: .cliSummaryPipeline(name: strings[0])
        case .cliSummaryHeaders: .cliSummaryHeaders
        case .cliSummaryOpenRow: .cliSummaryOpenRow
        case .cliDemoAdded: .cliDemoAdded(count: count, pipeline: strings[0])
        case .cliDealSaved: .cliDealSaved(id: count, title: strings[0])
        case .cliDealDeleted: .cliDealDeleted(id: count, title: strings[0])
        case .cliDeleteNeedsYes: .cliDeleteNeedsYes(id: count)
        case .abstractEdit: .abstractEdit
        case .abstractDelete: .abstractDelete
        case .showDeal: .showDeal
        case .showPipeline: .showPipeline
        case .showStatus: .showStatus
        case .showValue: .showValue
        case .showProbability: .showProbability
        case .showOrganization: .showOrganization
        case .showPerson: .showPerson
        case .showEmail: .showEmail
        case .showPhone: .showPhone
        case .showSource: .showSource
        case .sourceReferral: .sourceReferral
        case .sourceWebsite: .sourceWebsite
        case .sourceColdCall: .sourceColdCall
        case .sourceEvent: .sourceEvent
        case .sourceSocial: .sourceSocial
        case .sourceOther: .sourceOther
        case .showOwner: .showOwner
        case .showTemperature: .showTemperature
        case .showPriority: .showPriority
        case .showCloseDate: .showCloseDate
        case .showCreated: .showCreated
        case .showClosed: .showClosed
        case .showBANT: .showBANT
        case .showIdle: .showIdle
        case .showNextStep: .showNextStep
        case .showSnoozed: .showSnoozed
        case .showRevisitOn: .showRevisitOn
        case .showNotes: .showNotes
        case .showActivities: .showActivities
        case .showHistory: .showHistory
        case .showNone: .showNone
        case .detailStage: .detailStage
        case .sessionHeader: .sessionHeader(day: strings[0], toDo: count)
        case .sessionHeaderHandled: .sessionHeaderHandled(day: strings[0], toDo: count, handled: count + 1)
        case .sessionDone: .sessionDone(day: strings[0], total: count, summary: strings[1])
        case .sessionUnknownKey: .sessionUnknownKey(key: strings[0], keys: strings[1])
        case .sessionNextStepPrompt: .sessionNextStepPrompt
        case .sessionNextStepOptional: .sessionNextStepOptional
        case .sessionMovedTo: .sessionMovedTo(stage: strings[0])
        case .sessionSnoozePrompt: .sessionSnoozePrompt
        case .sessionSnoozed: .sessionSnoozed(day: strings[0])
        case .sessionRevisitPrompt: .sessionRevisitPrompt
        case .sessionParked: .sessionParked
        case .sessionLostPrompt: .sessionLostPrompt
        case .sessionMarkedLost: .sessionMarkedLost
        case .sessionMarkingDone: .sessionMarkingDone(id: Int64(count), kind: strings[0], subject: strings[1])
        case .sessionLogged: .sessionLogged
        case .sessionContactKindPrompt: .sessionContactKindPrompt
        case .sessionSubjectPrompt: .sessionSubjectPrompt(kind: strings[0])
        case .sessionOrganization: .sessionOrganization(organization: strings[0])
        case .sessionPerson: .sessionPerson(person: strings[0])
        case .sessionStopped: .sessionStopped(progress: strings[0])
        case .reviewWhy: .reviewWhy(reason: strings[0])
        case .lostKeys: .lostKeys
        case .lostNewReason: .lostNewReason
        case .editShown: .editShown(kind: strings[0], subject: strings[1])
        case .editShownDue: .editShownDue(kind: strings[0], subject: strings[1], due: strings[2])
        case .editRescheduleTitle: .editRescheduleTitle
        case .editRescheduleForms: .editRescheduleForms(example: strings[0])
        case .editActivityTitle: .editActivityTitle
        case .editSubjectLine: .editSubjectLine(kind: strings[0])
        case .editNoteLine: .editNoteLine
        case .editDeleteTitle: .editDeleteTitle
        case .editDeleteQuestion: .editDeleteQuestion(activity: strings[0])
        case .editDeleteHint: .editDeleteHint
        case .reviewLoading: .reviewLoading
        case .reviewNothingToday: .reviewNothingToday(day: strings[0])
        case .reviewBackToBoard: .reviewBackToBoard
        case .reviewFinished: .reviewFinished(day: strings[0], total: count)
        case .reviewNothingHandled: .reviewNothingHandled
        case .reviewHandled: .reviewHandled(count: count, decision: strings[0])
        case .decisionLoggedContact: .decisionLoggedContact
        case .decisionScheduledNextStep: .decisionScheduledNextStep
        case .decisionAdvanced: .decisionAdvanced
        case .decisionSnoozed: .decisionSnoozed
        case .decisionParked: .decisionParked
        case .decisionMarkedLost: .decisionMarkedLost
        case .decisionSkipped: .decisionSkipped
        case .reviewAlso: .reviewAlso(reason: strings[0], others: strings[1])
        case .reviewIdleLine: .reviewIdleLine(days: count, threshold: strings[0])
        case .stallsAfter: .stallsAfter(days: count)
        case .neverStallsHere: .neverStallsHere
        case .reviewLast: .reviewLast(activity: strings[0])
        case .reviewNextLine: .reviewNextLine(activity: strings[0])
        case .reviewNoActivityDone: .reviewNoActivityDone
        case .reviewNoNextStep: .reviewNoNextStep
        case .reviewActivitiesHeading: .reviewActivitiesHeading
        case .reviewJobTitle: .reviewJobTitle(title: strings[0])
        case .reviewExpectedClose: .reviewExpectedClose(day: strings[0])
        case .reviewNoContact: .reviewNoContact
        case .reviewStillToReview: .reviewStillToReview(count: count)
        case .reviewEscPause: .reviewEscPause
        case .reviewActivityDone: .reviewActivityDone(kind: strings[0], subject: strings[1], at: strings[2])
        case .reviewActivityDue: .reviewActivityDue(kind: strings[0], subject: strings[1], due: strings[2], state: strings[3])
        case .reviewTitle: .reviewTitle(day: strings[0])
        case .reviewTitleLoading: .reviewTitleLoading
        case .choiceLogContact: .choiceLogContact
        case .choiceNextStep: .choiceNextStep
        case .choiceAdvance: .choiceAdvance
        case .choiceSnooze: .choiceSnooze
        case .choicePark: .choicePark
        case .choiceLost: .choiceLost
        case .choiceOpen: .choiceOpen
        case .choiceSkip: .choiceSkip
        case .formTitle: .formTitle
        case .formValue: .formValue
        case .formCurrency: .formCurrency
        case .formOrganization: .formOrganization
        case .formPerson: .formPerson
        case .formEmail: .formEmail
        case .formPhone: .formPhone
        case .formExpectedClose: .formExpectedClose
        case .formProbability: .formProbability
        case .formSource: .formSource
        case .formOwner: .formOwner
        case .formNotes: .formNotes
        case .formTemperature: .formTemperature
        case .formHintRequired: .formHintRequired
        case .formHintValue: .formHintValue
        case .formHintCurrency: .formHintCurrency
        case .formHintEmail: .formHintEmail
        case .formHintPhone: .formHintPhone
        case .formHintCloseDate: .formHintCloseDate
        case .formHintProbability: .formHintProbability
        case .formHintSource: .formHintSource
        case .formHintOwner: .formHintOwner
        case .formHintTemperature: .formHintTemperature
        case .formNewDeal: .formNewDeal
        case .formEditDeal: .formEditDeal(title: strings[0])
        case .formKeys: .formKeys
        case .formChangedMeanwhile: .formChangedMeanwhile(fields: strings[0])
        case .formChangedOtherDetails: .formChangedOtherDetails
        case .formChangedFieldNow: .formChangedFieldNow(field: strings[0], value: strings[1])
        case .formChangedFieldNowEmpty: .formChangedFieldNowEmpty(field: strings[0])
        case .frameMoreAbove: .frameMoreAbove
        case .frameMoreBelow: .frameMoreBelow
        case .activityOverdue: .activityOverdue
        case .activityDueToday: .activityDueToday
        case .activityUpcoming: .activityUpcoming
        case .activityNoNextStep: .activityNoNextStep
        case .detailQualification: .detailQualification
        case .detailExpectedClose: .detailExpectedClose
        case .detailLoading: .detailLoading
        case .detailJobTitle: .detailJobTitle
        case .detailInStage: .detailInStage
        case .detailDays: .detailDays(count: count)
        case .detailStageProbability: .detailStageProbability
        case .detailTabChooses: .detailTabChooses
        case .detailActivityKeys: .detailActivityKeys
        case .detailSnoozedUntil: .detailSnoozedUntil(day: strings[0])
        case .detailCancelled: .detailCancelled(activity: strings[0])
        case .answerYes: .answerYes
        case .answerNo: .answerNo
        case .answerUnknown: .answerUnknown
        case .changeCreated: .changeCreated
        case .changeMoved: .changeMoved
        case .changeWon: .changeWon
        case .changeLost: .changeLost
        case .changeReopened: .changeReopened
        case .changeParked: .changeParked
        case .changeUnparked: .changeUnparked
        case .showPipelineLine: .showPipelineLine(pipeline: strings[0], stage: strings[1], days: count)
        case .showLostStatus: .showLostStatus(reason: strings[0])
        case .showProbabilityOfStage: .showProbabilityOfStage(percent: count, weighted: strings[0])
        case .showProbabilityOwn: .showProbabilityOwn(percent: count, stagePercent: count + 1, weighted: strings[0])
        case .showSetByHand: .showSetByHand(temperature: strings[0])
        case .showQualification: .showQualification(budget: strings[0], authority: strings[1], need: strings[2], timing: strings[3])
        case .showIdleStallsAfter: .showIdleStallsAfter(days: count, stallDays: count + 1)
        case .showIdleStalled: .showIdleStalled(days: count, stallDays: count + 1)
        case .showIdleNeverStalls: .showIdleNeverStalls(days: count)
        case .showSnoozedUntil: .showSnoozedUntil(day: strings[0])
        case .showSnoozedUntilBecause: .showSnoozedUntilBecause(day: strings[0], reason: strings[1])
        case .showUndone: .showUndone(entry: strings[0])
        case .showBy: .showBy(entry: strings[0], name: strings[1])
        case .abstractFunnel: .abstractFunnel
        case .abstractBoard: .abstractBoard
        case .abstractSummary: .abstractSummary
        case .abstractAdd: .abstractAdd
        case .abstractList: .abstractList
        case .abstractShow: .abstractShow
        case .abstractMove: .abstractMove
        case .abstractWon: .abstractWon
        case .abstractLost: .abstractLost
        case .abstractReopen: .abstractReopen
        case .abstractReview: .abstractReview
        case .abstractDemo: .abstractDemo
        case .discussionFunnel: .discussionFunnel
        case .parserOverview: .parserOverview
        case .parserUsage: .parserUsage
        case .parserArguments: .parserArguments
        case .parserOptions: .parserOptions
        case .parserSubcommands: .parserSubcommands
        case .parserShowHelp: .parserShowHelp
        case .parserShowVersion: .parserShowVersion
        case .parserSeeHelp: .parserSeeHelp(command: strings[0])
        case .unknownLanguage: .unknownLanguage(value: strings[0])
        case .pipelinesTitle: .pipelinesTitle
        case .pipelineOnScreen: .pipelineOnScreen(name: strings[0])
        case .activityKept: .activityKept(kind: strings[0], subject: strings[1])
        case .activitySavedDue: .activitySavedDue(kind: strings[0], subject: strings[1], due: strings[2])
        case .activityDoneMessage: .activityDoneMessage(kind: strings[0], subject: strings[1])
        case .activityDeletedMessage: .activityDeletedMessage(kind: strings[0], subject: strings[1])
        case .terminalNotATerminal: .terminalNotATerminal
        case .terminalNoType: .terminalNoType
        case .terminalDumb: .terminalDumb
        case .terminalUnknownType: .terminalUnknownType(term: strings[0])
        case .terminalCannotStart: .terminalCannotStart(term: strings[0])
        case .qualifyTitle: .qualifyTitle(title: strings[0])
        case .qualifyBudget: .qualifyBudget
        case .qualifyAuthority: .qualifyAuthority
        case .qualifyNeed: .qualifyNeed
        case .qualifyTiming: .qualifyTiming
        case .qualifyTemperature: .qualifyTemperature(temperature: strings[0], byHand: true)
        case .windowTooSmall: .windowTooSmall(width: count, height: count + 1)
        case .chooseKindByLetter: .chooseKindByLetter(kinds: [strings[0], strings[1]])
        case .hintsLaneBreakdown: .hintsLaneBreakdown
        case .commandLaneBreakdown: .commandLaneBreakdown
        case .commandMyDeals: .commandMyDeals
        case .laneBreakdownTitle: .laneBreakdownTitle(stage: strings[0])
        case .laneBreakdownSummary: .laneBreakdownSummary(percent: count, count: count + 1)
        case .laneBreakdownCurrency: .laneBreakdownCurrency
        case .laneBreakdownDeals: .laneBreakdownDeals
        case .laneBreakdownTotal: .laneBreakdownTotal
        case .laneBreakdownWeighted: .laneBreakdownWeighted
        case .laneBreakdownStageRate: .laneBreakdownStageRate(percent: count)
        case .laneBreakdownOwnRates: .laneBreakdownOwnRates(percent: count)
        case .laneBreakdownNoDeals: .laneBreakdownNoDeals
        }
    }
}
