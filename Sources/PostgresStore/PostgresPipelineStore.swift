import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

/// The store contract kept in a PostgreSQL database on a server: the team's shared pipeline.
///
/// Every public write is one transaction that raises the change counter (`funnel_change`) last, and keeps the
/// domain's invariants as the SQLite engine does: a stage change updates the deal and appends its history entry
/// together, or neither happens. Reads see one snapshot each. One store holds one connection, used from the
/// thread that owns the store (`ServerSession`).
public final class PostgresPipelineStore: @unchecked Sendable {
    // @unchecked: the session is used by one thread at a time (the contract's caller), and `ownWrites` with it.
    /// The connection; replaced by a new one when the server was lost (`liveSession`).
    private(set) var session: ServerSession
    /// How messages and the board name this store: the server address without the password.
    public let location: StoreLocation
    /// Where `newBackup` writes this server pipeline's JSON archives on this machine (made 0700 when first used).
    public let backupFolder: String
    /// Always false: the server decides what a login may write, and says so when it refuses.
    public let isReadOnly = false
    /// Who this store's writes are recorded as made by; nil records no name. Set once, before the first write.
    public var author: String?
    /// How many times this store raised the change counter, so `changeToken` moves only for others' writes.
    private var ownWrites: Int64 = 0
    /// How many times the connection was made again after the server was lost: each one changes `changeToken`,
    /// so a board reloads whatever happened while it was away.
    private(set) var reconnections: Int64 = 0
    private let reconnection = ServerReconnection()
    /// The `/` filter's recent matches, kept while the change counter stands still.
    let filterResults = ServerFilterResults()
    /// The change-log entries this store's own writes appended (a board does not announce them).
    let ownChanges = OwnChangeLog()
    /// The change counter's values this store's own writes committed: their notifications are not news to its board.
    let ownCommits = OwnCommits()
    /// Cuts the connection in use when a watch finds the server silent, so a query waiting on it fails
    /// instead of hanging the board.
    let connectionCut = ConnectionCut()
    /// The review decisions noted by the changes being recorded now, innermost last (`recording`).
    var reviewNotes: [ReviewDecisionsNoted] = []

    init(session: ServerSession, location: StoreLocation, backupFolder: String) {
        self.session = session
        self.location = location
        self.backupFolder = backupFolder
        connectionCut.use(session)
        ownCommits.connected(backendPID: session.backendPID)
    }

    /// Connects, creates or upgrades the schema, and gives a new database its pipelines named in `language`.
    ///
    /// A server that does not answer is named with its host and port within 5 seconds; a database that holds
    /// another program's tables, or was migrated by a newer Funnel, is refused untouched.
    /// `backupFolder` is where `newBackup` (the copy `restore` keeps first, `backup` without `--out`) writes on this machine.
    public static func open(_ address: ServerAddress, backupFolder: String, language: Language = .english) throws -> PostgresPipelineStore {
        let session = try ServerSession.connect(address)
        do {
            try ServerSchema.migrate(session) { session in try seed(session, Pipeline.defaultNames(for: language)) }
            return PostgresPipelineStore(session: session, location: .server(address), backupFolder: backupFolder)
        } catch {
            session.close()
            throw error
        }
    }

    /// The pipelines of a new database: the first sales pipeline with the default stages, and the Revisit pipeline.
    private static func seed(_ session: ServerSession, _ names: Pipeline.DefaultNames) throws {
        do {
            let salesID = try session.rows(
                "INSERT INTO pipeline (name, kind, position) VALUES (\(names.sales), 'sales', 0) RETURNING id"
            )[0].decode(Int64.self)
            for (position, stage) in Stage.defaults.enumerated() {
                let name = position < names.stages.count ? names.stages[position] : stage.name
                try session.execute("""
                    INSERT INTO stage (pipeline_id, name, position, probability, stall_days)
                    VALUES (\(salesID), \(name), \(position), \(stage.probability), \(stage.stallDays))
                    """)
            }
            let revisitID = try session.rows(
                "INSERT INTO pipeline (name, kind, position) VALUES (\(names.revisit), 'revisit', 1) RETURNING id"
            )[0].decode(Int64.self)
            try session.execute(
                "INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (\(revisitID), \(names.parked), 0, 0, 0)")
        }
    }

    // MARK: - Transactions

