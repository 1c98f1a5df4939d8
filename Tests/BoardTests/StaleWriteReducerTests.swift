import Board
import Foundation
import Pipeline
import Testing
import Wording

/// A change refused because someone changed the deal since the board showed it (issue 18): the message line
/// says who changed what, the board reloads to show the deal as it is now, and the selection stays on that
/// deal wherever it went; a form keeps what was typed.
@Suite("Board reducer: a stale write refused with who changed what")
struct StaleWriteReducerTests {
    let pipeline = BoardFixture.pipeline()
    var stages: [Stage] { pipeline.stages }

    /// Li Wei's move of deal `id` to a stage, as the change log tells it.
    func movedByLiWei(_ id: Int64, to stage: Stage, minutesAgo: Double) -> StaleWrite {
        StaleWrite(dealID: id, change: DealChange(
            dealID: id, version: 2, by: "Li Wei", at: BoardFixture.now.addingTimeInterval(-minutesAgo * 60), kind: .moved,
            title: "Globex pilot", stageName: stage.name, fields: [.stage, .position]))
    }

    @Test func aRefusedChangeNamesWhoAndTheSelectionFollowsTheDealToItsNewLane() {
        var state = BoardFixture.loaded()
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.down))
        let globex = state.selectedDeal!
        #expect(globex.title == "Globex pilot")
        var current = globex
        current.stageID = stages[2].id
        current.version = 2
        let reason = movedByLiWei(globex.id, to: stages[2], minutesAgo: 2).sentence(now: BoardFixture.now, in: .english)
        #expect(reason == "Li Wei moved it to Contact 2 min ago; nothing saved")

        var wanted = state
        wanted.message = .error(reason)
        wanted.follow = globex.id
        wanted.focusedLane = 2
        let effects = BoardReducer.reduce(into: &state, action: .staleWriteRefused(reason: reason, current: current))
        #expect(state == wanted)
        guard effects.count == 1, case .loadBoard(let load) = effects[0] else {
            Issue.record("expected one reload of the board: \(effects)")
            return
        }
        #expect(load.pipeline == .id(pipeline.id))

        // The board as it is now: the deal is in Contact, and it is the one selected there.
        var deals = BoardFixture.sampleDeals(pipeline)
        deals[1] = current
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, deals)))
        #expect(state.focusedLane == 2)
        #expect(state.selectedDeal == current)
        #expect(state.message == .error(reason), "the reload keeps the refusal on the message line")
    }

    @Test func aDealDeletedMeanwhileLeavesTheSelectionWhereItWas() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        let reason = "Li Wei deleted it 1 min ago; nothing saved"
        var wanted = state
        wanted.message = .error(reason)
        let effects = BoardReducer.reduce(into: &state, action: .staleWriteRefused(reason: reason, current: nil))
        #expect(state == wanted)
        #expect(effects.count == 1)
        #expect(state.selectedDeal == acme)
    }

    @Test func anEditFormRefusedKeepsWhatWasTypedAndSaysWhoOnTheMessageLine() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character("e")))
        for character in " 2027" { _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character(character))) }
        var current = acme
        current.title = "Acme (Li)"
        current.version = 2
        let reason = "Li Wei changed its title 2 min ago; nothing saved"
        _ = BoardReducer.reduce(into: &state, action: .editRefused(changedMeanwhile: current, reason: reason))
        guard case .form(let form) = state.mode else { Issue.record("the form closed"); return }
        #expect(form.text(.title) == "Acme renewal 2027")
        #expect(form.purpose == .edit(current), "the next Enter saves against the version now stored")
        #expect(state.message == .error(reason))
    }

    /// The refusal on the message line of a board, in English and in Chinese.
    @Test(arguments: Language.allCases) func theRefusalOnTheMessageLine(language: Language) throws {
        var state = BoardState(width: 80, height: 24, now: BoardFixture.now, language: language)
        _ = BoardReducer.start(&state)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, BoardFixture.sampleDeals(pipeline))))
        let globex = BoardFixture.sampleDeals(pipeline)[1]
        var current = globex
        current.stageID = stages[2].id
        let stale = StaleWrite(dealID: globex.id, change: DealChange(
            dealID: globex.id, version: 2, by: language == .english ? "Li Wei" : "陈静", at: BoardFixture.now.addingTimeInterval(-120),
            kind: .moved, title: "Globex pilot", stageName: stages[2].name, fields: [.stage, .position]))
        let reason = stale.sentence(now: BoardFixture.now, in: language)
        _ = BoardReducer.reduce(into: &state, action: .staleWriteRefused(reason: reason, current: current))
        // The reload it asked for: the deal where it is now, still selected, the refusal still said.
        var deals = BoardFixture.sampleDeals(pipeline)
        deals[1] = current
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, deals)))
        #expect(state.selectedDeal == current)
        let frame = BoardView(state: state).render()
        try expectSnapshot(frame, named: "stale-write-refused-\(language.rawValue)-80x24")
        #expect(frame.text.contains(language == .english
            ? "Li Wei moved it to Contact 2 min ago; nothing saved" : "陈静 2 分钟前把它移到了“Contact”；未保存任何内容"))
    }
}
