import Pipeline

extension BoardReducer {
    /// `u`: takes back the newest change, whatever its kind; one that cannot be undone stays on top and is named.
    static func undoNewest(_ state: inout BoardState) -> [BoardEffect] {
        guard let entry = state.undoStack.last else {
            state.message = BoardMessage(state.text(.nothingToUndo))
            return []
        }
        guard entry.revision != nil else {
            state.message = .error(state.text(.cannotUndo(summary: entry.summary)))
            return []
        }
        state.undoStack.removeLast()
        return [.undo(entry)]
    }

    /// Ctrl-R: puts back the newest change undone.
    static func redoNewest(_ state: inout BoardState) -> [BoardEffect] {
        guard let entry = state.redoStack.popLast() else {
            state.message = BoardMessage(state.text(.nothingToRedo))
            return []
        }
        return [.redo(entry)]
    }

    /// After an undo or a redo saved `deal`, the next entry for the same deal expects the version
    /// it left the deal at; that version is gone (the undo raised it). When the deal is exactly in
    /// that state again (only its version and change time differ), the entry takes the new version,
    /// so undoing several changes in a row is not mistaken for a change made elsewhere. When anyone
    /// else changed the deal in between, the states differ and the entry keeps its old version.
    static func rebase(_ stack: inout [UndoEntry], onto deal: Deal?, expecting side: WritableKeyPath<DealRevision, Deal?>) {
        guard let deal, let index = stack.lastIndex(where: { $0.dealID == deal.id }),
              var expected = stack[index].revision?[keyPath: side] else { return }
        expected.version = deal.version
        expected.updatedAt = deal.updatedAt
        guard expected == deal else { return }
        stack[index].revision?[keyPath: side]?.version = deal.version
    }
}
