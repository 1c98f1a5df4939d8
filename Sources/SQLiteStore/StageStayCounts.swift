import FunnelStore
import GRDB

/// Rows of `stage_stay_seconds` written by a rebuild, in key order, many to an INSERT statement:
/// a million-deal history holds about three million distinct stay lengths.
struct StageStayCounts {
    static let rowsPerStatement = 100
    private static let columns = "INSERT INTO stage_stay_seconds (stage_id, seconds, stays) VALUES "

    private var many: BulkInsert?
    private var one: BulkInsert?
    private let db: Database
    private var waiting: [(stageID: Int64, seconds: Int64, stays: Int64)] = []

    init(_ db: Database) {
        self.db = db
        waiting.reserveCapacity(Self.rowsPerStatement)
    }

    /// Adds a row; written once a statement's worth is waiting.
    mutating func add(stageID: Int64, seconds: Int64, stays: Int64) throws {
        waiting.append((stageID, seconds, stays))
        guard waiting.count == Self.rowsPerStatement else { return }
        if many == nil {
            many = try BulkInsert(db, sql: Self.columns + Array(repeating: "(?, ?, ?)", count: Self.rowsPerStatement).joined(separator: ", "))
        }
        for row in waiting { Self.bind(row, to: &many!) }
        try many!.run()
        waiting.removeAll(keepingCapacity: true)
    }

    /// Writes the rows still waiting.
    mutating func flush() throws {
        if !waiting.isEmpty && one == nil { one = try BulkInsert(db, sql: Self.columns + "(?, ?, ?)") }
        for row in waiting {
            Self.bind(row, to: &one!)
            try one!.run()
        }
        waiting.removeAll(keepingCapacity: true)
    }

    private static func bind(_ row: (stageID: Int64, seconds: Int64, stays: Int64), to insert: inout BulkInsert) {
        insert.bind(row.stageID)
        insert.bind(row.seconds)
        insert.bind(row.stays)
    }
}
