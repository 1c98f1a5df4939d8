import Foundation

extension StaleWrite {
    /// How many of a deal's latest change-log entries an engine reads for `activity`.
    public static let activityLogDepth = 200

    /// Who changed an activity since the user saw it, for the refusal of their write to it: the latest entry of
    /// the deal's change log (`log`, oldest first) that could have made the activity `seen` into `current`; nil
    /// when none could (older data), and the refusal then says only that the activity changed.
    ///
    /// The log names the activity by its subject, so a change to it is an activity change naming its subject as
    /// seen or as it is now; a change of its cancelled state is the deal's close or reopening; an undo or redo
    /// can change any activity. Another activity of the deal with the same subject cannot be told apart.
    public static func activity(seen: Activity, current: Activity, log: [DealChange]) -> StaleWrite? {
        let subjects: Set<String> = [seen.subject, current.subject]
        let cancelledChanged = seen.isCancelled != current.isCancelled
        let named = log.last { change in
            switch change.kind {
            case .activityChanged: !cancelledChanged && change.activitySubject.map(subjects.contains) == true
            case .won, .lost, .reopened: cancelledChanged
            case .undone, .redone: true
            default: false
            }
        }
        return named.map { StaleWrite(dealID: seen.dealID, change: $0) }
    }
}
