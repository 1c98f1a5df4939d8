extension ServerSchema {
    /// Lane figures kept at the end of each write instead of at each row: the three triggers of `deal` that keep
    /// `stage_total` and `stage_idle_day` become constraint triggers, deferred to the commit, with the same names,
    /// function and conditions as in the first release.
    ///
    /// Writes to different deals run side by side (`PostgresPipelineStore.write`): each locks its deals, raises the
    /// change counter last and only then, at its commit, adds and takes its deals' lane rows. Two writes moving
    /// deals between two lanes in opposite directions thus never hold one lane row while waiting for the other:
    /// every lane row is taken by a transaction that already holds the counter row. A deferred trigger runs with the
    /// row's values of the moment of the change, in the order of the changes, so the figures are the same sums.
    ///
    /// Frozen when it shipped: edit it never; a change is a new migration.
    static let laneFiguresAtCommit = #"""
        DROP TRIGGER deal_lane_figures_insert ON deal;
        DROP TRIGGER deal_lane_figures_delete ON deal;
        DROP TRIGGER deal_lane_figures_update ON deal;
        CREATE CONSTRAINT TRIGGER deal_lane_figures_insert AFTER INSERT ON deal
            DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (NEW.status = 'open') EXECUTE FUNCTION funnel_keep_lane_figures();
        CREATE CONSTRAINT TRIGGER deal_lane_figures_delete AFTER DELETE ON deal
            DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (OLD.status = 'open') EXECUTE FUNCTION funnel_keep_lane_figures();
        CREATE CONSTRAINT TRIGGER deal_lane_figures_update AFTER UPDATE OF status, stage_id, currency, value, probability_override,
                stage_entered_at, last_done_at, snoozed_until ON deal
            DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN ((OLD.status = 'open' OR NEW.status = 'open') AND (
                OLD.status IS DISTINCT FROM NEW.status OR OLD.stage_id IS DISTINCT FROM NEW.stage_id
                OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD.value IS DISTINCT FROM NEW.value
                OR OLD.probability_override IS DISTINCT FROM NEW.probability_override
                OR OLD.stage_entered_at IS DISTINCT FROM NEW.stage_entered_at
                OR OLD.last_done_at IS DISTINCT FROM NEW.last_done_at
                OR OLD.snoozed_until IS DISTINCT FROM NEW.snoozed_until))
            EXECUTE FUNCTION funnel_keep_lane_figures();
        """#
}
