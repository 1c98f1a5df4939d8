import Board
import Foundation
import Pipeline
import Testing

/// `u` undoes the newest change of any kind and says which; Ctrl-R puts it back; a change that cannot
/// be undone is named instead of being skipped over.
@Suite("Board reducer: undo and redo of every kind of change, newest first")
struct UndoReducerTests {
    let pipeline = BoardFixture.pipeline()
    var stages: [Stage] { pipeline.stages }
    let twelfth = CalendarDay(year: 2026, month: 12, day: 12)!

    /// Feeds an action whose effect is a reload of the whole board, checking the whole new state.
    private func expectReduceReloading(
        _ state: inout BoardState, _ action: BoardAction, sourceLocation: SourceLocation = #_sourceLocation,
        _ change: (inout BoardState) -> Void
    ) {
        var wanted = state
        change(&wanted)
        let effects = BoardReducer.reduce(into: &state, action: action)
        if effects.count == 1, case .loadBoard(let load) = effects[0] {
            #expect(load.pipeline == .id(pipeline.id) && load.filter.isEmpty, sourceLocation: sourceLocation)
        } else {
            Issue.record("expected one reload of the board: \(effects)", sourceLocation: sourceLocation)
        }
        #expect(state == wanted, sourceLocation: sourceLocation)
    }

    /// A snooze of `deal` until the 12th as the store records it.
    private func snooze(_ deal: Deal) -> (entry: UndoEntry, after: Deal) {
        var after = deal
        after.snoozedUntil = twelfth
        after.version += 1
        let summary = "Snoozed '\(deal.title)' until 2026-12-12"
        return (UndoEntry(DealRevision(dealID: deal.id, before: deal, after: after), summary: summary), after)
    }

    /// A move of `deal` to Qualifying as the store records it.
    private func move(_ deal: Deal) -> (entry: UndoEntry, after: Deal) {
        var after = deal
        after.stageID = stages[1].id
        after.stageEnteredAt = BoardFixture.now
        after.lanePosition = 0
        after.version += 1
        let change = StageChange(
            id: 9, dealID: deal.id, fromStageID: stages[0].id, toStageID: stages[1].id, fromStageName: stages[0].name,
            toStageName: stages[1].name, kind: .moved, at: BoardFixture.now)
        let revision = DealRevision(dealID: deal.id, before: deal, after: after, history: [change])
        return (UndoEntry(revision, summary: "Moved '\(deal.title)' to Qualifying"), after)
    }

    @Test func uUndoesTheMoveThenTheSnoozeBeforeIt() {
        var state = BoardFixture.loaded()
        let sample = BoardFixture.sampleDeals(pipeline)
        let (snoozed, acmeSnoozed) = snooze(sample[0])
        _ = BoardReducer.reduce(into: &state, action: .changeSaved(SavedChange(
            message: snoozed.summary, undo: snoozed, dealID: 1, stageID: stages[0].id)))
        var deals = sample
        deals[0] = acmeSnoozed
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, deals)))
        let (moved, globexMoved) = move(sample[1])
        _ = BoardReducer.reduce(into: &state, action: .changeSaved(SavedChange(
            message: moved.summary, undo: moved, dealID: 2, stageID: stages[1].id, move: SavedMove(before: sample[1], after: globexMoved))))
        #expect(state.undoStack == [snoozed, moved])

        // The newest change first: the move of Globex, not the snooze.
        expectReduce(&state, .keyPressed(.c("u")), effects: [.undo(moved)]) { s in
            s.undoStack = [snoozed]
            s.message = nil
        }
        var movedBack = moved
        movedBack.revision?.before?.version = 3
        _ = BoardReducer.reduce(into: &state, action: .undoSaved(movedBack))
        #expect(state.message == BoardMessage("Undid: Moved 'Globex pilot' to Qualifying"))
        #expect(state.redoStack == [movedBack])

        // Then the snooze, which is no move: the board is read again, the selection on the deal.
        expectReduce(&state, .keyPressed(.c("u")), effects: [.undo(snoozed)]) { s in
            s.undoStack = []
            s.message = nil
        }
        var snoozeUndone = snoozed
        snoozeUndone.revision?.before?.version = 3
        expectReduceReloading(&state, .undoSaved(snoozeUndone)) { s in
            s.redoStack = [movedBack, snoozeUndone]
            s.message = BoardMessage("Undid: Snoozed 'Acme renewal' until 2026-12-12")
            s.follow = 1
        }
        expectReduce(&state, .keyPressed(.control("r")), effects: [.redo(snoozeUndone)]) { s in
            s.redoStack = [movedBack]
            s.message = nil
        }
        expectReduceReloading(&state, .redoSaved(snoozed)) { s in
            s.undoStack = [snoozed]
            s.message = BoardMessage("Redid: Snoozed 'Acme renewal' until 2026-12-12")
            s.follow = 1
        }
    }

    @Test func undoingASnoozeLetsTheMoveOfTheSameDealBeforeItBeUndoneNext() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        let (moved, acmeMoved) = move(acme)
        let (snoozed, _) = snooze(acmeMoved)
        state.undoStack = [moved, snoozed]
        _ = press(&state, .c("u"))
        // The store restored the deal as the move left it, at a new version.
        var restored = acmeMoved
        restored.version = 4
        var undone = snoozed
        undone.revision?.before = restored
        var rebased = moved
        rebased.revision?.after?.version = 4
        expectReduceReloading(&state, .undoSaved(undone)) { s in
            // The move is expected at the version the undo left, so it is not taken for a change elsewhere.
            s.undoStack = [rebased]
            s.redoStack = [undone]
            s.message = BoardMessage("Undid: Snoozed 'Acme renewal' until 2026-12-12")
            s.follow = 1
            s.focusedLane = 1
        }
    }

    @Test func aChangeThatCannotBeUndoneIsNamedAndNothingOlderIsUndone() {
        var state = BoardFixture.loaded()
        let (moved, _) = move(state.selectedDeal!)
        let stuck = UndoEntry.cannotBeUndone(summary: "Imported 3 deals")
        state.undoStack = [moved, stuck]
        expectReduce(&state, .keyPressed(.c("u"))) { s in
            s.message = .error("The last change (Imported 3 deals) cannot be undone; nothing undone")
        }
        expectReduce(&state, .keyPressed(.c("u"))) { s in
            s.message = .error("The last change (Imported 3 deals) cannot be undone; nothing undone")
        }
    }

    @Test func aSavedChangeOfAnyKindGoesOnTopAndClearsRedo() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        let (moved, _) = move(acme)
        state.redoStack = [moved]
        var parked = acme
        parked.pipelineID = 2
        parked.stageID = 99
        parked.version = 2
        let entry = UndoEntry(DealRevision(dealID: 1, before: acme, after: parked), summary: "Parked 'Acme renewal' in Revisit")
        expectReduceReloading(&state, .changeSaved(SavedChange(message: entry.summary, undo: entry, dealID: 1, stageID: nil))) { s in
            s.undoStack = [entry]
            s.redoStack = []
            s.message = BoardMessage("Parked 'Acme renewal' in Revisit")
        }
    }
}
