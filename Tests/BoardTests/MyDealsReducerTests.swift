import Board
import Foundation
import Pipeline
import Testing
import Wording

/// Issue 18: `o` switches the board between my deals (mine and the unowned) and everyone's; every read of the
/// lanes, the stalled counts and the review carries the scope, and a new deal's form starts owned by me.
@Suite("Board reducer: o, my deals and everyone's")
struct MyDealsReducerTests {
    let pipeline = BoardFixture.pipeline()
    let liWei = Salesperson(name: "Li Wei", source: .config)!

    func loaded(language: Language = .english) -> BoardState {
        var state = BoardState(width: 120, height: 40, now: BoardFixture.now, language: language)
        state.salesperson = liWei
        _ = BoardReducer.start(&state)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, BoardFixture.sampleDeals(pipeline))))
        return state
    }

    @Test func oShowsMyDealsThenEveryonesReloadingFromTheTopWithTheScope() {
        var state = loaded()
        state.focusedLane = 0
        var load = BoardLoad(pipeline: .id(1), filter: "", limit: state.layout.pageLimit, mine: liWei)
        expectReduce(&state, .keyPressed(.c("o")), effects: [.loadBoard(load)]) { s in
            s.mineOnly = true
            s.message = BoardMessage("Only your deals (Li Wei) and unowned ones; o shows everyone's")
        }
        #expect(state.shownMine == liWei)
        load.mine = nil
        expectReduce(&state, .keyPressed(.c("o")), effects: [.loadBoard(load)]) { s in
            s.mineOnly = false
            s.message = BoardMessage("Everyone's deals (o shows only yours)")
        }
    }

    @Test func oSaysItInChinese() {
        var state = loaded(language: .simplifiedChinese)
        _ = press(&state, .c("o"))
        #expect(state.message == BoardMessage("只显示你（Li Wei）的和没有负责人的商机；按 o 显示所有人的"))
        _ = press(&state, .c("o"))
        #expect(state.message == BoardMessage("显示所有人的商机（按 o 只看你的）"))
    }

    @Test func oWithoutAKnownUserDoesNothing() {
        var state = loaded()
        state.salesperson = nil
        expectReduce(&state, .keyPressed(.c("o")), effects: [])
    }

    @Test func oKeepsTheFilterAndTheStalledFilterAndRecountsStalledDeals() {
        var state = loaded()
        state.filter = "acme"
        state.stalledOnly = true
        let effects = press(&state, .c("o"))
        #expect(effects == [.loadBoard(BoardLoad(
            pipeline: .id(1), filter: "acme", limit: state.layout.pageLimit, stalledOnly: true, recountsStalled: true, mine: liWei))])
    }

    @Test func underOTheReviewAndEveryLaneReadCarryMyDeals() {
        var state = loaded()
        _ = press(&state, .c("o"))
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, BoardFixture.sampleDeals(pipeline))))
        // A saved move reads the two lanes again with the scope, pages included (never moved locally).
        let before = state.lanes[0].deals[0]
        var after = before
        after.stageID = pipeline.stages[1].id
        let effects = BoardReducer.reduce(into: &state, action: .changeSaved(SavedChange(
            message: "Moved", dealID: before.id, stageID: after.stageID, move: SavedMove(before: before, after: after))))
        guard case .loadLanes(let lanes)? = effects.first else {
            Issue.record("expected a lanes load, got \(effects)")
            return
        }
        #expect(lanes.mine == liWei)
        #expect(lanes.requests.count == 2)
        #expect(lanes.requests.allSatisfy { $0.mine == liWei })
        state.mode = .browsing
        #expect(press(&state, .c("r")) == [.loadReview(mine: liWei)])
    }

    @Test func aNewDealsFormStartsOwnedByTheUser() {
        var state = loaded()
        _ = press(&state, .c("n"))
        guard case .form(let form) = state.mode else {
            Issue.record("expected the form, got \(state.mode)")
            return
        }
        #expect(form.text(.owner) == "Li Wei")
        state.mode = .browsing
        state.salesperson = nil
        _ = press(&state, .c("n"))
        guard case .form(let unowned) = state.mode else { return }
        #expect(unowned.text(.owner) == "")
    }

    @Test func meInTheFormsOwnerFieldIsTheUser() {
        var state = loaded()
        state.focusedLane = 0
        var form = DealForm.new(stageID: pipeline.stages[0].id, currency: .usd, owner: "me")
        form.fields[.title] = TextField("Hooli pilot")
        state.mode = .form(form)
        let effects = press(&state, .enter)
        #expect(effects == [.createDeal(DealFormDraft(title: "Hooli pilot", value: .zero(.usd), owner: "Li Wei"), pipelineID: 1, stageID: pipeline.stages[0].id)])
    }

    @Test func oIsInTheKeyMapAndTheHelp() {
        #expect(KeyMap.standard.command(for: .c("o")) == .myDeals)
        #expect(BoardCommand.myDeals.rawValue == "my_deals")
        #expect(BoardCommand.myDeals.summary(in: .simplifiedChinese) == "在你的商机和所有人的商机之间切换")
    }
}
