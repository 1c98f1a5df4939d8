import Foundation
import FunnelTestSupport
import GRDB
import Testing
import FunnelStore
@testable import SQLiteStore

/// `docs/schema.sql` is the schema every migration together makes: a maintainer reads the tables, indexes and
/// triggers there instead of adding up fourteen migrations, and this test fails when the migrator makes anything else.
@Suite("Store: docs/schema.sql is the fully migrated schema")
struct SchemaFileTests {
    /// The checked-in file, at the package's `docs/schema.sql` (three levels above this file).
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/schema.sql")

    /// The schema of a migrated database as the file holds it: every entry of `sqlite_schema` with SQL,
    /// sorted by type and name, each statement's lines trimmed and blank lines left out.
    static func schemaText(_ db: Database) throws -> String {
        var text = """
            -- Funnel's SQLite schema after every migration (Sources/SQLiteStore/Schema.swift), as sqlite_schema lists it:
            -- sorted by type and name, each statement's lines trimmed. Do not edit: `make schema` writes it from a fresh
            -- database, and SchemaFileTests fails when the migrator makes anything else.

            """
        let rows = try Row.fetchAll(db, sql: """
            SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name
            """)
        for row in rows {
            let type: String = row["type"]
            let name: String = row["name"]
            let table: String = row["tbl_name"]
            let sql: String = row["sql"]
            let lines = sql.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            text += "\n-- \(type) \(name)" + (table == name ? "" : " on \(table)") + "\n"
            text += lines.joined(separator: "\n") + ";\n"
        }
        return text
    }

    /// A fresh database with every migration run, through the store as users open it.
    static func migratedSchema() throws -> String {
        let folder = TemporaryDirectory()
        let store = try SQLitePipelineStore.open(path: folder.path("fresh.sqlite"))
        return try store.dbWriter.read { db in try schemaText(db) }
    }

    @Test("a fresh database's schema is docs/schema.sql, line for line")
    func freshDatabaseMatchesFile() throws {
        let migrated = try Self.migratedSchema()
        if ProcessInfo.processInfo.environment["FUNNEL_WRITE_SCHEMA"] == "1" {
            try migrated.write(to: Self.file, atomically: true, encoding: .utf8)
        }
        let stored = (try? String(contentsOf: Self.file, encoding: .utf8)) ?? ""
        let difference = Self.firstDifference(stored, migrated)
        #expect(difference == nil, """
            docs/schema.sql is not what the migrator makes \(difference ?? ""). If the new migration is meant, \
            run `make schema` and commit docs/schema.sql with it; otherwise a shipped migration was changed.
            """)
    }

    @Test("the comparison names the first line that differs")
    func differenceNamesTheLine() {
        #expect(Self.firstDifference("a\nb\nc", "a\nb\nc") == nil)
        #expect(Self.firstDifference("a\nb\nc", "a\nB\nc") == "(line 2: the file says 'b', the migrator makes 'B')")
        #expect(Self.firstDifference("a\nb", "a\nb\nc") == "(line 3: the file says '', the migrator makes 'c')")
    }

    /// The first line where `stored` and `migrated` differ, in words, or nil when they are equal.
    static func firstDifference(_ stored: String, _ migrated: String) -> String? {
        let old = stored.split(separator: "\n", omittingEmptySubsequences: false)
        let new = migrated.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let was = index < old.count ? String(old[index]) : ""
            let now = index < new.count ? String(new[index]) : ""
            if was != now { return "(line \(index + 1): the file says '\(was)', the migrator makes '\(now)')" }
        }
        return nil
    }
}
