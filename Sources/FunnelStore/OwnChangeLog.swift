import Synchronization

/// The change-log entries one store appended, so its own board is not told of its own writes.
///
/// An engine runs each write transaction inside `recording`, and its change-log insert calls `appended` with the
/// new entry's id: the ids count as the store's own once the transaction has committed (a rolled-back entry's id
/// may be taken again by someone else's write).
public final class OwnChangeLog: Sendable {
    private let ids = Mutex<Set<Int64>>([])

    /// The ids appended by the write transaction running now on this task, not yet committed.
    final class Pending: @unchecked Sendable {
        // @unchecked: filled and read by the one task running the write.
        var ids: [Int64] = []
    }

    @TaskLocal static var pending: Pending?

    public init() {}

    /// Runs one write transaction; the entries it appends become the store's own when it returns (committed),
    /// none when it throws. A write inside another joins the enclosing one's entries.
    public func recording<T>(committing: Bool = true, _ write: () throws -> T) throws -> T {
        if Self.pending != nil { return try write() }
        let pending = Pending()
        let value = try Self.$pending.withValue(pending) { try write() }
        if committing, !pending.ids.isEmpty { ids.withLock { $0.formUnion(pending.ids) } }
        return value
    }

    /// Notes an entry the write running now appended.
    public static func appended(_ id: Int64) {
        pending?.ids.append(id)
    }

    /// True when this store appended the entry `id` in a committed write.
    public func contains(_ id: Int64) -> Bool {
        ids.withLock { $0.contains(id) }
    }
}
