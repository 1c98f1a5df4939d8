import Foundation
import FunnelStore
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// A board's watch on a server: a second connection that LISTENs on `funnel_change`, where every write notifies
/// the change counter's new value when it commits (`PostgresPipelineStore.write`).
///
/// Everything runs on the watch's own one-thread event loop; the board's thread only polls `fileDescriptor`, the
/// read end of a pipe that gets a byte for each piece of news, and takes the news with `news()`. So ncurses stays
/// on one thread and nothing of the driver crosses over.
///
/// A dead connection is noticed within `heartbeat + answerTimeout` seconds (5): every 2 s without news the watch
/// asks the server `SELECT 1`, and a server that does not answer within 3 s (paused, or the network cut) is called
/// lost: the watch then cuts the store's own connection too (`ConnectionCut`), so no query of the board waits on
/// it for ever. A server that closes the connection (a restart) is lost at once. While lost the watch connects
/// again every second; once it LISTENs again it says `lost` (notifications sent meanwhile were not delivered), and
/// the board reloads everything it shows.
final class ServerChangeWatch: ChangeWatch, @unchecked Sendable {
    // @unchecked: every mutable part is inside `state` (a Mutex); the pipe's ends are written once, at start.
    /// Seconds between questions to a quiet server.
    static let heartbeat: TimeAmount = .seconds(2)
    /// Seconds a server has to answer one before it is called lost.
    static let answerTimeout: TimeAmount = .seconds(3)
    /// Seconds between attempts to connect again.
    static let retry: TimeAmount = .seconds(1)
    /// The channel every write notifies.
    static let channel = "funnel_change"

    private struct State {
        /// The server processes whose commits were told since the last `news()`.
        var told: [Int32] = []
        var lost = false
        var listening = false
        var stopped = false
        var connecting = false
        /// Which connection is current: callbacks of an older one are ignored.
        var generation = 0
        var connection: PostgresConnection?
    }

    let fileDescriptor: Int32
    private let writeEnd: Int32
    private let state = Mutex(State())
    private let address: ServerAddress
    private let ownCommits: OwnCommits
    private let connectionCut: ConnectionCut
    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private let logger = Logger(label: "funnel.watch", factory: { _ in SwiftLogNoOpLogHandler() })

    private init(address: ServerAddress, ownCommits: OwnCommits, connectionCut: ConnectionCut, pipe: (Int32, Int32)) {
        self.address = address
        self.ownCommits = ownCommits
        self.connectionCut = connectionCut
        (fileDescriptor, writeEnd) = pipe
    }

