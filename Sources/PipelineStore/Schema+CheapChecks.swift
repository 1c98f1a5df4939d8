import Foundation
import GRDB

extension Schema {
    /// The v1 `CHECK (column IN (...))` constraints of `deal` and `stage_change`, as they were written.
    ///
    /// Frozen with the v1 migration: never derive them from today's enums.
    static let listChecks: [(table: String, column: String, values: [String])] = [
        ("deal", "status", ["open", "won", "lost"]),
        ("deal", "temperature", ["hot", "warm", "cold"]),
        ("deal", "budget", ["yes", "no", "unknown"]),
        ("deal", "authority", ["yes", "no", "unknown"]),
        ("deal", "need", ["yes", "no", "unknown"]),
        ("deal", "timing", ["yes", "no", "unknown"]),
        ("stage_change", "kind", ["created", "moved", "won", "lost", "reopened", "parked", "unparked"]),
    ]

    /// Rewrites each `CHECK (column IN ('a', 'b', 'c'))` of `listChecks` as `column = 'a' OR ...`,
    /// which accepts and refuses exactly the same values.
    ///
    /// SQLite 3.40 evaluates an IN list of more than two constants inside a CHECK by building a
    /// temporary b-tree for every row written (a CHECK cannot use its run-once code), which made
    /// six of every deal insert's costs and doubled a bulk load's time. The change is SQLite's
    /// documented procedure for changing a CHECK without rebuilding the table (writable schema,
    /// then a new schema version); rows already stored satisfy both forms. A table whose text does
    /// not match (never the case for a Funnel database) is left as it is: only slower.
    static func rewriteListChecks(_ db: Database) throws {
        var changed = false
        for table in Set(listChecks.map(\.table)).sorted() {
            guard var sql = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", arguments: [table])
            else { continue }
            let original = sql
            for check in listChecks where check.table == table {
                let quoted = check.values.map { "'\($0)'" }
                let listForm = "CHECK (\(check.column) IN (\(quoted.joined(separator: ", "))))"
                let orForm = "CHECK (\(quoted.map { "\(check.column) = \($0)" }.joined(separator: " OR ")))"
                sql = sql.replacingOccurrences(of: listForm, with: orForm)
            }
            guard sql != original else { continue }
            if !changed {
                try db.execute(sql: "PRAGMA writable_schema = ON")
                changed = true
            }
            try db.execute(
                sql: "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?", arguments: [sql, table])
        }
        guard changed else { return }
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
    }

    /// Drops `stage_change_on_to_stage` (to_stage_id, at): no query reads it, and the one thing
    /// it sped up, clearing the stage of history entries when a stage is deleted, scans the
    /// history for `from_stage_id` anyway. It cost a third of a bulk load's index building and
    /// a b-tree insert on every move.
    static func dropUnusedHistoryIndex(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX IF EXISTS stage_change_on_to_stage")
    }
}
