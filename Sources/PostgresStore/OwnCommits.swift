import Synchronization

/// The values of the change counter (`funnel_change`) that one store's own writes committed: the notifications
/// carrying them are not news to that store's board.
final class OwnCommits: Sendable {
    private let values = Mutex<Set<Int64>>([])

    /// Notes a value this store's write committed.
    func note(_ value: Int64) {
        values.withLock { _ = $0.insert(value) }
    }

    /// True when this store's own write committed `value`.
    func contains(_ value: Int64) -> Bool {
        values.withLock { $0.contains(value) }
    }
}
