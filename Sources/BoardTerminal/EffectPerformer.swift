import Board
import Foundation
import Pipeline
import FunnelStore
import Wording

/// Performs the board's effects through the store and answers each with the action that reports its result.
///
/// Every change is one store call, so one transaction, and its result (the message the board
/// shows) exists only once the transaction has committed.
public struct EffectPerformer: Sendable {
    public let store: any PipelineStore
    public let now: @Sendable () -> Date
    /// Decides which day "today" is for due dates, snoozes and the review.
    public let timeZone: TimeZone
    /// The language of the messages it answers with.
    public let language: Language
    /// How its messages write days and due dates: the config's `date_format`, as `show` writes them; nil for
    /// the language's stored form (`shownDue`).
    public let dateFormat: DateFormat?

    public init(
        store: any PipelineStore, now: @escaping @Sendable () -> Date, timeZone: TimeZone = .current, language: Language = .english,
        dateFormat: DateFormat? = nil
    ) {
        self.language = language
        self.dateFormat = dateFormat
        self.store = store
        self.now = now
        self.timeZone = timeZone
    }

    public func perform(_ effect: BoardEffect) -> [BoardAction] {
        do {
            return try attempt(effect)
        } catch StoreError.changedElsewhere(let id, let stale) where effect.writesOneDeal {
            // Someone changed the deal since it was shown: say who and what by this board's clock and
            // language, and show the deal as it is now.
            let reason = StoreError.changedElsewhere(dealID: id, stale: stale).sentence(now: now(), in: language)
            let seen = seenSoFar()
            return [.staleWriteRefused(reason: TerminalText.visible(reason), current: try? store.deal(id: id))] + seen
        } catch StoreError.activityChangedElsewhere(let id, let stale) {
            // Someone changed the activity since it was shown: say who by this board's clock and language; the
            // refusal's reload shows it as it is now.
            let reason = StoreError.activityChangedElsewhere(activityID: id, stale: stale).sentence(now: now(), in: language)
            return [.changeFailed(TerminalText.visible(reason))] + seenSoFar()
        } catch {
            // A store's refusal is said by this board's clock and language (an undo refused naming who changed
            // the deal since: "8 days ago" by the machine's clock would be wrong under FUNNEL_NOW).
            let reason = (error as? StoreError)?.sentence(now: now(), in: language) ?? String(describing: error)
            switch effect {
            case .loadBoard, .loadLane, .loadLanes, .loadDetail, .loadLostReasons, .loadReview, .loadReport, .loadOthersChanges, .quit:
                return [.loadFailed(TerminalText.visible(reason))]
            case .planGoal:
                return [.planRefused(TerminalText.visible(reason))]
            default:
                return [.changeFailed(Self.saysNothingSaved(error, reason)
                    ? TerminalText.visible(reason) : say(.nothingSavedAfter(reason: TerminalText.visible(reason))))]
            }
        }
    }

    /// True when a refusal already says that nothing was saved (or undone, or redone), in either language: a
    /// stale write's always does, and so do the stores' sentences that end so.
    static func saysNothingSaved(_ error: any Error, _ reason: String) -> Bool {
        if case StoreError.changedElsewhere(_, _?) = error { return true }
        return reason.contains("nothing") || reason.hasSuffix("任何内容")
    }

    /// A text in the board's language.
    func say(_ text: Text) -> String { text.rendered(in: language) }

    /// A due date in a message, as `show` writes it: in `dateFormat` (`30 Nov 2026 10:00`); without one, the
    /// stored form in English (`2026-11-30T10:00`) and the language's own form otherwise.
    func shownDue(_ due: ActivityDue) -> String {
        if let dateFormat { return dateFormat.format(due) }
        return language == .english ? due.description : DateFormat.default(for: language).format(due)
    }