    /// Runs one write transaction: takes the advisory lock of its `scope` (`WriteScope`), runs `updates`, reads
    /// the stage stays of the deals it locked or created (`StageStayUpkeep`), and only then raises the change
    /// counter, with a notification of its new value on channel `funnel_change` (delivered to every listening board
    /// when the transaction commits, never when it rolls back: the value only, no row), writes the stays and
    /// commits, the lane figures' deferred triggers running at the commit. Every shared row (the counter,
    /// `stage_total`, `stage_idle_day`, the stays) is thus written by a transaction that holds the counter row, for
    /// the last two or three round trips of the write; the rest of writes to different deals runs side by side.
    /// Writes inside another write join its transaction. `rollingBack` (a dry run) does it all and rolls it back.
    ///
    /// A write of `.deals` that the server cancelled to break a deadlock, or could not serialize, is run again
    /// whole, up to `triesOnConflict` times: its `updates` only read and write the database (and the notes of
    /// this store that each try starts afresh), so running them again is safe.
    func write<T>(rollingBack: Bool = false, scope: WriteScope = .everything, _ updates: (ServerSession) throws -> T) throws -> T {
        if session.inTransaction { return try updates(session) }
        let session = try liveSession()
        var tries = 0
        while true {
            tries += 1
            session.lastFailureWasConflict = false
            do {
                let value = try ownChanges.recording(committing: !rollingBack) {
                    try WriteAuthor.$name.withValue(author) {
                        try writeOnce(session, rollingBack: rollingBack, scope: scope, updates)
                    }
                }
                // Counted once committed: a refused, failed or rolled-back write never raised the counter.
                if !rollingBack { ownWrites += 1 }
                return value
            } catch where scope == .deals && session.lastFailureWasConflict && tries < Self.triesOnConflict {
                continue
            }
        }
    }

    /// How many times a write of deals is tried when the server cancels it for a deadlock or conflict.
    static let triesOnConflict = 3

    /// One try of `write`: its transaction, opened with the mark that raises the change counter at its commit
    /// (`WriteScope.begin`), and the kept stage stays written with the commit, in one exchange. A rebuild of the
    /// stays is too large for that exchange and runs before it.
    private func writeOnce<T>(
        _ session: ServerSession, rollingBack: Bool, scope: WriteScope, _ updates: (ServerSession) throws -> T
    ) throws -> T {
        let stays = StageStayUpkeep()
        session.stageStays = stays
        defer { session.stageStays = nil }
        return try session.transaction(
            rollingBack: rollingBack, begin: scope.begin, commit: { stays.finishing() + ["COMMIT"] }
        ) {
            let result = try updates(session)
            try stays.settle(session)
            if stays.rebuilds || rollingBack, stays.hasChanges { try stays.finish(session) }
            return result
        }
    }

    /// Runs one read in a repeatable-read transaction: one consistent view however many queries it takes.
    func read<T>(_ value: (ServerSession) throws -> T) throws -> T {
        if session.inTransaction { return try value(session) }
        let session = try liveSession()
        return try session.transaction(begin: ["BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"]) {
            try value(session)
        }
    }

    /// Refuses a write while the server is away (after one try to reach it again).
    public func checkWritable() throws {
        _ = try liveSession()
    }

    /// The open connection; after the server was lost (a restart, a network cut), the new one once a connection
    /// made on another thread succeeded (`ServerReconnection`), and until then the sentence naming the server, at
    /// once: a board stays responsive while the server is away, and a write is refused, never queued. A
    /// transaction the loss cut short was rolled back by the server, and its caller told so.
    func liveSession() throws -> ServerSession {
        if session.isOpen { return session }
        guard let fresh = reconnection.takeConnection(to: session.address) else {
            throw StoreError.unreachable(ErrorText.serverLost(server: session.address.hostAndPort).string)
        }
        session.close()
        session = fresh
        connectionCut.use(fresh)
        ownCommits.connected(backendPID: fresh.backendPID)
        reconnections += 1
        return fresh
    }

    /// A number that changes when another user or process commits a write, and only then: the shared counter
    /// less this store's own raises (and a step for every reconnection, after which everything is read again).
    public func changeToken() throws -> Int64 {
        let counter = try liveSession().rows("SELECT counter FROM funnel_change WHERE id = 1").first?.decode(Int64.self) ?? 0
        return (counter - ownWrites) &+ (reconnections << 48)
    }

    /// Closes the connection; the store must not be used afterwards.
    public func close() throws {
        connectionCut.use(nil)
        session.close()
    }

    /// A watch on the server's `funnel_change` notifications, on a connection of its own (`ServerChangeWatch`).
    public func watchChanges() throws -> (any ChangeWatch)? {
        try ServerChangeWatch.start(session.address, ownCommits: ownCommits, connectionCut: connectionCut)
    }

    /// "ok" when the server answers and the schema is Funnel's; the server checks its own pages.
    public func integrityCheck() throws -> String {
        _ = try session.rows("SELECT count(*) FROM funnel_migration")
        return "ok"
    }
}
