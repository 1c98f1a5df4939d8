import FunnelStore
import GRDB
import GRDBSQLite

/// A prepared INSERT that binds typed values straight to SQLite, for imports of hundreds of
/// thousands of rows, where building GRDB `StatementArguments` per row cost more than SQLite itself.
///
/// Use inside a write transaction; values are bound in column order with `bind`, then `run()`.
/// SQLite copies every text as it is bound (`SQLITE_TRANSIENT`), so no bound value depends on the
/// lifetime of Swift memory the compiler cannot check.
struct BulkInsert {
    private let statement: Statement
    let db: Database
    private var index: Int32 = 0

    /// SQLite's "copy the value now" destructor, which its C header spells as the constant -1.
    private static let copiedBySQLite = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    private var sqliteStatement: OpaquePointer { statement.sqliteStatement }

    mutating func bind(_ value: Int64?) {
        index += 1
        if let value { sqlite3_bind_int64(sqliteStatement, index, value) } else { sqlite3_bind_null(sqliteStatement, index) }
    }

    mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

    mutating func bind(_ value: Double) {
        index += 1
        sqlite3_bind_double(sqliteStatement, index, value)
    }

    /// Binds a text, which SQLite copies, or NULL.
    mutating func bind(_ value: String?) {
        index += 1
        guard var value else {
            sqlite3_bind_null(sqliteStatement, index)
            return
        }
        let (statement, index) = (sqliteStatement, index)
        value.withUTF8 { utf8 in
            // An empty text has no address to give: SQLite would store a null pointer as NULL.
            if let base = utf8.baseAddress, !utf8.isEmpty {
                base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { chars in
                    _ = sqlite3_bind_text(statement, index, chars, Int32(utf8.count), Self.copiedBySQLite)
                }
            } else {
                _ = sqlite3_bind_text(statement, index, "", 0, Self.copiedBySQLite)
            }
        }
    }

    /// Runs the insert with the values bound since the last run; returns the new row id.
    @discardableResult
    mutating func run() throws -> Int64 {
        // Every run binds every parameter again, so the old values need no clearing.
        defer {
            sqlite3_reset(sqliteStatement)
            index = 0
        }
        let code = sqlite3_step(sqliteStatement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
        return sqlite3_last_insert_rowid(db.sqliteConnection)
    }
}
