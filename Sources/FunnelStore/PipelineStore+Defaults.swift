import Foundation
import Pipeline

/// The contract's calls with their usual arguments left out: no version check, no review mark, no progress.
extension PipelineStore {
    /// A store that keeps no note of its own change-log entries calls none its own.
    public func isOwnChange(_ change: DealChange) -> Bool { false }
    /// No watch: a board compares `changeToken()`.
    public func watchChanges() throws -> (any ChangeWatch)? { nil }

    public func lostReasons() throws -> [String] { try lostReasons(limit: 20) }

    /// Everyone's stalled deals per stage.
    public func stalledCounts(pipelineID: Int64, now: Date, timeZone: TimeZone) throws -> [Int64: Int] {
        try stalledCounts(pipelineID: pipelineID, mine: nil, now: now, timeZone: timeZone)
    }

    /// Today's review of everyone's deals.
    public func reviewQueue(now: Date, timeZone: TimeZone) throws -> ReviewQueue {
        try reviewQueue(now: now, timeZone: timeZone, mine: nil)
    }

    /// The board's lanes under a `/` filter over everyone's deals.
    public func filteredLanes(
        pipelineID: Int64?, text: String, stalledAt: StallCheck?, summariesOf: Int64?, pages: [LanePageRequest]
    ) throws -> FilteredLaneCards {
        try filteredLanes(pipelineID: pipelineID, text: text, mine: nil, stalledAt: stalledAt, summariesOf: summariesOf, pages: pages)
    }

    public func addPipeline(name: String, stageNames: [String]) throws -> Pipeline {
        try addPipeline(name: name, stageNames: stageNames, kind: .sales)
    }

    @discardableResult
    public func editDeal(
        id: Int64, now: Date, expectedVersion: Int? = nil, _ edit: (inout Deal) throws -> Void
    ) throws -> Revised<Deal> {
        try editDeal(id: id, now: now, expectedVersion: expectedVersion, moveTo: nil, edit)
    }

    @discardableResult
    public func moveDeal(id: Int64, toStageID stageID: Int64, now: Date, expectedVersion: Int? = nil) throws -> Revised<StageChange?> {
        try moveDeal(id: id, toStageID: stageID, now: now, expectedVersion: expectedVersion, lanePosition: nil)
    }

    @discardableResult
    public func placeDeal(id: Int64, toStageID stageID: Int64, place: LanePlace, now: Date) throws -> Revised<StageChange?> {
        try placeDeal(id: id, toStageID: stageID, place: place, now: now, expectedVersion: nil)
    }

    @discardableResult
    public func markWon(id: Int64, now: Date) throws -> Revised<StageChange> {
        try markWon(id: id, now: now, expectedVersion: nil)
    }

    @discardableResult
    public func markLost(id: Int64, reason: String, now: Date) throws -> Revised<StageChange> {
        try markLost(id: id, reason: reason, now: now, expectedVersion: nil)
    }

    public func deleteDeal(id: Int64) throws { try deleteDeal(id: id, expectedVersion: nil) }

    public func plannedActivities(dealID: Int64? = nil, dueBefore: CalendarDay? = nil) throws -> [Activity] {
        try plannedActivities(dealID: dealID, dueBefore: dueBefore, dueFrom: nil)
    }

    public func activities(dealIDs: [Int64]) throws -> [Int64: [Activity]] {
        try activities(dealIDs: dealIDs, plannedOnly: false)
    }

    @discardableResult
    public func addActivity(_ activity: Activity, review: ReviewMark? = nil) throws -> Revised<Activity> {
        try addActivity(activity, review: review, now: nil)
    }

    @discardableResult
    public func completeActivity(id: Int64, now: Date, expected: Activity? = nil) throws -> Revised<Activity> {
        try completeActivity(id: id, now: now, review: nil, expected: expected)
    }

    @discardableResult
    public func editActivity(id: Int64, _ edit: ActivityEdit, now: Date) throws -> Revised<Activity> {
        try editActivity(id: id, edit, now: now, expected: nil)
    }

    @discardableResult
    public func deleteActivity(id: Int64, now: Date) throws -> Revised<Activity> {
        try deleteActivity(id: id, now: now, expected: nil)
    }

    @discardableResult
    public func snooze(dealID: Int64, until: CalendarDay?, reason: String?, now: Date, review: ReviewMark? = nil) throws -> Revised<Deal> {
        try snooze(dealID: dealID, until: until, reason: reason, now: now, expectedVersion: nil, review: review)
    }

    @discardableResult
    public func park(dealID: Int64, until: CalendarDay?, stage: String? = nil, now: Date, review: ReviewMark? = nil) throws -> Revised<StageChange> {
        try park(dealID: dealID, until: until, stage: stage, now: now, expectedVersion: nil, review: review)
    }

    @discardableResult
    public func unpark(dealID: Int64, stage: String?, now: Date) throws -> Revised<StageChange> {
        try unpark(dealID: dealID, stage: stage, now: now, expectedVersion: nil)
    }

    @discardableResult
    public func skipReviewItem(dealID: Int64, mark: ReviewMark, now: Date) throws -> DealRevision {
        try skipReviewItem(dealID: dealID, mark: mark, now: now, expectedVersion: nil)
    }

    @discardableResult
    public func advanceFromReview(dealID: Int64, mark: ReviewMark, now: Date) throws -> Revised<StageChange> {
        try advanceFromReview(dealID: dealID, mark: mark, now: now, expectedVersion: nil)
    }

    @discardableResult
    public func markLostFromReview(dealID: Int64, reason: String, mark: ReviewMark, now: Date) throws -> Revised<StageChange> {
        try markLostFromReview(dealID: dealID, reason: reason, mark: mark, now: now, expectedVersion: nil)
    }

    public func stalledDeals(now: Date, timeZone: TimeZone) throws -> [Deal] {
        try stalledDeals(pipelineID: nil, now: now, timeZone: timeZone)
    }

    public func stageSummaries(pipelineID: Int64) throws -> [StageSummary] {
        try stageSummaries(pipelineID: pipelineID, text: nil)
    }

    public func importDeals(
        _ imports: [DealImport], newStages: [(pipelineID: Int64, name: String)], dryRun: Bool,
        overwrite: Bool = false, run: ImportRun? = nil, allowDuplicates: Bool = false
    ) throws -> ImportOutcome {
        try importDeals(
            imports, newStages: newStages, dryRun: dryRun, overwrite: overwrite, run: run, allowDuplicates: allowDuplicates,
            progress: nil)
    }

    public func insertDemo(_ demo: DemoPipeline) throws -> Int { try insertDemo(demo, intoEmptyOnly: false, progress: nil) }

    public func insertDemo(_ demo: DemoPipeline, progress: ((Int) -> Void)?) throws -> Int {
        try insertDemo(demo, intoEmptyOnly: false, progress: progress)
    }
}
