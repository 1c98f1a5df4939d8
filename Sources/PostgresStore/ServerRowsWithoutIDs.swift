import FunnelStore
import Pipeline
import PostgresNIO

/// The rows of an import that have no id (`UnnamedImportRows`), checked against the rows earlier imports brought,
/// and remembered for the next import (`import_run`, `imported_row`): the server's side of the SQLite engine's
/// `RowsWithoutIDs`, the rows and the refusal worked out by the same code in FunnelStore.
struct ServerRowsWithoutIDs {
    private let unnamed: UnnamedImportRows
    private let runID: Int64
    private var rows: ServerRowBatch<UnnamedImportRows.Remembered>

    /// Nil when the import names no `run` or brings no new row without an id. Throws `RowsImportedBefore`
    /// when earlier imports brought some of the rows and duplicates are not allowed.
    init?(
        _ session: ServerSession, imports: [DealImport], targets: [Stage], existing: [Int64?], run: ImportRun?,
        allowDuplicates: Bool
    ) throws {
        guard let run, let unnamed = UnnamedImportRows(imports: imports, targets: targets, existing: existing) else { return nil }
        let before = try Self.earlierRuns(session, of: unnamed.all)
        try UnnamedImportRows.checkEarlier(before, allowDuplicates: allowDuplicates) { runIDs in
            try session.namedRows("SELECT id, file, at FROM import_run WHERE id = ANY(\(runIDs))").map { row in
                (id: try row["id", as: Int64.self], file: try row["file"], at: Timestamp.date(seconds: try row["at"]))
            }
        }
        runID = try session.value(
            "INSERT INTO import_run (file, at, rows) VALUES (\(run.file), \(Timestamp.seconds(run.at)), \(unnamed.count)) RETURNING id",
            as: Int64.self)!
        self.unnamed = unnamed
        rows = ServerRowBatch(session, into: "imported_row", columns: ["deal_id", "fingerprint", "import_run_id"]) { row, sql in
            [sql.bind(row.dealID), sql.bind(row.fingerprint), sql.bind(row.runID)]
        }
    }

    /// How many of `fingerprints` each earlier import brought (a row brought by several counts for the latest):
    /// one query, the fingerprints sent as one array.
    private static func earlierRuns(_ session: ServerSession, of fingerprints: [Int64]) throws -> [Int64: Int] {
        var rowsPerRun: [Int64: Int] = [:]
        let rows = try session.rows("""
            SELECT latest, count(*) FROM (
                SELECT (SELECT max(import_run_id) FROM imported_row WHERE imported_row.fingerprint = f) AS latest
                FROM unnest(\(fingerprints)::bigint[]) AS f
            ) AS found WHERE latest IS NOT NULL GROUP BY latest
            """)
        for row in rows {
            let (run, count) = try row.decode((Int64, Int).self)
            rowsPerRun[run] = count
        }
        return rowsPerRun
    }

    /// Remembers the row at `index` of the import, now deal `dealID`; rows with ids are passed over.
    mutating func add(dealID: Int64, index: Int) throws {
        guard let row = unnamed.remembered(at: index, dealID: dealID, runID: runID) else { return }
        try rows.add(row)
    }

    /// Writes the rows still waiting.
    mutating func flush() throws {
        try rows.flush()
    }
}
