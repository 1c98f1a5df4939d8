extension Schema {
    /// Migration "report: stage stays kept by the store, not by triggers": the seven triggers that
    /// restated the stage-stay rule in SQL, and their scratch table, go. The store keeps the three
    /// tables itself in every write that changes a deal's history or won status (`StageStayUpkeep`,
    /// by the Pipeline's `StageStayRow` rule); their rows, right when the triggers left them, stay as they are.
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let storeKeptStaysMigration = """
        DROP TRIGGER IF EXISTS stage_stay_after_insert_last;
        DROP TRIGGER IF EXISTS stage_stay_after_insert;
        DROP TRIGGER IF EXISTS stage_stay_after_delete;
        DROP TRIGGER IF EXISTS stage_stay_after_update;
        DROP TRIGGER IF EXISTS stage_stay_after_update_deal;
        DROP TRIGGER IF EXISTS stage_stay_before_deal_delete;
        DROP TRIGGER IF EXISTS stage_stay_after_deal_status;
        DROP TABLE IF EXISTS stage_stay_change;
        """
}
