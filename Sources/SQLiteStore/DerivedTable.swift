import FunnelStore
import GRDB

/// A table kept in step with `deal` or `stage_change` by triggers (stage totals, the search
/// index), which a bulk load may suspend and then rebuild whole in the same transaction.
///
/// Register one in `SQLitePipelineStore.derivedTables`. A trigger not named by a registered table
/// keeps firing during bulk loads: correct, only slower. The report's stage stays are kept by the
/// store's own writes instead (`StageStayUpkeep`), which rebuild them after a large load.
struct DerivedTable: Sendable {
    /// The table's name, for errors and docs.
    var name: String
    /// Its triggers: dropped while a bulk load runs and created again from their stored SQL.
    var triggers: [String]
    /// Makes the table right for every row now stored (empty it and fill it from the deals),
    /// inside the caller's transaction.
    var rebuild: @Sendable (Database) throws -> Void
}

extension SQLitePipelineStore {
    /// Every derived table, each with its triggers and a rebuild.
    static let derivedTables: [DerivedTable] = [
        // The lane totals: one upsert per open deal; a rebuild is one grouped pass over the open deals.
        DerivedTable(
            name: "stage_total",
            triggers: ["stage_total_after_insert", "stage_total_after_delete", "stage_total_after_update_old", "stage_total_after_update_new"],
            rebuild: { db in try Schema.rebuildStageTotals(db) }),
        // The filter's trigram index over open deals: FTS5 fed one deal at a time costs about 100 µs per open deal.
        DerivedTable(
            name: "deal_search",
            triggers: ["deal_search_after_insert", "deal_search_after_delete", "deal_search_after_update"],
            rebuild: { db in try Schema.refillDealSearch(db) }),
        // Stalled counts: open deals per stage, idle day and snooze day; a rebuild is one grouped pass over an index of the open deals.
        DerivedTable(
            name: "stage_idle_day",
            triggers: ["stage_idle_day_after_insert", "stage_idle_day_after_delete", "stage_idle_day_after_update_old", "stage_idle_day_after_update_new"],
            rebuild: { db in try Schema.rebuildIdleDays(db) }),
    ]
}
