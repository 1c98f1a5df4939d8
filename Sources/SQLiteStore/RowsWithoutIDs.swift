import GRDB
import FunnelStore
import Pipeline

/// The rows of an import that have no id, which only their values tell apart: checked against the
/// rows earlier imports brought, and remembered for the next import (`import_run`, `imported_row`).
///
/// A row's fingerprint is the hash of what it says (`ImportedValues.fingerprint`, with its stage
/// placed), so the same row read from the same file again has the same one.
struct RowsWithoutIDs {
    /// One remembered row.
    private struct Remembered {
        var dealID: Int64
        var fingerprint: Int64
        var runID: Int64
    }

    /// By the import's index: the fingerprint of each new deal without an id.
    private var fingerprints: [Int64?]
    private let runID: Int64
    private var rows: RowBatch<Remembered>

    /// Nil when the import names no `run` or brings no new row without an id. Throws
    /// `RowsImportedBefore` when earlier imports brought some of the rows and duplicates are not allowed.
    init?(
        _ db: Database, imports: [DealImport], targets: [Stage], existing: [Int64?], run: ImportRun?,
        allowDuplicates: Bool
    ) throws {
        guard let run else { return nil }
        var fingerprints = [Int64?](repeating: nil, count: imports.count)
        var count = 0
        for index in imports.indices where imports[index].externalID == nil && existing[index] == nil {
            fingerprints[index] = imports[index].says(in: targets[index]).fingerprint
            count += 1
        }
        guard count > 0 else { return nil }
        let before = try Self.earlierRuns(db, of: fingerprints.lazy.compactMap { $0 }, count: count)
        if !before.isEmpty && !allowDuplicates {
            let runs = try Row.fetchAll(
                db, sql: "SELECT id, file, at FROM import_run WHERE id IN (\(before.keys.map { String($0) }.joined(separator: ", ")))")
            let earlier = runs.map { row in
                ImportRun(file: row["file"], at: Timestamp.date(seconds: row["at"]), rows: before[row["id"] as Int64] ?? 0)
            }.sorted { $0.at > $1.at }
            throw RowsImportedBefore(count: before.values.reduce(0, +), earlier: earlier)
        }
        try db.execute(
            sql: "INSERT INTO import_run (file, at, rows) VALUES (?, ?, ?)",
            arguments: [run.file, Timestamp.seconds(run.at), count])
        runID = db.lastInsertedRowID
        self.fingerprints = fingerprints
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
        guard let fingerprint = fingerprints[index] else { return }
        try rows.add(Remembered(dealID: dealID, fingerprint: fingerprint, runID: runID))
    }

    /// Writes the rows still waiting.
    mutating func flush() throws {
        try rows.flush()
    }
}
