import FunnelStore

/// Links of imported deals to their ids in the file's system (`imported_deal`), many to one statement.
struct ServerImportedDealBatch {
    private struct Link {
        var dealID: Int64
        var source: String
        var externalID: String
        /// What the file said of the deal (`ImportedValues.encoded`).
        var lastValues: String
    }

    private var links: ServerRowBatch<Link>

    init(_ session: ServerSession) {
        links = ServerRowBatch(session, into: "imported_deal", columns: ["deal_id", "source", "external_id", "last_values"]) { link, sql in
            [sql.bind(link.dealID), sql.bind(link.source), sql.bind(link.externalID), sql.bind(link.lastValues)]
        }
    }

    /// Adds a link; written once a write's worth is waiting.
    mutating func add(dealID: Int64, source: String, externalID: String, lastValues: String) throws {
        try links.add(Link(dealID: dealID, source: source, externalID: externalID, lastValues: lastValues))
    }

    /// Writes the links still waiting.
    mutating func flush() throws { try links.flush() }
}
