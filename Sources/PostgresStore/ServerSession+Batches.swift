import PostgresNIO

extension ServerSession {
    /// Inserts `items` into `table` with multi-row `INSERT … VALUES` statements, as many rows per statement as the
    /// protocol's 65,535 bound values allow; `values` binds one item's columns into the statement and returns their
    /// placeholders, in `columns`' order. Runs inside the caller's transaction: all or nothing.
    func insertAll<Item>(
        into table: String, columns: [String], _ items: some Sequence<Item>, suffix: String = "",
        values: (Item, inout ServerSQL) -> [String]
    ) throws {
        let rowsPerStatement = max(1, 60_000 / max(1, columns.count))
        let head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        var statement = ServerSQL(head)
        var rows = 0
        func flush() throws {
            guard rows > 0 else { return }
            statement.append(suffix)
            try execute(statement.query)
            statement = ServerSQL(head)
            rows = 0
        }
        for item in items {
            let placeholders = values(item, &statement)
            statement.append((rows == 0 ? "(" : ", (") + placeholders.joined(separator: ", ") + ")")
            rows += 1
            if rows == rowsPerStatement { try flush() }
        }
        try flush()
    }

    /// Moves the identity sequence of `table`'s `id` past its largest id, after rows were inserted with their ids.
    func advanceIdentity(of table: String) throws {
        try execute(PostgresQuery(unsafeSQL: """
            SELECT setval(pg_get_serial_sequence('\(table)', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM \(table)), false)
            """))
    }
}
