import FunnelStore
import GRDB

/// A row read by column name through a table of its columns made once per query.
///
/// GRDB finds a column by name by lowercasing each column name in turn: for the forty columns of a deal
/// that was most of the cost of loading a board page (150 cards per filter key), more than the SQL.
struct NamedColumns {
    let row: Row
    private let indexes: [String: Int]

    /// Column indexes by name, the leftmost for a repeated name.
    static func indexes(_ names: some Sequence<String>) -> [String: Int] {
        var indexes: [String: Int] = [:]
        for (index, name) in names.enumerated() where indexes[name] == nil {
            indexes[name] = index
        }
        return indexes
    }

    init(_ row: Row) {
        self.init(row, indexes: Self.indexes(row.columnNames))
    }

    /// A row of a query whose column indexes are known already (one table for every row of a statement).
    init(_ row: Row, indexes: [String: Int]) {
        self.row = row
        self.indexes = indexes
    }

    /// The value of a column, as `Row`'s subscript gives it (a name spelled otherwise goes through `Row` itself).
    subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value {
        if let index = indexes[name] { return row[index] }
        return row[name]
    }

    /// The same, read straight from SQLite for the types that allow it (integers, doubles, text).
    subscript<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ name: String) -> Value {
        if let index = indexes[name] { return row[index] }
        return row[name]
    }
}
