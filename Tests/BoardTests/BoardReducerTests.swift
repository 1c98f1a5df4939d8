import Board
import Foundation
import Pipeline
import Testing

@Suite("Board reducer: each key path, the whole new state and its effects")
struct BoardReducerTests {
    let pipeline = BoardFixture.pipeline()

    /// Answers a saved move with its two lanes' totals, as the store does, and checks the board is
    /// the one a full reload of `deals` gives.
    private func expectTotalsLoadedLikeAFullReload(
        _ state: inout BoardState, _ deals: [Deal], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let content = BoardFixture.content(pipeline, deals)
        var fullReload = state
        _ = BoardReducer.reduce(into: &fullReload, action: .boardLoaded(content))
        expectReduce(
            &state, .lanesLoaded(LanesContent(summaries: Array(content.summaries[0...1]), pages: [])),
            sourceLocation: sourceLocation
        ) { s in
            s.lanes[0].summary = content.summaries[0]
            s.lanes[1].summary = content.summaries[1]
        }
        #expect(state == fullReload, sourceLocation: sourceLocation)
    }
    var stages: [Stage] { pipeline.stages }

    // MARK: - Loading

    @Test func startingAsksForTheRequestedPipeline() {
        var state = BoardState(width: 80, height: 24, now: BoardFixture.now, requestedPipeline: "Renewals")
        let effects = BoardReducer.start(&state)
        #expect(effects == [.loadBoard(BoardLoad(pipeline: .named("Renewals"), filter: "", limit: 12, stalledOnly: false))])
    }

    @Test func theFirstLoadSelectsTheTopCardOfTheFirstLane() {
        var state = BoardState(width: 120, height: 40, now: BoardFixture.now)
        let deals = BoardFixture.sampleDeals(pipeline)
        let content = BoardFixture.content(pipeline, deals)
        expectReduce(&state, .boardLoaded(content)) { s in
            s.pipeline = pipeline
            s.pipelines = [pipeline]
            s.lanes = pipeline.stages.map { stage in
                Lane(stage: stage, summary: content.summaries.first { $0.stageID == stage.id }!,
                     deals: deals.filter { $0.stageID == stage.id })
            }
            s.badges = Dictionary(uniqueKeysWithValues: deals.map { ($0.id, CardBadges(nextActivity: .none, idleDays: 3)) })
        }
        #expect(state.selectedDeal?.title == "Acme renewal")
    }

    // MARK: - Selection

    @Test func arrowsAndVimKeysMoveTheSelection() {
        var state = BoardFixture.loaded()
        expectReduce(&state, .keyPressed(.c("j"))) { $0.lanes[0].selected = 1 }
        expectReduce(&state, .keyPressed(.down)) { $0.lanes[0].selected = 2 }
        expectReduce(&state, .keyPressed(.down))  // the last card stays selected
        expectReduce(&state, .keyPressed(.c("k"))) { $0.lanes[0].selected = 1 }
        expectReduce(&state, .keyPressed(.c("l"))) { $0.focusedLane = 1 }
        expectReduce(&state, .keyPressed(.left)) { $0.focusedLane = 0 }
        expectReduce(&state, .keyPressed(.c("G"))) { $0.lanes[0].selected = 2 }
        expectReduce(&state, .keyPressed(.c("g"))) { $0.lanes[0].selected = 0 }
        expectReduce(&state, .keyPressed(.end)) { $0.focusedLane = 4 }
        expectReduce(&state, .keyPressed(.home)) { $0.focusedLane = 0 }
    }

    @Test func lanesThatDoNotFitScrollSideways() {
        var state = BoardFixture.loaded(width: 80, height: 24)
        #expect(state.layout.visibleLaneCount == 3)
        expectReduce(&state, .keyPressed(.end)) { s in
            s.focusedLane = 4
            s.firstVisibleLane = 2
        }
        expectReduce(&state, .keyPressed(.c("h"))) { $0.focusedLane = 3 }
        expectReduce(&state, .keyPressed(.home)) { s in
            s.focusedLane = 0
            s.firstVisibleLane = 0
        }
    }

