import GRDB
import FunnelStore
import Pipeline

/// The rows of an import that have no id (`UnnamedImportRows`), checked against the rows earlier imports
/// brought, and remembered for the next import (`import_run`, `imported_row`).
struct RowsWithoutIDs {
    private let unnamed: UnnamedImportRows
    private let runID: Int64
    private var rows: RowBatch<UnnamedImportRows.Remembered>

    /// Nil when the import names no `run` or brings no new row without an id. Throws
    /// `RowsImportedBefore` when earlier imports brought some of the rows and duplicates are not allowed.
    init?(
        _ db: Database, imports: [DealImport], targets: [Stage], existing: [Int64?], run: ImportRun?,
        allowDuplicates: Bool
    ) throws {
        guard let run, let unnamed = UnnamedImportRows(imports: imports, targets: targets, existing: existing) else { return nil }
        let before = try Self.earlierRuns(db, of: unnamed.all, count: unnamed.count)
        try UnnamedImportRows.checkEarlier(before, allowDuplicates: allowDuplicates) { runIDs in
            try Row.fetchAll(
                db, sql: "SELECT id, file, at FROM import_run WHERE id IN (\(runIDs.map { String($0) }.joined(separator: ", ")))"
            ).map { (id: $0["id"], file: $0["file"], at: Timestamp.date(seconds: $0["at"])) }
        }
        try db.execute(
            sql: "INSERT INTO import_run (file, at, rows) VALUES (?, ?, ?)",
            arguments: [run.file, Timestamp.seconds(run.at), unnamed.count])
        runID = db.lastInsertedRowID
        self.unnamed = unnamed
        rows = try RowBatch(
            db, insertInto: "INSERT INTO imported_row (deal_id, fingerprint, import_run_id)", placeholders: "(?, ?, ?)"
        ) { row, insert in
            insert.bind(row.dealID)
            insert.bind(row.fingerprint)
            insert.bind(row.runID)
        }
    }

    /// How many of `fingerprints` each earlier import brought (a row brought by several counts for the latest).
    ///
    /// A small import looks each fingerprint up in the index; a large one reads the remembered rows
    /// once, so neither costs more than the larger of the two.
    private static func earlierRuns(_ db: Database, of fingerprints: some Sequence<Int64>, count: Int) throws -> [Int64: Int] {
        let stored = try Int.fetchOne(db, sql: "SELECT count(*) FROM imported_row") ?? 0
        guard stored > 0 else { return [:] }
        var rowsPerRun: [Int64: Int] = [:]
        if count * 16 < stored {
            let lookup = try db.cachedStatement(sql: "SELECT max(import_run_id) FROM imported_row WHERE fingerprint = ?")
            for fingerprint in fingerprints {
                if let run = try Int64.fetchOne(lookup, arguments: [fingerprint]) { rowsPerRun[run, default: 0] += 1 }
            }
        } else {
            var latestRun: [Int64: Int64] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT fingerprint, import_run_id FROM imported_row")
            while let row = try rows.next() {
                let fingerprint: Int64 = row[0]
                let run: Int64 = row[1]
                latestRun[fingerprint] = max(latestRun[fingerprint] ?? run, run)
            }
            for fingerprint in fingerprints {
                if let run = latestRun[fingerprint] { rowsPerRun[run, default: 0] += 1 }
            }
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
