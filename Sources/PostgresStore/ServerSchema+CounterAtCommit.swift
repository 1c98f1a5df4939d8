extension ServerSchema {
    /// The change counter raised by the server at each write's commit instead of by a statement of the writer.
    ///
    /// Every write raises the one counter row. Raised by a statement, the row stayed locked from that statement
    /// until the writer's COMMIT arrived: on a machine busy with twenty writers, waiting for the writer's turn on a
    /// processor, so every other writer queued behind it. Now a write inserts a mark (`funnel_commit`, its server
    /// process id) as its first statement (`WriteScope.begin`); a constraint trigger deferred to the commit raises
    /// the counter, notifies its value on `funnel_change` and deletes the mark. The row is held for the commit
    /// alone. Deferred triggers run in the order their rows were written, so the mark's, written first, runs
    /// first: the lane figures (`laneFiguresAtCommit`) are still kept by a transaction that holds the counter row,
    /// and opposite moves still cannot deadlock on lane rows. A write rolled back raises nothing.
    ///
    /// Frozen when it shipped: edit it never; a change is a new migration.
    static let counterAtCommit = #"""
        CREATE TABLE funnel_commit (
            pid integer NOT NULL
        );
        CREATE FUNCTION funnel_raise_change_counter() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            raised bigint;
        BEGIN
            DELETE FROM funnel_commit WHERE pid = NEW.pid;
            UPDATE funnel_change SET counter = counter + 1 WHERE id = 1 RETURNING counter INTO raised;
            PERFORM pg_notify('funnel_change', raised::text);
            RETURN NULL;
        END
        $$;
        CREATE CONSTRAINT TRIGGER funnel_commit_raises_counter AFTER INSERT ON funnel_commit
            DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION funnel_raise_change_counter();
        """#
}
