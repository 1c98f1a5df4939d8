import FunnelStore

/// History entries of a bulk load (`stage_change`), many to one statement, in the order added.
struct ServerStageChangeBatch {
    private struct Entry {
        var dealID: Int64
        var fromStageID: Int64?
        var toStageID: Int64
        var fromStage: String?
        var toStage: String
        var kind: String
        var at: Int64
    }

    private var entries: ServerRowBatch<Entry>

    /// A batch whose entries are all by the author of the write running now (`WriteAuthor`).
    init(_ session: ServerSession) {
        let author = WriteAuthor.name
        entries = ServerRowBatch(
            session, into: "stage_change", columns: ["deal_id", "from_stage_id", "to_stage_id", "from_stage", "to_stage", "kind", "at", "author"]
        ) { entry, sql in
            [sql.bind(entry.dealID), sql.bind(entry.fromStageID), sql.bind(entry.toStageID), sql.bind(entry.fromStage),
             sql.bind(entry.toStage), sql.bind(entry.kind), sql.bind(entry.at), sql.bind(author)]
        }
    }

    /// Adds an entry; written once a write's worth is waiting.
    mutating func add(
        dealID: Int64, fromStageID: Int64?, toStageID: Int64, fromStage: String?, toStage: String, kind: String, at: Int64
    ) throws {
        try entries.add(Entry(dealID: dealID, fromStageID: fromStageID, toStageID: toStageID, fromStage: fromStage, toStage: toStage, kind: kind, at: at))
    }

    /// Writes the entries still waiting.
    mutating func flush() throws { try entries.flush() }
}
