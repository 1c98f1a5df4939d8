import Foundation
import Pipeline

/// Everything the command line, the board and the reports ask of storage, in the domain's words.
///
/// An engine (SQLite today) implements it; nothing above this contract knows how deals are kept.
/// Every write is one transaction that keeps the domain's invariants: it happens whole or not at all,
/// and it is durable before the call returns. A change to one deal returns what the board needs to show
/// and to undo it (`Revised`), from that same transaction, so each board effect is one call.
/// Refusals are `StoreError`s or `PipelineError`s: sentences about the user's deal, stage or file.
public protocol PipelineStore: LaneSource, Sendable {
    // MARK: - Where it is

    /// Where this store keeps the pipeline, for messages.
    var location: StoreLocation { get }
    /// True when the store can only be read: every write is refused.
    var isReadOnly: Bool { get }
    /// Who this store's writes are recorded as made by (history entries, activities, the change log); nil records no name.
    var author: String? { get }
    /// Refuses a write (in a sentence) when the store cannot take one now.
    func checkWritable() throws
    /// A number that changes whenever another process commits a write, so a board can reload.
    func changeToken() throws -> Int64
    /// Lets go of the store; it must not be used afterwards.
    func close() throws
    /// Checks the stored data for damage: "ok" when sound, else what is wrong.
    func integrityCheck() throws -> String

    // MARK: - Backups

    /// Copies the whole store, consistently, to `destination`, replacing it atomically.
    func backup(to destination: String) throws
    /// Makes a new backup beside the store, named after it and `label`; never over another file. Returns the file written.
    func newBackup(label: String) throws -> String
    /// True when `path` is the store's own file (or one of its journals) under any name.
    func isOwnFile(_ path: String) -> Bool
    /// Makes today's automatic backup if there is none yet, keeping the newest seven; returns the file written.
    @discardableResult
    func dailyBackup(today: CalendarDay) throws -> String?
    /// Replaces the store's content with a checked backup file (the caller keeps a copy of the current one first), and
    /// logs one `restored` change-log entry by the store's author at `now`, so the others' boards say who restored.
    func replaceContent(withBackup source: String, now: Date) throws

    // MARK: - Pipelines and stages

    func pipelines() throws -> [Pipeline]
    /// The pipeline named (case-insensitively), or the first sales pipeline for nil.
    func pipeline(named name: String?) throws -> Pipeline
    func pipeline(id: Int64) throws -> Pipeline
    /// The Revisit pipeline every store has.
    func revisitPipeline() throws -> Pipeline
    func addPipeline(name: String, stageNames: [String], kind: Pipeline.Kind) throws -> Pipeline
    func renamePipeline(_ oldName: String, to name: String) throws
    func removePipeline(named name: String, moveDealsTo targetName: String?, stage: String?, now: Date) throws -> (removed: Pipeline, movedDeals: Int)
    func addStage(pipelineID: Int64, name: String, after: String?, probability: Int?, stallDays: Int?) throws -> Stage
    func renameStage(pipelineID: Int64, _ reference: String, to name: String) throws
    func removeStage(pipelineID: Int64, _ reference: String, moveDealsTo targetReference: String?, now: Date) throws
    func moveStage(pipelineID: Int64, _ reference: String, toPosition position: Int) throws
    func updateStage(pipelineID: Int64, _ reference: String, probability: Int?, stallDays: Int?) throws

    // MARK: - Deals

