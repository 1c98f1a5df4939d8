import FunnelStore
import GRDB

/// Activities of a bulk load (a demo's calls, e-mails, meetings and next steps), written many to one INSERT statement.
///
/// Written in the order they are added, so ids follow the deals' order. The deals' follow-up columns
/// (`last_done_at`, `last_contact_at`, `next_due`) are the loader's to write with the deal: this batch
/// writes activities only. Call `flush()` before reading them back or ending the transaction.
struct ActivityBatch {
    /// One activity waiting to be written.
    private struct Entry {
        var dealID: Int64
        var kind: String
        var subject: String
        var due: String?
        var doneAt: Int64?
        var owner: String
        var createdAt: Int64
    }

    private var entries: RowBatch<Entry>

    /// A batch whose activities are all by the author of the write running now (`WriteAuthor`).
    init(_ db: Database) throws {
        let author = WriteAuthor.name
        entries = try RowBatch(
            db, insertInto: "INSERT INTO activity (deal_id, kind, subject, due, done_at, owner, created_at, author)",
            placeholders: "(?, ?, ?, ?, ?, ?, ?, ?)"
        ) { entry, insert in
            insert.bind(entry.dealID)
            insert.bind(entry.kind)
            insert.bind(entry.subject)
            insert.bind(entry.due)
            insert.bind(entry.doneAt)
            insert.bind(entry.owner)
            insert.bind(entry.createdAt)
            insert.bind(author)
        }
    }

    /// Adds an activity (done when `doneAt` is set, else planned for `due`); written once a statement's worth is waiting.
    mutating func add(
        dealID: Int64, kind: String, subject: String, due: String?, doneAt: Int64?, owner: String, createdAt: Int64
    ) throws {
        try entries.add(Entry(dealID: dealID, kind: kind, subject: subject, due: due, doneAt: doneAt, owner: owner, createdAt: createdAt))
    }

    /// Writes the activities still waiting.
    mutating func flush() throws {
        try entries.flush()
    }
}
