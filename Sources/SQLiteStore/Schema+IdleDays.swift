import FunnelStore
import GRDB

extension Schema {
    /// Open deals counted per stage, idle-since day and snooze day, kept in step by triggers, so a lane's
    /// stalled count sums a few hundred rows instead of reading every stalled deal's index entry.
    ///
    /// - `idle_day`: the UTC day number (floor of seconds / 86,400) of `max(stage_entered_at, last_done_at)`,
    ///   the moment the deal's idle clock started (`StallRule.idleSince`).
    /// - `snoozed_until`: the snooze day, `''` for none (so `snoozed_until <= today` holds for unsnoozed deals).
    ///
    /// A stage's threshold is applied when reading (`SQLitePipelineStore.stalledCountsQuery`): days wholly before the
    /// cutoff's day come from this table; the cutoff's own day is counted exactly on `deal_on_open_idle`, which
    /// replaces `deal_on_open_stall`: the same columns behind the idle-since expression, so a range of idle
    /// times is read from the index alone (SQLite 3.40 covers an expression only when its columns are in the
    /// index too). So a threshold edit needs no change here. Triggers fire for inserts and deletes of open deals and for
    /// updates of the status, stage, stage-entered time, last done activity or snooze; a stage's pipeline is
    /// the stage's, so a park (a move to the Revisit pipeline's stage) is a stage change like any move.
    ///
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let idleDaysMigration = """
        DROP INDEX deal_on_open_stall;
        CREATE INDEX deal_on_open_idle
            ON deal (stage_id, max(stage_entered_at, coalesce(last_done_at, 0)), stage_entered_at, last_done_at, snoozed_until, status) WHERE status = 'open';
        CREATE TABLE stage_idle_day (
            stage_id INTEGER NOT NULL REFERENCES stage (id) ON DELETE CASCADE,
            idle_day INTEGER NOT NULL,
            snoozed_until TEXT NOT NULL,
            deals INTEGER NOT NULL,
            PRIMARY KEY (stage_id, idle_day, snoozed_until)
        ) WITHOUT ROWID;
        CREATE TRIGGER stage_idle_day_after_insert AFTER INSERT ON deal WHEN new.status = 'open'
        BEGIN
            INSERT INTO stage_idle_day (stage_id, idle_day, snoozed_until, deals)
        VALUES (new.stage_id, ((max(new.stage_entered_at, coalesce(new.last_done_at, 0)) - ((max(new.stage_entered_at, coalesce(new.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400), coalesce(new.snoozed_until, ''), 1)
        ON CONFLICT (stage_id, idle_day, snoozed_until) DO UPDATE SET deals = deals + 1;
        END;
        CREATE TRIGGER stage_idle_day_after_delete AFTER DELETE ON deal WHEN old.status = 'open'
        BEGIN
            UPDATE stage_idle_day SET deals = deals - 1
        WHERE stage_id = old.stage_id AND idle_day = ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) - ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400) AND snoozed_until = coalesce(old.snoozed_until, '');
        DELETE FROM stage_idle_day
        WHERE stage_id = old.stage_id AND idle_day = ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) - ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400) AND snoozed_until = coalesce(old.snoozed_until, '') AND deals <= 0;
        END;
        CREATE TRIGGER stage_idle_day_after_update_old
        AFTER UPDATE OF status, stage_id, stage_entered_at, last_done_at, snoozed_until ON deal
        WHEN old.status = 'open' AND (old.status IS NOT new.status OR old.stage_id IS NOT new.stage_id OR old.stage_entered_at IS NOT new.stage_entered_at
         OR old.last_done_at IS NOT new.last_done_at OR old.snoozed_until IS NOT new.snoozed_until)
        BEGIN
            UPDATE stage_idle_day SET deals = deals - 1
        WHERE stage_id = old.stage_id AND idle_day = ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) - ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400) AND snoozed_until = coalesce(old.snoozed_until, '');
        DELETE FROM stage_idle_day
        WHERE stage_id = old.stage_id AND idle_day = ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) - ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400) AND snoozed_until = coalesce(old.snoozed_until, '') AND deals <= 0;
        END;
        CREATE TRIGGER stage_idle_day_after_update_new
        AFTER UPDATE OF status, stage_id, stage_entered_at, last_done_at, snoozed_until ON deal
        WHEN new.status = 'open' AND (old.status IS NOT new.status OR old.stage_id IS NOT new.stage_id OR old.stage_entered_at IS NOT new.stage_entered_at
         OR old.last_done_at IS NOT new.last_done_at OR old.snoozed_until IS NOT new.snoozed_until)
        BEGIN
            INSERT INTO stage_idle_day (stage_id, idle_day, snoozed_until, deals)
        VALUES (new.stage_id, ((max(new.stage_entered_at, coalesce(new.last_done_at, 0)) - ((max(new.stage_entered_at, coalesce(new.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400), coalesce(new.snoozed_until, ''), 1)
        ON CONFLICT (stage_id, idle_day, snoozed_until) DO UPDATE SET deals = deals + 1;
        END;
        DELETE FROM stage_idle_day;
        INSERT INTO stage_idle_day (stage_id, idle_day, snoozed_until, deals)
        SELECT stage_id, ((max(deal.stage_entered_at, coalesce(deal.last_done_at, 0)) - ((max(deal.stage_entered_at, coalesce(deal.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400), coalesce(snoozed_until, ''), count(*)
        FROM deal INDEXED BY deal_on_open_idle WHERE status = 'open'
        GROUP BY 1, 2, 3;
        """

    /// Fills `stage_idle_day` again from the open deals: one grouped pass over the covering `deal_on_open_idle` index.
    static func rebuildIdleDays(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM stage_idle_day;
            INSERT INTO stage_idle_day (stage_id, idle_day, snoozed_until, deals)
            SELECT stage_id, \(idleDay("deal")), coalesce(snoozed_until, ''), count(*)
            FROM deal INDEXED BY deal_on_open_idle WHERE status = 'open'
            GROUP BY 1, 2, 3;
            """)
    }

    /// The idle-since moment of a deal row (its columns unqualified when nil, as an index expression must be),
    /// as `deal_on_open_idle` and `deal_on_open_idle_since` index it.
    static func idleSince(_ row: String?) -> String {
        let prefix = row.map { $0 + "." } ?? ""
        return "max(\(prefix)stage_entered_at, coalesce(\(prefix)last_done_at, 0))"
    }

    /// The UTC day number of a deal row's idle-since moment (floor division, right before 1970 too).
    static func idleDay(_ row: String) -> String {
        "((\(idleSince(row)) - ((\(idleSince(row)) % 86400) + 86400) % 86400) / 86400)"
    }
}
