import Synchronization

/// The store's connection in use now, which a watch on another thread may cut when the server falls silent.
///
/// A server that stops answering without closing its connections (a paused process, a network cut) would leave
/// a query waiting for ever: the board's thread would hang. The watch notices within seconds
/// (`ServerChangeWatch`) and cuts the store's connection, so the waiting query fails with a sentence naming the
/// server and the next use makes a new connection.
final class ConnectionCut: Sendable {
    private let session = Mutex<ServerSession?>(nil)

    /// The connection the store uses from now on (nil once it is closed).
    func use(_ current: ServerSession?) {
        session.withLock { $0 = current }
    }

    /// Cuts the connection in use, if any.
    func cut() {
        session.withLock { $0 }?.cut()
    }
}
