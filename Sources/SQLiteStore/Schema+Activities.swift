import GRDB
import FunnelStore
import Pipeline

extension Schema {
    /// Migration "activities": activities, the deal's follow-up columns (kept in step with its activities),
    /// snoozes, parking, the daily review's progress, settings, and the Revisit pipeline.
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let activitiesMigration = """
        CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            deal_id INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'sms', 'chat', 'social', 'demo', 'task', 'note')),
            subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
            due TEXT CHECK (due IS NULL OR due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' OR due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-2][0-9]:[0-5][0-9]'),
            done_at INTEGER,
            note TEXT,
            owner TEXT,
            created_at INTEGER NOT NULL,
            CHECK (due IS NOT NULL OR done_at IS NOT NULL)
        );
        CREATE INDEX activity_on_deal ON activity (deal_id, done_at, due);
        CREATE INDEX activity_planned_on_due ON activity (due, deal_id) WHERE done_at IS NULL;
        -- Kept in step with the deal's activities in the same transaction as every activity write.
        ALTER TABLE deal ADD COLUMN last_done_at INTEGER;
        ALTER TABLE deal ADD COLUMN last_contact_at INTEGER;
        ALTER TABLE deal ADD COLUMN next_due TEXT;
        ALTER TABLE deal ADD COLUMN snoozed_until TEXT CHECK (snoozed_until IS NULL OR snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
        ALTER TABLE deal ADD COLUMN snooze_reason TEXT;
        ALTER TABLE deal ADD COLUMN revisit_on TEXT CHECK (revisit_on IS NULL OR revisit_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
        -- Stalled deals per stage: idle since the later of entering the stage and the last done activity.
        CREATE INDEX deal_on_open_idle_since ON deal (stage_id, max(stage_entered_at, coalesce(last_done_at, 0))) WHERE status = 'open';
        -- Overdue, due today and no next step.
        CREATE INDEX deal_on_open_next_due ON deal (next_due) WHERE status = 'open';
        -- Hot leads with no recent contact.
        CREATE INDEX deal_on_open_temperature_contact ON deal (temperature, max(created_at, coalesce(last_contact_at, 0))) WHERE status = 'open';
        -- Past expected close, revisit days, and the weekly sweep of old deals.
        CREATE INDEX deal_on_open_expected_close ON deal (expected_close) WHERE status = 'open';
        CREATE INDEX deal_on_open_revisit_on ON deal (revisit_on) WHERE status = 'open' AND revisit_on IS NOT NULL;
        CREATE INDEX deal_on_open_created ON deal (created_at) WHERE status = 'open';
        -- The sales cycle: won deals' creation-to-won days.
        CREATE INDEX deal_on_won_closed ON deal (closed_at) WHERE status = 'won';
        -- One row per deal handled in a day's review; the deal's version after the decision
        -- tells whether it changed since (then it may come back the same day).
        CREATE TABLE review_progress (
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            deal_id INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
            reason TEXT NOT NULL,
            decision TEXT NOT NULL,
            deal_version INTEGER NOT NULL,
            at INTEGER NOT NULL,
            PRIMARY KEY (day, deal_id)
        );
        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- Every database has a Revisit pipeline for cold and stuck leads, named 'Revisit later' when the user has a
        -- pipeline called Revisit; its one stage never stalls.
        INSERT INTO pipeline (name, kind, position)
            SELECT CASE WHEN EXISTS (SELECT 1 FROM pipeline WHERE lower(name) = lower('Revisit')) THEN 'Revisit later' ELSE 'Revisit' END,
                'revisit', next_position
            FROM (SELECT coalesce(max(position) + 1, 0) AS next_position FROM pipeline)
            WHERE NOT EXISTS (SELECT 1 FROM pipeline WHERE kind = 'revisit');
        INSERT INTO stage (pipeline_id, name, position, probability, stall_days)
            SELECT id, 'Parked', 0, 0, 0 FROM pipeline
            WHERE kind = 'revisit' AND NOT EXISTS (SELECT 1 FROM stage WHERE stage.pipeline_id = pipeline.id);
        """

    /// Every database has a Revisit pipeline for cold and stuck leads; its stage never stalls. A restore that
    /// brings none gets one here (the migration wrote its own in SQL).
    static func insertRevisitPipeline(_ db: Database) throws {
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM pipeline WHERE kind = 'revisit')") == true { return }
        var name = "Revisit"
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM pipeline WHERE lower(name) = lower(?))", arguments: [name]) == true {
            name = "Revisit later"
        }
        let position = try Int.fetchOne(db, sql: "SELECT coalesce(max(position) + 1, 0) FROM pipeline") ?? 1
        try db.execute(sql: "INSERT INTO pipeline (name, kind, position) VALUES (?, 'revisit', ?)", arguments: [name, position])
        try db.execute(
            sql: "INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (?, 'Parked', 0, 0, 0)",
            arguments: [db.lastInsertedRowID])
    }
}
