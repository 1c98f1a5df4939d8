import FunnelStore
import GRDB

/// The set-up and finish of a bulk load of deals (`demo`, `import`), inside its one transaction.
///
/// When the load is large next to what is stored, the secondary indexes of `deal` and
/// `stage_change` are dropped first and created again at the end from their own SQL: SQLite then
/// builds each by one sort instead of a random b-tree insert per row (100,000 deals with their
/// history: 3 s instead of 5 s of CPU). The triggers of registered derived tables are suspended
/// the same way and their tables rebuilt. All of it happens in the caller's transaction, so a
/// failed or killed load leaves the schema and the data as they were.
struct BulkLoad {
    /// `CREATE INDEX` statements dropped by `begin`, to run again in `finish`.
    private(set) var indexes: [String] = []
    /// `CREATE TRIGGER` statements of derived tables dropped by `begin`.
    private(set) var triggers: [String] = []
    /// The derived tables to keep right (`SQLitePipelineStore.derivedTables`).
    let derivedTables: [DerivedTable]
    /// True for a load large next to what is stored (its indexes dropped): it rebuilds the stage
    /// stays at its end too, instead of keeping them deal by deal (`StageStayUpkeep`).
    private(set) var isLarge = false

    /// Loads of fewer deals keep the indexes: rebuilding them would cost more than inserting.
    static let minimumDealsToRebuildIndexes = 5_000

    /// Prepares a load of `newDeals` deals: a large page cache for this connection and, when
    /// `newDeals` is at least half the deals already stored, the indexes dropped.
    static func begin(
        _ db: Database, newDeals: Int, derivedTables: [DerivedTable] = SQLitePipelineStore.derivedTables
    ) throws -> BulkLoad {
        var load = BulkLoad(derivedTables: derivedTables)
        let stored = try Int.fetchOne(db, sql: "SELECT count(*) FROM deal") ?? 0
        guard newDeals >= minimumDealsToRebuildIndexes && newDeals * 2 >= stored else { return load }
        load.isLarge = true
        // UNIQUE indexes stay: they must refuse a duplicate at the row that brings it. Indexes of
        // open deals only stay too: a load is mostly closed history, so they take few rows, while
        // building one again would read every deal.
        let rows = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_schema
            WHERE type = 'index' AND tbl_name IN ('deal', 'stage_change') AND sql IS NOT NULL
                AND sql NOT LIKE 'CREATE UNIQUE%' AND sql NOT LIKE '%WHERE status = ''open''%'
            ORDER BY rowid
            """)
        for row in rows {
            let name: String = row["name"]
            load.indexes.append(row["sql"])
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
        try load.dropTriggers(db)
        return load
    }

    private mutating func dropTriggers(_ db: Database) throws {
        let derived = derivedTables.flatMap(\.triggers)
        guard !derived.isEmpty else { return }
        for row in try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql IS NOT NULL ORDER BY rowid
            """) where derived.contains(row["name"]) {
            let name: String = row["name"]
            triggers.append(row["sql"])
            try db.execute(sql: "DROP TRIGGER \(name.quotedDatabaseIdentifier)")
        }
    }

    /// Creates the dropped indexes and triggers again, then rebuilds the derived tables whose
    /// triggers were suspended and those kept without triggers; the caller commits.
    func finish(_ db: Database) throws {
        try Self.sortingInPageBuffers(db) {
            for sql in indexes { try db.execute(sql: sql) }
        }
        for sql in triggers { try db.execute(sql: sql) }
        let suspended = !triggers.isEmpty
        for table in derivedTables where (table.triggers.isEmpty || suspended) {
            try table.rebuild(db)
        }
    }

    /// Runs `body` (index builds) with `temp_store = FILE` instead of the load's `MEMORY`, then
    /// puts `MEMORY` back.
    ///
    /// With temporary storage in memory, SQLite's sorter allocates every record of a `CREATE
    /// INDEX` on its own and sorts one linked list of them; in file mode it packs the records into
    /// buffers of up to the page cache's size (256 MB in a load) and writes a sorted run to a
    /// temporary file only beyond that (a million-deal demo's largest sort, its 4.7 million history
    /// entries, never does). A million-deal demo's index builds took 10.1–11.2 s instead of
    /// 9.3–14.0 s of CPU in three alternate pairs at load 3–4 (the two largest alone, in the sqlite3
    /// shell: 6.5–7.0 s instead of 6.8–8.9 s), and its peak memory fell from 591 to 504 MB.
    /// Statement journals, the reason for `MEMORY`, are not written here.
    /// Should SQLite refuse the switch, the indexes are built the slower way.
    static func sortingInPageBuffers(_ db: Database, _ body: () throws -> Void) throws {
        let switched = (try? db.execute(sql: "PRAGMA temp_store = FILE")) != nil
        defer { if switched { try? db.execute(sql: "PRAGMA temp_store = MEMORY") } }
        try body()
    }
}

extension SQLitePipelineStore {
    /// Runs a bulk load of `newDeals` deals as one immediate transaction (rolled back instead
    /// when `rollback` is true), with `BulkLoad`'s set-up before `body` and its finish after.
    ///
    /// The connection gets a 256 MB page cache for the load (SQLite's 2 MB default spilled the
    /// deal table's pages and made inserts several times slower), put back afterwards; foreign
    /// keys stay on and are checked once at commit (per insert SQLite opened a statement journal).
    /// Temporary files stay in memory for the load: the statement journals of the multi-row
    /// INSERTs and the index sorts wrote 83 MB to a temporary file during a 100,000-row import.
    /// The database stays in WAL mode throughout: a load is committed like any other change.
    func bulkLoad<T>(
        newDeals: Int, rollback: Bool = false, change: String? = nil, _ body: (Database) throws -> T
    ) throws -> T {
        try checkWritable()
        do {
            var result: T?
            // Its history entries and activities are by this store's author, as every write's are.
            // Its change-log entries are this store's own once committed (`OwnChangeLog`).
            try ownChanges.recording(committing: !rollback) { try WriteAuthor.$name.withValue(author) { try filterResults.whileWriting { try dbWriter.writeWithoutTransaction { db in
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = -262144")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
                let tempStore = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                defer { try? db.execute(sql: "PRAGMA temp_store = \(tempStore)") }
                try db.inTransaction(.immediate) {
                    try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                    // The load's writes name the deals they change or create to the stays' upkeep; a large one rebuilds them.
                    result = try Self.restaying(db) { stays in
                        let load = try BulkLoad.begin(db, newDeals: newDeals)
                        if load.isLarge { stays.rebuildAtEnd() }
                        let result = try body(db)
                        try load.finish(db)
                        return result
                    }
                    return rollback ? .rollback : .commit
                }
            } } } }
            return result!
        } catch let error as DatabaseError {
            throw StoreError.translate(error, path: path, change: change)
        }
    }
}
