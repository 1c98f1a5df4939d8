import Foundation
import FunnelStore
import Pipeline

/// A store that forwards every call of the contract to another one and notes each call's name, so a
/// test can count the calls a board effect makes.
final class CallNotingStore: PipelineStore, @unchecked Sendable {
    let base: any PipelineStore
    private let lock = NSLock()
    private var noted: [String] = []

    init(_ base: any PipelineStore) {
        self.base = base
    }

    /// The calls made since the last `takeCalls()`, in order; forgets them.
    func takeCalls() -> [String] {
        lock.withLock {
            defer { noted = [] }
            return noted
        }
    }

    private func note(_ call: String) {
        lock.withLock { noted.append(call) }
    }

    // MARK: - LaneSource

    func lanePage(stageID: Int64, pivot: LaneKey?, skip: Int, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int) {
        note("lanePage")
        return try base.lanePage(stageID: stageID, pivot: pivot, skip: skip, limit: limit, stalledAt: stalledAt)
    }

    func lastLanePage(stageID: Int64, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int) {
        note("lastLanePage")
        return try base.lastLanePage(stageID: stageID, limit: limit, stalledAt: stalledAt)
    }

    func laneKey(dealID: Int64, stageID: Int64) throws -> LaneKey? {
        note("laneKey")
        return try base.laneKey(dealID: dealID, stageID: stageID)
    }

    // MARK: - PipelineStore

    var location: StoreLocation { base.location }

    var isReadOnly: Bool { base.isReadOnly }
    var author: String? { base.author }

    func checkWritable() throws {
        note("checkWritable")
        return try base.checkWritable()
    }

    func changeToken() throws -> Int64 {
        note("changeToken")
        return try base.changeToken()
    }

    func close() throws {
        note("close")
        return try base.close()
    }

    func integrityCheck() throws -> String {
        note("integrityCheck")
        return try base.integrityCheck()
    }

    func backup(to destination: String) throws {
        note("backup")
        return try base.backup(to: destination)
    }

    func newBackup(label: String) throws -> String {
        note("newBackup")
        return try base.newBackup(label: label)
    }

    func isOwnFile(_ path: String) -> Bool {
        note("isOwnFile")
        return base.isOwnFile(path)
    }

    func dailyBackup(today: CalendarDay) throws -> String? {
        note("dailyBackup")
        return try base.dailyBackup(today: today)
    }

    func replaceContent(withBackup source: String, now: Date) throws {
        note("replaceContent")
        return try base.replaceContent(withBackup: source, now: now)
    }

    func pipelines() throws -> [Pipeline] {
        note("pipelines")
        return try base.pipelines()
    }

    func pipeline(named name: String?) throws -> Pipeline {
        note("pipeline")
        return try base.pipeline(named: name)
    }

    func pipeline(id: Int64) throws -> Pipeline {
        note("pipeline")
        return try base.pipeline(id: id)
    }

    func revisitPipeline() throws -> Pipeline {
        note("revisitPipeline")
        return try base.revisitPipeline()
    }

    func addPipeline(name: String, stageNames: [String], kind: Pipeline.Kind) throws -> Pipeline {
        note("addPipeline")
        return try base.addPipeline(name: name, stageNames: stageNames, kind: kind)
    }

    func renamePipeline(_ oldName: String, to name: String) throws {
        note("renamePipeline")
        return try base.renamePipeline(oldName, to: name)
    }

    func removePipeline(named name: String, moveDealsTo targetName: String?, stage: String?, now: Date) throws -> (removed: Pipeline, movedDeals: Int) {
        note("removePipeline")
        return try base.removePipeline(named: name, moveDealsTo: targetName, stage: stage, now: now)
    }

    func addStage(pipelineID: Int64, name: String, after: String?, probability: Int?, stallDays: Int?) throws -> Stage {
        note("addStage")
        return try base.addStage(pipelineID: pipelineID, name: name, after: after, probability: probability, stallDays: stallDays)
    }

    func renameStage(pipelineID: Int64, _ reference: String, to name: String) throws {
        note("renameStage")
        return try base.renameStage(pipelineID: pipelineID, reference, to: name)
    }

