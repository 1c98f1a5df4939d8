import FunnelStore
import GRDB

extension Schema {
    /// What re-imports compare with (migration "interop: values as last imported, rows imported without ids").
    ///
    /// - `imported_deal.last_values`: what the file said of the deal's fields at its last import
    ///   (`ImportedValues.encoded`), the common ancestor of a three-way merge; NULL for links made
    ///   before this migration, whose differing fields are then conflicts.
    /// - `import_run`: each import that brought rows without ids: the file as named, when, how many.
    /// - `imported_row`: the fingerprint of each such row's values with the deal it made, so the same
    ///   rows imported again are noticed; a deleted deal takes its fingerprint with it.
    ///
    /// The SQL is written here in full: a migration never calls code that may change after it shipped.
    static func createImportedValues(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE imported_deal ADD COLUMN last_values TEXT;
            CREATE TABLE import_run (
                id INTEGER PRIMARY KEY,
                file TEXT NOT NULL,
                at INTEGER NOT NULL,
                rows INTEGER NOT NULL CHECK (rows >= 0)
            );
            CREATE TABLE imported_row (
                deal_id INTEGER PRIMARY KEY REFERENCES deal (id) ON DELETE CASCADE,
                fingerprint INTEGER NOT NULL,
                import_run_id INTEGER NOT NULL REFERENCES import_run (id) ON DELETE CASCADE
            );
            CREATE INDEX imported_row_on_fingerprint ON imported_row (fingerprint, import_run_id);
            """)
    }
}
