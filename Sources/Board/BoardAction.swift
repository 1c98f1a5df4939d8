import Foundation
import Pipeline

/// Something that happened to the board: a key, a click, a resize, or a result coming back from the store.
///
/// Named after what happened, not what the board will do about it; the reducer decides that.
public enum BoardAction: Sendable, Hashable {
    // MARK: Input
    case keyPressed(Key)
    case windowResized(width: Int, height: Int)
    case mouseClicked(x: Int, y: Int)
    case wheelScrolled(x: Int, y: Int, down: Bool)

    // MARK: What a key or click meant
    case cardPickedUp
    /// The carried card went one lane left (-1) or right (+1).
    case cardCarriedAcross(Int)
    /// The carried card went one place up (-1) or down (+1).
    case cardCarriedAlong(Int)
    case dealDropped
    case carryCancelled

    // MARK: Results from the store
    case boardLoaded(BoardContent)
    case lanePageLoaded(LanePage)
    case lanesLoaded(LanesContent)
    case changeSaved(SavedChange)
    case undoSaved(UndoEntry)
    case redoSaved(UndoEntry)
    /// A change was refused or failed; the text says why and nothing was saved.
    case changeFailed(String)
    /// A form's save was refused because the deal changed elsewhere since the form opened; the deal as it is
    /// now, and the refusal in words (who changed what, and when).
    case editRefused(changedMeanwhile: Deal, reason: String)
    /// A change to a deal was refused because someone changed it since it was shown: the refusal in words
    /// (who changed what, and when) and the deal as it is now (nil when it was deleted).
    case staleWriteRefused(reason: String, current: Deal?)
    /// A load failed; the text says why.
    case loadFailed(String)
    case detailLoaded(Deal, [StageChange])
    /// The activities of the deal in the detail pane (planned by due date, then done).
    case detailActivitiesLoaded(dealID: Int64, [Activity])
    case lostReasonsLoaded([String])
    /// Today's review and the activities of its first deal.
    case reviewLoaded(ReviewQueue, activities: [Activity])
    case reportLoaded(PipelineReport)
    case planMade(RevenuePlan)
    /// The goal could not be planned; the text says why.
    case planRefused(String)
    /// Another process wrote to the database.
    case storeChangedElsewhere(now: Date)
    /// The database server cannot be reached (the shared pipeline on PostgreSQL): the board keeps what it shows,
    /// says so in the status bar, and its writes are refused until the server is back.
    case storeUnreachable
    /// The server is back: everything is read again.
    case storeReachedAgain(now: Date)
    /// The change-log entries others made after the last one the board saw (its own left out), and the id of the
    /// last entry read: the message line says who did what.
    case othersChangesLoaded([DealChange], lastID: Int64)
    /// More change-log entries than a board reads at once, counted by the store: the message line says how many
    /// deals and people, naming the latest.
    case othersChangesCounted(DealChangeTally)
}
