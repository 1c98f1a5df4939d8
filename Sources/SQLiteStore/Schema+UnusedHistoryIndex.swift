import FunnelStore
import GRDB

extension Schema {
    /// Drops `stage_change_on_to_stage` (to_stage_id, at): no query reads it, and the one thing
    /// it sped up, clearing the stage of history entries when a stage is deleted, scans the
    /// history for `from_stage_id` anyway. It cost a third of a bulk load's index building and
    /// a b-tree insert on every move.
    ///
    /// The migration that runs it once also rewrote the CHECK lists of `deal` and `stage_change`
    /// through SQLite's writable schema; it no longer does (`docs/DECISIONS.md`): a database that
    /// has not run it keeps its `IN (...)` CHECKs, one that has keeps the equivalent `OR` form.
    ///
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let unusedHistoryIndexMigration = """
        DROP INDEX IF EXISTS stage_change_on_to_stage;
        """
}
