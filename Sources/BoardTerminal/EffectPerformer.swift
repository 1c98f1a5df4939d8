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

    public init(store: PipelineStore, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.now = now
    }

    public func perform(_ effect: BoardEffect) -> [BoardAction] {
        do {
            return try attempt(effect)
        } catch {
            let reason = (error as? CustomStringConvertible)?.description ?? "\(error)"
            switch effect {
            case .loadBoard, .loadLane, .loadDetail, .loadLostReasons, .quit:
                return [.loadFailed(TerminalText.visible(reason))]
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
        case .saveMove(let move):
            return [.changeSaved(try saveMove(move))]
        case .markWon(let id, let version):
            let before = try store.deal(id: id)
            let change = try store.markWon(id: id, now: now(), expectedVersion: version)
            let after = try store.deal(id: id)
            let summary = "Won '\(before.title)' (\(before.value.compact))"
            return [.changeSaved(SavedChange(
                message: summary + "; u undoes", undo: UndoEntry(change: change, before: before, after: after, summary: summary),
                dealID: id, stageID: nil))]
        case .markLost(let id, let reason, let version):
            let before = try store.deal(id: id)
            let change = try store.markLost(id: id, reason: reason, now: now(), expectedVersion: version)
            let after = try store.deal(id: id)
            let summary = "Lost '\(before.title)': \(after.lostReason ?? reason)"
            return [.changeSaved(SavedChange(
                message: summary + "; u undoes", undo: UndoEntry(change: change, before: before, after: after, summary: summary),
                dealID: id, stageID: nil))]
        case .undo(let entry):
            let restored = try store.undo(change: entry.change, restoring: entry.before, expectedVersion: entry.after.version)
            return [.undoSaved(UndoEntry(change: entry.change, before: restored, after: entry.after, summary: entry.summary))]
        case .redo(let entry):
            let redone = try store.redo(change: entry.change, applying: entry.after, expectedVersion: entry.before.version)
            return [.redoSaved(UndoEntry(change: entry.change, before: entry.before, after: redone, summary: entry.summary))]
        case .createDeal(let draft, let pipelineID, let stageID):
            var deal = Deal(title: draft.title, value: draft.value, pipelineID: pipelineID, stageID: stageID, createdAt: now())
            apply(draft, to: &deal)
            if !deal.temperatureSetByHand { deal.temperature = deal.qualification.impliedTemperature }
            let saved = try store.addDeal(deal)
            let stage = try store.pipeline(id: pipelineID).stage(id: stageID)?.name ?? "the lane"
            return [.changeSaved(SavedChange(message: "Added '\(saved.title)' to \(stage)", dealID: saved.id, stageID: stageID))]
        case .editDeal(let id, let draft, let version):
            let saved = try store.editDeal(id: id, now: now(), expectedVersion: version) { deal in apply(draft, to: &deal) }
            return [.changeSaved(SavedChange(message: "Saved '\(saved.title)'", dealID: id, stageID: saved.status == .open ? saved.stageID : nil))]
        case .loadDetail(let id):
            return [.detailLoaded(try store.deal(id: id), try store.history(dealID: id))]
        case .loadLostReasons:
            return [.lostReasonsLoaded(try store.lostReasons())]
        case .quit:
            return []
        }
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
        let change: StageChange?
        if let place = move.place {
            let lanePlace: LanePlace = switch place {
            case .top: .top
            case .below(let id): .below(dealID: id)
            case .above(let id): .above(dealID: id)
            }
            change = try store.placeDeal(id: deal.id, toStageID: move.toStage.id, place: lanePlace, now: now(), expectedVersion: deal.version)
        } else {
            change = try store.moveDeal(id: deal.id, toStageID: move.toStage.id, now: now(), expectedVersion: deal.version)
        }
        guard let change else {
            return SavedChange(message: "Moved '\(deal.title)' within \(move.toStage.name)", dealID: deal.id, stageID: move.toStage.id)
        }
        let after = try store.deal(id: deal.id)
        let summary = "Moved '\(deal.title)' to \(move.toStage.name)"
        return SavedChange(
            message: summary, undo: UndoEntry(change: change, before: deal, after: after, summary: summary),
            dealID: deal.id, stageID: move.toStage.id)
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
        let filter = load.filter.isEmpty ? nil : load.filter
        let summaries = try store.stageSummaries(pipelineID: pipeline.id, text: filter)
        var pages: [LanePage] = []
        for stage in pipeline.stages {
            let request = LaneRequest(stageID: stage.id, start: load.starts[stage.id] ?? .first, limit: load.limit)
            pages.append(try page(request, filter: load.filter))
        }
        return BoardContent(pipelines: pipelines, pipeline: pipeline, summaries: summaries, pages: pages, now: now())
    }

    func page(_ request: LaneRequest, filter: String) throws -> LanePage {
        let text = filter.isEmpty ? nil : filter
        let result: (deals: [Deal], firstIndex: Int)
        switch request.start {
        case .first:
            result = try store.lanePage(stageID: request.stageID, text: text, pivot: nil, skip: 0, limit: request.limit)
        case .last:
            result = try store.lastLanePage(stageID: request.stageID, text: text, limit: request.limit)
        case .key(let key, let skip):
            result = try store.lanePage(
                stageID: request.stageID, text: text, pivot: LaneKey(lanePosition: key.lanePosition, id: key.id),
                skip: skip, limit: request.limit)
        case .deal(let id, let fallback, let skip):
            let pivot = try store.laneKey(dealID: id, stageID: request.stageID)
                ?? LaneKey(lanePosition: fallback.lanePosition, id: fallback.id)
            result = try store.lanePage(stageID: request.stageID, text: text, pivot: pivot, skip: skip, limit: request.limit)
        }
        return LanePage(stageID: request.stageID, deals: result.deals, firstIndex: result.firstIndex)
    }
}
