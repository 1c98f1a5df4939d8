import GRDB
import FunnelStore
import Pipeline

extension Schema {
    /// Migration "report: stage stays ...": stage stays kept by triggers (dropped since, by migration
    /// "report: stage stays kept by the store, not by triggers": `StageStayUpkeep` keeps them), so `funnel report` reads a few hundred rows instead of every
    /// history entry (rules of a stay in `StageFlowTally`, pairing in `StageStay.stays(of:)`).
    ///
    /// - `stage_stay`: stays summed per stage and how they ended (`end_kind`, '' while the stays
    ///   last; `end_stage_id`, the stage an ending move went to, else 0): how many, how many belong
    ///   to deals won now, and their seconds. Whether a stay advanced is decided when reading, from
    ///   the stages' order then.
    /// - `stage_stay_seconds`: how many ended stays lasted exactly so many seconds, per stage, and
    ///   `stage_stay_days` the same per whole day: a median cannot be summed, so the report finds the
    ///   day that holds the middle stay in the second table and the exact second in the first.
    /// - `stage_stay_change`: scratch rows of the trigger running now, empty between statements.
    ///
    /// A deal's stays depend on its whole history (an entry ends the stay before it) and on whether
    /// it is won, so the triggers work per deal: the deal's stays before the change count -1, its
    /// stays after count +1, and only the difference is written. The common change, a new entry
    /// after all the others (a move, won, lost, reopen, park), takes a shorter path: it ends one
    /// stay and starts one, a few rows by primary key. Triggers on `stage_change` cover new entries,
    /// undo and redo (`undone`), deletes (a deleted deal's entries go with it) and a removed stage
    /// (its entries' stage ids set to NULL); triggers on `deal` cover won and reopened deals and a
    /// deleted deal, whose stays leave before its entries do.
    ///
    /// The migration fills the tables from the history already stored with one INSERT … SELECT over window
    /// functions (slow for a million deals, but once, and frozen); bulk loads rebuild them in Swift (`rebuildStageStays`).
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let stageStaysMigration = """
        CREATE TABLE stage_stay (
            stage_id INTEGER NOT NULL,
            end_kind TEXT NOT NULL,
            end_stage_id INTEGER NOT NULL,
            stays INTEGER NOT NULL,
            won_stays INTEGER NOT NULL,
            seconds INTEGER NOT NULL,
            PRIMARY KEY (stage_id, end_kind, end_stage_id)
        ) WITHOUT ROWID;
        CREATE TABLE stage_stay_seconds (
            stage_id INTEGER NOT NULL,
            seconds INTEGER NOT NULL,
            stays INTEGER NOT NULL,
            PRIMARY KEY (stage_id, seconds)
        ) WITHOUT ROWID;
        CREATE TABLE stage_stay_days (
            stage_id INTEGER NOT NULL,
            day INTEGER NOT NULL,
            stays INTEGER NOT NULL,
            PRIMARY KEY (stage_id, day)
        ) WITHOUT ROWID;
        CREATE TABLE stage_stay_change (
            stage_id INTEGER NOT NULL,
            end_kind TEXT NOT NULL,
            end_stage_id INTEGER NOT NULL,
            seconds INTEGER,
            won INTEGER NOT NULL,
            stays INTEGER NOT NULL
        );
        CREATE TRIGGER stage_stay_after_insert_last AFTER INSERT ON stage_change WHEN new.undone = 0 AND NOT EXISTS (SELECT 1 FROM stage_change WHERE deal_id = new.deal_id AND undone = 0 AND id <> new.id
                    AND (at > new.at OR (at = new.at AND id > new.id)))
        BEGIN
            UPDATE stage_stay SET stays = stays - 1, won_stays = won_stays - coalesce((SELECT status = 'won' FROM deal WHERE id = new.deal_id), 0)
                WHERE stage_id = (SELECT p.to_stage_id FROM (SELECT kind, to_stage_id, at FROM stage_change WHERE deal_id = new.deal_id AND undone = 0 AND id <> new.id
                     ORDER BY at DESC, id DESC LIMIT 1) p WHERE (p.kind = 'created' OR p.kind = 'moved' OR p.kind = 'reopened' OR p.kind = 'parked' OR p.kind = 'unparked')) AND end_kind = '' AND end_stage_id = 0;
            DELETE FROM stage_stay WHERE stage_id = (SELECT p.to_stage_id FROM (SELECT kind, to_stage_id, at FROM stage_change WHERE deal_id = new.deal_id AND undone = 0 AND id <> new.id
                     ORDER BY at DESC, id DESC LIMIT 1) p WHERE (p.kind = 'created' OR p.kind = 'moved' OR p.kind = 'reopened' OR p.kind = 'parked' OR p.kind = 'unparked')) AND end_kind = '' AND end_stage_id = 0 AND stays = 0;
            INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
                SELECT p.to_stage_id, new.kind, CASE WHEN new.kind = 'moved' THEN coalesce(new.to_stage_id, 0) ELSE 0 END,
                    1, coalesce((SELECT status = 'won' FROM deal WHERE id = new.deal_id), 0), max(0, new.at - p.at)
                FROM (SELECT kind, to_stage_id, at FROM stage_change WHERE deal_id = new.deal_id AND undone = 0 AND id <> new.id
                     ORDER BY at DESC, id DESC LIMIT 1) p WHERE (p.kind = 'created' OR p.kind = 'moved' OR p.kind = 'reopened' OR p.kind = 'parked' OR p.kind = 'unparked') AND p.to_stage_id IS NOT NULL
                    AND NOT (new.kind = 'moved' AND new.from_stage_id IS NULL AND new.to_stage_id IS p.to_stage_id)
                ON CONFLICT (stage_id, end_kind, end_stage_id) DO UPDATE SET
                    stays = stays + 1, won_stays = won_stays + excluded.won_stays, seconds = seconds + excluded.seconds;
            INSERT INTO stage_stay_seconds (stage_id, seconds, stays)
                SELECT p.to_stage_id, max(0, new.at - p.at), 1 FROM (SELECT kind, to_stage_id, at FROM stage_change WHERE deal_id = new.deal_id AND undone = 0 AND id <> new.id
                     ORDER BY at DESC, id DESC LIMIT 1) p WHERE (p.kind = 'created' OR p.kind = 'moved' OR p.kind = 'reopened' OR p.kind = 'parked' OR p.kind = 'unparked') AND p.to_stage_id IS NOT NULL
                    AND NOT (new.kind = 'moved' AND new.from_stage_id IS NULL AND new.to_stage_id IS p.to_stage_id)
                ON CONFLICT (stage_id, seconds) DO UPDATE SET stays = stays + 1;
            INSERT INTO stage_stay_days (stage_id, day, stays)
                SELECT p.to_stage_id, max(0, new.at - p.at) / 86400, 1 FROM (SELECT kind, to_stage_id, at FROM stage_change WHERE deal_id = new.deal_id AND undone = 0 AND id <> new.id
                     ORDER BY at DESC, id DESC LIMIT 1) p WHERE (p.kind = 'created' OR p.kind = 'moved' OR p.kind = 'reopened' OR p.kind = 'parked' OR p.kind = 'unparked') AND p.to_stage_id IS NOT NULL
                    AND NOT (new.kind = 'moved' AND new.from_stage_id IS NULL AND new.to_stage_id IS p.to_stage_id)
                ON CONFLICT (stage_id, day) DO UPDATE SET stays = stays + 1;
            INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
                SELECT new.to_stage_id, '', 0, 1, coalesce((SELECT status = 'won' FROM deal WHERE id = new.deal_id), 0), 0 WHERE (new.kind = 'created' OR new.kind = 'moved' OR new.kind = 'reopened' OR new.kind = 'parked' OR new.kind = 'unparked') AND new.to_stage_id IS NOT NULL
                ON CONFLICT (stage_id, end_kind, end_stage_id) DO UPDATE SET
                    stays = stays + 1, won_stays = won_stays + excluded.won_stays;
        END;
        CREATE TRIGGER stage_stay_after_insert AFTER INSERT ON stage_change WHEN new.undone = 0 AND NOT NOT EXISTS (SELECT 1 FROM stage_change WHERE deal_id = new.deal_id AND undone = 0 AND id <> new.id
                    AND (at > new.at OR (at = new.at AND id > new.id)))
        BEGIN
            INSERT INTO stage_stay_change (stage_id, end_kind, end_stage_id, seconds, won, stays)
            SELECT stage_id, end_kind, end_stage_id, seconds, coalesce((SELECT status = 'won' FROM deal WHERE id = new.deal_id), 0), sum(sign) FROM (
                SELECT *, -1 AS sign FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = new.deal_id AND undone = 0 AND id <> new.id) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)) UNION ALL SELECT *, 1 FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = new.deal_id AND undone = 0) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)))
            GROUP BY stage_id, end_kind, end_stage_id, seconds HAVING sum(sign) <> 0;
        INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
            SELECT stage_id, end_kind, end_stage_id, sum(stays), sum(stays * won), sum(stays * coalesce(seconds, 0))
            FROM stage_stay_change WHERE true GROUP BY stage_id, end_kind, end_stage_id
            ON CONFLICT (stage_id, end_kind, end_stage_id) DO UPDATE SET
                stays = stays + excluded.stays, won_stays = won_stays + excluded.won_stays, seconds = seconds + excluded.seconds;
        DELETE FROM stage_stay WHERE stays = 0
            AND (stage_id, end_kind, end_stage_id) IN (SELECT stage_id, end_kind, end_stage_id FROM stage_stay_change);
        INSERT INTO stage_stay_seconds (stage_id, seconds, stays)
            SELECT stage_id, seconds, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds
            ON CONFLICT (stage_id, seconds) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_seconds WHERE stays = 0
            AND (stage_id, seconds) IN (SELECT stage_id, seconds FROM stage_stay_change);
        INSERT INTO stage_stay_days (stage_id, day, stays)
            SELECT stage_id, seconds / 86400, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds / 86400
            ON CONFLICT (stage_id, day) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_days WHERE stays = 0
            AND (stage_id, day) IN (SELECT stage_id, seconds / 86400 FROM stage_stay_change WHERE seconds IS NOT NULL);
        DELETE FROM stage_stay_change;
        END;
        CREATE TRIGGER stage_stay_after_delete AFTER DELETE ON stage_change
        WHEN old.undone = 0 AND EXISTS (SELECT 1 FROM deal WHERE id = old.deal_id)
        BEGIN
            INSERT INTO stage_stay_change (stage_id, end_kind, end_stage_id, seconds, won, stays)
            SELECT stage_id, end_kind, end_stage_id, seconds, coalesce((SELECT status = 'won' FROM deal WHERE id = old.deal_id), 0), sum(sign) FROM (
                SELECT *, -1 AS sign FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = old.deal_id AND undone = 0 UNION ALL SELECT old.id, old.at, old.kind, old.to_stage_id, old.from_stage_id WHERE old.undone = 0) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)) UNION ALL SELECT *, 1 FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = old.deal_id AND undone = 0) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)))
            GROUP BY stage_id, end_kind, end_stage_id, seconds HAVING sum(sign) <> 0;
        INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
            SELECT stage_id, end_kind, end_stage_id, sum(stays), sum(stays * won), sum(stays * coalesce(seconds, 0))
            FROM stage_stay_change WHERE true GROUP BY stage_id, end_kind, end_stage_id
            ON CONFLICT (stage_id, end_kind, end_stage_id) DO UPDATE SET
                stays = stays + excluded.stays, won_stays = won_stays + excluded.won_stays, seconds = seconds + excluded.seconds;
        DELETE FROM stage_stay WHERE stays = 0
            AND (stage_id, end_kind, end_stage_id) IN (SELECT stage_id, end_kind, end_stage_id FROM stage_stay_change);
        INSERT INTO stage_stay_seconds (stage_id, seconds, stays)
            SELECT stage_id, seconds, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds
            ON CONFLICT (stage_id, seconds) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_seconds WHERE stays = 0
            AND (stage_id, seconds) IN (SELECT stage_id, seconds FROM stage_stay_change);
        INSERT INTO stage_stay_days (stage_id, day, stays)
            SELECT stage_id, seconds / 86400, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds / 86400
            ON CONFLICT (stage_id, day) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_days WHERE stays = 0
            AND (stage_id, day) IN (SELECT stage_id, seconds / 86400 FROM stage_stay_change WHERE seconds IS NOT NULL);
        DELETE FROM stage_stay_change;
        END;
        CREATE TRIGGER stage_stay_after_update
        AFTER UPDATE OF id, deal_id, at, kind, undone, to_stage_id, from_stage_id ON stage_change
        WHEN old.deal_id = new.deal_id AND (old.undone = 0 OR new.undone = 0) AND (old.id IS NOT new.id OR old.at IS NOT new.at OR old.kind IS NOT new.kind OR old.undone IS NOT new.undone
         OR old.to_stage_id IS NOT new.to_stage_id OR (old.from_stage_id IS NULL) IS NOT (new.from_stage_id IS NULL))
        BEGIN
            INSERT INTO stage_stay_change (stage_id, end_kind, end_stage_id, seconds, won, stays)
            SELECT stage_id, end_kind, end_stage_id, seconds, coalesce((SELECT status = 'won' FROM deal WHERE id = new.deal_id), 0), sum(sign) FROM (
                SELECT *, -1 AS sign FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = new.deal_id AND undone = 0 AND id <> new.id UNION ALL SELECT old.id, old.at, old.kind, old.to_stage_id, old.from_stage_id WHERE old.undone = 0) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)) UNION ALL SELECT *, 1 FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = new.deal_id AND undone = 0) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)))
            GROUP BY stage_id, end_kind, end_stage_id, seconds HAVING sum(sign) <> 0;
        INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
            SELECT stage_id, end_kind, end_stage_id, sum(stays), sum(stays * won), sum(stays * coalesce(seconds, 0))
            FROM stage_stay_change WHERE true GROUP BY stage_id, end_kind, end_stage_id
            ON CONFLICT (stage_id, end_kind, end_stage_id) DO UPDATE SET
                stays = stays + excluded.stays, won_stays = won_stays + excluded.won_stays, seconds = seconds + excluded.seconds;
        DELETE FROM stage_stay WHERE stays = 0
            AND (stage_id, end_kind, end_stage_id) IN (SELECT stage_id, end_kind, end_stage_id FROM stage_stay_change);
        INSERT INTO stage_stay_seconds (stage_id, seconds, stays)
            SELECT stage_id, seconds, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds
            ON CONFLICT (stage_id, seconds) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_seconds WHERE stays = 0
            AND (stage_id, seconds) IN (SELECT stage_id, seconds FROM stage_stay_change);
        INSERT INTO stage_stay_days (stage_id, day, stays)
            SELECT stage_id, seconds / 86400, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds / 86400
            ON CONFLICT (stage_id, day) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_days WHERE stays = 0
            AND (stage_id, day) IN (SELECT stage_id, seconds / 86400 FROM stage_stay_change WHERE seconds IS NOT NULL);
        DELETE FROM stage_stay_change;
        END;
        CREATE TRIGGER stage_stay_after_update_deal AFTER UPDATE OF deal_id ON stage_change
        WHEN old.deal_id IS NOT new.deal_id AND (old.undone = 0 OR new.undone = 0)
        BEGIN
            INSERT INTO stage_stay_change (stage_id, end_kind, end_stage_id, seconds, won, stays)
            SELECT stage_id, end_kind, end_stage_id, seconds, coalesce((SELECT status = 'won' FROM deal WHERE id = old.deal_id), 0), sum(sign) FROM (
                SELECT *, -1 AS sign FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = old.deal_id AND undone = 0 UNION ALL SELECT old.id, old.at, old.kind, old.to_stage_id, old.from_stage_id WHERE old.undone = 0) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)) UNION ALL SELECT *, 1 FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = old.deal_id AND undone = 0) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)))
            GROUP BY stage_id, end_kind, end_stage_id, seconds HAVING sum(sign) <> 0;
        INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
            SELECT stage_id, end_kind, end_stage_id, sum(stays), sum(stays * won), sum(stays * coalesce(seconds, 0))
            FROM stage_stay_change WHERE true GROUP BY stage_id, end_kind, end_stage_id
            ON CONFLICT (stage_id, end_kind, end_stage_id) DO UPDATE SET
                stays = stays + excluded.stays, won_stays = won_stays + excluded.won_stays, seconds = seconds + excluded.seconds;
        DELETE FROM stage_stay WHERE stays = 0
            AND (stage_id, end_kind, end_stage_id) IN (SELECT stage_id, end_kind, end_stage_id FROM stage_stay_change);
        INSERT INTO stage_stay_seconds (stage_id, seconds, stays)
            SELECT stage_id, seconds, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds
            ON CONFLICT (stage_id, seconds) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_seconds WHERE stays = 0
            AND (stage_id, seconds) IN (SELECT stage_id, seconds FROM stage_stay_change);
        INSERT INTO stage_stay_days (stage_id, day, stays)
            SELECT stage_id, seconds / 86400, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds / 86400
            ON CONFLICT (stage_id, day) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_days WHERE stays = 0
            AND (stage_id, day) IN (SELECT stage_id, seconds / 86400 FROM stage_stay_change WHERE seconds IS NOT NULL);
        DELETE FROM stage_stay_change;
            INSERT INTO stage_stay_change (stage_id, end_kind, end_stage_id, seconds, won, stays)
            SELECT stage_id, end_kind, end_stage_id, seconds, coalesce((SELECT status = 'won' FROM deal WHERE id = new.deal_id), 0), sum(sign) FROM (
                SELECT *, -1 AS sign FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = new.deal_id AND undone = 0 AND id <> new.id) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)) UNION ALL SELECT *, 1 FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = new.deal_id AND undone = 0) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)))
            GROUP BY stage_id, end_kind, end_stage_id, seconds HAVING sum(sign) <> 0;
        INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
            SELECT stage_id, end_kind, end_stage_id, sum(stays), sum(stays * won), sum(stays * coalesce(seconds, 0))
            FROM stage_stay_change WHERE true GROUP BY stage_id, end_kind, end_stage_id
            ON CONFLICT (stage_id, end_kind, end_stage_id) DO UPDATE SET
                stays = stays + excluded.stays, won_stays = won_stays + excluded.won_stays, seconds = seconds + excluded.seconds;
        DELETE FROM stage_stay WHERE stays = 0
            AND (stage_id, end_kind, end_stage_id) IN (SELECT stage_id, end_kind, end_stage_id FROM stage_stay_change);
        INSERT INTO stage_stay_seconds (stage_id, seconds, stays)
            SELECT stage_id, seconds, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds
            ON CONFLICT (stage_id, seconds) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_seconds WHERE stays = 0
            AND (stage_id, seconds) IN (SELECT stage_id, seconds FROM stage_stay_change);
        INSERT INTO stage_stay_days (stage_id, day, stays)
            SELECT stage_id, seconds / 86400, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds / 86400
            ON CONFLICT (stage_id, day) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_days WHERE stays = 0
            AND (stage_id, day) IN (SELECT stage_id, seconds / 86400 FROM stage_stay_change WHERE seconds IS NOT NULL);
        DELETE FROM stage_stay_change;
        END;
        CREATE TRIGGER stage_stay_before_deal_delete BEFORE DELETE ON deal
        BEGIN
            INSERT INTO stage_stay_change (stage_id, end_kind, end_stage_id, seconds, won, stays)
            SELECT stage_id, end_kind, end_stage_id, seconds, old.status = 'won', sum(sign) FROM (
                SELECT *, -1 AS sign FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = old.id AND undone = 0) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)) )
            GROUP BY stage_id, end_kind, end_stage_id, seconds HAVING sum(sign) <> 0;
        INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
            SELECT stage_id, end_kind, end_stage_id, sum(stays), sum(stays * won), sum(stays * coalesce(seconds, 0))
            FROM stage_stay_change WHERE true GROUP BY stage_id, end_kind, end_stage_id
            ON CONFLICT (stage_id, end_kind, end_stage_id) DO UPDATE SET
                stays = stays + excluded.stays, won_stays = won_stays + excluded.won_stays, seconds = seconds + excluded.seconds;
        DELETE FROM stage_stay WHERE stays = 0
            AND (stage_id, end_kind, end_stage_id) IN (SELECT stage_id, end_kind, end_stage_id FROM stage_stay_change);
        INSERT INTO stage_stay_seconds (stage_id, seconds, stays)
            SELECT stage_id, seconds, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds
            ON CONFLICT (stage_id, seconds) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_seconds WHERE stays = 0
            AND (stage_id, seconds) IN (SELECT stage_id, seconds FROM stage_stay_change);
        INSERT INTO stage_stay_days (stage_id, day, stays)
            SELECT stage_id, seconds / 86400, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds / 86400
            ON CONFLICT (stage_id, day) DO UPDATE SET stays = stays + excluded.stays;
        DELETE FROM stage_stay_days WHERE stays = 0
            AND (stage_id, day) IN (SELECT stage_id, seconds / 86400 FROM stage_stay_change WHERE seconds IS NOT NULL);
        DELETE FROM stage_stay_change;
        END;
        CREATE TRIGGER stage_stay_after_deal_status AFTER UPDATE OF status ON deal
        WHEN (old.status = 'won') IS NOT (new.status = 'won')
        BEGIN
            INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
            SELECT stage_id, end_kind, end_stage_id, 0, count(*) * (CASE WHEN new.status = 'won' THEN 1 ELSE -1 END), 0
            FROM (SELECT to_stage_id AS stage_id, coalesce(next_kind, '') AS end_kind,
                        CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END AS end_stage_id,
                        max(0, next_at - at) AS seconds
                    FROM (
                        SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                            lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at
                        FROM (SELECT id, at, kind, to_stage_id, from_stage_id FROM stage_change WHERE deal_id = new.id AND undone = 0) WINDOW later AS (ORDER BY at, id))
                    WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                        AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id)) WHERE true
            GROUP BY stage_id, end_kind, end_stage_id
            ON CONFLICT (stage_id, end_kind, end_stage_id) DO UPDATE SET won_stays = won_stays + excluded.won_stays;
        END;
        -- The stays of the history already stored: each entry that puts a deal into a stage starts a stay, the deal's
        -- next entry ends it (an import's "entered later" move into the same stage does not), as the triggers count them.
        INSERT INTO stage_stay_change (stage_id, end_kind, end_stage_id, seconds, won, stays)
            SELECT to_stage_id, coalesce(next_kind, ''), CASE WHEN next_kind = 'moved' THEN coalesce(next_stage_id, 0) ELSE 0 END,
                max(0, next_at - at), won, 1
            FROM (
                SELECT kind, to_stage_id, at, lead(kind) OVER later AS next_kind, lead(to_stage_id) OVER later AS next_stage_id,
                    lead(from_stage_id IS NULL) OVER later AS next_from_nowhere, lead(at) OVER later AS next_at,
                    coalesce((SELECT status = 'won' FROM deal WHERE deal.id = stage_change.deal_id), 0) AS won
                FROM stage_change WHERE undone = 0
                WINDOW later AS (PARTITION BY deal_id ORDER BY at, id))
            WHERE (kind = 'created' OR kind = 'moved' OR kind = 'reopened' OR kind = 'parked' OR kind = 'unparked') AND to_stage_id IS NOT NULL
                AND NOT (next_kind IS 'moved' AND next_from_nowhere AND next_stage_id IS to_stage_id);
        INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
            SELECT stage_id, end_kind, end_stage_id, sum(stays), sum(stays * won), sum(stays * coalesce(seconds, 0))
            FROM stage_stay_change GROUP BY stage_id, end_kind, end_stage_id;
        INSERT INTO stage_stay_seconds (stage_id, seconds, stays)
            SELECT stage_id, seconds, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds;
        INSERT INTO stage_stay_days (stage_id, day, stays)
            SELECT stage_id, seconds / 86400, sum(stays) FROM stage_stay_change WHERE seconds IS NOT NULL GROUP BY stage_id, seconds / 86400;
        DELETE FROM stage_stay_change;
        """

