import GRDB
import GRDBSQLite

/// A prepared INSERT that binds typed values straight to SQLite, for imports of hundreds of
/// thousands of rows, where building GRDB `StatementArguments` per row cost more than SQLite itself.
///
/// Use inside a write transaction; values are bound in column order with `bind`, then `run()`.
/// Texts are copied into memory the insert owns (`BoundTexts`) and SQLite reads them there: a text
/// SQLite copied itself cost it a locked `malloc` and `free` per value.
struct BulkInsert {
    private let texts: BoundTexts
    let db: Database
    private var index: Int32 = 0

    init(_ db: Database, sql: String) throws {
        self.db = db
        texts = BoundTexts(statement: try db.makeStatement(sql: sql))
    }

    private var statement: OpaquePointer { texts.statement!.sqliteStatement }

    mutating func bind(_ value: Int64?) {
        index += 1
        if let value { sqlite3_bind_int64(statement, index, value) } else { sqlite3_bind_null(statement, index) }
    }

    mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

    mutating func bind(_ value: Double) {
        index += 1
        sqlite3_bind_double(statement, index, value)
    }

    mutating func bind(_ value: String?) {
        guard let value else {
            index += 1
            sqlite3_bind_null(statement, index)
            return
        }
        bind(texts.copy(value))
    }

    /// Binds text that SQLite reads in place: it must outlive the statement (`StaticTexts`).
    mutating func bind(_ text: StaticText) {
        index += 1
        sqlite3_bind_text(statement, index, text.bytes, text.count, nil)
    }

    /// Binds text that SQLite reads in place, or NULL.
    mutating func bind(_ text: StaticText?) {
        guard let text else {
            index += 1
            sqlite3_bind_null(statement, index)
            return
        }
        bind(text)
    }

    /// Runs the insert with the values bound since the last run; returns the new row id.
    @discardableResult
    mutating func run() throws -> Int64 {
        // Every run binds every parameter again, so the old values need no clearing, and the
        // texts of this run can make room for the next run's.
        defer {
            sqlite3_reset(statement)
            texts.removeAll()
            index = 0
        }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: texts.statement!.sql)
        }
        return sqlite3_last_insert_rowid(db.sqliteConnection)
    }
}
