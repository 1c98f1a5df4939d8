import FunnelStore
import GRDB

/// Rows of one table waiting to be written many to one INSERT statement.
///
/// A bulk load writes millions of rows; one statement per row spent more in SQLite's
/// per-statement work (begin, halt, reset) than in storing the rows. Rows are written in the
/// order they are added. Call `flush()` before reading the table back or ending the transaction.
struct RowBatch<Row> {
    /// Rows per multi-row statement.
    static var rowsPerStatement: Int { 64 }

    private var many: BulkInsert
    private var one: BulkInsert
    private var waiting: [Row] = []
    private let bind: (Row, inout BulkInsert) -> Void

    /// A batch for `INSERT INTO table (columns) VALUES`, one `placeholders` group such as
    /// `(?, ?, ?)` per row, binding a row's values in column order with `bind`.
    init(_ db: Database, insertInto head: String, placeholders: String, bind: @escaping (Row, inout BulkInsert) -> Void) throws {
        many = try BulkInsert(db, sql: head + " VALUES " + Array(repeating: placeholders, count: Self.rowsPerStatement).joined(separator: ", "))
        one = try BulkInsert(db, sql: head + " VALUES " + placeholders)
        self.bind = bind
        waiting.reserveCapacity(Self.rowsPerStatement)
    }

    /// Adds a row; written once a statement's worth is waiting.
    mutating func add(_ row: Row) throws {
        waiting.append(row)
        if waiting.count == Self.rowsPerStatement {
            for row in waiting { bind(row, &many) }
            try many.run()
            waiting.removeAll(keepingCapacity: true)
        }
    }

    /// Writes the rows still waiting.
    mutating func flush() throws {
        for row in waiting {
            bind(row, &one)
            try one.run()
        }
        waiting.removeAll(keepingCapacity: true)
    }
}
