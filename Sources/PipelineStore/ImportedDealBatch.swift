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
    }

    /// Links per multi-row statement.
    static let rowsPerStatement = 64
    private static let columns = "INSERT INTO imported_deal (deal_id, source, external_id) VALUES "

    private var many: BulkInsert
    private var one: BulkInsert
    private var waiting: [Link] = []

    init(_ db: Database) throws {
        let row = "(?, ?, ?)"
        many = try BulkInsert(db, sql: Self.columns + Array(repeating: row, count: Self.rowsPerStatement).joined(separator: ", "))
        one = try BulkInsert(db, sql: Self.columns + row)
        waiting.reserveCapacity(Self.rowsPerStatement)
    }

    /// Adds a link; written once a statement's worth is waiting.
    mutating func add(dealID: Int64, source: String, externalID: String) throws {
        waiting.append(Link(dealID: dealID, source: source, externalID: externalID))
        if waiting.count == Self.rowsPerStatement {
            for link in waiting { Self.bind(link, to: &many) }
            try many.run()
            waiting.removeAll(keepingCapacity: true)
        }
    }

    /// Writes the links still waiting.
    mutating func flush() throws {
        for link in waiting {
            Self.bind(link, to: &one)
            try one.run()
        }
        waiting.removeAll(keepingCapacity: true)
    }

    private static func bind(_ link: Link, to insert: inout BulkInsert) {
        insert.bind(link.dealID)
        insert.bind(link.source)
        insert.bind(link.externalID)
    }
}
