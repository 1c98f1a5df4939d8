import Foundation
import FunnelStore
import Synchronization

/// A new connection being made on a thread of its own after the server was lost, so the thread that owns the
/// store (the board's loop) never waits on a server that does not answer: it asks again at its next check.
final class ServerReconnection: Sendable {
    private enum Attempt {
        case none
        case running
        case finished(Result<ServerSession, any Error>)
    }

    private let attempt = Mutex<Attempt>(.none)

    /// The new connection when an attempt succeeded since the last call (handed over once); otherwise nil, with an
    /// attempt started when none is running. A failed attempt is followed by a new one at the next call.
    func takeConnection(to address: ServerAddress) -> ServerSession? {
        let (taken, startNow): (ServerSession?, Bool) = attempt.withLock { attempt in
            switch attempt {
            case .finished(.success(let session)):
                attempt = .none
                return (session, false)
            case .running:
                return (nil, false)
            case .none, .finished(.failure):
                attempt = .running
                return (nil, true)
            }
        }
        if startNow { start(address) }
        return taken
    }

    private func start(_ address: ServerAddress) {
        let thread = Thread { [self] in
            let result = Result { try ServerSession.connect(address) }
            attempt.withLock { $0 = .finished(result) }
        }
        thread.start()
    }
}
