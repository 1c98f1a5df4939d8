import Foundation

/// One saved change to a deal as the team sees it: who made it, when, what it did, which fields it changed
/// and the deal's version after it.
///
/// Every recorded write appends one to the store's change log in its own transaction. The log is how a
/// board names who changed what ("Li Wei moved 'Acme renewal' to Contact"), how a stale write is refused
/// with who changed the deal meanwhile, and how a write that names other fields than the changes since
/// its version is let through.
public struct DealChange: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var dealID: Int64
    /// The deal's version after the change; a deletion keeps the last version the deal had.
    public var version: Int
    /// Who made it (the name the store was opened with); nil when no name was given.
    public var by: String?
    public var at: Date
    public var kind: Kind
    /// The deal's title after the change (before it, for a deletion).
    public var title: String
    /// The stage the deal went to, for a change of stage or status.
    public var stageName: String?
    /// The activity's subject, for a change to an activity.
    public var activitySubject: String?
    /// The deal's own fields the change set; empty when it only touched activities.
    public var fields: Set<DealPart>

    /// What the change did.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case created
        case edited
        case moved
        case won
        case lost
        case reopened
        case parked
        case unparked
        case activityLogged
        case activityPlanned
        case activityChanged
        case deleted
        case undone
        case redone
        /// The whole pipeline was replaced by a backup (`funnel restore`): an entry of no deal (deal id 0, version 0).
        case restored
    }

    public init(
        id: Int64 = 0, dealID: Int64, version: Int, by: String?, at: Date, kind: Kind, title: String,
        stageName: String? = nil, activitySubject: String? = nil, fields: Set<DealPart> = []
    ) {
        self.id = id
        self.dealID = dealID
        self.version = version
        self.by = by
        self.at = at
        self.kind = kind
        self.title = title
        self.stageName = stageName
        self.activitySubject = activitySubject
        self.fields = fields
    }

    /// The log entry of one recorded write, or nil when the write changed neither the deal nor its
    /// activities (a review decision alone). `restoring` says the write was an undo or a redo.
    ///
    /// Its moment is the write's own (its history entry, the deal's new update time, the activity's), so a
    /// write given a moment is logged at it; `clock` is used when the write carries none (a deletion).
    public static func of(
        _ revision: DealRevision, by: String?, clock: Date, restoring: Kind? = nil
    ) -> DealChange? {
        let at = restoring == nil ? moment(of: revision) ?? clock : clock
        guard let shown = revision.after ?? revision.before else { return nil }
        let fields: Set<DealPart>
        switch (revision.before, revision.after) {
        case (let before?, let after?): fields = DealPart.changed(from: before, to: after)
        case (nil, _?), (_?, nil): fields = Set(DealPart.allCases)
        case (nil, nil): fields = []
        }
        if fields.isEmpty, revision.history.isEmpty, revision.activities.isEmpty, revision.before?.version == revision.after?.version {
            return nil
        }
        var change = DealChange(
            dealID: revision.dealID, version: shown.version, by: by, at: at, kind: .edited, title: shown.title,
            fields: fields)
        if let restoring {
            change.kind = restoring
        } else if revision.before == nil {
            change.kind = .created
        } else if revision.after == nil {
            change.kind = .deleted
        } else if let entry = revision.history.last {
            change.kind = Self.kind(of: entry.kind)
        } else if fields.isEmpty, let activity = revision.activities.first(where: { $0.before == nil && $0.after?.isDone == true })
                    ?? revision.activities.first {
            change.kind = activity.before == nil ? (activity.after?.isDone == true ? .activityLogged : .activityPlanned)
                : .activityChanged
            change.activitySubject = (activity.after ?? activity.before)?.subject
        }
        change.stageName = revision.history.last?.toStageName
        return change
    }

    /// The log entry of an undo (or redo) of `revision`, which left the deal as `now` (nil: deleted).
    public static func ofRestoring(
        _ revision: DealRevision, undoing: Bool, now: Deal?, by: String?, clock: Date
    ) -> DealChange? {
        let taken = DealRevision(
            dealID: revision.dealID, before: undoing ? revision.after : revision.before, after: now, activities: revision.activities)
        var change = of(taken, by: by, clock: clock, restoring: undoing ? .undone : .redone)
        // Where a move taken back or made again leaves the deal, for the team's news ("moved it to Contact").
        if let entry = revision.history.last, change?.fields.contains(.stage) == true {
            change?.stageName = undoing ? entry.fromStageName : entry.toStageName
        }
        return change
    }

    /// The moment a write carries, if any.
    static func moment(of revision: DealRevision) -> Date? {
        if let entry = revision.history.last { return entry.at }
        if let after = revision.after, after.updatedAt != revision.before?.updatedAt { return after.updatedAt }
        let activityMoments = revision.activities.compactMap { change -> Date? in
            guard let after = change.after else { return nil }
            return [after.doneAt, after.cancelledAt, change.before == nil ? after.createdAt : nil].compactMap { $0 }.max()
        }
        return activityMoments.max()
    }

    /// The log's kind for a history entry's kind.
    static func kind(of entry: StageChange.Kind) -> Kind {
        switch entry {
        case .created: .created
        case .moved: .moved
        case .won: .won
        case .lost: .lost
        case .reopened: .reopened
        case .parked: .parked
        case .unparked: .unparked
        }
    }
}
