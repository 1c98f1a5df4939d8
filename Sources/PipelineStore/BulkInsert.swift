import GRDB
import GRDBSQLite

/// A prepared INSERT that binds typed values straight to SQLite, for imports of hundreds of
/// thousands of rows, where building GRDB `StatementArguments` per row cost more than SQLite itself.
///
/// Use inside a write transaction; values are bound in column order with `bind`, then `run()`.
struct BulkInsert {
    let statement: Statement
    let db: Database
    private var index: Int32 = 0

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// SQLite copies the text before `bind` returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func bind(_ value: Int64?) {
        index += 1
        if let value { sqlite3_bind_int64(statement.sqliteStatement, index, value) } else { sqlite3_bind_null(statement.sqliteStatement, index) }
    }

    mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

    mutating func bind(_ value: Double) {
        index += 1
        sqlite3_bind_double(statement.sqliteStatement, index, value)
    }

    mutating func bind(_ value: String?) {
        index += 1
        guard let value else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        var text = value
        let statement = self.statement.sqliteStatement
        let position = index
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                _ = sqlite3_bind_text(statement, position, chars.baseAddress ?? UnsafePointer(bitPattern: 1), Int32(chars.count), Self.transient)
            }
        }
    }

    /// Binds text that SQLite reads in place: it must outlive the statement (`StaticTexts`).
    mutating func bind(_ text: StaticText) {
        index += 1
        sqlite3_bind_text(statement.sqliteStatement, index, text.bytes, text.count, nil)
    }

    /// Binds text that SQLite reads in place, or NULL.
    mutating func bind(_ text: StaticText?) {
        guard let text else {
            index += 1
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        bind(text)
    }

    /// Runs the insert with the values bound since the last run; returns the new row id.
    @discardableResult
    mutating func run() throws -> Int64 {
        // Every run binds every parameter again, so the old values need no clearing.
        defer {
            sqlite3_reset(statement.sqliteStatement)
            index = 0
        }
        let code = sqlite3_step(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
        return sqlite3_last_insert_rowid(db.sqliteConnection)
    }
}
