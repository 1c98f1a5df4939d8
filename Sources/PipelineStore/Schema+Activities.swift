import GRDB
import Pipeline

extension Schema {
    /// Activities, the deal's follow-up columns (kept in step with its activities), snoozes,
    /// parking, the daily review's progress, settings, and the Revisit pipeline.
    static func createActivities(_ db: Database) throws {
        let dueForm = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
        let dueTimeForm = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-2][0-9]:[0-5][0-9]'"
        let kinds = Activity.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TABLE activity (
                id INTEGER PRIMARY KEY,
                deal_id INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
                due TEXT CHECK (due IS NULL OR due GLOB \(dueForm) OR due GLOB \(dueTimeForm)),
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
            ALTER TABLE deal ADD COLUMN snoozed_until TEXT CHECK (snoozed_until IS NULL OR snoozed_until GLOB \(dueForm));
            ALTER TABLE deal ADD COLUMN snooze_reason TEXT;
            ALTER TABLE deal ADD COLUMN revisit_on TEXT CHECK (revisit_on IS NULL OR revisit_on GLOB \(dueForm));

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
                day TEXT NOT NULL CHECK (day GLOB \(dueForm)),
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
            """)
        try insertRevisitPipeline(db)
    }

    /// Gives a database just created the default names of another language: its first sales pipeline, that
    /// pipeline's stages in order, the Revisit pipeline and its stage. Only for a file no migration had run on.
    static func nameDefaults(_ db: Database, _ names: Pipeline.DefaultNames) throws {
        try db.execute(sql: "UPDATE pipeline SET name = ? WHERE kind = 'sales' AND position = 0", arguments: [names.sales])
        try db.execute(sql: "UPDATE pipeline SET name = ? WHERE kind = 'revisit'", arguments: [names.revisit])
        try db.execute(
            sql: "UPDATE stage SET name = ? WHERE pipeline_id = (SELECT id FROM pipeline WHERE kind = 'revisit')",
            arguments: [names.parked])
        for (position, name) in names.stages.enumerated() {
            try db.execute(
                sql: "UPDATE stage SET name = ? WHERE position = ? AND pipeline_id = (SELECT id FROM pipeline WHERE kind = 'sales' AND position = 0)",
                arguments: [name, position])
        }
    }

    /// Every database has a Revisit pipeline for cold and stuck leads; its stage never stalls.
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
