import PostgresNIO

extension ServerSession {
    /// Inserts `items` into `table` with `INSERT … SELECT * FROM unnest($1, $2, …)`: each column's values go to
    /// the server as one array (`ServerColumnArrays`), `rowsPerInsert` rows to a statement. `values` binds one
    /// item's columns, in `columns`' order, and returns their placeholders (which name the arrays). Rows are
    /// inserted in the order of the items, so identity ids follow it. Runs inside the caller's transaction: all or
    /// nothing.
    func insertAll<Item>(
        into table: String, columns: [String], _ items: some Sequence<Item>, suffix: String = "",
        values: (Item, inout ServerColumnArrays) -> [String]
    ) throws {
        var arrays = ServerColumnArrays()
        var placeholders: [String] = []
        func flush() throws {
            guard arrays.rows > 0 else { return }
            assert(placeholders.count == columns.count, "\(table): \(placeholders.count) values bound for \(columns.count) columns")
            try execute(PostgresQuery(
                unsafeSQL: """
                    INSERT INTO \(table) (\(columns.joined(separator: ", "))) \
                    SELECT * FROM unnest(\(placeholders.joined(separator: ", ")))\(suffix)
                    """,
                binds: arrays.bindings))
            arrays = ServerColumnArrays()
        }
        for item in items {
            placeholders = values(item, &arrays)
            arrays.endRow()
            if arrays.rows == Self.rowsPerInsert { try flush() }
        }
        try flush()
    }

    /// Rows one `insertAll` statement carries at most: the arrays of a few megabytes.
    static let rowsPerInsert = 10_000

    /// Moves the identity sequence of `table`'s `id` past its largest id, after rows were inserted with their ids.
    func advanceIdentity(of table: String) throws {
        try execute(PostgresQuery(unsafeSQL: """
            SELECT setval(pg_get_serial_sequence('\(table)', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM \(table)), false)
            """))
    }
}