    /// A row's key in `stage_stay`: an ending kind is stored as its name ('' while the stays last),
    /// an end stage as its id (0 for none).
    static func stageStayKey(_ group: StageStayGroup) -> (stageID: Int64, endKind: String, endStageID: Int64) {
        (group.stageID, group.endKind?.rawValue ?? "", group.endStageID ?? 0)
    }

    /// Fills the stage stays again from the whole history: after a large bulk load, or a write that
    /// touched a large share of the history (`StageStayUpkeep.rebuildAtEnd`).
    ///
    /// One pass over the history in Swift (`StageHistoryWalk`, about a second for a million deals)
    /// instead of one INSERT … SELECT: SQLite's window functions paired the entries ten times slower.
    static func rebuildStageStays(_ db: Database) throws {
        let won = try StageHistoryWalk.wonDeals(db)
        var wonIndex = 0
        var totals = StageStayTotals()
        try StageHistoryWalk.forEachDeal(db) { dealID, events in
            while wonIndex < won.count && won[wonIndex] < dealID { wonIndex += 1 }
            totals.add(events, dealWon: wonIndex < won.count && won[wonIndex] == dealID)
        }
        try replaceStageStays(db, with: &totals)
    }

    /// Replaces the kept stage stays by `totals`, the stays of every deal stored (taking its
    /// lengths): a rebuild, or a bulk load into an empty database that added its deals' stays up
    /// itself. The stays' seconds are sorted per stage and written in key order, many rows to a statement.
    static func replaceStageStays(_ db: Database, with totals: inout StageStayTotals) throws {
        try db.execute(sql: "DELETE FROM stage_stay; DELETE FROM stage_stay_seconds; DELETE FROM stage_stay_days")
        var insertGroup = try BulkInsert(db, sql: """
            INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let groups = totals.groups.values.map { group in (key: stageStayKey(group), group: group) }
        for (key, group) in groups.sorted(by: { $0.key < $1.key }) {
            insertGroup.bind(key.0)
            insertGroup.bind(key.1)
            insertGroup.bind(key.2)
            insertGroup.bind(group.stays)
            insertGroup.bind(group.wonStays)
            insertGroup.bind(group.seconds)
            try insertGroup.run()
        }
        var counts = StageStayCounts(db)
        for stageID in totals.stagesWithLengths {
            let times = totals.takeSortedLengths(stageID: stageID)
            var days: [(day: Int64, stays: Int64)] = []
            var start = 0
            while start < times.count {
                var end = start + 1
                while end < times.count && times[end] == times[start] { end += 1 }
                try counts.add(stageID: stageID, seconds: times[start], stays: Int64(end - start))
                let day = times[start] / 86_400
                if days.last?.day == day { days[days.count - 1].stays += Int64(end - start) } else { days.append((day, Int64(end - start))) }
                start = end
            }
            try counts.flush()
            for (day, stays) in days {
                try db.execute(
                    sql: "INSERT INTO stage_stay_days (stage_id, day, stays) VALUES (?, ?, ?)", arguments: [stageID, day, stays])
            }
        }
    }
}
