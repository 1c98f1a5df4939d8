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
