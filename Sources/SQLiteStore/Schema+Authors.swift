import GRDB

extension Schema {
    /// Who did what, for a team on one pipeline: the author of each history entry and activity, and the
    /// change log (`deal_change`), one row per recorded write to a deal, appended in the write's own
    /// transaction.
    ///
    /// Adding a column with no default is a change of the table's definition only: no row is rewritten.
    /// The log has no foreign key to `deal`: a deletion stays in it.
    ///
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let authorsMigration = """
        ALTER TABLE stage_change ADD COLUMN author TEXT;
        ALTER TABLE activity ADD COLUMN author TEXT;
        CREATE TABLE deal_change (
            id INTEGER PRIMARY KEY,
            deal_id INTEGER NOT NULL,
            version INTEGER NOT NULL,
            author TEXT,
            at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            stage TEXT,
            subject TEXT,
            fields TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX deal_change_on_deal ON deal_change (deal_id, version);
        """
}
