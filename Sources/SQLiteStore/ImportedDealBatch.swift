import FunnelStore
import GRDB

/// Links of imported deals to their ids in the file's system (`imported_deal`), written many to one
/// INSERT statement.
///
/// An import of 100,000 rows writes 100,000 links; one statement each spent more in SQLite's
/// per-statement work than in storing the rows. Call `flush()` before reading links back or
/// ending the transaction.
struct ImportedDealBatch {
    /// One link waiting to be written.
    private struct Link {
        var dealID: Int64
        var source: String
        var externalID: String
        /// What the file said of the deal (`ImportedValues.encoded`).
        var lastValues: String
    }

    private var links: RowBatch<Link>

    init(_ db: Database) throws {
        links = try RowBatch(
            db, insertInto: "INSERT INTO imported_deal (deal_id, source, external_id, last_values)", placeholders: "(?, ?, ?, ?)"
        ) { link, insert in
            insert.bind(link.dealID)
            insert.bind(link.source)
            insert.bind(link.externalID)
            insert.bind(link.lastValues)
        }
    }

    /// Adds a link; written once a statement's worth is waiting.
    mutating func add(dealID: Int64, source: String, externalID: String, lastValues: String) throws {
        try links.add(Link(dealID: dealID, source: source, externalID: externalID, lastValues: lastValues))
    }

    /// Writes the links still waiting.
    mutating func flush() throws {
        try links.flush()
    }
}
