extension ServerSchema {
    /// The change counter raised, and the kept stage stays added, by the server at each write's commit instead of
    /// by statements of the writer.
    ///
    /// Every write raises the one counter row, and every move adds to a few shared stay rows (a stage's stays
    /// ended today, for one). Written by statements, those rows stayed locked from that statement until the
    /// writer's COMMIT arrived: on a machine busy with twenty writers, waiting for the writer's turn on a
    /// processor, so every other writer queued behind it. Now a write inserts a mark (`funnel_commit`, its server
    /// process id) as its first statement (`WriteScope.begin`) and its stays as rows of its own
    /// (`funnel_commit_stay`, never shared, so never waited for); a constraint trigger deferred to the commit
    /// raises the counter, adds the stays to the kept tables (deleting rows left at no stay), notifies the
    /// counter's value on `funnel_change` and deletes the write's rows. The shared rows are held for the commit
    /// alone. Deferred triggers run in the order their rows were written, so the mark's, written first, runs
    /// first: the stays and the lane figures (`laneFiguresAtCommit`) are written by a transaction that holds the
    /// counter row, one at a time, so opposite moves cannot deadlock on them. A write rolled back changes nothing.
    ///
    /// Frozen when it shipped: edit it never; a change is a new migration.
    static let counterAtCommit = #"""
        CREATE TABLE funnel_commit (
            pid integer NOT NULL
        );
        CREATE TABLE funnel_commit_stay (
            pid integer NOT NULL,
            figure text NOT NULL CHECK (figure IN ('group', 'seconds', 'day')),
            stage_id bigint NOT NULL,
            end_kind text NOT NULL,
            end_stage_id bigint NOT NULL,
            length bigint NOT NULL,
            stays bigint NOT NULL,
            won_stays bigint NOT NULL,
            seconds bigint NOT NULL
        );
        CREATE FUNCTION funnel_raise_change_counter() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            raised bigint;
        BEGIN
            DELETE FROM funnel_commit WHERE pid = NEW.pid;
            UPDATE funnel_change SET counter = counter + 1 WHERE id = 1 RETURNING counter INTO raised;
            IF EXISTS (SELECT 1 FROM funnel_commit_stay WHERE pid = NEW.pid) THEN
                INSERT INTO stage_stay AS t (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
                    SELECT stage_id, end_kind, end_stage_id, sum(stays), sum(won_stays), sum(seconds)
                    FROM funnel_commit_stay WHERE pid = NEW.pid AND figure = 'group'
                    GROUP BY stage_id, end_kind, end_stage_id ORDER BY stage_id, end_kind, end_stage_id
                    ON CONFLICT (stage_id, end_kind, end_stage_id) DO UPDATE SET
                        stays = t.stays + excluded.stays, won_stays = t.won_stays + excluded.won_stays,
                        seconds = t.seconds + excluded.seconds;
                INSERT INTO stage_stay_seconds AS t (stage_id, seconds, stays)
                    SELECT stage_id, length, sum(stays) FROM funnel_commit_stay WHERE pid = NEW.pid AND figure = 'seconds'
                    GROUP BY stage_id, length ORDER BY stage_id, length
                    ON CONFLICT (stage_id, seconds) DO UPDATE SET stays = t.stays + excluded.stays;
                INSERT INTO stage_stay_days AS t (stage_id, day, stays)
                    SELECT stage_id, length, sum(stays) FROM funnel_commit_stay WHERE pid = NEW.pid AND figure = 'day'
                    GROUP BY stage_id, length ORDER BY stage_id, length
                    ON CONFLICT (stage_id, day) DO UPDATE SET stays = t.stays + excluded.stays;
                DELETE FROM stage_stay t USING funnel_commit_stay c
                    WHERE c.pid = NEW.pid AND c.figure = 'group' AND t.stays = 0 AND t.stage_id = c.stage_id
                        AND t.end_kind = c.end_kind AND t.end_stage_id = c.end_stage_id;
                DELETE FROM stage_stay_seconds t USING funnel_commit_stay c
                    WHERE c.pid = NEW.pid AND c.figure = 'seconds' AND t.stays = 0 AND t.stage_id = c.stage_id
                        AND t.seconds = c.length;
                DELETE FROM stage_stay_days t USING funnel_commit_stay c
                    WHERE c.pid = NEW.pid AND c.figure = 'day' AND t.stays = 0 AND t.stage_id = c.stage_id
                        AND t.day = c.length;
                DELETE FROM funnel_commit_stay WHERE pid = NEW.pid;
            END IF;
            PERFORM pg_notify('funnel_change', raised::text);
            RETURN NULL;
        END
        $$;
        CREATE CONSTRAINT TRIGGER funnel_commit_raises_counter AFTER INSERT ON funnel_commit
            DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION funnel_raise_change_counter();
        """#
}
