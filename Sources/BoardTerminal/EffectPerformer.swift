import Board
import Foundation
import Pipeline
import PipelineStore

/// Performs the board's effects through the store and answers each with the action that reports its result.
///
/// Every change is one store call, so one transaction, and its result (the message the board
/// shows) exists only once the transaction has committed.
public struct EffectPerformer: Sendable {
    public let store: PipelineStore
    public let now: @Sendable () -> Date
    /// Decides which day "today" is for due dates, snoozes and the review.
    public let timeZone: TimeZone

    public init(store: PipelineStore, now: @escaping @Sendable () -> Date, timeZone: TimeZone = .current) {
        self.store = store
        self.now = now
        self.timeZone = timeZone
    }

    public func perform(_ effect: BoardEffect) -> [BoardAction] {
        do {
            return try attempt(effect)
        } catch {
            let reason = (error as? CustomStringConvertible)?.description ?? "\(error)"
            switch effect {
            case .loadBoard, .loadLane, .loadLanes, .loadDetail, .loadLostReasons, .loadReview, .loadReport, .quit:
                return [.loadFailed(TerminalText.visible(reason))]
            case .planGoal:
                return [.planRefused(TerminalText.visible(reason))]
            default:
                return [.changeFailed(TerminalText.visible(reason) + (reason.contains("nothing") ? "" : "; nothing saved"))]
            }
        }
    }

