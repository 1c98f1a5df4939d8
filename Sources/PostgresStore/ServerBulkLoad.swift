import FunnelStore
import PostgresNIO

/// The set-up and finish of a bulk load of deals (`demo`, `import`) on the server, inside its one transaction.
///
/// When the load is large next to what is stored, the secondary indexes of `deal` and `stage_change` (the
/// filter's trigram index among them) are dropped first and created again at the end from their own
/// definitions (`pg_get_indexdef`), and the lane-figure trigger of `deal` is switched off and its tables
/// (`stage_total`, `stage_idle_day`) rebuilt by one grouped pass. Unique indexes and primary keys stay (a
/// duplicate is refused at the row that brings it); foreign keys and checks stay on. PostgreSQL's DDL is
/// transactional: a failed, rolled-back or killed load leaves the schema and the data as they were.
struct ServerBulkLoad {
    /// `CREATE INDEX` statements of the indexes dropped by `begin`, to run again in `finish`.
    private(set) var indexes: [String] = []
    /// True when `begin` switched the lane-figure triggers off.
    private(set) var suspendedLaneFigures = false

    /// Loads of fewer deals keep the indexes and the trigger: rebuilding them would cost more than inserting.
    static let minimumDealsToRebuildIndexes = 5_000

    /// The triggers that keep `stage_total` and `stage_idle_day`.
    static let laneFigureTriggers = ["deal_lane_figures_insert", "deal_lane_figures_delete", "deal_lane_figures_update"]

    /// Prepares a load of `newDeals` deals: when they are at least `minimumDealsToRebuildIndexes` and half the
    /// deals already stored, drops the secondary indexes and switches the lane-figure triggers off.
    ///
    /// Dropping an index locks `deal` and `stage_change` against other users' reads until the load commits:
    /// a large load keeps the board of others waiting either way, and ends sooner so.
    static func begin(_ session: ServerSession, newDeals: Int) throws -> ServerBulkLoad {
        var load = ServerBulkLoad()
        guard newDeals >= minimumDealsToRebuildIndexes else { return load }
        let stored = try session.value("SELECT count(*) FROM deal", as: Int.self) ?? 0
        guard newDeals * 2 >= stored else { return load }
        let rows = try session.namedRows("""
            SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
            FROM pg_index i
            WHERE i.indrelid IN ('deal'::regclass, 'stage_change'::regclass) AND NOT i.indisunique AND NOT i.indisprimary
            ORDER BY i.indexrelid
            """)
        for row in rows {
            let name: String = try row["name"]
            load.indexes.append(try row["definition"])
            try session.execute(PostgresQuery(unsafeSQL: "DROP INDEX \(name)"))
        }
        for trigger in laneFigureTriggers {
            try session.execute(PostgresQuery(unsafeSQL: "ALTER TABLE deal DISABLE TRIGGER \(trigger)"))
        }
        load.suspendedLaneFigures = true
        return load
    }

    /// Creates the dropped indexes again, switches the triggers back on and rebuilds their tables from the
    /// open deals; the caller commits.
    func finish(_ session: ServerSession) throws {
        if !indexes.isEmpty {
            // Each index is built by one sort; in memory up to this size (this transaction only).
            try session.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for definition in indexes { try session.execute(PostgresQuery(unsafeSQL: definition)) }
        }
        guard suspendedLaneFigures else { return }
        for trigger in Self.laneFigureTriggers {
            try session.execute(PostgresQuery(unsafeSQL: "ALTER TABLE deal ENABLE TRIGGER \(trigger)"))
        }
        try Self.rebuildLaneFigures(session)
    }

    /// Fills `stage_total` and `stage_idle_day` again from the open deals: the same figures the trigger keeps
    /// (a sum past 64 bits is refused by the cast, as by the trigger's own arithmetic).
    static func rebuildLaneFigures(_ session: ServerSession) throws {
        try session.execute("DELETE FROM stage_total")
        try session.execute("""
            INSERT INTO stage_total (stage_id, currency, deals, value, stage_weighted_value, own_weighted_hundredths)
            SELECT stage_id, currency, count(*), sum(value)::bigint,
                sum(CASE WHEN probability_override IS NULL THEN value ELSE 0 END)::bigint,
                sum(coalesce(value * probability_override, 0))::bigint
            FROM deal WHERE status = 'open' GROUP BY stage_id, currency
            """)
        try session.execute("DELETE FROM stage_idle_day")
        try session.execute("""
            INSERT INTO stage_idle_day (stage_id, idle_day, snoozed_until, deals)
            SELECT stage_id, floor(greatest(stage_entered_at, coalesce(last_done_at, 0)) / 86400.0)::bigint,
                coalesce(snoozed_until, ''), count(*)
            FROM deal WHERE status = 'open' GROUP BY 1, 2, 3
            """)
    }
}
