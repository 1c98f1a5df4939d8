import FunnelStore
import GRDB

extension Schema {
    /// Lane totals that are always right without reading the deals: one row per stage and currency
    /// with the open deals' count, value, and what their weighted value needs, kept in step by triggers.
    ///
    /// Weighted value is `value × probability` with a deal's own probability winning over its stage's.
    /// The table keeps the two parts apart so a stage's probability can change without touching it:
    /// `stage_weighted_value` sums the value of deals that follow their stage's probability, and
    /// `own_weighted_hundredths` sums `value × own probability` of the deals that have one. The
    /// weighted total in hundredths is `stage_weighted_value × stage.probability + own_weighted_hundredths`.
    ///
    /// Every trigger is restricted with WHEN to open deals (before or after the change), so inserting
    /// closed history costs nothing extra, and an update that leaves the five columns alone (an edit
    /// of the title, an activity, a lane position) touches no total. Rows whose count reaches zero
    /// are deleted. Dropping or rebuilding indexes does not affect the triggers; code that writes
    /// deals with the triggers dropped must call `rebuildStageTotals` before committing.
    ///
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let stageTotalsMigration = """
        CREATE TABLE stage_total (
            stage_id INTEGER NOT NULL REFERENCES stage (id) ON DELETE CASCADE,
            currency TEXT NOT NULL,
            deals INTEGER NOT NULL,
            value INTEGER NOT NULL,
            stage_weighted_value INTEGER NOT NULL,
            own_weighted_hundredths INTEGER NOT NULL,
            PRIMARY KEY (stage_id, currency)
        ) WITHOUT ROWID;
        CREATE TRIGGER stage_total_after_insert AFTER INSERT ON deal WHEN new.status = 'open'
        BEGIN
            INSERT INTO stage_total (stage_id, currency, deals, value, stage_weighted_value, own_weighted_hundredths)
        VALUES (new.stage_id, new.currency, 1, new.value,
                CASE WHEN new.probability_override IS NULL THEN new.value ELSE 0 END,
                coalesce(new.value * new.probability_override, 0))
        ON CONFLICT (stage_id, currency) DO UPDATE SET
            deals = deals + 1,
            value = value + excluded.value,
            stage_weighted_value = stage_weighted_value + excluded.stage_weighted_value,
            own_weighted_hundredths = own_weighted_hundredths + excluded.own_weighted_hundredths;
        END;
        CREATE TRIGGER stage_total_after_delete AFTER DELETE ON deal WHEN old.status = 'open'
        BEGIN
            UPDATE stage_total SET
            deals = deals - 1,
            value = value - old.value,
            stage_weighted_value = stage_weighted_value - CASE WHEN old.probability_override IS NULL THEN old.value ELSE 0 END,
            own_weighted_hundredths = own_weighted_hundredths - coalesce(old.value * old.probability_override, 0)
        WHERE stage_id = old.stage_id AND currency = old.currency;
        DELETE FROM stage_total WHERE stage_id = old.stage_id AND currency = old.currency AND deals <= 0;
        END;
        CREATE TRIGGER stage_total_after_update_old
        AFTER UPDATE OF status, stage_id, currency, value, probability_override ON deal
        WHEN old.status = 'open' AND (old.status IS NOT new.status OR old.stage_id IS NOT new.stage_id OR old.currency IS NOT new.currency
         OR old.value IS NOT new.value OR old.probability_override IS NOT new.probability_override)
        BEGIN
            UPDATE stage_total SET
            deals = deals - 1,
            value = value - old.value,
            stage_weighted_value = stage_weighted_value - CASE WHEN old.probability_override IS NULL THEN old.value ELSE 0 END,
            own_weighted_hundredths = own_weighted_hundredths - coalesce(old.value * old.probability_override, 0)
        WHERE stage_id = old.stage_id AND currency = old.currency;
        DELETE FROM stage_total WHERE stage_id = old.stage_id AND currency = old.currency AND deals <= 0;
        END;
        CREATE TRIGGER stage_total_after_update_new
        AFTER UPDATE OF status, stage_id, currency, value, probability_override ON deal
        WHEN new.status = 'open' AND (old.status IS NOT new.status OR old.stage_id IS NOT new.stage_id OR old.currency IS NOT new.currency
         OR old.value IS NOT new.value OR old.probability_override IS NOT new.probability_override)
        BEGIN
            INSERT INTO stage_total (stage_id, currency, deals, value, stage_weighted_value, own_weighted_hundredths)
        VALUES (new.stage_id, new.currency, 1, new.value,
                CASE WHEN new.probability_override IS NULL THEN new.value ELSE 0 END,
                coalesce(new.value * new.probability_override, 0))
        ON CONFLICT (stage_id, currency) DO UPDATE SET
            deals = deals + 1,
            value = value + excluded.value,
            stage_weighted_value = stage_weighted_value + excluded.stage_weighted_value,
            own_weighted_hundredths = own_weighted_hundredths + excluded.own_weighted_hundredths;
        END;
        DELETE FROM stage_total;
        INSERT INTO stage_total (stage_id, currency, deals, value, stage_weighted_value, own_weighted_hundredths)
        SELECT stage_id, currency, count(*), sum(value),
               sum(CASE WHEN probability_override IS NULL THEN value ELSE 0 END),
               sum(coalesce(value * probability_override, 0))
        FROM deal WHERE status = 'open'
        GROUP BY stage_id, currency;
        """

    /// Stalled counts per stage in one range of one index each, read without touching the deal rows:
    /// idle since `max(stage_entered_at, last_done_at)` is split into its two columns (both at or
    /// before the cutoff), and the snooze day and status ride along so the index covers the count.
    /// (SQLite 3.40 cannot answer from `deal_on_open_idle_since`'s expression alone.)
    /// Migration "stalled counts: covering index ..."; `deal_on_open_idle` replaced it later.
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let stallIndexMigration = """
        CREATE INDEX deal_on_open_stall
            ON deal (stage_id, stage_entered_at, last_done_at, snoozed_until, status) WHERE status = 'open';
        """

    /// Fills `stage_total` again from the open deals: after the migration, or after writing deals with its triggers dropped.
    static func rebuildStageTotals(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM stage_total;
            INSERT INTO stage_total (stage_id, currency, deals, value, stage_weighted_value, own_weighted_hundredths)
            SELECT stage_id, currency, count(*), sum(value),
                   sum(CASE WHEN probability_override IS NULL THEN value ELSE 0 END),
                   sum(coalesce(value * probability_override, 0))
            FROM deal WHERE status = 'open'
            GROUP BY stage_id, currency;
            """)
    }
}