    /// Connects and listens, waiting until the server has taken the LISTEN: a write committed after this returns
    /// is told. Throws the store's sentence naming the server when it cannot.
    static func start(_ address: ServerAddress, ownCommits: OwnCommits, connectionCut: ConnectionCut) throws -> ServerChangeWatch {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw StoreError.failed("no pipe for the change watch") }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        let watch = ServerChangeWatch(address: address, ownCommits: ownCommits, connectionCut: connectionCut, pipe: (ends[0], ends[1]))
        do {
            try watch.listen().wait()
        } catch {
            watch.stop()
            throw StoreError.server(error, address: address, connecting: true)
        }
        return watch
    }

    func news() -> ChangeWatchNews {
        var byte: UInt8 = 0
        while read(fileDescriptor, &byte, 1) > 0 {}
        let (told, lost, listening) = state.withLock { state in
            defer { (state.told, state.lost) = ([], false) }
            return (state.told, state.lost, state.listening)
        }
        let others = told.contains { !ownCommits.isOwn(backendPID: $0) }
        return ChangeWatchNews(othersCommitted: others, lost: lost, listening: listening)
    }

    /// Closes the connection, stops the event loop and closes the pipe; call it once, from the board's thread.
    func stop() {
        let (wasStopped, connection): (Bool, PostgresConnection?) = state.withLock { state in
            defer { (state.stopped, state.listening) = (true, false) }
            return (state.stopped, state.connection)
        }
        guard !wasStopped else { return }
        try? connection?.close().wait()
        try? group.syncShutdownGracefully()
        close(writeEnd)
        close(fileDescriptor)
    }

    // MARK: - On the watch's event loop

    /// Connects, adds the listener (the driver sends LISTEN) and waits for a query behind it, so the LISTEN is in
    /// force when the future succeeds; then watches the connection's close and starts the heartbeat.
    private func listen() -> EventLoopFuture<Void> {
        let loop = group.next()
        let configuration: PostgresConnection.Configuration
        do { configuration = try ServerSession.configuration(address) } catch { return loop.makeFailedFuture(error) }
        let generation = state.withLock { state in
            state.connecting = true
            state.generation += 1
            return state.generation
        }
        return PostgresConnection.connect(on: loop, configuration: configuration, id: generation, logger: logger)
            .flatMap { connection in
                let stopped = self.state.withLock { state in
                    state.connection = connection
                    return state.stopped
                }
                if stopped { return connection.close() }
                connection.addListener(channel: Self.channel) { _, notification in
                    self.told(by: notification.backendPID, generation: generation)
                }
                return connection.query("SELECT 1", logger: self.logger).map { _ in
                    self.state.withLock { state in
                        state.connecting = false
                        state.listening = true
                    }
                    connection.closeFuture.whenComplete { _ in self.lost(generation: generation, silent: false) }
                    self.scheduleHeartbeat(connection, generation: generation)
                }
            }
            .flatMapErrorThrowing { error in
                self.state.withLock { $0.connecting = false }
                throw error
            }
    }

    private func told(by backendPID: Int32, generation: Int) {
        let current = state.withLock { state in
            guard state.generation == generation, !state.stopped else { return false }
            state.told.append(backendPID)
            return true
        }
        if current { signal() }
    }

    private func scheduleHeartbeat(_ connection: PostgresConnection, generation: Int) {
        connection.eventLoop.scheduleTask(in: Self.heartbeat) {
            guard self.isCurrent(generation) else { return }
            let answered = connection.eventLoop.makePromise(of: Void.self)
            let deadline = connection.eventLoop.scheduleTask(in: Self.answerTimeout) {
                answered.fail(ChannelError.connectTimeout(Self.answerTimeout))
            }
            connection.query("SELECT 1", logger: self.logger).whenComplete { result in
                deadline.cancel()
                switch result {
                case .success: answered.succeed(())
                case .failure(let error): answered.fail(error)
                }
            }
            answered.futureResult.whenComplete { result in
                switch result {
                case .success:
                    self.scheduleHeartbeat(connection, generation: generation)
                case .failure:
                    self.lost(generation: generation, silent: true)
                    let _: EventLoopFuture<Void> = connection.close()
                }
            }
        }
    }

    /// The connection `generation` is gone: says so once, cuts the store's connection when the server fell silent,
    /// and starts connecting again.
    private func lost(generation: Int, silent: Bool) {
        let first = state.withLock { state in
            guard state.generation == generation, !state.stopped, state.listening else { return false }
            state.listening = false
            state.lost = true
            state.connection = nil
            return true
        }
        guard first else { return }
        if silent { connectionCut.cut() }
        signal()
        scheduleReconnection()
    }

    private func scheduleReconnection() {
        group.next().scheduleTask(in: Self.retry) {
            let go = self.state.withLock { !$0.stopped && !$0.connecting && !$0.listening }
            guard go else { return }
            self.listen().whenComplete { result in
                switch result {
                case .success:
                    // Listening again: `lost` is still set, so the board reloads all it shows.
                    self.signal()
                case .failure:
                    if let stale = self.state.withLock({ $0.listening ? nil : $0.connection }) {
                        let _: EventLoopFuture<Void> = stale.close()
                    }
                    self.scheduleReconnection()
                }
            }
        }
    }

    private func isCurrent(_ generation: Int) -> Bool {
        state.withLock { $0.generation == generation && !$0.stopped && $0.listening }
    }

    /// One byte into the pipe; a full pipe already says there is news.
    private func signal() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }
}
