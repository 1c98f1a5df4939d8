import FunnelStore
import Pipeline
import PostgresNIO

// MARK: - The team's change log

extension PostgresPipelineStore {
    /// The change log's entries after the entry `id`, oldest first, at most `limit`.
    public func dealChanges(after id: Int64, limit: Int) throws -> [DealChange] {
        try read { session in
            try session.namedRows("SELECT * FROM deal_change WHERE id > \(id) ORDER BY id LIMIT \(limit)").map(DealChange.init(serverRow:))
        }
    }

    /// The change log's entries for one deal that made versions after `version`, oldest first.
    public func dealChanges(dealID: Int64, afterVersion version: Int) throws -> [DealChange] {
        try read { session in
            try session.namedRows(
                "SELECT * FROM deal_change WHERE deal_id = \(dealID) AND version > \(version) ORDER BY id"
            ).map(DealChange.init(serverRow:))
        }
    }

    /// The change log's entries after the entry `id`, counted in SQL, with the last entry and the last restore.
    public func dealChangeTally(after id: Int64) throws -> DealChangeTally {
        try read { session in
            let counts = try session.namedRows("""
                SELECT count(DISTINCT CASE WHEN kind <> 'restored' THEN deal_id END)::bigint AS deals,
                    count(DISTINCT coalesce(author, ''))::bigint AS people
                FROM deal_change WHERE id > \(id)
                """).first
            let latest = try session.namedRows("SELECT * FROM deal_change WHERE id > \(id) ORDER BY id DESC LIMIT 1").first
            let restore = try session.namedRows(
                "SELECT * FROM deal_change WHERE id > \(id) AND kind = 'restored' ORDER BY id DESC LIMIT 1").first
            let deals: Int64 = try counts?["deals"] ?? 0
            let people: Int64 = try counts?["people"] ?? 0
            return DealChangeTally(
                deals: Int(deals), people: Int(people),
                latest: try latest.map(DealChange.init(serverRow:)), restore: try restore.map(DealChange.init(serverRow:)))
        }
    }

    /// The id of the change log's last entry (0 while it is empty).
    public func lastDealChangeID() throws -> Int64 {
        try read { session in try session.value("SELECT coalesce(max(id), 0)::bigint FROM deal_change", as: Int64.self) ?? 0 }
    }

    /// True when this store's own committed write appended the entry: a board does not announce it.
    public func isOwnChange(_ change: DealChange) -> Bool { ownChanges.contains(change.id) }
}

extension DealChange {
    /// Reads a change-log entry; a kind this version does not know reads as an edit.
    init(serverRow row: ServerRow) throws {
        self.init(
            id: try row["id"], dealID: try row["deal_id"], version: try row["version"], by: try row["author"],
            at: Timestamp.date(seconds: try row["at"]), kind: DealChange.Kind(rawValue: try row["kind"]) ?? .edited,
            title: try row["title"], stageName: try row["stage"], activitySubject: try row["subject"],
            fields: DealPart.parsed(try row["fields"]))
    }
}