    /// A day in a message, as `shownDue` writes it: `2026-12-07` in English, `2026年12月7日` in Chinese.
    func shownDay(_ day: CalendarDay) -> String {
        if let dateFormat { return dateFormat.format(day) }
        return language == .english ? day.description : DateFormat.default(for: language).format(day)
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
            let revision = try store.markWon(id: id, now: now(), expectedVersion: version).revision
            let summary = say(.dealWon(title: revision.shownTitle, value: revision.after?.value.compact ?? ""))
            return [.changeSaved(SavedChange(
                message: say(.undoHint(summary: summary)), undo: UndoEntry(revision, summary: summary), dealID: id, stageID: nil))]
        case .markLost(let id, let reason, let version):
            let revision = try store.markLost(id: id, reason: reason, now: now(), expectedVersion: version).revision
            let summary = say(.dealLostSummary(title: revision.shownTitle, reason: revision.after?.lostReason ?? reason))
            return [.changeSaved(SavedChange(
                message: say(.undoHint(summary: summary)), undo: UndoEntry(revision, summary: summary), dealID: id, stageID: nil))]
        case .undo(let entry):
            guard let revision = entry.revision else { return [.changeFailed(say(.cannotBeUndone(summary: entry.summary)))] }
            return [.undoSaved(UndoEntry(try store.undo(revision), summary: entry.summary))]
        case .redo(let entry):
            guard let revision = entry.revision else { return [.changeFailed(say(.cannotBeRedone(summary: entry.summary)))] }
            return [.redoSaved(UndoEntry(try store.redo(revision), summary: entry.summary))]
        case .createDeal(let draft, let pipelineID, let stageID):
            var deal = Deal(title: draft.title, value: draft.value, pipelineID: pipelineID, stageID: stageID, createdAt: now())
            apply(draft, to: &deal)
            deal.followQualification()
            let revision = try store.addDeal(deal).revision
            let stage = try store.pipeline(id: pipelineID).stage(id: stageID)?.name ?? say(.theLane)
            let summary = say(.dealAdded(title: revision.shownTitle, stage: stage))
            return [.changeSaved(SavedChange(
                message: summary, undo: UndoEntry(revision, summary: summary), dealID: revision.dealID, stageID: stageID))]
        case .editDeal(let shown, let draft):
            let id = shown.id
            let saved: Deal, revision: DealRevision
            do {
                // Only what the form changed from the deal it showed is written, onto the deal as it is now:
                // someone else's change to another field since stays.
                var mine = shown
                apply(draft, to: &mine)
                (saved, revision) = try store.editDeal(id: id, now: now(), expectedVersion: shown.version) { deal in
                    deal = DealPart.merged(mine, seen: shown, onto: deal)
                }.pair
            } catch let refusal as StoreError {
                guard case .changedElsewhere = refusal else { throw refusal }
                // The form stays open with what was typed; it needs the deal as it is now.
                let reason = TerminalText.visible(refusal.sentence(now: now(), in: language))
                let seen = seenSoFar()
                guard let current = try? store.deal(id: id) else { return [.staleWriteRefused(reason: reason, current: nil)] + seen }
                return [.editRefused(changedMeanwhile: current, reason: reason)] + seen
            }
            let summary = say(.dealSaved(title: saved.shownTitle))
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
            let (saved, revision) = try store.editActivity(id: expected.id, edit, now: now(), expected: expected).pair
            let message = say(.activitySavedDue(kind: say(saved.kind.name), subject: saved.subject, due: saved.due.map(shownDue)))
            return [.changeSaved(activityChange(message, revision))]
        case .completeActivity(let expected):
            let (done, revision) = try store.completeActivity(id: expected.id, now: now(), expected: expected).pair
            return [.changeSaved(activityChange(say(.activityDoneMessage(kind: say(done.kind.name), subject: done.subject)), revision))]
        case .deleteActivity(let expected):
            let (deleted, revision) = try store.deleteActivity(id: expected.id, now: now(), expected: expected).pair
            return [.changeSaved(activityChange(say(.activityDeletedMessage(kind: say(deleted.kind.name), subject: deleted.subject)), revision))]
        case .snooze(let id, let until, let version, let review):
            let (deal, revision) = try store.snooze(
                dealID: id, until: until, reason: nil, now: now(), expectedVersion: version, review: review).pair
            let message = until.map { say(.dealSnoozed(title: deal.shownTitle, until: shownDay($0))) } ?? say(.dealUnsnoozed(title: deal.shownTitle))
            return [.changeSaved(SavedChange(message: message, undo: UndoEntry(revision, summary: message), dealID: id, stageID: deal.stageID))]
        case .park(let id, let until, let version, let review):
            let revision = try store.park(dealID: id, until: until, stage: nil, now: now(), expectedVersion: version, review: review).revision
            let message = until.map { say(.dealParkedUntil(title: revision.shownTitle, until: shownDay($0))) } ?? say(.dealParked(title: revision.shownTitle))
            return [.changeSaved(SavedChange(message: message, undo: UndoEntry(revision, summary: message), dealID: id, stageID: nil))]
        case .unpark(let id, let version):
            let (change, revision) = try store.unpark(dealID: id, stage: nil, now: now(), expectedVersion: version).pair
            let message = say(.dealBroughtBack(title: revision.shownTitle, stage: change.toStageName))
            return [.changeSaved(SavedChange(message: message, undo: UndoEntry(revision, summary: message), dealID: id, stageID: nil))]
        case .qualify(let id, let qualification, let temperature, let version):
            let (deal, revision) = try store.editDeal(id: id, now: now(), expectedVersion: version) { deal in
                deal.qualify(qualification)
                deal.setTemperature(byHand: temperature)
            }.pair
            let temperature: Text = switch deal.temperature {
            case .hot: .temperatureHot
            case .warm: .temperatureWarm
            case .cold: .temperatureCold
            }
            let message = say(.dealQualified(title: deal.shownTitle, temperature: "\(deal.temperature.symbol) \(say(temperature))"))
            let undo = revision.isEmpty ? nil : UndoEntry(revision, summary: message)
            return [.changeSaved(SavedChange(message: message, undo: undo, dealID: id, stageID: deal.stageID))]
        case .loadReview(let mine):
            let queue = try store.reviewQueue(now: now(), timeZone: timeZone, mine: mine)
            let activities = try queue.remaining.first.map { try store.activities(dealID: $0.deal.id) } ?? []
            return [.reviewLoaded(queue, activities: activities)]
        case .advanceFromReview(let id, let mark, let version):
            let (change, revision) = try store.advanceFromReview(dealID: id, mark: mark, now: now(), expectedVersion: version).pair
            let message = say(.dealMoved(title: revision.shownTitle, stage: change.toStageName))
            return [.changeSaved(SavedChange(message: message, undo: UndoEntry(revision, summary: message), dealID: id, stageID: change.toStageID))]
        case .markLostFromReview(let id, let reason, let mark, let version):
            let revision = try store.markLostFromReview(
                dealID: id, reason: reason, mark: mark, now: now(), expectedVersion: version).revision
            let message = say(.dealLost(title: revision.shownTitle, reason: revision.after?.lostReason ?? reason))
            return [.changeSaved(SavedChange(message: message, undo: UndoEntry(revision, summary: message), dealID: id, stageID: nil))]
        case .skipReviewItem(let id, let mark, let version):
            let revision = try store.skipReviewItem(dealID: id, mark: mark, now: now(), expectedVersion: version)
            let message = say(.reviewItemSkipped(title: revision.shownTitle))
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
        case .loadOthersChanges(let after):
            return [try othersChanges(after: after)]
        case .quit:
            return []
        }
    }

    /// How many change-log entries one announcement reads at most; past that the store counts them all
    /// (`dealChangeTally`) and the board says the count.
    static let announcedChangesLimit = 2_000

    /// After a stale write's refusal: the change log counts as read up to now, because the refusal names the
    /// change and the deal is read anew after this. News of that change arriving later (a server's notification
    /// can come after the refusal) would otherwise replace the refusal on the message line.
    func seenSoFar() -> [BoardAction] {
        guard let lastID = try? store.lastDealChangeID() else { return [] }
        return [.othersChangesLoaded([], lastID: lastID)]
    }

    /// The change log's entries after `after` that others made since this board's own last save, and the id of the
    /// last entry there is.
    func othersChanges(after: Int64) throws -> BoardAction {
        let read = try store.dealChanges(after: after, limit: Self.announcedChangesLimit)
        // A change made before this board's own last save is already on screen (the save reloaded it) and is not
        // announced over that save's result: the user's "Saved" stays, and only what came after it is news.
        let lastOwn = read.last(where: store.isOwnChange)?.id ?? 0
        guard read.count < Self.announcedChangesLimit else {
            // More than one read holds (a 30,000-deal import): the database counts them all, from this board's own
            // last save among those read; nothing more is read here.
            return .othersChangesCounted(try store.dealChangeTally(after: max(after, lastOwn)))
        }
        return .othersChangesLoaded(read.filter { !store.isOwnChange($0) && $0.id > lastOwn }, lastID: read.last?.id ?? after)
    }

    /// The saved change of an activity of the detail pane's deal, undone as one: the deal stays where it is.
    func activityChange(_ message: String, _ revision: DealRevision) -> SavedChange {
        let undo = revision.isEmpty ? nil : UndoEntry(revision, summary: "\(message) on '\(revision.shownTitle)'")
        let stageID = revision.after.flatMap { $0.status == .open ? $0.stageID : nil }
        return SavedChange(message: message, undo: undo, dealID: revision.dealID, stageID: stageID)
    }

    /// Saves an `a` or review activity in one call, so one transaction: the done part first, then the
    /// next step; the review mark goes with them.
    func logActivity(_ log: ActivityLog) throws -> SavedChange {
        let (logged, revision) = try store.logActivity(log, now: now()).pair
        var said: [String] = []
        if let done = logged.done {
            said.append(logged.completedPlanned
                ? say(.activityDone(kind: say(done.kind.name), subject: done.subject))
                : say(.activityLogged(kind: say(done.kind.name), subject: done.subject)))
        }
        if let next = logged.next {
            said.append(say(.activityNext(kind: say(next.kind.name), due: next.due.map(shownDue) ?? "")))
        }
        let message = said.dropFirst().reduce(said.first ?? "") { say(.activityLoggedWithNext(logged: $0, next: $1)) }
        let deal = revision.after
        return SavedChange(
            message: message, undo: UndoEntry(revision, summary: say(.activityOnDeal(message: message, title: revision.shownTitle))), dealID: log.dealID,
            stageID: deal.flatMap { $0.status == .open ? $0.stageID : nil })
    }

    func apply(_ draft: DealFormDraft, to deal: inout Deal) {
        deal.title = draft.title
        deal.value = draft.value
        deal.organization = draft.organization
        deal.person.name = draft.person
        deal.person.email = draft.email
        deal.person.phone = draft.phone
        deal.expectedClose = draft.expectedClose
        deal.probabilityOverride = draft.probability
        deal.source = draft.source
        deal.owner = draft.owner
        deal.notes = draft.notes
        if let temperature = draft.temperature {
            deal.temperature = temperature
            deal.temperatureSetByHand = true
        } else {
            deal.temperatureSetByHand = false
        }
    }

    func saveMove(_ move: DealMove) throws -> SavedChange {
        let deal = move.deal
        let saved: Revised<StageChange?>
        if let place = move.place {
            let lanePlace: LanePlace = switch place {
            case .top: .top
            case .bottom: .bottom
            case .below(let id): .below(dealID: id)
            case .above(let id): .above(dealID: id)
            }
            saved = try store.placeDeal(id: deal.id, toStageID: move.toStage.id, place: lanePlace, now: now(), expectedVersion: deal.version)
        } else {
            saved = try store.moveDeal(id: deal.id, toStageID: move.toStage.id, now: now(), expectedVersion: deal.version, lanePosition: nil)
        }
        let (change, revision) = saved.pair
        let after = revision.after ?? deal
        let besideNeighbour = switch move.place {
        case .below, .above: true
        case .top, .bottom, nil: false
        }
        let moved = SavedMove(before: deal, after: after, placedByNeighbour: besideNeighbour)
        let selectsDeal = move.place != .bottom
        guard change != nil else {
            return SavedChange(
                message: say(.dealMovedWithin(title: deal.shownTitle, stage: move.toStage.name)), dealID: deal.id, stageID: move.toStage.id, move: moved,
                selectsDeal: selectsDeal)
        }
        let summary = say(.dealMoved(title: deal.shownTitle, stage: move.toStage.name))
        return SavedChange(
            message: summary, undo: UndoEntry(revision, summary: summary),
            dealID: deal.id, stageID: move.toStage.id, move: moved, selectsDeal: selectsDeal)
    }

    /// Some lanes' totals and pages: the totals of the unfiltered board come from the kept lane totals
    /// (a few rows per lane, whatever the number of deals).
    func loadLanes(_ load: LanesLoad) throws -> LanesContent {
        let stageIDs = load.totals
        if load.filter.isEmpty && load.mine == nil {
            return LanesContent(
                summaries: try store.stageTotals(stageIDs: stageIDs), pages: try load.requests.map { try page($0, in: store) })
        }
        // Under a filter or `o` the matches are found once for the totals and the pages.
        let stalledAt = load.requests.contains(where: \.stalledOnly) ? StallCheck(now: now(), timeZone: timeZone) : nil
        let lanes = try store.filteredLanes(
            pipelineID: load.pipelineID, text: load.filter, mine: load.mine, stalledAt: stalledAt, summariesOf: load.pipelineID,
            pages: load.requests.map(pageRequest))
        return LanesContent(summaries: lanes.summaries.filter { stageIDs.contains($0.stageID) }, pages: lanes.pages.map(LanePage.init))
    }

    /// One lane's page, through the search index when a filter is typed.
    func page(_ request: LaneRequest, filter: String) throws -> LanePage {
        if filter.isEmpty && request.mine == nil { return try page(request, in: store) }
        let stalledAt = request.stalledOnly ? StallCheck(now: now(), timeZone: timeZone) : nil
        let lanes = try store.filteredLanes(
            pipelineID: nil, text: filter, mine: request.mine, stalledAt: stalledAt, summariesOf: nil, pages: [pageRequest(request)])
        return LanePage(lanes.pages[0])
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
            LaneRequest(stageID: stage.id, start: load.starts[stage.id] ?? .first, limit: load.limit, stalledOnly: load.stalledOnly, mine: load.mine)
        }
        let summaries: [StageSummary]
        let pages: [LanePage]
        if load.filter.isEmpty && load.mine == nil {
            summaries = load.stalledOnly
                ? try store.stalledSummaries(pipelineID: pipeline.id, text: nil, now: at, timeZone: timeZone)
                : try store.stageSummaries(pipelineID: pipeline.id)
            pages = try requests.map { try page($0, in: store) }
        } else {
            // The filter's matches are found once; the totals and every lane's page read them, in one read.
            let lanes = try store.filteredLanes(
                pipelineID: pipeline.id, text: load.filter, mine: load.mine, stalledAt: stalledAt, summariesOf: pipeline.id,
                pages: requests.map(pageRequest))
            (summaries, pages) = (lanes.summaries, lanes.pages.map(LanePage.init))
        }
        // Stalled counts do not depend on the filter: a filter key keeps the ones the board has.
        // So do the owners: a filter key reads neither.
        var stalledCounts: [Int64: Int]?
        var severalOwners: Bool?
        if load.recountsStalled || load.pipeline != .id(pipeline.id) {
            stalledCounts = try store.stalledCounts(pipelineID: pipeline.id, mine: load.mine, now: at, timeZone: timeZone)
            severalOwners = try store.hasSeveralOwners(pipelineID: pipeline.id)
        }
        return BoardContent(
            pipelines: pipelines, pipeline: pipeline, summaries: summaries, pages: pages, now: at, stalledCounts: stalledCounts,
            severalOwners: severalOwners)
    }

    /// The store's request for a board's lane request (the stalled filter at now).
    func pageRequest(_ request: LaneRequest) -> LanePageRequest {
        let start: LanePageRequest.Start = switch request.start {
        case .first: .first
        case .last: .last
        case .key(let key, let skip): .key(LaneKey(lanePosition: key.lanePosition, id: key.id), skip: skip)
        case .deal(let id, let fallback, let skip): .deal(id, fallback: LaneKey(lanePosition: fallback.lanePosition, id: fallback.id), skip: skip)
        }
        let stalledAt = request.stalledOnly ? StallCheck(now: now(), timeZone: timeZone) : nil
        return LanePageRequest(stageID: request.stageID, start: start, limit: request.limit, stalledAt: stalledAt)
    }

    func page(_ request: LaneRequest, in lanes: some LaneSource) throws -> LanePage {
        LanePage(try lanes.cards(pageRequest(request)))
    }
}

extension LanePage {
    /// A board page of the cards a store read.
    init(_ cards: LaneCards) {
        self.init(stageID: cards.stageID, deals: cards.deals, firstIndex: cards.firstIndex)
    }
}

extension Revised {
    /// The value and its revision, to take apart in one line.
    var pair: (Value, DealRevision) { (value, revision) }
}
