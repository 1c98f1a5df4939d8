import Synchronization

/// Which of the server's notifications of commits (`funnel_change`) came from one store's own writes: those that
/// its connection's server process sent (`ServerSession.backendPID`), which are not news to that store's board.
///
/// Only the current connection's process counts: after a reconnection a notification from the old one is taken
/// as someone else's (one reload too many), and a process id the server later gives another user's connection
/// is never taken for this store's.
final class OwnCommits: Sendable {
    private let process = Mutex<Int32?>(nil)

    /// Notes the server process of the store's connection, at its start and after each reconnection.
    func connected(backendPID: Int32) {
        process.withLock { $0 = backendPID }
    }

    /// True when the notification from server process `backendPID` told this store's own commit.
    func isOwn(backendPID: Int32) -> Bool {
        process.withLock { $0 == backendPID }
    }
}
