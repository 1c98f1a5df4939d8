import Wording
import FunnelStore
import PostgresNIO

/// One row the server returned, read by column name.
///
/// A value of the wrong type for its column (a schema changed by hand) is a `StoreError` naming the column,
/// never a crash.
struct ServerRow {
    private let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        self.row = row.makeRandomAccess()
    }

    /// The value of `column` as `T` (an optional type for a column that may be NULL).
    subscript<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) -> T {
        get throws {
            guard row.contains(column) else { throw StoreError.failed(ErrorText.unreadableStoredValue(column: column).string) }
            do {
                return try row[column].decode(T.self)
            } catch {
                throw StoreError.failed(ErrorText.unreadableStoredValue(column: column).string)
            }
        }
    }
}

extension ServerSession {
    /// Runs one statement and returns its rows, read by column name.
    func namedRows(_ query: PostgresQuery) throws -> [ServerRow] {
        try rows(query).map(ServerRow.init)
    }

    /// The first column of the first row, or nil when there is no row.
    func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) throws -> T? {
        guard let row = try rows(query).first else { return nil }
        do {
            return try row.decode(T.self)
        } catch {
            throw StoreError.failed(ErrorText.unreadableStoredValue(column: "?").string)
        }
    }
}
