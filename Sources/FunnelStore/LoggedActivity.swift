import Foundation
import Pipeline

/// What logging an activity saved (`PipelineStore.logActivity`): the activity marked or logged done, and the next step planned.
public struct LoggedActivity: Sendable, Hashable {
    /// The activity marked done (`completeID`) or logged as done, if the log had one.
    public var done: Activity?
    /// True when `done` was a planned activity marked done rather than one logged as done.
    public var completedPlanned: Bool
    /// The next step planned, if the log had one.
    public var next: Activity?

    public init(done: Activity?, completedPlanned: Bool, next: Activity?) {
        self.done = done
        self.completedPlanned = completedPlanned
        self.next = next
    }
}

extension LoggedActivity {
    /// Saves `log`'s parts through `store`'s own writes: the done part (a planned activity marked done, or one
    /// logged as done), then the next step; the review mark goes with the last write.
    ///
    /// An engine's `logActivity` runs this inside the one transaction that records the whole.
    public static func saving(_ log: ActivityLog, now: Date, in store: some PipelineStore) throws -> LoggedActivity {
        let lastWrite = log.next != nil ? 2 : 1
        var done: Activity?
        if let completeID = log.completeID {
            done = try store.completeActivity(id: completeID, now: now, review: lastWrite == 1 ? log.review : nil, expected: nil).value
        } else if var logged = log.done {
            logged.doneAt = now
            logged.createdAt = now
            done = try store.addActivity(logged, review: lastWrite == 1 ? log.review : nil, now: now).value
        }
        var next: Activity?
        if var planned = log.next {
            planned.createdAt = now
            next = try store.addActivity(planned, review: log.review, now: now).value
        }
        return LoggedActivity(done: done, completedPlanned: log.completeID != nil, next: next)
    }
}
