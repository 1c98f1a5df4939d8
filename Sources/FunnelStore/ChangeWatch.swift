/// A watch on what other users commit to a store, for a board that shows it live.
///
/// Its `fileDescriptor` becomes readable when there is news (another user committed, or the watch lost or found
/// its server again), so a single-threaded loop polls it beside its terminal; `news()` drains it and says what
/// happened since the last call. Whatever the watch runs on (a second connection, its own thread) stays behind
/// it: only the descriptor and `ChangeWatchNews` cross into the caller.
public protocol ChangeWatch: AnyObject, Sendable {
    /// Readable while there is news not yet taken with `news()`.
    var fileDescriptor: Int32 { get }
    /// What happened since the last call, and whether the watch listens now; empties `fileDescriptor`.
    func news() -> ChangeWatchNews
    /// Stops watching and closes the descriptor; the watch must not be used afterwards.
    func stop()
}

/// What a `ChangeWatch` saw since it was last asked.
public struct ChangeWatchNews: Sendable, Hashable {
    /// Another user or process committed at least one write.
    public var othersCommitted: Bool
    /// The watch lost its server at least once: anything committed meanwhile was not told.
    public var lost: Bool
    /// True when the watch listens now (false while its server is away).
    public var listening: Bool

    public init(othersCommitted: Bool = false, lost: Bool = false, listening: Bool = true) {
        self.othersCommitted = othersCommitted
        self.lost = lost
        self.listening = listening
    }
}
