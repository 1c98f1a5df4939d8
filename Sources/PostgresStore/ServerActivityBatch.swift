import FunnelStore

/// Activities of a bulk load (a demo's calls, e-mails, meetings and next steps), many to one statement, in
/// the order added. The deals' follow-up columns are the loader's to write with the deal.
struct ServerActivityBatch {
    private struct Entry {
        var dealID: Int64
        var kind: String
        var subject: String
        var due: String?
        var doneAt: Int64?
        var owner: String
        var createdAt: Int64
    }

    private var entries: ServerRowBatch<Entry>

    /// A batch whose activities are all by the author of the write running now (`WriteAuthor`).
    init(_ session: ServerSession) {
        let author = WriteAuthor.name
        entries = ServerRowBatch(
            session, into: "activity", columns: ["deal_id", "kind", "subject", "due", "done_at", "owner", "created_at", "author"]
        ) { entry, sql in
            [sql.bind(entry.dealID), sql.bind(entry.kind), sql.bind(entry.subject), sql.bind(entry.due),
             sql.bind(entry.doneAt), sql.bind(entry.owner), sql.bind(entry.createdAt), sql.bind(author)]
        }
    }

    /// Adds an activity (done when `doneAt` is set, else planned for `due`).
    mutating func add(
        dealID: Int64, kind: String, subject: String, due: String?, doneAt: Int64?, owner: String, createdAt: Int64
    ) throws {
        try entries.add(Entry(dealID: dealID, kind: kind, subject: subject, due: due, doneAt: doneAt, owner: owner, createdAt: createdAt))
    }

    /// Writes the activities still waiting.
    mutating func flush() throws { try entries.flush() }
}
