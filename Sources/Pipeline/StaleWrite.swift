import Foundation

/// Why a write made from an older version of a deal was refused: the change someone else made meanwhile
/// that it would overwrite, and how many other changes were made since the version the user saw.
///
/// The one rule for writes from a version other than the deal's current one lives here (`check`): a write
/// that sets fields F from version v goes through when every change after v set fields apart from F; it
/// is then applied to the deal as it is now, changing only F. Both engines ask it inside the write's
/// transaction, with the change log's entries after v.
public struct StaleWrite: Hashable, Sendable {
    public var dealID: Int64
    /// The latest change after the version the user saw that set a field the write sets too; nil when the
    /// change log cannot tell (older data with no entries for those versions).
    public var change: DealChange?
    /// How many changes other than `change` were made since the version the user saw.
    public var moreChanges: Int
    /// Set when the refused write was an undo or a redo: the change it would have taken back or made again.
    public var restoring: Restoring?

    /// An undo or a redo of the change to the deal titled `title`.
    public enum Restoring: Hashable, Sendable {
        case undo(title: String)
        case redo(title: String)
    }

    public init(dealID: Int64, change: DealChange?, moreChanges: Int = 0, restoring: Restoring? = nil) {
        self.dealID = dealID
        self.change = change
        self.moreChanges = moreChanges
        self.restoring = restoring
    }

    /// Why an undo or redo of the change that left the deal at version `seen` was refused: the change that stands
    /// in its way, and how many others were made since; nil when the log holds none after `seen` (older data), and
    /// the refusal cannot name anyone.
    ///
    /// `log` holds the deal's change-log entries from version `seen` on, oldest first: the entry at `seen` is the
    /// change being taken back or made again and says which fields it would restore (every field when the log
    /// has no entry for it). A change is the user's own when `isOwn` says so (the store that asks wrote it) or it
    /// carries the name `author` the undo is made under. The change named is the newest after `seen` made by
    /// someone else to one of the fields the undo restores; else someone else's newest (the user could take back
    /// their own changes, not theirs); else the newest of the user's own to those fields that is not an undo or a
    /// redo (which only put back what was there); else the newest. Both engines ask it inside the refused write's
    /// transaction.
    public static func restoring(
        _ restoring: Restoring, dealID: Int64, seen: Int, log: [DealChange], author: String?,
        isOwn: (DealChange) -> Bool = { _ in false }
    ) -> StaleWrite? {
        let since = log.filter { $0.version > seen }
        guard let latest = since.last else { return nil }
        let restored = log.last { $0.version == seen }?.fields ?? Set(DealPart.allCases)
        func inTheWay(_ change: DealChange) -> Bool { !change.fields.isDisjoint(with: restored) }
        func someoneElses(_ change: DealChange) -> Bool { !isOwn(change) && (author == nil || change.by != author) }
        func restores(_ change: DealChange) -> Bool { change.kind == .undone || change.kind == .redone }
        let named = since.last { someoneElses($0) && inTheWay($0) }
            ?? since.last(where: someoneElses)
            ?? since.last { !restores($0) && inTheWay($0) }
            ?? latest
        return StaleWrite(dealID: dealID, change: named, moreChanges: since.count - 1, restoring: restoring)
    }

    /// What a move or a new place in a lane sets: the stage as well as the place, even within the lane, since
    /// the user chose it from the stage they saw; a deal someone else moved meanwhile is a refusal, not a guess.
    public static let moveSets: Set<DealPart> = [.stage, .position]
    /// What won and lost set: the status (and lost reason) alone, so a deal moved or edited meanwhile can still
    /// be closed, and one closed meanwhile cannot be closed again.
    public static let closeSets: Set<DealPart> = [.status]
    /// What a deletion sets: everything, so any change since stops it.
    public static let deletionSets = Set(DealPart.allCases)
    /// What a snooze rests on and sets: the snooze day, and the stage and status the user snoozed it in (a snooze
    /// quiets that stage's stall clock), so a deal moved, parked or closed meanwhile is a refusal, while an edit of
    /// its other fields lets the snooze land.
    public static let snoozeSets: Set<DealPart> = [.snooze, .stage, .status]
    /// What parking sets: the pipeline and stage, the place, the revisit day and the snooze it clears; and the
    /// status it needs open.
    public static let parkSets: Set<DealPart> = [.stage, .position, .status, .snooze, .revisit]
    /// What bringing a parked deal back sets: the stage, the place and the revisit day; and the status it needs open.
    public static let unparkSets: Set<DealPart> = [.stage, .position, .status, .revisit]
    /// What a review decision rests on: the deal's stage and status and the days that put it in the review or keep
    /// it out (snooze, revisit). A skip sets no field of the deal, but it hides the deal for the day at its new
    /// version, so one moved, closed, snoozed or parked since the user saw it is a refusal, not a silent skip.
    public static let reviewSets: Set<DealPart> = [.stage, .status, .snooze, .revisit]
    /// What the review's "advance" rests on and sets: the review's fields and the move's.
    public static let advanceFromReviewSets = reviewSets.union(moveSets)
    /// What the review's "lost" rests on and sets: the review's fields (the status among them). Unlike `markLost`,
    /// a deal moved since is a refusal: the user judged it lost in the stage the review showed.
    public static let lostFromReviewSets = reviewSets.union(closeSets)

    /// Nil when a write setting `fields`, made from the version `seen` of a deal now at version `current`,
    /// may go through; else why not.
    ///
    /// `since` holds the change log's entries for the deal after `seen`, oldest first. The write goes through
    /// when the versions match, or when the entries account for every version up to `current` and none of
    /// them set a field in `fields`. A deletion or creation sets every field, so it always stops the write;
    /// a change to activities alone sets none. When the entries do not reach `current` (versions made
    /// before the change log, or by a write that logs nothing) the write is refused: nothing is ever
    /// overwritten on a guess.
    public static func check(dealID: Int64, seen: Int, current: Int, writing fields: Set<DealPart>, since: [DealChange]) -> StaleWrite? {
        guard seen != current else { return nil }
        let changes = since.filter { $0.version > seen }
        let overlapping = changes.last { !$0.fields.isDisjoint(with: fields) }
        let accounted = (changes.map(\.version).max() ?? seen) >= current
        if overlapping == nil, accounted, seen < current { return nil }
        let named = overlapping ?? changes.last
        return StaleWrite(dealID: dealID, change: named, moreChanges: max(0, changes.count - (named == nil ? 0 : 1)))
    }
}
