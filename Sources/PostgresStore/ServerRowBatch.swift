import FunnelStore
import PostgresNIO

/// Rows of one table waiting to be written many to one statement, one array per column (`ServerSession.insertAll`).
///
/// A bulk load writes millions of rows; one statement per row would spend a round trip to the server on each.
/// Rows are written in the order they are added, so identity ids follow that order. Call `flush()` before
/// reading the table back or ending the transaction. Rows that reference another batch's rows must be flushed
/// after it: the server checks foreign keys at each statement.
struct ServerRowBatch<Row> {
    /// Rows kept before a write.
    static var rowsPerWrite: Int { ServerSession.rowsPerInsert }

    private let session: ServerSession
    private let table: String
    private let columns: [String]
    private let values: (Row, inout ServerColumnArrays) -> [String]
    private var waiting: [Row] = []

    /// A batch for `INSERT INTO table (columns)`; `values` binds one row's values in column order and returns their placeholders.
    init(_ session: ServerSession, into table: String, columns: [String], values: @escaping (Row, inout ServerColumnArrays) -> [String]) {
        self.session = session
        self.table = table
        self.columns = columns
        self.values = values
        waiting.reserveCapacity(Self.rowsPerWrite)
    }

    /// Adds a row; written once a write's worth is waiting.
    mutating func add(_ row: Row) throws {
        waiting.append(row)
        if waiting.count == Self.rowsPerWrite { try flush() }
    }

    /// Writes the rows still waiting.
    mutating func flush() throws {
        guard !waiting.isEmpty else { return }
        try session.insertAll(into: table, columns: columns, waiting, values: values)
        waiting.removeAll(keepingCapacity: true)
    }
}