    func attempt(_ effect: BoardEffect) throws -> [BoardAction] {
        switch effect {
        case .loadBoard(let load):
            return [.boardLoaded(try loadBoard(load))]
        case .loadLane(let request, let filter):
            return [.lanePageLoaded(try page(request, filter: filter))]
        case .loadLanes(let load):
            return [.lanesLoaded(try loadLanes(load))]
        case .saveMove(let move):
            return [.changeSaved(try saveMove(move))]
        case .markWon(let id, let version):
            let (_, revision) = try store.revising(dealID: id) { try store.markWon(id: id, now: now(), expectedVersion: version) }
            let summary = "Won '\(revision.shownTitle)' (\(revision.after?.value.compact ?? ""))"
            return [.changeSaved(SavedChange(
                message: summary + "; u undoes", undo: UndoEntry(revision, summary: summary), dealID: id, stageID: nil))]
        case .markLost(let id, let reason, let version):
            let (_, revision) = try store.revising(dealID: id) {
                try store.markLost(id: id, reason: reason, now: now(), expectedVersion: version)
            }
            let summary = "Lost '\(revision.shownTitle)': \(revision.after?.lostReason ?? reason)"
            return [.changeSaved(SavedChange(
                message: summary + "; u undoes", undo: UndoEntry(revision, summary: summary), dealID: id, stageID: nil))]
        case .undo(let entry):
            guard let revision = entry.revision else { return [.changeFailed("\(entry.summary) cannot be undone; nothing undone")] }
            return [.undoSaved(UndoEntry(try store.undo(revision), summary: entry.summary))]
        case .redo(let entry):
            guard let revision = entry.revision else { return [.changeFailed("\(entry.summary) cannot be redone; nothing redone")] }
            return [.redoSaved(UndoEntry(try store.redo(revision), summary: entry.summary))]
        case .createDeal(let draft, let pipelineID, let stageID):
            var deal = Deal(title: draft.title, value: draft.value, pipelineID: pipelineID, stageID: stageID, createdAt: now())
            apply(draft, to: &deal)
            if !deal.temperatureSetByHand { deal.temperature = deal.qualification.impliedTemperature }
            let revision = try store.revisingCreation { try store.addDeal(deal) }
            let stage = try store.pipeline(id: pipelineID).stage(id: stageID)?.name ?? "the lane"
            let summary = "Added '\(revision.shownTitle)' to \(stage)"
            return [.changeSaved(SavedChange(
                message: summary, undo: UndoEntry(revision, summary: summary), dealID: revision.dealID, stageID: stageID))]
        case .editDeal(let id, let draft, let version):
            let (saved, revision) = try store.revising(dealID: id) {
                try store.editDeal(id: id, now: now(), expectedVersion: version) { deal in apply(draft, to: &deal) }
            }
            let summary = "Saved '\(saved.shownTitle)'"
            let undo = revision.isEmpty ? nil : UndoEntry(revision, summary: summary)
            return [.changeSaved(SavedChange(message: summary, undo: undo, dealID: id, stageID: saved.status == .open ? saved.stageID : nil))]
        case .loadDetail(let id):
            return [
                .detailLoaded(try store.deal(id: id), try store.history(dealID: id)),
                .detailActivitiesLoaded(dealID: id, try store.activities(dealID: id)),
            ]
        case .loadLostReasons:
            return [.lostReasonsLoaded(try store.lostReasons())]
        case .logActivity(let log):
            return [.changeSaved(try logActivity(log))]
        case .editActivity(let edit, let expected):
            let (saved, revision) = try store.revising(dealID: expected.dealID) {
                try store.editActivity(id: expected.id, edit, now: now(), expected: expected)
            }
            let message = "Saved \(saved.kind.rawValue) \"\(saved.subject)\"" + (saved.due.map { ", due \($0)" } ?? "")
            return [.changeSaved(activityChange(message, revision))]
        case .completeActivity(let expected):
            let (done, revision) = try store.revising(dealID: expected.dealID) {
                try store.completeActivity(id: expected.id, now: now(), expected: expected)
            }
            return [.changeSaved(activityChange("Done: \(done.kind.rawValue) \"\(done.subject)\"", revision))]
        case .deleteActivity(let expected):
            let (deleted, revision) = try store.revising(dealID: expected.dealID) {
                try store.deleteActivity(id: expected.id, now: now(), expected: expected)
            }
            return [.changeSaved(activityChange("Deleted \(deleted.kind.rawValue) \"\(deleted.subject)\"", revision))]
        case .snooze(let id, let until, let review):
            let (deal, revision) = try store.revising(dealID: id) {
                try store.snooze(dealID: id, until: until, reason: nil, now: now(), review: review)
            }
            let message = until.map { "Snoozed '\(deal.shownTitle)' until \($0)" } ?? "'\(deal.shownTitle)' is no longer snoozed"
            return [.changeSaved(SavedChange(message: message, undo: UndoEntry(revision, summary: message), dealID: id, stageID: deal.stageID))]
        case .park(let id, let until, let review):
            let (_, revision) = try store.revising(dealID: id) { try store.park(dealID: id, until: until, now: now(), review: review) }
            let message = "Parked '\(revision.shownTitle)' in Revisit" + (until.map { " until \($0)" } ?? "")
            return [.changeSaved(SavedChange(message: message, undo: UndoEntry(revision, summary: message), dealID: id, stageID: nil))]
        case .unpark(let id):
            let (change, revision) = try store.revising(dealID: id) { try store.unpark(dealID: id, stage: nil, now: now()) }
            let message = "Brought '\(revision.shownTitle)' back to \(change.toStageName)"
            return [.changeSaved(SavedChange(message: message, undo: UndoEntry(revision, summary: message), dealID: id, stageID: nil))]
        case .qualify(let id, let qualification, let temperature, let version):
            let (deal, revision) = try store.revising(dealID: id) {
                try store.editDeal(id: id, now: now(), expectedVersion: version) { deal in
                    deal.qualify(qualification)
                    deal.setTemperature(byHand: temperature)
                }
            }
            let message = "Qualified '\(deal.shownTitle)': \(deal.temperature.symbol) \(deal.temperature.rawValue)"
            let undo = revision.isEmpty ? nil : UndoEntry(revision, summary: message)
            return [.changeSaved(SavedChange(message: message, undo: undo, dealID: id, stageID: deal.stageID))]
        case .loadReview:
            let queue = try store.reviewQueue(now: now(), timeZone: timeZone)
            let activities = try queue.remaining.first.map { try store.activities(dealID: $0.deal.id) } ?? []
            return [.reviewLoaded(queue, activities: activities)]
        case .advanceFromReview(let id, let mark):
            let (change, revision) = try store.revising(dealID: id) { try store.advanceFromReview(dealID: id, mark: mark, now: now()) }
            let message = "Moved '\(revision.shownTitle)' to \(change.toStageName)"
            return [.changeSaved(SavedChange(message: message, undo: UndoEntry(revision, summary: message), dealID: id, stageID: change.toStageID))]
        case .markLostFromReview(let id, let reason, let mark):
            let (_, revision) = try store.revising(dealID: id) {
                try store.markLostFromReview(dealID: id, reason: reason, mark: mark, now: now())
            }
            let message = "Marked '\(revision.shownTitle)' lost: \(revision.after?.lostReason ?? reason)"
            return [.changeSaved(SavedChange(message: message, undo: UndoEntry(revision, summary: message), dealID: id, stageID: nil))]
        case .skipReviewItem(let id, let mark):
            let (_, revision) = try store.revising(dealID: id) { try store.skipReviewItem(dealID: id, mark: mark, now: now()) }
            let message = "Skipped '\(revision.shownTitle)' in today's review"
            return [.changeSaved(SavedChange(message: message, undo: UndoEntry(revision, summary: message), dealID: id, stageID: nil))]
        case .loadReport(let pipelineID):
            let today = CalendarDay(now(), in: TimeZone(identifier: "UTC")!)
            return [.reportLoaded(try store.report(ReportFilter(pipelineID: pipelineID), today: today))]
        case .planGoal(let pipelineID, let goal):
            let today = CalendarDay(now(), in: TimeZone(identifier: "UTC")!)
            let inputs = try store.planInputs(ReportFilter(pipelineID: pipelineID), currency: goal.currency)
            let plan = try RevenuePlan(
                goal: goal, averageWonValue: inputs.averageWonValue, stages: inputs.stages, dealsNow: inputs.dealsNow, today: today)
            return [.planMade(plan)]
        case .quit:
            return []
        }
    }

