import Foundation
import FunnelStore
import Pipeline
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import Synchronization

/// One connection to the server, used synchronously from the thread that owns the store.
///
/// The store contract is synchronous (the board's loop runs on the main thread, where ncurses must stay), and
/// postgres-nio is asynchronous: the session owns a one-thread event loop, starts each query there and waits
/// for its future on the calling thread (`EventLoopFuture.wait`, which NIO allows from any thread that is not
/// one of its event loops). Nothing of the driver crosses into the caller but rows already read.
final class ServerSession: @unchecked Sendable {
    // @unchecked: the connection and the group are themselves thread-safe; `inTransaction` and `stageStays` are
    // read and written only by the thread that owns the store, as the contract's one-caller rule says.
    let address: ServerAddress
    private let group: MultiThreadedEventLoopGroup
    private let connection: PostgresConnection
    private let logger: Logger
    /// True between `BEGIN` and `COMMIT`/`ROLLBACK` of `transaction`.
    private(set) var inTransaction = false
    /// The stage-stay upkeep of the write transaction running now (`PostgresPipelineStore.write` sets it): the
    /// deals a write locks or creates are noted there, and their stays put right before it commits.
    var stageStays: StageStayUpkeep?
    /// The pipelines read in this transaction, until it writes anything: a move reads them two or three times
    /// (its checks, its lane, its history entry), one round trip each otherwise. Dropped at every transaction's
    /// start and end and by every statement that is not a plain SELECT.
    var pipelinesRead: [Pipeline]?
    /// The deals this transaction locked (`FOR UPDATE`): nobody else changes them before it ends.
    var lockedDeals: Set<Int64> = []
    /// Locked deals' rows as last read, until this transaction sends anything that may write: a recorded write
    /// reads its deal before, inside and after the change, one statement each otherwise.
    var lockedDealsRead: [Int64: Deal] = [:]
    /// How many statements that may write this connection sent (all but plain SELECTs; `execute` counts every
    /// statement): what was read before one of them may be out of date.
    private(set) var writesSent = 0
    /// How many times the calling thread sent statements and waited for their answers: one per statement, or one
    /// for several sent at once (`executeQueued`). Under load each wait costs a turn on a busy machine (the speed
    /// tests count them).
    var exchanges = 0
    /// How many statements this connection sent: each is one round trip to the server (the speed tests count them).
    private(set) var statementsSent = 0

    /// How long a connection attempt may take before the server is called unreachable.
    static let connectTimeout: TimeAmount = .seconds(5)

    /// The id of the server process serving this connection: the server's notifications name it, so a store
    /// knows its own commits among everyone's (`OwnCommits`).
    let backendPID: Int32

    /// The statements the calling thread is waiting for, failed by the connection's close (`answer`).
    private let unanswered = Unanswered()

    private init(address: ServerAddress, group: MultiThreadedEventLoopGroup, connection: PostgresConnection, logger: Logger, backendPID: Int32) {
        self.address = address
        self.group = group
        self.connection = connection
        self.logger = logger
        self.backendPID = backendPID
        connection.closeFuture.whenComplete { [unanswered] _ in unanswered.failAll() }
    }

