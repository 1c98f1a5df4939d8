import FunnelStore
import GRDB
import Pipeline

// MARK: - The team's change log

extension SQLitePipelineStore {
    /// The change log's entries after the entry `id`, oldest first, at most `limit`.
    public func dealChanges(after id: Int64, limit: Int) throws -> [DealChange] {
        try read { db in
            try Row.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM deal_change WHERE id > ? ORDER BY id LIMIT ?"), arguments: [id, limit]
            ).map(DealChange.init(row:))
        }
    }

    /// The change log's entries for one deal that made versions after `version`, oldest first.
    public func dealChanges(dealID: Int64, afterVersion version: Int) throws -> [DealChange] {
        try read { db in
            try Row.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM deal_change WHERE deal_id = ? AND version > ? ORDER BY id"),
                arguments: [dealID, version]
            ).map(DealChange.init(row:))
        }
    }

    /// The change log's entries after the entry `id`, counted in SQL, with the last entry and the last restore.
    public func dealChangeTally(after id: Int64) throws -> DealChangeTally {
        try read { db in
            let counts = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT count(DISTINCT CASE WHEN kind <> 'restored' THEN deal_id END) AS deals,
                    count(DISTINCT coalesce(author, '')) AS people
                FROM deal_change WHERE id > ?
                """), arguments: [id])
            let latest = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM deal_change WHERE id > ? ORDER BY id DESC LIMIT 1"), arguments: [id])
            let restore = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM deal_change WHERE id > ? AND kind = 'restored' ORDER BY id DESC LIMIT 1"),
                arguments: [id])
            return DealChangeTally(
                deals: counts?["deals"] ?? 0, people: counts?["people"] ?? 0, latest: latest.map(DealChange.init(row:)),
                restore: restore.map(DealChange.init(row:)))
        }
    }

    /// The id of the change log's last entry (0 while it is empty).
    public func lastDealChangeID() throws -> Int64 {
        try read { db in try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM deal_change")) ?? 0 }
    }

    /// True when this store's own committed write appended the entry: a board does not announce it.
    public func isOwnChange(_ change: DealChange) -> Bool { ownChanges.contains(change.id) }
}

extension DealChange {
    /// Reads a change-log entry; a kind this version does not know reads as an edit.
    init(row: Row) {
        self.init(
            id: row["id"], dealID: row["deal_id"], version: row["version"], by: row["author"],
            at: Timestamp.date(seconds: row["at"]), kind: DealChange.Kind(rawValue: row["kind"]) ?? .edited,
            title: row["title"], stageName: row["stage"], activitySubject: row["subject"],
            fields: DealPart.parsed(row["fields"]))
    }
}