    func removeStage(pipelineID: Int64, _ reference: String, moveDealsTo targetReference: String?, now: Date) throws {
        note("removeStage")
        return try base.removeStage(pipelineID: pipelineID, reference, moveDealsTo: targetReference, now: now)
    }

    func moveStage(pipelineID: Int64, _ reference: String, toPosition position: Int) throws {
        note("moveStage")
        return try base.moveStage(pipelineID: pipelineID, reference, toPosition: position)
    }

    func updateStage(pipelineID: Int64, _ reference: String, probability: Int?, stallDays: Int?) throws {
        note("updateStage")
        return try base.updateStage(pipelineID: pipelineID, reference, probability: probability, stallDays: stallDays)
    }

    func deal(id: Int64) throws -> Deal {
        note("deal")
        return try base.deal(id: id)
    }

    func deals(_ query: DealQuery) throws -> [Deal] {
        note("deals")
        return try base.deals(query)
    }

    func dealsWithPipelines(_ query: DealQuery) throws -> (deals: [Deal], pipelines: [Pipeline]) {
        note("dealsWithPipelines")
        return try base.dealsWithPipelines(query)
    }

    func dealCount(_ query: DealQuery) throws -> Int {
        note("dealCount")
        return try base.dealCount(query)
    }

    func dealChanges(after id: Int64, limit: Int) throws -> [DealChange] {
        note("dealChanges")
        return try base.dealChanges(after: id, limit: limit)
    }

    func dealChanges(dealID: Int64, afterVersion version: Int) throws -> [DealChange] {
        note("dealChanges")
        return try base.dealChanges(dealID: dealID, afterVersion: version)
    }

    func dealChangeTally(after id: Int64) throws -> DealChangeTally {
        note("dealChangeTally")
        return try base.dealChangeTally(after: id)
    }

    func lastDealChangeID() throws -> Int64 {
        note("lastDealChangeID")
        return try base.lastDealChangeID()
    }

    func history(dealID: Int64) throws -> [StageChange] {
        note("history")
        return try base.history(dealID: dealID)
    }

    func lostReasons(limit: Int) throws -> [String] {
        note("lostReasons")
        return try base.lostReasons(limit: limit)
    }

    func addDeal(_ deal: Deal) throws -> Revised<Deal> {
        note("addDeal")
        return try base.addDeal(deal)
    }

    func editDeal(id: Int64, now: Date, expectedVersion: Int?, moveTo stage: String?, _ edit: (inout Deal) throws -> Void) throws -> Revised<Deal> {
        note("editDeal")
        return try base.editDeal(id: id, now: now, expectedVersion: expectedVersion, moveTo: stage, edit)
    }

    func moveDeal(id: Int64, toStageID stageID: Int64, now: Date, expectedVersion: Int?, lanePosition: Double?) throws -> Revised<StageChange?> {
        note("moveDeal")
        return try base.moveDeal(id: id, toStageID: stageID, now: now, expectedVersion: expectedVersion, lanePosition: lanePosition)
    }

    func placeDeal(id: Int64, toStageID stageID: Int64, place: LanePlace, now: Date, expectedVersion: Int?) throws -> Revised<StageChange?> {
        note("placeDeal")
        return try base.placeDeal(id: id, toStageID: stageID, place: place, now: now, expectedVersion: expectedVersion)
    }

    func markWon(id: Int64, now: Date, expectedVersion: Int?) throws -> Revised<StageChange> {
        note("markWon")
        return try base.markWon(id: id, now: now, expectedVersion: expectedVersion)
    }

    func markLost(id: Int64, reason: String, now: Date, expectedVersion: Int?) throws -> Revised<StageChange> {
        note("markLost")
        return try base.markLost(id: id, reason: reason, now: now, expectedVersion: expectedVersion)
    }

    func reopen(id: Int64, stage: String?, now: Date) throws -> StageChange {
        note("reopen")
        return try base.reopen(id: id, stage: stage, now: now)
    }

    func deleteDeal(id: Int64, expectedVersion: Int?) throws {
        note("deleteDeal")
        return try base.deleteDeal(id: id, expectedVersion: expectedVersion)
    }

