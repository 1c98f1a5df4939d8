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
    let session: ServerSession
    /// How messages and the board name this store: the server address without the password.
    public let location: StoreLocation
    /// Always false: the server decides what a login may write, and says so when it refuses.
    public let isReadOnly = false
    /// How many times this store raised the change counter, so `changeToken` moves only for others' writes.
    private var ownWrites: Int64 = 0
    /// The review decisions noted by the changes being recorded now, innermost last (`recording`).
    var reviewNotes: [ReviewDecisionsNoted] = []

    init(session: ServerSession, location: StoreLocation) {
        self.session = session
        self.location = location
    }

    /// Connects, creates or upgrades the schema, and gives a new database its pipelines named in `language`.
    ///
    /// A server that does not answer is named with its host and port within 5 seconds; a database that holds
    /// another program's tables, or was migrated by a newer Funnel, is refused untouched.
    public static func open(_ address: ServerAddress, language: Language = .english) throws -> PostgresPipelineStore {
        let session = try ServerSession.connect(address)
        do {
            let isNew = try ServerSchema.migrate(session)
            let store = PostgresPipelineStore(session: session, location: .server(address))
            if isNew { try store.seed(Pipeline.defaultNames(for: language)) }
            return store
        } catch {
            session.close()
            throw error
        }
    }

    /// The pipelines of a new database: the first sales pipeline with the default stages, and the Revisit pipeline.
    private func seed(_ names: Pipeline.DefaultNames) throws {
        try write { session in
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
    /// database), then `updates`, then puts right the stage stays of the deals it locked or created
    /// (`StageStayUpkeep`) before it commits. Writes inside another write join its transaction.
    func write<T>(_ updates: (ServerSession) throws -> T) throws -> T {
        if session.inTransaction { return try updates(session) }
        return try session.transaction {
            try session.execute("UPDATE funnel_change SET counter = counter + 1 WHERE id = 1")
            ownWrites += 1
            let stays = StageStayUpkeep()
            session.stageStays = stays
            defer { session.stageStays = nil }
            let result = try updates(session)
            try stays.finish(session)
            return result
        }
    }

    /// Runs one read in a repeatable-read transaction: one consistent view however many queries it takes.
    func read<T>(_ value: (ServerSession) throws -> T) throws -> T {
        if session.inTransaction { return try value(session) }
        return try session.transaction {
            try session.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return try value(session)
        }
    }

    /// Refuses a write while the server is away.
    public func checkWritable() throws {
        guard session.isOpen else {
            throw StoreError.unreachable(ErrorText.serverLost(server: session.address.hostAndPort).string)
        }
    }

    /// A number that changes when another user or process commits a write, and only then: the shared counter
    /// less this store's own raises.
    public func changeToken() throws -> Int64 {
        let counter = try session.rows("SELECT counter FROM funnel_change WHERE id = 1").first?.decode(Int64.self) ?? 0
        return counter - ownWrites
    }

    /// Closes the connection; the store must not be used afterwards.
    public func close() throws {
        session.close()
    }

    /// "ok" when the server answers and the schema is Funnel's; the server checks its own pages.
    public func integrityCheck() throws -> String {
        _ = try session.rows("SELECT count(*) FROM funnel_migration")
        return "ok"
    }
}
