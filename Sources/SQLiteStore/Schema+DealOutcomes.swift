import GRDB

extension Schema {
    /// Deals counted and summed per pipeline, status, currency, owner, source and lost reason, kept
    /// by triggers: the report's win rate, per-currency figures, owners, sources and lost reasons
    /// read a few hundred rows instead of every deal of the pipeline.
    ///
    /// Owner, source and reason may be NULL, so the table has a rowid and a plain index, and each
    /// change finds its row with `IS` (an upsert's conflict target never matches NULLs). Every
    /// trigger is restricted with WHEN to changes of those columns or the value: a move within a
    /// pipeline, an edit of the title or a lane position touches nothing. Rows whose count reaches
    /// zero are deleted.
    ///
    /// `deal_won_cycle` orders each pipeline's won deals of a currency by their sales cycle, so the
    /// median cycle is read at its rank (`LIMIT … OFFSET`) like the median won value is read from
    /// `deal_for_values`, instead of reading every won deal.
    ///
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let dealOutcomesMigration = """
        CREATE TABLE deal_outcome (
            pipeline_id INTEGER NOT NULL,
            status TEXT NOT NULL,
            currency TEXT NOT NULL,
            owner TEXT,
            source TEXT,
            lost_reason TEXT,
            deals INTEGER NOT NULL,
            value INTEGER NOT NULL
        );
        CREATE INDEX deal_outcome_on_group ON deal_outcome (pipeline_id, status, currency, owner, source, lost_reason);
        CREATE TRIGGER deal_outcome_after_insert AFTER INSERT ON deal
        BEGIN
            INSERT INTO deal_outcome (pipeline_id, status, currency, owner, source, lost_reason, deals, value)
                    SELECT new.pipeline_id, new.status, new.currency, new.owner, new.source, new.lost_reason, 0, 0
                    WHERE NOT EXISTS (SELECT 1 FROM deal_outcome WHERE pipeline_id = new.pipeline_id AND status = new.status AND currency = new.currency
                    AND owner IS new.owner AND source IS new.source AND lost_reason IS new.lost_reason);
                UPDATE deal_outcome SET deals = deals + 1, value = value + new.value WHERE pipeline_id = new.pipeline_id AND status = new.status AND currency = new.currency
                    AND owner IS new.owner AND source IS new.source AND lost_reason IS new.lost_reason;
        END;
        CREATE TRIGGER deal_outcome_after_delete AFTER DELETE ON deal
        BEGIN
            UPDATE deal_outcome SET deals = deals - 1, value = value - old.value WHERE pipeline_id = old.pipeline_id AND status = old.status AND currency = old.currency
                    AND owner IS old.owner AND source IS old.source AND lost_reason IS old.lost_reason;
                DELETE FROM deal_outcome WHERE pipeline_id = old.pipeline_id AND status = old.status AND currency = old.currency
                    AND owner IS old.owner AND source IS old.source AND lost_reason IS old.lost_reason AND deals <= 0;
        END;
        CREATE TRIGGER deal_outcome_after_update
        AFTER UPDATE OF pipeline_id, status, currency, owner, source, lost_reason, value ON deal
        WHEN old.pipeline_id IS NOT new.pipeline_id OR old.status IS NOT new.status OR old.currency IS NOT new.currency
            OR old.owner IS NOT new.owner OR old.source IS NOT new.source OR old.lost_reason IS NOT new.lost_reason
            OR old.value IS NOT new.value
        BEGIN
            UPDATE deal_outcome SET deals = deals - 1, value = value - old.value WHERE pipeline_id = old.pipeline_id AND status = old.status AND currency = old.currency
                    AND owner IS old.owner AND source IS old.source AND lost_reason IS old.lost_reason;
                DELETE FROM deal_outcome WHERE pipeline_id = old.pipeline_id AND status = old.status AND currency = old.currency
                    AND owner IS old.owner AND source IS old.source AND lost_reason IS old.lost_reason AND deals <= 0;
            INSERT INTO deal_outcome (pipeline_id, status, currency, owner, source, lost_reason, deals, value)
                    SELECT new.pipeline_id, new.status, new.currency, new.owner, new.source, new.lost_reason, 0, 0
                    WHERE NOT EXISTS (SELECT 1 FROM deal_outcome WHERE pipeline_id = new.pipeline_id AND status = new.status AND currency = new.currency
                    AND owner IS new.owner AND source IS new.source AND lost_reason IS new.lost_reason);
                UPDATE deal_outcome SET deals = deals + 1, value = value + new.value WHERE pipeline_id = new.pipeline_id AND status = new.status AND currency = new.currency
                    AND owner IS new.owner AND source IS new.source AND lost_reason IS new.lost_reason;
        END;
        CREATE INDEX deal_won_cycle ON deal (pipeline_id, currency, (closed_at - created_at)) WHERE status = 'won';
        DELETE FROM deal_outcome;
        INSERT INTO deal_outcome (pipeline_id, status, currency, owner, source, lost_reason, deals, value)
        SELECT pipeline_id, status, currency, owner, source, lost_reason, count(*), sum(value)
        FROM deal GROUP BY pipeline_id, status, currency, owner, source, lost_reason;
        """

    /// Migration "report: outcomes grouped from the deals' index, no deal_outcome table": the report groups
    /// a pipeline's deals over the covering `deal_for_outcomes` in one ordered pass (measured in
    /// `docs/PERFORMANCE.md`, well inside the report's budget), so the table and its three triggers, which
    /// every insert, delete and outcome change of a deal paid for and every bulk load rebuilt, go.
    /// `deal_won_cycle` stays (the median cycle is read at its rank there).
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let dropDealOutcomesMigration = """
        DROP TRIGGER IF EXISTS deal_outcome_after_insert;
        DROP TRIGGER IF EXISTS deal_outcome_after_delete;
        DROP TRIGGER IF EXISTS deal_outcome_after_update;
        DROP TABLE IF EXISTS deal_outcome;
        """
}
