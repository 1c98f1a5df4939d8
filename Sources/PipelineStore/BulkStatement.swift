import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement fed by binding values directly, for inserting millions of rows.
///
/// GRDB's `StatementArguments` boxes every value; at a million rows that cost dominates,
/// so bulk writers (demo, import) bind through SQLite's C API on GRDB's own statement.
struct BulkStatement {
    let statement: Statement

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
    }

    /// One value to bind.
    enum Value {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
    }

    /// Binds the values in order, runs the statement once and resets it.
    func execute(_ values: [Value]) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .null: sqlite3_bind_null(handle, index)
            case .integer(let number): sqlite3_bind_int64(handle, index, number)
            case .real(let number): sqlite3_bind_double(handle, index, number)
            case .text(let text):
                var text = text
                text.withUTF8 { bytes in
                    _ = sqlite3_bind_text(handle, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }, Int32(bytes.count), SQLITE_TRANSIENT)
                }
            }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }
}

/// SQLite's "copy the bytes now" destructor, which Swift cannot import as a macro.
let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension BulkStatement.Value {
    init(_ text: String?) { self = text.map(BulkStatement.Value.text) ?? .null }
    init(_ number: Int64?) { self = number.map(BulkStatement.Value.integer) ?? .null }
}
