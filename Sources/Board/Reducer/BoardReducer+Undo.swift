import Pipeline

extension BoardReducer {
    /// After an undo or a redo saved `deal`, the next entry for the same deal expects the version
    /// it left the deal at; that version is gone (the undo raised it). When the deal is exactly in
    /// that state again (only its version and change time differ), the entry takes the new version,
    /// so undoing several changes in a row is not mistaken for a change made elsewhere. When anyone
    /// else changed the deal in between, the states differ and the entry keeps its old version.
    static func rebase(_ stack: inout [UndoEntry], onto deal: Deal, expecting side: WritableKeyPath<UndoEntry, Deal>) {
        guard let index = stack.lastIndex(where: { $0[keyPath: side].id == deal.id }) else { return }
        var expected = stack[index][keyPath: side]
        expected.version = deal.version
        expected.updatedAt = deal.updatedAt
        guard expected == deal else { return }
        stack[index][keyPath: side].version = deal.version
    }
}