    func undo(_ revision: DealRevision) throws -> DealRevision {
        note("undo")
        return try base.undo(revision)
    }

    func redo(_ revision: DealRevision) throws -> DealRevision {
        note("redo")
        return try base.redo(revision)
    }

    func undo(change: StageChange, restoring before: Deal, expectedVersion: Int) throws -> Deal {
        note("undo")
        return try base.undo(change: change, restoring: before, expectedVersion: expectedVersion)
    }

    func redo(change: StageChange, applying after: Deal, expectedVersion: Int) throws -> Deal {
        note("redo")
        return try base.redo(change: change, applying: after, expectedVersion: expectedVersion)
    }

    func activity(id: Int64) throws -> Activity {
        note("activity")
        return try base.activity(id: id)
    }

    func activities(dealID: Int64) throws -> [Activity] {
        note("activities")
        return try base.activities(dealID: dealID)
    }

    func plannedActivities(dealID: Int64?, dueBefore: CalendarDay?, dueFrom: CalendarDay?) throws -> [Activity] {
        note("plannedActivities")
        return try base.plannedActivities(dealID: dealID, dueBefore: dueBefore, dueFrom: dueFrom)
    }

    func activities(dealIDs: [Int64], plannedOnly: Bool) throws -> [Int64: [Activity]] {
        note("activities")
        return try base.activities(dealIDs: dealIDs, plannedOnly: plannedOnly)
    }

    func addActivity(_ activity: Activity, review: ReviewMark?, now: Date?) throws -> Revised<Activity> {
        note("addActivity")
        return try base.addActivity(activity, review: review, now: now)
    }

    func completeActivity(id: Int64, now: Date, review: ReviewMark?, expected: Activity?) throws -> Revised<Activity> {
        note("completeActivity")
        return try base.completeActivity(id: id, now: now, review: review, expected: expected)
    }

    func editActivity(id: Int64, _ edit: ActivityEdit, now: Date, expected: Activity?) throws -> Revised<Activity> {
        note("editActivity")
        return try base.editActivity(id: id, edit, now: now, expected: expected)
    }

    func deleteActivity(id: Int64, now: Date, expected: Activity?) throws -> Revised<Activity> {
        note("deleteActivity")
        return try base.deleteActivity(id: id, now: now, expected: expected)
    }

    func logActivity(_ log: ActivityLog, now: Date) throws -> Revised<LoggedActivity> {
        note("logActivity")
        return try base.logActivity(log, now: now)
    }

    func snooze(dealID: Int64, until: CalendarDay?, reason: String?, now: Date, expectedVersion: Int?, review: ReviewMark?) throws -> Revised<Deal> {
        note("snooze")
        return try base.snooze(dealID: dealID, until: until, reason: reason, now: now, expectedVersion: expectedVersion, review: review)
    }

    func park(dealID: Int64, until: CalendarDay?, stage: String?, now: Date, expectedVersion: Int?, review: ReviewMark?) throws -> Revised<StageChange> {
        note("park")
        return try base.park(dealID: dealID, until: until, stage: stage, now: now, expectedVersion: expectedVersion, review: review)
    }

    func unpark(dealID: Int64, stage: String?, now: Date, expectedVersion: Int?) throws -> Revised<StageChange> {
        note("unpark")
        return try base.unpark(dealID: dealID, stage: stage, now: now, expectedVersion: expectedVersion)
    }

    func stalledDeals(pipelineID: Int64?, now: Date, timeZone: TimeZone) throws -> [Deal] {
        note("stalledDeals")
        return try base.stalledDeals(pipelineID: pipelineID, now: now, timeZone: timeZone)
    }

    func stalledSummaries(pipelineID: Int64, text: String?, now: Date, timeZone: TimeZone) throws -> [StageSummary] {
        note("stalledSummaries")
        return try base.stalledSummaries(pipelineID: pipelineID, text: text, now: now, timeZone: timeZone)
    }