    func deal(id: Int64) throws -> Deal
    func deals(_ query: DealQuery) throws -> [Deal]
    /// The deals a query matches and every pipeline, read at one moment.
    func dealsWithPipelines(_ query: DealQuery) throws -> (deals: [Deal], pipelines: [Pipeline])
    func dealCount(_ query: DealQuery) throws -> Int
    /// A deal's history entries, oldest first.
    func history(dealID: Int64) throws -> [StageChange]
    /// The reasons deals were lost, most used first.
    func lostReasons(limit: Int) throws -> [String]
    /// Saves a new deal at the top of its lane and records its creation; undo deletes it.
    @discardableResult
    func addDeal(_ deal: Deal) throws -> Revised<Deal>
    /// Edits a deal's own fields (`edit` changes a copy; it must be pure), optionally moving it to a stage by name.
    @discardableResult
    func editDeal(id: Int64, now: Date, expectedVersion: Int?, moveTo stage: String?, _ edit: (inout Deal) throws -> Void) throws -> Revised<Deal>
    /// Moves an open deal to a stage of its pipeline; the entry is nil when it stayed in its stage.
    @discardableResult
    func moveDeal(id: Int64, toStageID stageID: Int64, now: Date, expectedVersion: Int?, lanePosition: Double?) throws -> Revised<StageChange?>
    /// Moves (or only places) an open deal into a lane at a place; the entry is nil when it stayed in its stage.
    @discardableResult
    func placeDeal(id: Int64, toStageID stageID: Int64, place: LanePlace, now: Date, expectedVersion: Int?) throws -> Revised<StageChange?>
    @discardableResult
    func markWon(id: Int64, now: Date, expectedVersion: Int?) throws -> Revised<StageChange>
    @discardableResult
    func markLost(id: Int64, reason: String, now: Date, expectedVersion: Int?) throws -> Revised<StageChange>
    @discardableResult
    func reopen(id: Int64, stage: String?, now: Date) throws -> StageChange
    func deleteDeal(id: Int64, expectedVersion: Int?) throws
    /// Takes a recorded change back: refused, nothing written, when the deal changed since. Returns it as now saved.
    @discardableResult
    func undo(_ revision: DealRevision) throws -> DealRevision
    /// Puts an undone change back; refused like `undo`.
    @discardableResult
    func redo(_ revision: DealRevision) throws -> DealRevision
    /// Takes back one history entry, restoring the deal as it was before it (the command line's undo).
    @discardableResult
    func undo(change: StageChange, restoring before: Deal, expectedVersion: Int) throws -> Deal
    @discardableResult
    func redo(change: StageChange, applying after: Deal, expectedVersion: Int) throws -> Deal

    // MARK: - The team's change log

    /// The change log's entries after the entry `id`, oldest first, at most `limit`: what was done since a
    /// board last looked, and by whom.
    func dealChanges(after id: Int64, limit: Int) throws -> [DealChange]
    /// The change log's entries for one deal that made versions after `version`, oldest first: who changed
    /// the deal since a user read it, and which fields.
    func dealChanges(dealID: Int64, afterVersion version: Int) throws -> [DealChange]
    /// The change log's entries after the entry `id`, counted by the database (how many deals, how many people)
    /// with the last entry and the last restore among them: the news of more entries than a board reads.
    func dealChangeTally(after id: Int64) throws -> DealChangeTally
    /// The id of the change log's last entry (0 while it is empty): where a board starts listening.
    func lastDealChangeID() throws -> Int64
    /// True when this store itself wrote the change-log entry (a board does not announce its own writes).
    func isOwnChange(_ change: DealChange) -> Bool
    /// A watch that tells at once when others commit (PostgreSQL's LISTEN/NOTIFY), or nil when this engine has
    /// none and a board compares `changeToken()` instead (SQLite).
    func watchChanges() throws -> (any ChangeWatch)?

    // MARK: - Activities

    func activity(id: Int64) throws -> Activity
    func activities(dealID: Int64) throws -> [Activity]
    func plannedActivities(dealID: Int64?, dueBefore: CalendarDay?, dueFrom: CalendarDay?) throws -> [Activity]
    func activities(dealIDs: [Int64], plannedOnly: Bool) throws -> [Int64: [Activity]]
    /// Saves a new activity on a deal; with a review mark, records the review decision too.
    @discardableResult
    func addActivity(_ activity: Activity, review: ReviewMark?, now: Date?) throws -> Revised<Activity>
    /// Marks a planned activity done; with `expected`, refused when it changed since.
    @discardableResult
    func completeActivity(id: Int64, now: Date, review: ReviewMark?, expected: Activity?) throws -> Revised<Activity>
    @discardableResult
    func editActivity(id: Int64, _ edit: ActivityEdit, now: Date, expected: Activity?) throws -> Revised<Activity>
    @discardableResult
    func deleteActivity(id: Int64, now: Date, expected: Activity?) throws -> Revised<Activity>
    /// Saves an `a` or review log whole: the done part, then the next step; the review mark goes with them.
    @discardableResult
    func logActivity(_ log: ActivityLog, now: Date) throws -> Revised<LoggedActivity>

    // MARK: - Follow-up and review

    // Each write here takes the version of the deal the user saw (nil: the deal as it is now, as the command
    // line acts) and is refused, nothing saved, naming who changed what when a change since touched what it rests
    // on (`StaleWrite.snoozeSets`, `parkSets`, `unparkSets`, `reviewSets`, ...).