    /// The saved change of an activity of the detail pane's deal, undone as one: the deal stays where it is.
    func activityChange(_ message: String, _ revision: DealRevision) -> SavedChange {
        let undo = revision.isEmpty ? nil : UndoEntry(revision, summary: "\(message) on '\(revision.shownTitle)'")
        let stageID = revision.after.flatMap { $0.status == .open ? $0.stageID : nil }
        return SavedChange(message: message, undo: undo, dealID: revision.dealID, stageID: stageID)
    }

    /// Saves an `a` or review activity in one transaction: the done part first, then the next step; the
    /// review mark goes with the last write.
    func logActivity(_ log: ActivityLog) throws -> SavedChange {
        let at = now()
        let lastWrite = log.next != nil ? 2 : 1
        let (said, revision) = try store.revising(dealID: log.dealID) { () throws -> [String] in
            var said: [String] = []
            if let completeID = log.completeID {
                let done = try store.completeActivity(id: completeID, now: at, review: lastWrite == 1 ? log.review : nil)
                said.append("Done: \(done.kind.rawValue) \"\(done.subject)\"")
            } else if var done = log.done {
                done.doneAt = at
                done.createdAt = at
                let saved = try store.addActivity(done, review: lastWrite == 1 ? log.review : nil, now: at)
                said.append("Logged \(saved.kind.rawValue) \"\(saved.subject)\"")
            }
            if var next = log.next {
                next.createdAt = at
                let saved = try store.addActivity(next, review: log.review, now: at)
                said.append("next: \(saved.kind.rawValue) \(saved.due?.description ?? "")")
            }
            return said
        }
        let message = said.joined(separator: "; ")
        let deal = revision.after
        return SavedChange(
            message: message, undo: UndoEntry(revision, summary: "\(message) on '\(revision.shownTitle)'"), dealID: log.dealID,
            stageID: deal.flatMap { $0.status == .open ? $0.stageID : nil })
    }

    func apply(_ draft: DealDraft, to deal: inout Deal) {
        deal.title = draft.title
        deal.value = draft.value
        deal.organization = draft.organization
        deal.person.name = draft.person
        deal.expectedClose = draft.expectedClose
        if let temperature = draft.temperature {
            deal.temperature = temperature
            deal.temperatureSetByHand = true
        } else {
            deal.temperatureSetByHand = false
        }
    }

    func saveMove(_ move: DealMove) throws -> SavedChange {
        let deal = move.deal
        let (change, revision) = try store.revising(dealID: deal.id) { () throws -> StageChange? in
            guard let place = move.place else {
                return try store.moveDeal(id: deal.id, toStageID: move.toStage.id, now: now(), expectedVersion: deal.version)
            }
            let lanePlace: LanePlace = switch place {
            case .top: .top
            case .bottom: .bottom
            case .below(let id): .below(dealID: id)
            case .above(let id): .above(dealID: id)
            }
            return try store.placeDeal(id: deal.id, toStageID: move.toStage.id, place: lanePlace, now: now(), expectedVersion: deal.version)
        }
        let after = revision.after ?? deal
        let besideNeighbour = switch move.place {
        case .below, .above: true
        case .top, .bottom, nil: false
        }
        let moved = SavedMove(before: deal, after: after, placedByNeighbour: besideNeighbour)
        let selectsDeal = move.place != .bottom
        guard change != nil else {
            return SavedChange(
                message: "Moved '\(deal.shownTitle)' within \(move.toStage.name)", dealID: deal.id, stageID: move.toStage.id, move: moved,
                selectsDeal: selectsDeal)
        }
        let summary = "Moved '\(deal.shownTitle)' to \(move.toStage.name)"
        return SavedChange(
            message: summary, undo: UndoEntry(revision, summary: summary),
            dealID: deal.id, stageID: move.toStage.id, move: moved, selectsDeal: selectsDeal)
    }

