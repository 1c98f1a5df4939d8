import GRDB
import FunnelStore
import Pipeline

/// The database schema, as migrations that are registered once and never edited after they land.
///
/// Every migration's body is SQL text written out in full when it shipped: a migration never calls code that a
/// later change may alter (a rebuild, a trigger builder, `Stage.defaults`), so an old file is upgraded exactly as
/// it was then. `docs/schema.sql` is what they make together; `SchemaFileTests` fails when they make anything else.
enum Schema {
    /// `PRAGMA application_id` of every Funnel database: "FUNL".
    static let applicationID: Int32 = 0x4655_4E4C

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // Each body is SQL text frozen when the migration shipped, never a call to code that may change later.
        migrator.registerMigration("v1: pipelines, stages, deals, stage history") { db in
            try db.execute(sql: firstRelease)
        }
        migrator.registerMigration("v2 insights: covering indexes for reports") { db in
            try db.execute(sql: insightsIndexes)
        }
        migrator.registerMigration("activities: activities, snoozes, review progress, Revisit pipeline") { db in
            try db.execute(sql: activitiesMigration)
        }
        migrator.registerMigration("interop: import source and external id of imported deals") { db in
            try db.execute(sql: importedDeals)
        }
        migrator.registerMigration("filter: trigram search over open deals") { db in
            try db.execute(sql: dealSearchMigration)
        }
        migrator.registerMigration("stage totals: open deals' lane totals kept by triggers") { db in
            try db.execute(sql: stageTotalsMigration)
        }
        migrator.registerMigration("stalled counts: covering index of open deals' idle times per stage") { db in
            try db.execute(sql: stallIndexMigration)
        }
        // Its name stays as shipped (the migrator checks the list); it no longer changes the CHECKs.
        migrator.registerMigration("bulk loads: cheaper CHECK lists, no history index by target stage") { db in
            try db.execute(sql: unusedHistoryIndexMigration)
        }
        migrator.registerMigration("stalled counts: open deals per stage and idle day kept by triggers") { db in
            try db.execute(sql: idleDaysMigration)
        }
        migrator.registerMigration("report: stage stays and deal outcomes kept by triggers") { db in
            try db.execute(sql: stageStaysMigration)
            try db.execute(sql: dealOutcomesMigration)
        }
        migrator.registerMigration("bulk loads: values index over won and open deals only, no index of won deals by close time") { db in
            try db.execute(sql: narrowBulkLoadIndexesMigration)
        }
        migrator.registerMigration("history: one index by deal for lookups and the report's pass") { db in
            try db.execute(sql: mergeHistoryIndexesMigration)
        }
        migrator.registerMigration("interop: values as last imported, rows imported without ids") { db in
            try createImportedValues(db)
        }
        migrator.registerMigration("activities: cancelled by their deal's close") { db in
            // `cancelled_by` is the won or lost history entry whose undo brings them back; no foreign
            // key, so deleting history never has to look through activities.
            try db.execute(sql: """
                ALTER TABLE activity ADD COLUMN cancelled_at INTEGER CHECK (cancelled_at IS NULL OR done_at IS NULL);
                ALTER TABLE activity ADD COLUMN cancelled_by INTEGER;
                DROP INDEX activity_planned_on_due;
                CREATE INDEX activity_planned_on_due ON activity (due, deal_id) WHERE done_at IS NULL AND cancelled_at IS NULL;

                -- Deals closed before this release: what was planned before the close is cancelled by it,
                -- as a close does from now on; a step planned after the close stays planned.
                UPDATE activity SET
                    cancelled_at = (SELECT closed_at FROM deal WHERE deal.id = activity.deal_id),
                    cancelled_by = (SELECT max(id) FROM stage_change
                                    WHERE stage_change.deal_id = activity.deal_id AND kind IN ('won', 'lost') AND undone = 0)
                WHERE done_at IS NULL
                    AND created_at <= (SELECT closed_at FROM deal WHERE deal.id = activity.deal_id AND status <> 'open');
                UPDATE deal SET next_due = (SELECT min(due) FROM activity
                                            WHERE deal_id = deal.id AND done_at IS NULL AND cancelled_at IS NULL)
                WHERE id IN (SELECT deal_id FROM activity WHERE cancelled_at IS NOT NULL);
                """)
        }
        migrator.registerMigration("report: outcomes grouped from the deals' index, no deal_outcome table") { db in
            try db.execute(sql: dropDealOutcomesMigration)
        }
        migrator.registerMigration("filter: owner in the trigram search") { db in
            try addOwnerToDealSearch(db)
        }
        migrator.registerMigration("report: stage stays kept by the store, not by triggers") { db in
            try db.execute(sql: storeKeptStaysMigration)
        }
        migrator.registerMigration("team: authors of history and activities, the change log") { db in
            try db.execute(sql: authorsMigration)
        }
        migrator.registerMigration("my deals: open deals by folded owner") { db in
            try db.execute(sql: ownerIndexMigration)
        }
        return migrator
    }

    /// One integer per history entry for the stage-flow pass: stage id × 256 + the kind's first
    /// letter × 2 + 1 when the entry came from no stage. Queries must repeat it exactly to read it from
    /// the index `stage_change_on_deal` (migration "history: one index by deal ...").
    static let stageFlowPacked = "coalesce(to_stage_id, 0) * 256 + unicode(kind) * 2 + (from_stage_id IS NULL)"

    /// Migration "v1": pipelines, stages, deals and their history, and the default pipeline with the stages
    /// `Stage.defaults` named then (id 1: the migration runs on an empty file only).
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    private static let firstRelease = """
        PRAGMA application_id = 1179995724;
        CREATE TABLE pipeline (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL DEFAULT 'sales' CHECK (kind IN ('sales', 'revisit')),
            position INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX pipeline_on_name ON pipeline (lower(name));
        CREATE TABLE stage (
            id INTEGER PRIMARY KEY,
            pipeline_id INTEGER NOT NULL REFERENCES pipeline (id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            position INTEGER NOT NULL CHECK (position >= 0),
            probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
            stall_days INTEGER NOT NULL CHECK (stall_days >= 0)
        );
        CREATE UNIQUE INDEX stage_on_pipeline_name ON stage (pipeline_id, lower(name));
        CREATE INDEX stage_on_pipeline_position ON stage (pipeline_id, position);
        CREATE TABLE deal (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            value INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
            pipeline_id INTEGER NOT NULL REFERENCES pipeline (id),
            stage_id INTEGER NOT NULL REFERENCES stage (id),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
            lost_reason TEXT,
            expected_close TEXT CHECK (expected_close IS NULL OR expected_close GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            owner TEXT,
            organization TEXT,
            person TEXT,
            job_title TEXT,
            email TEXT,
            phone TEXT,
            source TEXT,
            temperature TEXT NOT NULL DEFAULT 'warm' CHECK (temperature IN ('hot', 'warm', 'cold')),
            temperature_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (temperature_by_hand IN (0, 1)),
            budget TEXT NOT NULL DEFAULT 'unknown' CHECK (budget IN ('yes', 'no', 'unknown')),
            authority TEXT NOT NULL DEFAULT 'unknown' CHECK (authority IN ('yes', 'no', 'unknown')),
            need TEXT NOT NULL DEFAULT 'unknown' CHECK (need IN ('yes', 'no', 'unknown')),
            timing TEXT NOT NULL DEFAULT 'unknown' CHECK (timing IN ('yes', 'no', 'unknown')),
            priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
            probability_override INTEGER CHECK (probability_override IS NULL OR probability_override BETWEEN 0 AND 100),
            notes TEXT,
            created_at INTEGER NOT NULL,
            stage_entered_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            closed_at INTEGER,
            lane_position REAL NOT NULL DEFAULT 0,
            version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
            CHECK ((status = 'open') = (closed_at IS NULL)),
            CHECK (status = 'lost' OR lost_reason IS NULL)
        );
        -- The board's lanes: open deals of a stage in lane order (keyset pagination).
        CREATE INDEX deal_on_open_lane ON deal (stage_id, lane_position, id) WHERE status = 'open';
        -- Lists and reports by pipeline and status.
        CREATE INDEX deal_on_pipeline_status ON deal (pipeline_id, status, stage_id);
        CREATE TABLE stage_change (
            id INTEGER PRIMARY KEY,
            deal_id INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
            from_stage_id INTEGER REFERENCES stage (id) ON DELETE SET NULL,
            to_stage_id INTEGER REFERENCES stage (id) ON DELETE SET NULL,
            from_stage TEXT,
            to_stage TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('created', 'moved', 'won', 'lost', 'reopened', 'parked', 'unparked')),
            at INTEGER NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
        );
        CREATE INDEX stage_change_on_deal ON stage_change (deal_id, at, id);
        CREATE INDEX stage_change_on_to_stage ON stage_change (to_stage_id, at);
        INSERT INTO pipeline (name, kind, position) VALUES ('Sales', 'sales', 0);
        INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (1, 'Prospecting', 0, 10, 14);
        INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (1, 'Qualifying', 1, 25, 10);
        INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (1, 'Contact', 2, 40, 7);
        INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (1, 'Relationship', 3, 60, 21);
        INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (1, 'Closing', 4, 80, 10);
        """

    /// Migration "v2 insights": covering indexes that let `funnel report` read a million deals without sorting them.
    ///
    /// - `stage_change_for_reports`: the stage-flow pass's one computed column (`stageFlowPacked`), in (deal, time, id)
    ///   order, without undone entries (merged into `stage_change_on_deal` later).
    /// - `deal_for_outcomes`: won, lost and open counts and sums grouped by currency, owner, source and lost reason.
    /// - `deal_for_values`: values in order per status and currency with the times for the sales cycle (won and open
    ///   deals only since "bulk loads: values index ...").
    /// - `deal_for_forecast`: open deals by stage and expected close day, with what weighting needs.
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    private static let insightsIndexes = """
        CREATE INDEX stage_change_for_reports
            ON stage_change (deal_id, at, id, (coalesce(to_stage_id, 0) * 256 + unicode(kind) * 2 + (from_stage_id IS NULL))) WHERE undone = 0;
        CREATE INDEX deal_for_outcomes
            ON deal (pipeline_id, status, currency, owner, source, lost_reason, value);
        CREATE INDEX deal_for_values
            ON deal (pipeline_id, status, currency, value, created_at, closed_at);
        CREATE INDEX deal_for_forecast
            ON deal (pipeline_id, stage_id, expected_close, currency, value, probability_override, status) WHERE status = 'open';
        """

    /// Migration "interop: import source ...": where an imported deal came from, so importing the same file again
    /// updates it instead of adding it twice.
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    private static let importedDeals = """
        CREATE TABLE imported_deal (
            deal_id INTEGER PRIMARY KEY REFERENCES deal (id) ON DELETE CASCADE,
            source TEXT NOT NULL CHECK (length(source) > 0),
            external_id TEXT NOT NULL CHECK (length(external_id) > 0)
        );
        CREATE UNIQUE INDEX imported_deal_on_source_external_id ON imported_deal (source, external_id);
        """
}
