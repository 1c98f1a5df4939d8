import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

/// The store contract kept in a PostgreSQL database on a server: the team's shared pipeline.
///
/// Every public write is one transaction that first raises the change counter (`funnel_change`), then keeps the
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

    /// Runs one write transaction: raises the change counter first (which also orders every Funnel write on this
    /// database) and queues a notification of its new value on channel `funnel_change` (delivered to every listening
    /// board when the transaction commits, never when it rolls back: the value only, no row), then `updates`, then
    /// puts right the stage stays of the deals it locked or created (`StageStayUpkeep`) before it commits. Writes inside another write join its transaction. `rollingBack` (a
    /// dry run) does it all and rolls it back.
    func write<T>(rollingBack: Bool = false, _ updates: (ServerSession) throws -> T) throws -> T {
        if session.inTransaction { return try updates(session) }
        let session = try liveSession()
        var raised: Int64?
        let value = try ownChanges.recording(committing: !rollingBack) {
            try WriteAuthor.$name.withValue(author) {
                try session.transaction(rollingBack: rollingBack) {
                    raised = try session.namedRows("""
                        WITH raised AS (UPDATE funnel_change SET counter = counter + 1 WHERE id = 1 RETURNING counter)
                        SELECT counter, pg_notify('funnel_change', counter::text)::text AS told FROM raised
                        """).first?["counter"]
                    let stays = StageStayUpkeep()
                    session.stageStays = stays
                    defer { session.stageStays = nil }
                    let result = try updates(session)
                    try stays.finish(session)
                    return result
                }
            }
        }
        // Counted once committed: a refused, failed or rolled-back write never raised the counter.
        if !rollingBack {
            ownWrites += 1
            if let raised { ownCommits.note(raised) }
        }
        return value
    }

    /// Runs one read in a repeatable-read transaction: one consistent view however many queries it takes.
    func read<T>(_ value: (ServerSession) throws -> T) throws -> T {
        if session.inTransaction { return try value(session) }
        let session = try liveSession()
        return try session.transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY") { try value(session) }
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