    @Test func pagingPastTheLoadedCardsAsksForTheNextPageByKeyset() {
        let stage = stages[0]
        let deals = (1...30).map { BoardFixture.deal(Int64($0), "Deal \($0)", stage: stage) }
        var state = BoardFixture.loaded(width: 80, height: 24, deals: deals)
        // The store returned only a page: cards 0..<12 of 30.
        var content = BoardFixture.content(pipeline, deals)
        content.pages[0].deals = Array(deals.prefix(12))
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(content))
        #expect(state.layout.cardCapacity == 4)
        expectReduce(&state, .keyPressed(.pageDown)) { s in
            s.lanes[0].selected = 4
            s.lanes[0].top = 1
        }
        expectReduce(&state, .keyPressed(.pageDown)) { s in
            s.lanes[0].selected = 8
            s.lanes[0].top = 5
        }
        expectReduce(&state, .keyPressed(.pageDown), effects: [
            .loadLane(LaneRequest(stageID: stage.id, start: .key(deals[11].key, skip: -6), limit: 12), filter: ""),
        ]) { s in
            s.lanes[0].selected = 12
            s.lanes[0].top = 9
        }
        expectReduce(&state, .lanePageLoaded(LanePage(stageID: stage.id, deals: Array(deals[5..<17]), firstIndex: 5))) { s in
            s.lanes[0].deals = Array(deals[5..<17])
            s.lanes[0].firstIndex = 5
            // Badges follow the loaded cards: 3 days in stage, nothing planned.
            s.badges = Dictionary(uniqueKeysWithValues: deals[5..<17].map { ($0.id, CardBadges(nextActivity: .none, idleDays: 3)) })
        }
        #expect(state.selectedDeal?.title == "Deal 13")
        expectReduce(&state, .keyPressed(.c("G")), effects: [
            .loadLane(LaneRequest(stageID: stage.id, start: .last, limit: 12), filter: ""),
        ]) { s in
            s.lanes[0].selected = 29
            s.lanes[0].top = 26
        }
    }

    // MARK: - Moving deals

    @Test func shiftLAndGreaterThanMoveTheDealToTheNextStage() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        expectReduce(&state, .keyPressed(.c("L")), effects: [.saveMove(DealMove(deal: acme, toStage: stages[1], place: .bottom))])
        expectReduce(&state, .keyPressed(.c(">")), effects: [.saveMove(DealMove(deal: acme, toStage: stages[1], place: .bottom))])
    }

    @Test func movingBeforeTheFirstStageIsRefusedWithAMessage() {
        var state = BoardFixture.loaded()
        expectReduce(&state, .keyPressed(.c("H"))) { $0.message = .error("'Acme renewal' is already in the first stage") }
        expectReduce(&state, .keyPressed(.c("<"))) { $0.message = .error("'Acme renewal' is already in the first stage") }
    }

    @Test func mThenADigitMovesToThatStage() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        expectReduce(&state, .keyPressed(.c("m"))) { s in
            s.mode = .choosingStage
            s.message = BoardMessage("Move to stage: 1-5 (Esc cancels)")
        }
        expectReduce(&state, .keyPressed(.c("4")), effects: [.saveMove(DealMove(deal: acme, toStage: stages[3], place: .bottom))]) { s in
            s.mode = .browsing
            s.message = nil
        }
        press(&state, .c("m"))
        expectReduce(&state, .keyPressed(.c("9"))) { s in
            s.mode = .browsing
            s.message = .error("No stage 9: use 1 to 5")
        }
        press(&state, .c("m"))
        expectReduce(&state, .keyPressed(.escape)) { s in
            s.mode = .browsing
            s.message = BoardMessage("Move cancelled")
        }
    }

    @Test func aSavedMoveUpdatesItsTwoLanesFromTheMoveReadsTheirTotalsAndTheSelectionFollowsTheDeal() {
        var state = BoardFixture.loaded()
        var acme = state.selectedDeal!
        let change = StageChange(
            id: 9, dealID: 1, fromStageID: stages[0].id, toStageID: stages[1].id, fromStageName: "Prospecting",
            toStageName: "Qualifying", kind: .moved, at: BoardFixture.now)
        let before = acme
        acme.stageID = stages[1].id
        acme.stageEnteredAt = BoardFixture.now
        acme.lanePosition = 0
        acme.version = 2
        let entry = UndoEntry(DealRevision(dealID: before.id, before: before, after: acme, history: [change]), summary: "Moved 'Acme renewal' to Qualifying")
        let saved = SavedChange(
            message: entry.summary, undo: entry, dealID: 1, stageID: stages[1].id, move: SavedMove(before: before, after: acme))
        let sample = BoardFixture.sampleDeals(pipeline)
        let totals = LanesLoad(pipelineID: 1, filter: "", requests: [], totals: [stages[0].id, stages[1].id])
        // No page is read: Acme leaves Prospecting's page and goes on top of Qualifying's; only the totals are asked for.
        expectReduce(&state, .changeSaved(saved), effects: [.loadLanes(totals)]) { s in
            s.message = BoardMessage("Moved 'Acme renewal' to Qualifying")
            s.undoStack = [entry]
            s.focusedLane = 1
            s.lanes[0].deals = Array(sample[1...2])
            s.lanes[0].summary.dealCount = 2
            s.lanes[1].deals = [acme, sample[3]]
            s.lanes[1].summary.dealCount = 2
            s.badges[1] = CardBadges(nextActivity: .none, idleDays: 0)
        }
        #expect(state.selectedDeal?.id == 1)
        #expect(state.lanes[0].selectedDeal?.title == "Globex pilot")
        // The store answers with the two lanes' totals: the same board as a full reload would have given.
        var deals = sample
        deals[0] = acme
        expectTotalsLoadedLikeAFullReload(&state, deals)

        // u takes it back, again from the move itself; Ctrl-R puts it again.
        expectReduce(&state, .keyPressed(.c("u")), effects: [.undo(entry)]) { s in
            s.undoStack = []
            s.message = nil
        }
        let undone = UndoEntry(DealRevision(dealID: before.id, before: before, after: acme, history: [change]), summary: entry.summary)
        expectReduce(&state, .undoSaved(undone), effects: [.loadLanes(totals)]) { s in
            s.redoStack = [undone]
            s.message = BoardMessage("Undid: Moved 'Acme renewal' to Qualifying")
            s.focusedLane = 0
            s.lanes[0].deals = Array(sample[0...2])
            s.lanes[0].summary.dealCount = 3
            s.lanes[1].deals = [sample[3]]
            s.lanes[1].summary.dealCount = 1
            s.badges[1] = CardBadges(nextActivity: .none, idleDays: 3)
        }
        #expect(state.selectedDeal?.id == 1)
        expectReduce(&state, .keyPressed(.control("r")), effects: [.redo(undone)]) { s in
            s.redoStack = []
            s.message = nil
        }
        expectReduce(&state, .keyPressed(.c("u"))) { $0.message = BoardMessage("Nothing to undo") }
    }

    @Test func aDealSentOnWithLJoinsTheEndOfTheNextLaneAndTheSelectionStaysOnTheCardThatTookItsPlace() {
        var state = BoardFixture.loaded()
        var acme = state.selectedDeal!
        let change = StageChange(
            id: 9, dealID: 1, fromStageID: stages[0].id, toStageID: stages[1].id, fromStageName: "Prospecting",
            toStageName: "Qualifying", kind: .moved, at: BoardFixture.now)
        let before = acme
        let sample = BoardFixture.sampleDeals(pipeline)
        acme.stageID = stages[1].id
        acme.stageEnteredAt = BoardFixture.now
        acme.lanePosition = sample[3].lanePosition + 1
        acme.version = 2
        let entry = UndoEntry(DealRevision(dealID: before.id, before: before, after: acme, history: [change]), summary: "Moved 'Acme renewal' to Qualifying")
        let saved = SavedChange(
            message: entry.summary, undo: entry, dealID: 1, stageID: stages[1].id, move: SavedMove(before: before, after: acme),
            selectsDeal: false)
        let totals = LanesLoad(pipelineID: 1, filter: "", requests: [], totals: [stages[0].id, stages[1].id])
        // Prospecting keeps the focus and its window; Qualifying takes the deal below its cards.
        expectReduce(&state, .changeSaved(saved), effects: [.loadLanes(totals)]) { s in
            s.message = BoardMessage("Moved 'Acme renewal' to Qualifying")
            s.undoStack = [entry]
            s.lanes[0].deals = Array(sample[1...2])
            s.lanes[0].summary.dealCount = 2
            s.lanes[1].deals = [sample[3], acme]
            s.lanes[1].summary.dealCount = 2
            s.badges[1] = CardBadges(nextActivity: .none, idleDays: 0)
        }
        #expect(state.focusedLane == 0)
        #expect(state.selectedDeal?.title == "Globex pilot")
        #expect(state.lanes[1].selectedDeal?.id == sample[3].id)
        // The store answers with the two lanes' totals: the same board as a full reload would have given.
        var deals = sample
        deals[0] = acme
        expectTotalsLoadedLikeAFullReload(&state, deals)
        // L again sends the next card on, from the same place.
        expectReduce(&state, .keyPressed(.c("L")), effects: [.saveMove(DealMove(deal: sample[1], toStage: stages[1], place: .bottom))]) {
            $0.message = nil
        }
    }

    @Test func aDealSentToTheEndOfALongLaneReadsNoPage() {
        let lane = (10...69).map { BoardFixture.deal(Int64($0), "Deal \($0)", stage: stages[1]) }
        var state = BoardFixture.loaded()
        // Only the first page of Qualifying is loaded, as the store gives it.
        var content = BoardFixture.content(pipeline, Array(BoardFixture.sampleDeals(pipeline).prefix(3)) + lane)
        content.pages[1].deals = Array(lane.prefix(state.layout.pageLimit))
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(content))
        #expect(state.lanes[1].count == 60)
        var acme = state.selectedDeal!
        let before = acme
        acme.stageID = stages[1].id
        acme.lanePosition = lane.last!.lanePosition + 1
        acme.version = 2
        let saved = SavedChange(
            message: "Moved 'Acme renewal' to Qualifying", dealID: 1, stageID: stages[1].id, move: SavedMove(before: before, after: acme),
            selectsDeal: false)
        let totals = LanesLoad(pipelineID: 1, filter: "", requests: [], totals: [stages[0].id, stages[1].id])
        expectReduce(&state, .changeSaved(saved), effects: [.loadLanes(totals)]) { s in
            s.message = BoardMessage("Moved 'Acme renewal' to Qualifying")
            s.lanes[0].deals = Array(BoardFixture.sampleDeals(pipeline)[1...2])
            s.lanes[0].summary.dealCount = 2
            s.lanes[1].summary.dealCount = 61
            s.badges[1] = nil
        }
        #expect(state.lanes[1].deals.map(\.id) == lane.prefix(state.layout.pageLimit).map(\.id))
    }

    @Test func aLaneWhoseLoadedCardsNoLongerFillTheScreenIsReadAgain() {
        let lane = (10...39).map { BoardFixture.deal(Int64($0), "Deal \($0)", stage: stages[0]) }
        var state = BoardFixture.loaded()
        let capacity = state.layout.cardCapacity
        // Prospecting has loaded exactly the cards on screen: one deal sent on leaves a row unloaded.
        var content = BoardFixture.content(pipeline, lane)
        content.pages[0].deals = Array(lane.prefix(capacity))
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(content))
        let sent = lane[0]
        var after = sent
        after.stageID = stages[1].id
        after.version = 2
        let saved = SavedChange(
            message: "Moved", dealID: sent.id, stageID: stages[1].id, move: SavedMove(before: sent, after: after), selectsDeal: false)
        let read = LanesLoad(
            pipelineID: 1, filter: "",
            requests: [LaneRequest(stageID: stages[0].id, start: .deal(sent.id, fallback: sent.key, skip: -capacity), limit: state.layout.pageLimit)],
            totals: [stages[0].id, stages[1].id])
        #expect(BoardReducer.reduce(into: &state, action: .changeSaved(saved)) == [.loadLanes(read)])
        #expect(state.lanes[1].deals.map(\.id) == [sent.id])
    }

    @Test func aDropBesideANeighbourReadsTheNewLanesPageAndACardOutsideTheLoadedStretchToo() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        let umbrella = state.lanes[1].deals[0]
        var placed = acme
        placed.stageID = stages[1].id
        placed.lanePosition = umbrella.lanePosition + 1
        let saved = SavedChange(
            message: "Moved", dealID: 1, stageID: stages[1].id, move: SavedMove(before: acme, after: placed, placedByNeighbour: true))
        let read = LanesLoad(
            pipelineID: 1, filter: "",
            requests: [LaneRequest(stageID: stages[1].id, start: .deal(1, fallback: umbrella.key, skip: -8), limit: 24)],
            totals: [stages[0].id, stages[1].id])
        #expect(BoardReducer.reduce(into: &state, action: .changeSaved(saved)) == [.loadLanes(read)])
        // Prospecting's page was updated from the move; Qualifying's waits for the store.
        #expect(state.lanes[0].deals.map(\.id) == [2, 3])
        #expect(state.lanes[1].deals.map(\.id) == [4])
        #expect(state.follow == 1)
    }

    @Test func aMoveTakesAStalledDealOutOfItsLanesStalledCountAndUndoPutsItBack() {
        let idle = BoardFixture.deal(7, "Idle deal", stage: stages[0], daysInStage: 40)
        var state = BoardFixture.loaded(deals: [idle])
        var content = BoardFixture.content(pipeline, [idle])
        content.stalledCounts = [stages[0].id: 3]
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(content))
        var moved = idle
        moved.stageID = stages[1].id
        moved.stageEnteredAt = BoardFixture.now
        moved.version = 2
        let change = StageChange(
            id: 9, dealID: 7, fromStageID: stages[0].id, toStageID: stages[1].id, fromStageName: "Prospecting",
            toStageName: "Qualifying", kind: .moved, at: BoardFixture.now)
        let entry = UndoEntry(DealRevision(dealID: idle.id, before: idle, after: moved, history: [change]), summary: "Moved 'Idle deal' to Qualifying")
        let saved = SavedChange(message: entry.summary, undo: entry, dealID: 7, stageID: stages[1].id, move: SavedMove(before: idle, after: moved))
        let totals = LanesLoad(pipelineID: 1, filter: "", requests: [], totals: [stages[0].id, stages[1].id])
        expectReduce(&state, .changeSaved(saved), effects: [.loadLanes(totals)]) { s in
            s.message = BoardMessage(entry.summary)
            s.undoStack = [entry]
            s.focusedLane = 1
            s.stalledCounts = [stages[0].id: 2]
            s.lanes[0].deals = []
            s.lanes[0].summary.dealCount = 0
            s.lanes[1].deals = [moved]
            s.lanes[1].summary.dealCount = 1
            s.badges = [7: CardBadges(nextActivity: .none, idleDays: 0)]
        }
        let after = BoardFixture.content(pipeline, [moved])
        expectReduce(&state, .lanesLoaded(LanesContent(summaries: Array(after.summaries[0...1]), pages: []))) { s in
            s.lanes[0].summary = after.summaries[0]
            s.lanes[1].summary = after.summaries[1]
        }
        // Undone: the deal is back with its old idle time, stalled where it was.
        expectReduce(&state, .undoSaved(entry), effects: [.loadLanes(totals)]) { s in
            s.redoStack = [entry]
            s.message = BoardMessage("Undid: Moved 'Idle deal' to Qualifying")
            s.focusedLane = 0
            s.stalledCounts = [stages[0].id: 3]
            s.lanes[0].deals = [idle]
            s.lanes[0].summary.dealCount = 1
            s.lanes[1].deals = []
            s.lanes[1].summary.dealCount = 0
            s.badges = [7: CardBadges(nextActivity: .none, stalled: true, idleDays: 40, rot: 2)]
        }
    }

    @Test func underTheStalledFilterOrForADealLeavingTheBoardASaveReloadsTheWholeBoard() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        var won = acme
        won.status = .won
        won.closedAt = BoardFixture.now
        let leaving = SavedChange(message: "Won", dealID: 1, stageID: nil, move: SavedMove(before: acme, after: won))
        var effects = BoardReducer.reduce(into: &state, action: .changeSaved(leaving))
        #expect(effects.count == 1)
        if case .loadBoard = effects.first {} else { Issue.record("expected a full reload: \(effects)") }

        state = BoardFixture.loaded()
        state.stalledOnly = true
        var moved = acme
        moved.stageID = stages[1].id
        effects = BoardReducer.reduce(
            into: &state, action: .changeSaved(SavedChange(message: "Moved", dealID: 1, stageID: stages[1].id, move: SavedMove(before: acme, after: moved))))
        #expect(effects.count == 1)
        if case .loadBoard = effects.first {} else { Issue.record("expected a full reload: \(effects)") }
    }

    // MARK: - Carrying

    @Test func spaceLLSpaceCarriesTheCardTwoLanesAndDropsItThere() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        let umbrella = state.lanes[1].deals[0]
        expectReduce(&state, .keyPressed(.space)) { s in
            s.mode = .carrying(Carry(deal: acme, fromLane: 0, fromIndex: 0, toLane: 0, toIndex: 0))
            s.message = BoardMessage("Carrying 'Acme renewal': ←→ lanes, ↑↓ place, space drops, Esc puts it back")
        }
        expectReduce(&state, .keyPressed(.c("l"))) { s in
            s.mode = .carrying(Carry(deal: acme, fromLane: 0, fromIndex: 0, toLane: 1, toIndex: 0))
            s.focusedLane = 1
        }
        expectReduce(&state, .keyPressed(.c("j"))) { s in
            s.mode = .carrying(Carry(deal: acme, fromLane: 0, fromIndex: 0, toLane: 1, toIndex: 1))
        }
        expectReduce(&state, .keyPressed(.c("j")))  // one card in Qualifying: the place below it is the last
        expectReduce(&state, .keyPressed(.right)) { s in
            s.mode = .carrying(Carry(deal: acme, fromLane: 0, fromIndex: 0, toLane: 2, toIndex: 0))
            s.focusedLane = 2
        }
        expectReduce(&state, .keyPressed(.space), effects: [.saveMove(DealMove(deal: acme, toStage: stages[2], place: .top))]) { s in
            s.mode = .browsing
            s.message = nil
        }
        // Dropped below a card: placed by naming its neighbour.
        state = BoardFixture.loaded()
        press(&state, .space, .c("l"), .c("j"))
        #expect(press(&state, .enter) == [.saveMove(DealMove(deal: acme, toStage: stages[1], place: .below(umbrella.id)))])
    }

    @Test func escPutsACarriedCardBackAndSavesNothing() {
        var state = BoardFixture.loaded()
        press(&state, .c("j"), .space, .c("l"), .c("l"))
        let before = state
        expectReduce(&state, .keyPressed(.escape)) { s in
            s.mode = .browsing
            s.focusedLane = 0
            s.message = BoardMessage("Put 'Globex pilot' back; nothing saved")
        }
        #expect(state.lanes == before.lanes)
    }

    @Test func carryingWithinTheLaneDropsBetweenNeighbours() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        press(&state, .space, .c("j"))
        #expect(state.mode == .carrying(Carry(deal: acme, fromLane: 0, fromIndex: 0, toLane: 0, toIndex: 1)))
        #expect(press(&state, .space) == [.saveMove(DealMove(deal: acme, toStage: stages[0], place: .below(2)))])
        // Dropped where it was picked up: nothing to save.
        state = BoardFixture.loaded()
        press(&state, .space)
        expectReduce(&state, .keyPressed(.space)) { s in
            s.mode = .browsing
            s.message = BoardMessage("'Acme renewal' stays where it was; nothing saved")
        }
    }

    // MARK: - Won, lost, detail

    @Test func wMarksWonAndXChoosesALostReason() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        expectReduce(&state, .keyPressed(.c("w")), effects: [.markWon(dealID: 1, expectedVersion: acme.version)])
        expectReduce(&state, .keyPressed(.c("x")), effects: [.loadLostReasons]) { s in
            s.mode = .choosingLostReason(LostReasonChooser(dealID: 1, dealVersion: 1))
        }
        expectReduce(&state, .lostReasonsLoaded(["price", "timing"])) { s in
            s.mode = .choosingLostReason(LostReasonChooser(dealID: 1, reasons: ["price", "timing"], dealVersion: 1))
        }
        expectReduce(&state, .keyPressed(.down)) { s in
            s.mode = .choosingLostReason(LostReasonChooser(dealID: 1, reasons: ["price", "timing"], selected: 1, dealVersion: 1))
        }
        expectReduce(&state, .keyPressed(.enter), effects: [.markLost(dealID: 1, reason: "timing", expectedVersion: 1)]) { s in
            s.mode = .browsing
        }
        // A new reason typed in wins over the list.
        press(&state, .c("x"))
        _ = BoardReducer.reduce(into: &state, action: .lostReasonsLoaded(["price"]))
        press(&state, .c("b"), .c("u"), .c("d"), .c("g"), .c("e"), .c("t"))
        #expect(press(&state, .enter) == [.markLost(dealID: 1, reason: "budget", expectedVersion: 1)])
        press(&state, .c("x"))
        expectReduce(&state, .keyPressed(.escape)) { s in
            s.mode = .browsing
            s.message = BoardMessage("Nothing saved")
        }
    }

    @Test func enterOpensTheDetailPaneAndEscClosesIt() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        expectReduce(&state, .keyPressed(.enter), effects: [.loadDetail(dealID: 1)]) { $0.mode = .detail(DetailPane(deal: acme)) }
        let history = [StageChange(dealID: 1, fromStageID: nil, toStageID: stages[0].id, fromStageName: nil, toStageName: "Prospecting", kind: .created, at: BoardFixture.now)]
        expectReduce(&state, .detailLoaded(acme, history)) { $0.mode = .detail(DetailPane(deal: acme, history: history)) }
        expectReduce(&state, .keyPressed(.c("j")))  // everything fits at 120x40: nothing to scroll
        var small = state
        small.height = 16
        expectReduce(&small, .keyPressed(.c("j"))) { $0.mode = .detail(DetailPane(deal: acme, history: history, scroll: 1)) }
        expectReduce(&state, .keyPressed(.escape)) { $0.mode = .browsing }
    }

    // MARK: - Forms

    @Test func nOpensAFormThatSavesANewDealInTheSelectedLane() {
        var state = BoardFixture.loaded()
        press(&state, .c("l"))
        expectReduce(&state, .keyPressed(.c("n"))) { s in
            s.mode = .form(DealForm(purpose: .create(stageID: stages[1].id), values: [.currency: "USD"]))
        }
        expectReduce(&state, .keyPressed(.enter)) { s in
            s.mode = .form(DealForm(
                purpose: .create(stageID: stages[1].id), values: [.currency: "USD"],
                error: "invalid title '': a deal needs a title that is not empty"))
        }
        press(&state, .c("数"), .c("据"), .tab, .c("1"), .c("2"), .c("k"), .tab, .tab, .c("X"), .backspace, .c("B"))
        #expect(state.mode == .form(DealForm(
            purpose: .create(stageID: stages[1].id),
            values: [.title: "数据", .value: "12k", .currency: "USD", .organization: "B"], focus: .organization)))
        let draft = DealFormDraft(title: "数据", value: Money(minorUnits: 1_200_000, currency: .usd), organization: "B")
        // The form stays open until the store answers; the saved change closes it.
        expectReduce(&state, .keyPressed(.enter), effects: [.createDeal(draft, pipelineID: 1, stageID: stages[1].id)])
        let saved = SavedChange(message: "Added '数据' to Qualifying", dealID: 9, stageID: stages[1].id)
        let effects = BoardReducer.reduce(into: &state, action: .changeSaved(saved))
        #expect(state.mode == .browsing)
        #expect(state.message == BoardMessage("Added '数据' to Qualifying"))
        #expect(effects.count == 1 && effects.allSatisfy { if case .loadBoard = $0 { true } else { false } })
        press(&state, .c("n"), .c("x"))
        expectReduce(&state, .keyPressed(.escape)) { s in
            s.mode = .browsing
            s.message = BoardMessage("Nothing saved")
        }
    }

    @Test func eEditsTheSelectedDealWithItsVersion() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        press(&state, .c("e"))
        #expect(state.mode == .form(.editing(acme)))
        press(&state, .backTab, .c("h"), .c("o"), .c("t"))
        let draft = DealFormDraft(title: "Acme renewal", value: Money(minorUnits: 1_200_000, currency: .usd), organization: "Acme Corp", temperature: .hot)
        #expect(press(&state, .enter) == [.editDeal(shown: acme, draft)])
    }

    @Test func aBadValueInTheFormNamesTheValue() {
        var state = BoardFixture.loaded()
        press(&state, .c("n"), .c("T"), .tab, .c("1"), .c("2"), .c("x"))
        press(&state, .enter)
        guard case .form(let form) = state.mode else { Issue.record("the form closed"); return }
        #expect(form.error?.hasPrefix("invalid amount '12x'") == true)
    }

    // MARK: - Filter, pipelines, help, quit

    @Test func slashFiltersAsYouTypeAndEscClears() {
        var state = BoardFixture.loaded()
        expectReduce(&state, .keyPressed(.c("/"))) { $0.mode = .filtering }
        expectReduce(&state, .keyPressed(.c("a")), effects: [.loadBoard(BoardLoad(pipeline: .id(1), filter: "a", limit: 24, recountsStalled: false))]) { $0.filter = "a" }
        expectReduce(&state, .keyPressed(.c("北")), effects: [.loadBoard(BoardLoad(pipeline: .id(1), filter: "a北", limit: 24, recountsStalled: false))]) { $0.filter = "a北" }
        expectReduce(&state, .keyPressed(.backspace), effects: [.loadBoard(BoardLoad(pipeline: .id(1), filter: "a", limit: 24, recountsStalled: false))]) { $0.filter = "a" }
        expectReduce(&state, .keyPressed(.enter)) { $0.mode = .browsing }
        expectReduce(&state, .keyPressed(.escape), effects: [.loadBoard(BoardLoad(pipeline: .id(1), filter: "", limit: 24))]) { $0.filter = "" }
    }

    @Test func aFilterThatHidesTheSelectionMovesItWithoutBlamingOthers() {
        var state = BoardFixture.loaded()
        press(&state, .c("j"), .c("j"), .c("/"), .c("a"))
        let deals = BoardFixture.sampleDeals(pipeline).filter { $0.title.lowercased().contains("a") }
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, deals)))
        #expect(state.message == nil)
        #expect(state.selectedDeal?.title == "Initech seats")
    }

    @Test func pSwitchesPipeline() {
        let renewals = BoardFixture.pipeline(id: 2, name: "Renewals", stageNames: ["New", "Won back"])
        var state = BoardFixture.loaded()
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, BoardFixture.sampleDeals(pipeline), pipelines: [pipeline, renewals])))
        expectReduce(&state, .keyPressed(.c("p"))) { $0.mode = .choosingPipeline(selected: 0) }
        expectReduce(&state, .keyPressed(.c("j"))) { $0.mode = .choosingPipeline(selected: 1) }
        expectReduce(&state, .keyPressed(.enter), effects: [.loadBoard(BoardLoad(pipeline: .id(2), filter: "", limit: 24))]) { s in
            s.mode = .browsing
            s.lanes = []
            s.pipeline = renewals
            s.message = BoardMessage("Pipeline Renewals")
        }
    }

    @Test func questionMarkShowsHelpAndQQuits() {
        var state = BoardFixture.loaded()
        expectReduce(&state, .keyPressed(.c("?"))) { $0.mode = .help(scroll: 0) }
        // A page down, but never past the last line of the help at the bottom of its box (36 lines).
        let limit = max(0, HelpView(keyMap: state.keyMap, scroll: 0).lines.count - 36)
        expectReduce(&state, .keyPressed(.pageDown)) { $0.mode = .help(scroll: min(36, limit)) }
        expectReduce(&state, .keyPressed(.pageDown)) { $0.mode = .help(scroll: limit) }
        expectReduce(&state, .keyPressed(.down))
        expectReduce(&state, .keyPressed(.escape)) { $0.mode = .browsing }
        expectReduce(&state, .keyPressed(.c("q")), effects: [.quit]) { $0.isFinished = true }
        var other = BoardFixture.loaded()
        expectReduce(&other, .keyPressed(.control("c")), effects: [.quit]) { $0.isFinished = true }
    }

    /// Every mode's name, by an exhaustive switch: a new mode fails to compile here until the test below reaches it.
    static func modeName(_ mode: BoardMode) -> String {
        switch mode {
        case .browsing: "browsing"
        case .choosingStage: "choosingStage"
        case .carrying: "carrying"
        case .detail: "detail"
        case .form: "form"
        case .choosingLostReason: "choosingLostReason"
        case .filtering: "filtering"
        case .choosingPipeline: "choosingPipeline"
        case .help: "help"
        case .loggingActivity: "loggingActivity"
        case .askingDay: "askingDay"
        case .qualifying: "qualifying"
        case .reviewing: "reviewing"
        case .insights: "insights"
        case .planner: "planner"
        case .laneBreakdown: "laneBreakdown"
        }
    }

    @Test func controlCQuitsFromEveryModeAndSavesNothingHalfDone() {
        // Each mode reached by its key, with something typed or carried where the mode takes it;
        // quit bound to no key at all, so only the fixed Ctrl-C can leave.
        let ways: [[Key]] = [
            [], [.c("m")], [.space, .c("l")], [.enter], [.c("n"), .c("H"), .c("a")], [.c("x")], [.c("/"), .c("a"), .c("c")],
            [.c("p")], [.c("?")], [.c("a"), .c("c")], [.c("z")], [.c("Q")], [.c("r")], [.c("i")], [.c("P"), .c("5")],
            [.c("b")],
        ]
        var reached: Set<String> = []
        for keys in ways {
            var state = BoardFixture.loaded()
            state.keyMap = KeyMap.standard.rebinding([.quit: []])
            for key in keys { _ = BoardReducer.reduce(into: &state, action: .keyPressed(key)) }
            let mode = Self.modeName(state.mode)
            reached.insert(mode)
            let effects = BoardReducer.reduce(into: &state, action: .keyPressed(.control("c")))
            let (finished, after) = (state.isFinished, Self.modeName(state.mode))
            #expect(effects == [.quit], "Ctrl-C in \(mode)")
            #expect(finished, "Ctrl-C in \(mode) did not quit")
            #expect(after == "browsing", "Ctrl-C in \(mode) left the board in \(after)")
        }
        #expect(reached.count == ways.count, "each way reaches its own mode: \(reached.sorted())")
    }

    @Test func aTooSmallWindowIgnoresKeysButQuit() {
        var state = BoardFixture.loaded()
        expectReduce(&state, .windowResized(width: 30, height: 10)) { s in
            s.width = 30
            s.height = 10
        }
        expectReduce(&state, .keyPressed(.c("L")))
        expectReduce(&state, .windowResized(width: 120, height: 40)) { s in
            s.width = 120
            s.height = 40
        }
        expectReduce(&state, .keyPressed(.c("q")), effects: [.quit]) { $0.isFinished = true }
    }

    // MARK: - Changes made elsewhere

    @Test func aChangeElsewhereReloadsAndKeepsTheSelectionOnItsDeal() {
        var state = BoardFixture.loaded()
        press(&state, .c("j"))
        let later = BoardFixture.now.addingTimeInterval(60)
        let reload = BoardLoad(pipeline: .id(1), filter: "", starts: [
            stages[0].id: .deal(1, fallback: BoardFixture.sampleDeals(pipeline)[0].key, skip: -8),
            stages[1].id: .deal(4, fallback: BoardFixture.sampleDeals(pipeline)[3].key, skip: -8),
        ], limit: 24)
        expectReduce(&state, .storeChangedElsewhere(now: later), effects: [.loadBoard(reload)]) { s in
            s.now = later
            s.reloadingForOutsideChange = true
        }
        // A new deal arrived on top of the lane: the selection stays on Globex.
        var deals = BoardFixture.sampleDeals(pipeline)
        deals.append(BoardFixture.deal(5, "New from the CLI", stage: stages[0], position: 0))
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, deals)))
        #expect(state.selectedDeal?.title == "Globex pilot")
        #expect(state.lanes[0].selected == 2)
        // Globex was deleted elsewhere: the neighbour is selected and the message says why.
        deals.removeAll { $0.id == 2 }
        _ = BoardReducer.reduce(into: &state, action: .storeChangedElsewhere(now: later))
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, deals)))
        #expect(state.selectedDeal?.title == "Initech seats")
        #expect(state.message == BoardMessage("'Globex pilot' left Prospecting (changed elsewhere); selected its neighbour"))
    }

    @Test func aRefusedChangeShowsWhyAndReloads() {
        var state = BoardFixture.loaded()
        let effects = BoardReducer.reduce(into: &state, action: .changeFailed("deal 1 was changed elsewhere since it was shown; showing the new version, nothing was saved"))
        #expect(state.message?.isError == true)
        guard case .loadBoard = effects.first else { Issue.record("no reload"); return }
    }

    // MARK: - Mouse

    @Test func aClickSelectsTheCardUnderIt() {
        var state = BoardFixture.loaded()
        // 120 columns, 5 lanes of 24: column 5 is lane 0; the second card starts at row 9.
        expectReduce(&state, .mouseClicked(x: 5, y: 10)) { $0.lanes[0].selected = 1 }
        expectReduce(&state, .mouseClicked(x: 30, y: 6)) { $0.focusedLane = 1 }
        expectReduce(&state, .wheelScrolled(x: 5, y: 6, down: true)) { s in
            s.focusedLane = 0
            s.lanes[0].selected = 2
        }
    }
}