    /// Some lanes' totals and pages: the totals of the unfiltered board come from the maintained
    /// `stage_total` rows (a few rows per lane, whatever the number of deals).
    func loadLanes(_ load: LanesLoad) throws -> LanesContent {
        let stageIDs = load.totals
        if load.filter.isEmpty {
            return LanesContent(
                summaries: try store.stageTotals(stageIDs: stageIDs), pages: try load.requests.map { try page($0, in: store) })
        }
        // Under a filter the matches are found once for the totals and the pages.
        let stalledAt = load.requests.contains(where: \.stalledOnly) ? StallCheck(now: now(), timeZone: timeZone) : nil
        let (summaries, pages) = try store.readFilteredLanes(pipelineID: load.pipelineID, text: load.filter, stalledAt: stalledAt) { lanes in
            (try lanes.summaries(pipelineID: load.pipelineID).filter { stageIDs.contains($0.stageID) },
             try load.requests.map { try page($0, in: lanes) })
        }
        return LanesContent(summaries: summaries, pages: pages)
    }

    /// One lane's page, through the search index when a filter is typed.
    func page(_ request: LaneRequest, filter: String) throws -> LanePage {
        if filter.isEmpty { return try page(request, in: store) }
        let stalledAt = request.stalledOnly ? StallCheck(now: now(), timeZone: timeZone) : nil
        return try store.readFilteredLanes(pipelineID: nil, text: filter, stalledAt: stalledAt) { try page(request, in: $0) }
    }

    func loadBoard(_ load: BoardLoad) throws -> BoardContent {
        let pipelines = try store.pipelines()
        let pipeline: Pipeline
        switch load.pipeline {
        case .named(let name):
            pipeline = try store.pipeline(named: name)
        case .id(let id):
            // A pipeline removed elsewhere falls back to the first one.
            if let found = pipelines.first(where: { $0.id == id }) {
                pipeline = found
            } else {
                pipeline = try store.pipeline(named: nil)
            }
        }
        let at = now()
        let stalledAt = load.stalledOnly ? StallCheck(now: at, timeZone: timeZone) : nil
        let requests = pipeline.stages.map { stage in
            LaneRequest(stageID: stage.id, start: load.starts[stage.id] ?? .first, limit: load.limit, stalledOnly: load.stalledOnly)
        }
        let summaries: [StageSummary]
        let pages: [LanePage]
        if load.filter.isEmpty {
            summaries = load.stalledOnly
                ? try store.stalledSummaries(pipelineID: pipeline.id, text: nil, now: at, timeZone: timeZone)
                : try store.stageSummaries(pipelineID: pipeline.id)
            pages = try requests.map { try page($0, in: store) }
        } else {
            // The filter's matches are found once; the totals and every lane's page read them, in one read.
            (summaries, pages) = try store.readFilteredLanes(pipelineID: pipeline.id, text: load.filter, stalledAt: stalledAt) { lanes in
                (try lanes.summaries(pipelineID: pipeline.id), try requests.map { try page($0, in: lanes) })
            }
        }
        // Stalled counts do not depend on the filter: a filter key keeps the ones the board has.
        // So do the owners: a filter key reads neither.
        var stalledCounts: [Int64: Int]?
        var severalOwners: Bool?
        if load.recountsStalled || load.pipeline != .id(pipeline.id) {
            stalledCounts = try store.stalledCounts(pipelineID: pipeline.id, now: at, timeZone: timeZone)
            severalOwners = try store.hasSeveralOwners(pipelineID: pipeline.id)
        }
        return BoardContent(
            pipelines: pipelines, pipeline: pipeline, summaries: summaries, pages: pages, now: at, stalledCounts: stalledCounts,
            severalOwners: severalOwners)
    }

    func page(_ request: LaneRequest, in lanes: some LaneSource) throws -> LanePage {
        let stalledAt = request.stalledOnly ? StallCheck(now: now(), timeZone: timeZone) : nil
        let result: (deals: [Deal], firstIndex: Int)
        switch request.start {
        case .first:
            result = try lanes.lanePage(stageID: request.stageID, pivot: nil, skip: 0, limit: request.limit, stalledAt: stalledAt)
        case .last:
            result = try lanes.lastLanePage(stageID: request.stageID, limit: request.limit, stalledAt: stalledAt)
        case .key(let key, let skip):
            result = try lanes.lanePage(
                stageID: request.stageID, pivot: LaneKey(lanePosition: key.lanePosition, id: key.id),
                skip: skip, limit: request.limit, stalledAt: stalledAt)
        case .deal(let id, let fallback, let skip):
            let pivot = try lanes.laneKey(dealID: id, stageID: request.stageID)
                ?? LaneKey(lanePosition: fallback.lanePosition, id: fallback.id)
            result = try lanes.lanePage(stageID: request.stageID, pivot: pivot, skip: skip, limit: request.limit, stalledAt: stalledAt)
        }
        return LanePage(stageID: request.stageID, deals: result.deals, firstIndex: result.firstIndex)
    }
}