    func stalledCounts(pipelineID: Int64, mine: Salesperson?, now: Date, timeZone: TimeZone) throws -> [Int64: Int] {
        note("stalledCounts")
        return try base.stalledCounts(pipelineID: pipelineID, mine: mine, now: now, timeZone: timeZone)
    }

    func reviewQueue(now: Date, timeZone: TimeZone, mine: Salesperson?) throws -> ReviewQueue {
        note("reviewQueue")
        return try base.reviewQueue(now: now, timeZone: timeZone, mine: mine)
    }

    func skipReviewItem(dealID: Int64, mark: ReviewMark, now: Date, expectedVersion: Int?) throws -> DealRevision {
        note("skipReviewItem")
        return try base.skipReviewItem(dealID: dealID, mark: mark, now: now, expectedVersion: expectedVersion)
    }

    func advanceFromReview(dealID: Int64, mark: ReviewMark, now: Date, expectedVersion: Int?) throws -> Revised<StageChange> {
        note("advanceFromReview")
        return try base.advanceFromReview(dealID: dealID, mark: mark, now: now, expectedVersion: expectedVersion)
    }

    func markLostFromReview(dealID: Int64, reason: String, mark: ReviewMark, now: Date, expectedVersion: Int?) throws -> Revised<StageChange> {
        note("markLostFromReview")
        return try base.markLostFromReview(dealID: dealID, reason: reason, mark: mark, now: now, expectedVersion: expectedVersion)
    }

    func salesCycle() throws -> SalesCycle {
        note("salesCycle")
        return try base.salesCycle()
    }

    func parkAfterDays() throws -> Int {
        note("parkAfterDays")
        return try base.parkAfterDays()
    }

    func setParkAfterDays(_ days: Int) throws {
        note("setParkAfterDays")
        return try base.setParkAfterDays(days)
    }

    func hasSeveralOwners(pipelineID: Int64) throws -> Bool {
        note("hasSeveralOwners")
        return try base.hasSeveralOwners(pipelineID: pipelineID)
    }

    func stageSummaries(pipelineID: Int64, text: String?) throws -> [StageSummary] {
        note("stageSummaries")
        return try base.stageSummaries(pipelineID: pipelineID, text: text)
    }

    func stageTotals(stageIDs: [Int64]) throws -> [StageSummary] {
        note("stageTotals")
        return try base.stageTotals(stageIDs: stageIDs)
    }

    func filteredLanes(
        pipelineID: Int64?, text: String, mine: Salesperson?, stalledAt: StallCheck?, summariesOf: Int64?, pages: [LanePageRequest]
    ) throws -> FilteredLaneCards {
        note("filteredLanes")
        return try base.filteredLanes(pipelineID: pipelineID, text: text, mine: mine, stalledAt: stalledAt, summariesOf: summariesOf, pages: pages)
    }

    func report(_ filter: ReportFilter, today: CalendarDay) throws -> PipelineReport {
        note("report")
        return try base.report(filter, today: today)
    }

    func planInputs(_ filter: ReportFilter, currency: Currency) throws -> (pipeline: Pipeline, stages: [StageConversion], dealsNow: [Int64: Int], averageWonValue: Money?) {
        note("planInputs")
        return try base.planInputs(filter, currency: currency)
    }

    func archive(_ query: DealQuery) throws -> PipelineArchive {
        note("archive")
        return try base.archive(query)
    }

    func restore(_ archive: PipelineArchive) throws {
        note("restore")
        return try base.restore(archive)
    }

    func importDeals( _ imports: [DealImport], newStages: [(pipelineID: Int64, name: String)], dryRun: Bool, overwrite: Bool, run: ImportRun?, allowDuplicates: Bool, progress: ((Int) -> Void)? ) throws -> ImportOutcome {
        note("importDeals")
        return try base.importDeals(imports, newStages: newStages, dryRun: dryRun, overwrite: overwrite, run: run, allowDuplicates: allowDuplicates, progress: progress)
    }

    func insertDemo(_ demo: DemoPipeline, intoEmptyOnly: Bool, progress: ((Int) -> Void)?) throws -> Int {
        note("insertDemo")
        return try base.insertDemo(demo, intoEmptyOnly: intoEmptyOnly, progress: progress)
    }
}
