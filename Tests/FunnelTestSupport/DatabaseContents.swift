import Foundation
import GRDB

/// Everything a database file holds, read in one read transaction: what "exactly as before" and
/// "the whole change" compare after a kill, without one process per deal.
public struct DatabaseContents: Equatable, CustomStringConvertible {
    /// Every table's rows as text, sorted (derived tables and the search index's shadow tables have
    /// no rowid), by table name.
    public var tables: [String: [String]]
    /// The deals, whatever their status.
    public var dealCount: Int
    /// Deals whose history does not open with their creation or does not lead to their stage
    /// (undone entries aside): any would be half a change.
    public var dealsAgainstTheirHistory: Int

    /// Reads the file at `path`, opened read-only.
    public static func read(path: String) throws -> DatabaseContents {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            var tables: [String: [String]] = [:]
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)").map(\.description).sorted()
            }
            let dealCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM deal") ?? 0
            let against = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM deal
                WHERE stage_id IS NOT (
                        SELECT to_stage_id FROM stage_change
                        WHERE deal_id = deal.id AND undone = 0 ORDER BY at DESC, id DESC LIMIT 1)
                    OR 'created' IS NOT (
                        SELECT kind FROM stage_change
                        WHERE deal_id = deal.id AND undone = 0 ORDER BY at, id LIMIT 1)
                """) ?? 0
            return DatabaseContents(tables: tables, dealCount: dealCount, dealsAgainstTheirHistory: against)
        }
    }

    /// The row count of each table, for a failure message (the rows themselves would be too many).
    public var description: String {
        "\(dealCount) deals, \(dealsAgainstTheirHistory) against their history; rows: "
            + tables.keys.sorted().map { "\($0) \(tables[$0]?.count ?? 0)" }.joined(separator: ", ")
    }
}