/// A filter selects its first match instead of leaving the selection in an empty lane.
@Suite("Filter: the first match is selected")
struct FilterSelectsFirstMatchTests {
    let pipeline = BoardFixture.pipeline()

    @Test func aFilterThatEmptiesTheFocusedLaneSelectsTheFirstMatch() {
        var state = BoardFixture.loaded()
        #expect(state.focusedLane == 0)
        press(&state, .c("/"), .c("u"), .c("m"), .c("b"))
        let matches = BoardFixture.sampleDeals(pipeline).filter { $0.title.lowercased().contains("umb") }
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, matches)))
        #expect(state.focusedLane == 1)
        #expect(state.selectedDeal?.title == "Umbrella rollout")
    }

    @Test func aFilterThatMatchesNothingLeavesTheFocusWhereItIs() {
        var state = BoardFixture.loaded()
        press(&state, .c("l"), .c("l"), .c("/"), .c("q"))
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, [])))
        #expect(state.focusedLane == 2)
        #expect(state.selectedDeal == nil)
    }
}

/// Ctrl-D and Ctrl-U move half a page of cards, as in vim.
@Suite("Half-page keys")
struct HalfPageKeyTests {
    let pipeline = BoardFixture.pipeline()

    @Test func controlDAndControlUMoveHalfTheCardsALaneShows() {
        let stage = pipeline.stages[0]
        let deals = (1...12).map { BoardFixture.deal(Int64($0), "Deal \($0)", stage: stage) }
        var state = BoardFixture.loaded(width: 80, height: 24, deals: deals)
        #expect(state.layout.cardCapacity == 4)
        expectReduce(&state, .keyPressed(.control("d"))) { $0.lanes[0].selected = 2 }
        expectReduce(&state, .keyPressed(.control("d"))) { s in
            s.lanes[0].selected = 4
            s.lanes[0].top = 1
        }
        expectReduce(&state, .keyPressed(.control("u"))) { $0.lanes[0].selected = 2 }
        press(&state, .control("u"), .control("u"))
        #expect(state.lanes[0].selected == 0)
        var small = BoardFixture.loaded(width: 40, height: 12, deals: deals)
        #expect(small.layout.cardCapacity == 1)
        expectReduce(&small, .keyPressed(.control("d"))) { s in
            s.lanes[0].selected = 1
            s.lanes[0].top = 1
        }
    }
}
