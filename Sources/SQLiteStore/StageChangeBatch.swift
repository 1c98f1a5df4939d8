import FunnelStore
import GRDB

/// History entries of a bulk load, written many to one INSERT statement.
///
/// A million-deal demo writes almost five million entries; one statement per entry spent more
/// in SQLite's per-statement work (begin, halt, reset) than in storing the rows. Entries are
/// written in the order they are added, so ids still follow the deals' order. Call `flush()`
/// before reading the history back or ending the transaction.
struct StageChangeBatch {
    /// One entry waiting to be written.
    private struct Entry {
        var dealID: Int64
        var fromStageID: Int64?
        var toStageID: Int64
        var fromStage: String?
        var toStage: String
        var kind: String
        var at: Int64
    }

    private var entries: RowBatch<Entry>

    /// A batch whose entries are all by the author of the write running now (`WriteAuthor`).
    init(_ db: Database) throws {
        let author = WriteAuthor.name
        entries = try RowBatch(
            db, insertInto: "INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at, author)",
            placeholders: "(?, ?, ?, ?, ?, ?, ?, ?)"
        ) { entry, insert in
            insert.bind(entry.dealID)
            insert.bind(entry.fromStageID)
            insert.bind(entry.toStageID)
            insert.bind(entry.fromStage)
            insert.bind(entry.toStage)
            insert.bind(entry.kind)
            insert.bind(entry.at)
            insert.bind(author)
        }
    }

    /// Adds an entry; written once a statement's worth is waiting.
    mutating func add(
        dealID: Int64, fromStageID: Int64?, toStageID: Int64, fromStage: String?, toStage: String, kind: String, at: Int64
    ) throws {
        try entries.add(Entry(dealID: dealID, fromStageID: fromStageID, toStageID: toStageID, fromStage: fromStage, toStage: toStage, kind: kind, at: at))
    }

    /// Writes the entries still waiting.
    mutating func flush() throws {
        try entries.flush()
    }
}
