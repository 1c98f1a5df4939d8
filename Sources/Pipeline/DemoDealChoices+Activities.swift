extension DemoDealChoices {
    /// One drawn activity of a demo deal: done (a call, e-mail or meeting in its history) or its planned next step.
    public struct ActivityChoice: Hashable, Sendable {
        /// Position in `DemoTexts.activitySubjects`, which gives its kind and subject.
        public var subject: Int
        /// Seconds since 1970 at which it was done; nil for the planned next step.
        public var doneAt: Int64?
        /// The day the next step is due, in days since 1970-01-01 on the user's clock; nil for a done one.
        public var dueDay: Int?
        /// Seconds since 1970 at which it was written down.
        public var createdAt: Int64
    }

    /// Seconds since 1970 of its latest done activity (all demo activities reach the customer, so
    /// also its last contact): what the deal's `last_done_at` and `last_contact_at` hold.
    public var lastDoneAt: Int64? {
        activities.lazy.compactMap(\.doneAt).max()
    }

    /// The due day of its planned next step, when it has one: what the deal's `next_due` holds.
    public var nextDueDay: Int? {
        activities.lazy.compactMap(\.dueDay).min()
    }
}
