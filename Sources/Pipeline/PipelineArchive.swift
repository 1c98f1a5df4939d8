import Foundation

/// Everything a database holds, or the part of it an export chose: pipelines with their stages,
/// deals (with their snoozes, revisit days and qualification), their stage history, their
/// activities, the daily review's progress, where imported deals came from, and the database's
/// settings. Restored exactly by `restore`.
///
/// A deal's last-activity, last-contact and next-due columns are not carried: `restore`
/// computes them from the activities, as every activity write does.
public struct PipelineArchive: Sendable, Equatable {
    /// Where an imported deal came from.
    public struct ImportLink: Sendable, Hashable {
        public var dealID: Int64
        public var source: String
        public var externalID: String

        public init(dealID: Int64, source: String, externalID: String) {
            self.dealID = dealID
            self.source = source
            self.externalID = externalID
        }
    }

    /// One deal's decision in one day's review.
    public struct ReviewEntry: Sendable, Hashable {
        public var day: CalendarDay
        public var dealID: Int64
        public var reason: ReviewReason
        public var decision: ReviewDecision
        /// The deal's version right after the decision: a later change brings the deal back that day.
        public var dealVersion: Int
        public var at: Date

        public init(day: CalendarDay, dealID: Int64, reason: ReviewReason, decision: ReviewDecision, dealVersion: Int, at: Date) {
            self.day = day
            self.dealID = dealID
            self.reason = reason
            self.decision = decision
            self.dealVersion = dealVersion
            self.at = at
        }
    }

    /// In pipeline order, each with its stages in order.
    public var pipelines: [Pipeline]
    public var deals: [Deal]
    /// History entries with the stage names stored when they happened, oldest first per deal.
    public var history: [StageChange]
    public var importLinks: [ImportLink]
    /// Done and planned, by id.
    public var activities: [Activity]
    /// By day, then in the order the decisions were taken.
    public var reviewProgress: [ReviewEntry]
    /// The database's settings (`funnel settings`), by key: `park_after_days`.
    public var settings: [(key: String, value: String)]

    public init(
        pipelines: [Pipeline], deals: [Deal], history: [StageChange], importLinks: [ImportLink],
        activities: [Activity] = [], reviewProgress: [ReviewEntry] = [], settings: [(key: String, value: String)] = []
    ) {
        self.pipelines = pipelines
        self.deals = deals
        self.history = history
        self.importLinks = importLinks
        self.activities = activities
        self.reviewProgress = reviewProgress
        self.settings = settings
    }

    public static func == (lhs: PipelineArchive, rhs: PipelineArchive) -> Bool {
        lhs.pipelines == rhs.pipelines && lhs.deals == rhs.deals && lhs.history == rhs.history
            && lhs.importLinks == rhs.importLinks && lhs.activities == rhs.activities
            && lhs.reviewProgress == rhs.reviewProgress
            && lhs.settings.map(\.key) == rhs.settings.map(\.key) && lhs.settings.map(\.value) == rhs.settings.map(\.value)
    }
}
