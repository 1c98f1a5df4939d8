extension DemoDealChoices {
    /// One entry of a drawn deal's stage history, with stages as positions in the demo's stages.
    public struct HistoryEntry: Hashable, Sendable {
        /// The stage the deal came from; nil for its creation.
        public var fromStage: Int?
        /// The stage the entry put the deal in (its stage, for a win or loss).
        public var toStage: Int
        public var kind: StageChange.Kind
        /// Seconds since 1970.
        public var at: Int64
    }

    /// Calls `body` with each entry of the deal's history in the order a store writes them: its
    /// creation in the first stage, each move to the next stage, and its win or loss.
    ///
    /// The one description of a demo deal's history: the store's bulk insert writes these entries,
    /// adds up the report's kept figures from them, and `DemoPipeline.demoDeal(_:)` reads them.
    public func forEachHistoryEntry(_ body: (HistoryEntry) throws -> Void) rethrows {
        try body(HistoryEntry(fromStage: nil, toStage: 0, kind: .created, at: createdAt))
        for index in stageMoments.indices.dropFirst() {
            try body(HistoryEntry(fromStage: index - 1, toStage: index, kind: .moved, at: stageMoments[index]))
        }
        if let closedAt {
            try body(HistoryEntry(fromStage: stageIndex, toStage: stageIndex, kind: status == .won ? .won : .lost, at: closedAt))
        }
    }
}
