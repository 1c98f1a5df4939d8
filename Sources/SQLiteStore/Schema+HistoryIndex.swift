import FunnelStore
import GRDB

extension Schema {
    /// One index of the history by deal for both of its readers, instead of two over the same
    /// 4.7 million entries of a million-deal demo: `stage_change_on_deal` becomes
    /// (deal_id, at, id, undone, `stageFlowPacked`), and the partial `stage_change_for_reports`
    /// (deal_id, at, id, `stageFlowPacked`) WHERE undone = 0 goes.
    ///
    /// A deal's own entries (history, undo, the stay triggers) are read by its first column as
    /// before. The report's pass over every deal (`StageHistoryWalk`) reads it in the same order
    /// and finds `undone` and the packed stage and kind in the index, so it still never reads a
    /// row of the table (0.9–1.0 s of CPU for the million-deal history either way). A large bulk
    /// load builds one index by sorting instead of two: 2.5–2.7 s of CPU less for a million-deal
    /// demo (the merged index alone costs about 0.5 s more than the narrow one).
    ///
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let mergeHistoryIndexesMigration = """
        DROP INDEX IF EXISTS stage_change_for_reports;
        DROP INDEX IF EXISTS stage_change_on_deal;
        CREATE INDEX stage_change_on_deal ON stage_change (deal_id, at, id, undone, (coalesce(to_stage_id, 0) * 256 + unicode(kind) * 2 + (from_stage_id IS NULL)));
        """
}
