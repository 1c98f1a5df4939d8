import Pipeline

/// Work the reducer asks the runtime to do, as plain data a test can compare.
///
/// The runtime performs each effect through the store (every change in its own transaction)
/// and feeds the result back as a `BoardAction`.
public enum BoardEffect: Sendable, Hashable {
    /// Load pipelines, lane totals and a page of each lane; answered by `boardLoaded`.
    case loadBoard(BoardLoad)
    /// Load another page of one lane; answered by `lanePageLoaded`.
    case loadLane(LaneRequest, filter: String)
    /// Reload some lanes only (their totals and pages), after a change that touched only them; answered by `lanesLoaded`.
    case loadLanes(LanesLoad)
    /// Save a move (or a new place in the same lane); answered by `changeSaved` or `changeFailed`.
    case saveMove(DealMove)
    case markWon(dealID: Int64, expectedVersion: Int)
    case markLost(dealID: Int64, reason: String, expectedVersion: Int)
    case undo(UndoEntry)
    case redo(UndoEntry)
    case createDeal(DealFormDraft, pipelineID: Int64, stageID: Int64)
    /// Save the edit form: `shown` is the deal the form was filled from (its version is the one the user saw);
    /// only the fields the draft changes from it are written, onto the deal as it is now.
    case editDeal(shown: Deal, DealFormDraft)
    /// Load a deal's history for the detail pane; answered by `detailLoaded`.
    case loadDetail(dealID: Int64)
    /// Load the lost reasons used before; answered by `lostReasonsLoaded`.
    case loadLostReasons
    /// Save an activity (done and/or planned); answered by `changeSaved` or `changeFailed`.
    case logActivity(ActivityLog)
    /// Reschedule or edit an activity from the detail pane; `expected` is the activity as shown, so a
    /// change made elsewhere since is refused. Answered by `changeSaved` or `changeFailed`.
    case editActivity(ActivityEdit, expected: Activity)
    /// Mark a planned activity done now, the same way.
    case completeActivity(expected: Activity)
    /// Delete an activity (undone like any change), the same way.
    case deleteActivity(expected: Activity)
    /// Snooze an open deal until a day (nil ends the snooze); `expectedVersion` is the version of the deal the
    /// user saw (the card, the detail pane or the review's item), as for every write below.
    case snooze(dealID: Int64, until: CalendarDay?, expectedVersion: Int, review: ReviewMark?)
    /// Park an open deal in the Revisit pipeline, with an optional revisit day.
    case park(dealID: Int64, until: CalendarDay?, expectedVersion: Int, review: ReviewMark?)
    /// Bring a parked deal back to the sales stage it was parked from.
    case unpark(dealID: Int64, expectedVersion: Int)
    /// Save the qualifying answers; a nil temperature follows them.
    case qualify(dealID: Int64, Qualification, temperatureByHand: Temperature?, expectedVersion: Int)
    /// Load today's review, of `mine`'s deals when given (the board's `o` scope); answered by `reviewLoaded`.
    case loadReview(mine: Salesperson?)
    /// Review decisions that are not an activity, a snooze or a park.
    case advanceFromReview(dealID: Int64, ReviewMark, expectedVersion: Int)
    case markLostFromReview(dealID: Int64, reason: String, ReviewMark, expectedVersion: Int)
    case skipReviewItem(dealID: Int64, ReviewMark, expectedVersion: Int)
    /// Compute the pipeline's insights; answered by `reportLoaded` (or `loadFailed`).
    case loadReport(pipelineID: Int64)
    /// Plan a revenue goal against the pipeline's history; answered by `planMade` or `planRefused`.
    case planGoal(pipelineID: Int64, goal: Money)
    /// Read the change log after entry `after`, without the board's own entries; answered by `othersChangesLoaded`.
    case loadOthersChanges(after: Int64)
    /// Restore the terminal and exit.
    case quit
}

extension BoardEffect {
    /// True for a change to one deal the user saw (a move, won, lost, an edit, a qualification, a snooze, a park,
    /// a review decision): refused when someone changed that deal since, and answered with the deal as it is now.
    public var writesOneDeal: Bool {
        switch self {
        case .saveMove, .markWon, .markLost, .editDeal, .qualify, .snooze, .park, .unpark, .advanceFromReview,
             .markLostFromReview, .skipReviewItem: true
        default: false
        }
    }
}