    @discardableResult
    func snooze(dealID: Int64, until: CalendarDay?, reason: String?, now: Date, expectedVersion: Int?, review: ReviewMark?) throws -> Revised<Deal>
    @discardableResult
    func park(dealID: Int64, until: CalendarDay?, stage: String?, now: Date, expectedVersion: Int?, review: ReviewMark?) throws -> Revised<StageChange>
    @discardableResult
    func unpark(dealID: Int64, stage: String?, now: Date, expectedVersion: Int?) throws -> Revised<StageChange>
    func stalledDeals(pipelineID: Int64?, now: Date, timeZone: TimeZone) throws -> [Deal]
    func stalledSummaries(pipelineID: Int64, text: String?, now: Date, timeZone: TimeZone) throws -> [StageSummary]
    /// How many open deals of each stage are stalled now, by stage id; only `mine`'s deals (`Salesperson.owns`) when given.
    func stalledCounts(pipelineID: Int64, mine: Salesperson?, now: Date, timeZone: TimeZone) throws -> [Int64: Int]
    /// Today's review; only of `mine`'s deals (`Salesperson.owns`) when given, the decisions counted likewise.
    func reviewQueue(now: Date, timeZone: TimeZone, mine: Salesperson?) throws -> ReviewQueue
    @discardableResult
    func skipReviewItem(dealID: Int64, mark: ReviewMark, now: Date, expectedVersion: Int?) throws -> DealRevision
    @discardableResult
    func advanceFromReview(dealID: Int64, mark: ReviewMark, now: Date, expectedVersion: Int?) throws -> Revised<StageChange>
    @discardableResult
    func markLostFromReview(dealID: Int64, reason: String, mark: ReviewMark, now: Date, expectedVersion: Int?) throws -> Revised<StageChange>
    func salesCycle() throws -> SalesCycle
    func parkAfterDays() throws -> Int
    func setParkAfterDays(_ days: Int) throws

    // MARK: - Lanes and figures

    /// True when the open deals of a pipeline have more than one owner (cards then show owners' initials).
    func hasSeveralOwners(pipelineID: Int64) throws -> Bool

    /// Each stage's open deals: count and totals per currency (the lane headers).
    func stageSummaries(pipelineID: Int64, text: String?) throws -> [StageSummary]
    /// The lane totals of these stages, as kept by the store (whatever the number of deals).
    func stageTotals(stageIDs: [Int64]) throws -> [StageSummary]
    /// The board's lanes under a `/` filter and/or the `o` scope, at one moment: the matches' totals per stage
    /// of `summariesOf` (none when nil) and the pages asked for. `text` may be empty when `mine` is given: then
    /// every deal of `mine` (`Salesperson.owns`: theirs and the unowned) matches. Read through an index of
    /// owners, so the cost follows `mine`'s deals, not the pipeline's.
    func filteredLanes(
        pipelineID: Int64?, text: String, mine: Salesperson?, stalledAt: StallCheck?, summariesOf: Int64?, pages: [LanePageRequest]
    ) throws -> FilteredLaneCards
    func report(_ filter: ReportFilter, today: CalendarDay) throws -> PipelineReport
    func planInputs(_ filter: ReportFilter, currency: Currency) throws
        -> (pipeline: Pipeline, stages: [StageConversion], dealsNow: [Int64: Int], averageWonValue: Money?)

    // MARK: - Whole pipelines in and out

    func archive(_ query: DealQuery) throws -> PipelineArchive
    /// Restores an archive into an empty store, in one transaction.
    func restore(_ archive: PipelineArchive) throws
    func importDeals(
        _ imports: [DealImport], newStages: [(pipelineID: Int64, name: String)], dryRun: Bool,
        overwrite: Bool, run: ImportRun?, allowDuplicates: Bool, progress: ((Int) -> Void)?
    ) throws -> ImportOutcome
    /// Loads a generated demo pipeline; returns how many deals it holds. With `intoEmptyOnly`, a store that
    /// already holds deals is refused (`PipelineError.refused`, naming how many) by a check made in the load's
    /// own transaction, under the engine's write lock, so two demos started at once never both load.
    func insertDemo(_ demo: DemoPipeline, intoEmptyOnly: Bool, progress: ((Int) -> Void)?) throws -> Int
}
