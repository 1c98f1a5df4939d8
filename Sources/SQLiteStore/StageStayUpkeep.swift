import FunnelStore
import GRDB
import Pipeline

/// Keeps the report's stage stays (`stage_stay`, `stage_stay_seconds`, `stage_stay_days`) in step
/// with the writes of one transaction, by the Pipeline's rule (`StageStayRow`, `StageStayChange`).
///
/// A write that changes deals' history or won status runs inside `SQLitePipelineStore.restaying`
/// and names the deals before it changes them (`willChange`; a deal it creates, `willCreate`):
/// their rows as they are then are noted, and when the outermost `restaying` of the transaction
/// ends, each deal's rows before are taken away and its rows after added, only the difference
/// written. A write that touches most of the history says so instead (`rebuildAtEnd`): the tables
/// are then rebuilt from every history entry in one pass (`Schema.rebuildStageStays`).
///
/// Unchecked `Sendable` like `RevisionCapture`: it lives inside one write transaction, on the
/// connection's one thread, and is reached only through the task-local `current`.
final class StageStayUpkeep: @unchecked Sendable {
    /// The upkeep of the transaction running now, on the connection it belongs to.
    @TaskLocal static var current: StageStayUpkeep?

    /// The connection whose transaction this upkeep belongs to.
    let connection: ObjectIdentifier
    /// The rows of each deal named so far, as they were before the write changed it.
    private var before: [Int64: [StageStayRow]] = [:]
    /// True once a write asked for a rebuild: nothing is noted per deal after that.
    private(set) var rebuilds = false

    init(connection: ObjectIdentifier) {
        self.connection = connection
    }

    /// Notes a deal the write is about to change (its history or won status), unless already noted.
    func willChange(_ db: Database, dealID: Int64) throws {
        guard !rebuilds, before[dealID] == nil else { return }
        before[dealID] = try Self.rows(db, dealID: dealID)
    }

    /// Notes deals the write is about to change.
    func willChange(_ db: Database, dealIDs: some Sequence<Int64>) throws {
        for id in dealIDs { try willChange(db, dealID: id) }
    }

    /// Notes deals the write created: they had no rows before it.
    func willCreate(dealIDs: some Sequence<Int64>) {
        guard !rebuilds else { return }
        for id in dealIDs where before[id] == nil { before[id] = [] }
    }

    /// Rebuilds the tables whole when the write ends instead of deal by deal.
    func rebuildAtEnd() {
        rebuilds = true
        before = [:]
    }

    /// Puts the tables right for every deal noted (or rebuilds them), inside the write's transaction.
    func finish(_ db: Database) throws {
        if rebuilds {
            try Schema.rebuildStageStays(db)
            return
        }
        var change = StageStayChange()
        for (dealID, rows) in before {
            change.remove(rows)
            change.add(try Self.rows(db, dealID: dealID))
        }
        try Self.write(change, db)
    }

    /// A deal's rows as stored now: none for a deal that is not there.
    static func rows(_ db: Database, dealID: Int64) throws -> [StageStayRow] {
        let events = try StageHistoryWalk.events(db, dealID: dealID)
        guard !events.isEmpty else { return [] }
        let won = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT status = 'won' FROM deal WHERE id = ?"), arguments: [dealID]) ?? false
        return StageStayRow.rows(of: events, dealWon: won)
    }

    /// Adds `change` to the tables, deleting the rows it leaves without stays.
    static func write(_ change: StageStayChange, _ db: Database) throws {
        for group in change.groups {
            let key = Schema.stageStayKey(group)
            try db.cachedStatement(sql: """
                INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (stage_id, end_kind, end_stage_id) DO UPDATE SET
                    stays = stays + excluded.stays, won_stays = won_stays + excluded.won_stays, seconds = seconds + excluded.seconds
                """).execute(arguments: [key.stageID, key.endKind, key.endStageID, group.stays, group.wonStays, group.seconds])
            if group.stays < 0 {
                try db.cachedStatement(sql: """
                    DELETE FROM stage_stay WHERE stage_id = ? AND end_kind = ? AND end_stage_id = ? AND stays = 0
                    """).execute(arguments: [key.stageID, key.endKind, key.endStageID])
            }
        }
        for length in change.lengths {
            try db.cachedStatement(sql: """
                INSERT INTO stage_stay_seconds (stage_id, seconds, stays) VALUES (?, ?, ?)
                ON CONFLICT (stage_id, seconds) DO UPDATE SET stays = stays + excluded.stays
                """).execute(arguments: [length.stageID, length.length, length.stays])
            if length.stays < 0 {
                try db.cachedStatement(sql: "DELETE FROM stage_stay_seconds WHERE stage_id = ? AND seconds = ? AND stays = 0")
                    .execute(arguments: [length.stageID, length.length])
            }
        }
        for day in change.days {
            try db.cachedStatement(sql: """
                INSERT INTO stage_stay_days (stage_id, day, stays) VALUES (?, ?, ?)
                ON CONFLICT (stage_id, day) DO UPDATE SET stays = stays + excluded.stays
                """).execute(arguments: [day.stageID, day.length, day.stays])
            if day.stays < 0 {
                try db.cachedStatement(sql: "DELETE FROM stage_stay_days WHERE stage_id = ? AND day = ? AND stays = 0")
                    .execute(arguments: [day.stageID, day.length])
            }
        }
    }
}

extension SQLitePipelineStore {
    /// Runs `updates`, a write that may change deals' history or won status, with the report's stage
    /// stays kept in step in the same transaction: `updates` names the deals it changes to the upkeep
    /// it gets, and the outermost `restaying` of the transaction puts their stays right when it ends
    /// (a `restaying` inside another joins it).
    static func restaying<T>(_ db: Database, _ updates: (StageStayUpkeep) throws -> T) throws -> T {
        let connection = ObjectIdentifier(db)
        if let upkeep = StageStayUpkeep.current, upkeep.connection == connection { return try updates(upkeep) }
        let upkeep = StageStayUpkeep(connection: connection)
        let result = try StageStayUpkeep.$current.withValue(upkeep) { try updates(upkeep) }
        try upkeep.finish(db)
        return result
    }
}