    /// Connects, or throws a `StoreError` naming the server's host and port within `connectTimeout`.
    static func connect(_ address: ServerAddress) throws -> ServerSession {
        // The driver logs nothing anywhere: a log line could carry a query's values.
        let logger = Logger(label: "funnel.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            let connection = try PostgresConnection.connect(
                on: group.next(), configuration: try configuration(address), id: 1, logger: logger
            ).wait()
            let backendPID: Int32
            do {
                backendPID = try Array(connection.query("SELECT pg_backend_pid()", logger: logger).wait().rows)
                    .first?.decode(Int32.self) ?? 0
            } catch {
                try? connection.close().wait()
                throw error
            }
            return ServerSession(address: address, group: group, connection: connection, logger: logger, backendPID: backendPID)
        } catch {
            try? group.syncShutdownGracefully()
            throw StoreError.server(error, address: address, connecting: true)
        }
    }

    /// How the driver reaches `address`: its socket or host and port, login, database and encryption.
    static func configuration(_ address: ServerAddress) throws -> PostgresConnection.Configuration {
        var configuration = address.isSocketFolder
            ? PostgresConnection.Configuration(
                unixSocketPath: address.socketPath, username: address.user, password: address.password?.revealedForServer,
                database: address.database)
            : PostgresConnection.Configuration(
                host: address.host, port: address.port, username: address.user, password: address.password?.revealedForServer,
                database: address.database, tls: try tls(address.sslMode))
        configuration.options.connectTimeout = connectTimeout
        // So an operator tells Funnel's connections apart in `pg_stat_activity` and the server's log.
        configuration.options.additionalStartupParameters = [("application_name", "funnel")]
        return configuration
    }

    private static func tls(_ encryption: SSLMode) throws -> PostgresConnection.Configuration.TLS {
        switch encryption {
        case .disable:
            return .disable
        case .prefer, .require:
            // libpq's `prefer` and `require` encrypt without checking the certificate.
            var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
            tlsConfiguration.certificateVerification = .none
            let context = try NIOSSLContext(configuration: tlsConfiguration)
            return encryption == .prefer ? .prefer(context) : .require(context)
        }
    }

    /// Runs one statement and returns every row it gives.
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        if !query.sql.hasPrefix("SELECT") { mayWrite() }
        statementsSent += 1
        exchanges += 1
        do {
            let result = try answer(connection.query(query, logger: logger))
            return Array(result.rows)
        } catch {
            throw failure(error)
        }
    }

    /// Runs one statement for its effect; returns how many rows it changed, when the server says.
    @discardableResult
    func execute(_ query: PostgresQuery) throws -> Int {
        mayWrite()
        statementsSent += 1
        exchanges += 1
        do {
            let result = try answer(connection.query(query, logger: logger))
            return result.metadata.rows ?? 0
        } catch {
            throw failure(error)
        }
    }

    /// Sends several statements at once, queued one after the other on the connection, and waits for them all:
    /// the calling thread waits once instead of once per statement. After one fails the server fails the rest
    /// (a transaction is aborted then, and a COMMIT rolls it back); the first failure is the one thrown. For a
    /// transaction's first and last statements (`PostgresPipelineStore.write`) and a move's reads and writes
    /// (`moveDeal`). Returns each statement's rows, in order.
    @discardableResult
    func executeQueued(_ queries: [PostgresQuery]) throws -> [[PostgresRow]] {
        for query in queries where !query.sql.hasPrefix("SELECT") { mayWrite() }
        statementsSent += queries.count
        exchanges += 1
        let results = queries.map { connection.query($0, logger: logger) }
        var rows: [[PostgresRow]] = []
        var firstFailure: (any Error)?
        for result in results {
            do {
                rows.append(Array(try answer(result).rows))
            } catch {
                if firstFailure == nil { firstFailure = error }
            }
        }
        if let firstFailure { throw failure(firstFailure) }
        return rows
    }

    /// Waits for a statement's answer, or for the connection's close, whichever comes first.
    ///
    /// The driver drops a statement sent on a connection that has just closed (a cut by the change watch, a server
    /// stopped mid-write) without ever answering it: a plain wait for it would never end, and the board or the
    /// command would hang. Every wait is failed as soon as the connection closes, by one callback on its close.
    private func answer(_ future: EventLoopFuture<PostgresQueryResult>) throws -> PostgresQueryResult {
        let answered = future.eventLoop.makePromise(of: PostgresQueryResult.self)
        future.cascade(to: answered)
        let ticket = unanswered.add { answered.fail($0) }
        defer { unanswered.remove(ticket) }
        // Closed before the wait was noted: the close's callback has run already.
        if connection.isClosed { answered.fail(ChannelError.ioOnClosedChannel) }
        return try answered.futureResult.wait()
    }

    /// Drops what was read for reuse: a statement about to be sent may write.
    private func mayWrite() {
        pipelinesRead = nil
        lockedDealsRead = [:]
        writesSent += 1
    }

    /// True when the last statement that failed was cancelled by the server to break a deadlock or because it
    /// could not be serialized: the whole transaction, run again, may well succeed (`PostgresPipelineStore.write`).
    var lastFailureWasConflict = false

    /// The sentence for a statement's failure, noting whether it was a deadlock or serialization conflict.
    private func failure(_ error: any Error) -> StoreError {
        let state = (error as? PSQLError)?.serverInfo?[.sqlState]
        lastFailureWasConflict = state == "40P01" || state == "40001"
        return StoreError.server(error, address: address, connecting: false)
    }

    /// Runs `body` in one transaction: committed when it returns (rolled back instead when `rollingBack`, for a
    /// dry run), rolled back when it throws. A transaction inside another joins it.
    ///
    /// `begin` opens it (with any statement that belongs first, sent together), and `commit`, asked once `body`
    /// returned, ends it (with any statements that belong last, sent together); `committed` gets their rows.
    func transaction<T>(
        rollingBack: Bool = false, begin: [PostgresQuery] = ["BEGIN"], commit: () throws -> [PostgresQuery] = { ["COMMIT"] },
        committed: ([[PostgresRow]]) -> Void = { _ in }, _ body: () throws -> T
    ) throws -> T {
        if inTransaction { return try body() }
        do {
            try executeQueued(begin)
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
        inTransaction = true
        lockedDeals = []
        defer {
            inTransaction = false
            lockedDeals = []
            lockedDealsRead = [:]
        }
        let value: T
        do {
            value = try body()
            if rollingBack { try execute("ROLLBACK") } else { committed(try executeQueued(commit())) }
        } catch {
            // A lost connection has rolled back already, and so has a failed COMMIT; the first error is the one
            // to tell (a ROLLBACK outside a transaction is only a warning).
            _ = try? execute("ROLLBACK")
            throw error
        }
        return value
    }

    /// True while the connection is open.
    var isOpen: Bool { !connection.isClosed }

    /// Closes the connection at once, from any thread and without waiting: a query waiting on it fails, and the
    /// store makes a new one (`ServerReconnection`). Used when a watch finds the server silent.
    func cut() {
        let _: EventLoopFuture<Void> = connection.close()
    }

    /// Closes the connection and stops the event loop.
    func close() {
        try? connection.close().wait()
        try? group.syncShutdownGracefully()
    }

    deinit {
        if !connection.isClosed { try? connection.close().wait() }
        try? group.syncShutdownGracefully()
    }
}

/// The waits of one connection's caller for answers, each failed when the connection closes (`ServerSession.answer`).
private final class Unanswered: Sendable {
    private let waits = Mutex<(next: Int, failing: [Int: @Sendable (any Error) -> Void])>((0, [:]))

    /// Notes a wait, failed by `fail` if the connection closes before `remove`; returns its ticket.
    func add(_ fail: @escaping @Sendable (any Error) -> Void) -> Int {
        waits.withLock { waits in
            waits.next += 1
            waits.failing[waits.next] = fail
            return waits.next
        }
    }

    /// The wait `ticket` has its answer.
    func remove(_ ticket: Int) {
        _ = waits.withLock { $0.failing.removeValue(forKey: ticket) }
    }

    /// The connection closed: every wait noted fails.
    func failAll() {
        let failing = waits.withLock { waits in
            defer { waits.failing = [:] }
            return Array(waits.failing.values)
        }
        for fail in failing { fail(ChannelError.ioOnClosedChannel) }
    }
}
