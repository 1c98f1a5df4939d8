import Foundation

/// How a write waits for another process's lock on the file: it tries again after a millisecond, then after a
/// few, never more than `longestSleep`, for `SQLitePipelineStore.busyTimeout` seconds at least, then gives up
/// (a sentence says the file stayed locked).
///
/// SQLite's own busy timeout sleeps longer and longer between tries, 100 ms from the twelfth on: with twenty
/// salespeople writing to one file, a writer asleep for 100 ms kept losing the lock to writers that had just
/// arrived, and one write in a hundred waited more than a second (the team figures of docs/PERFORMANCE.md).
/// Sleeps of a few milliseconds keep every waiter in the race without spinning; their random length keeps
/// waiters from waking in step.
enum LockWait {
    /// The longest sleep between two tries, in microseconds.
    static let longestSleep: UInt32 = 4_000

    /// How many tries take `busyTimeout` at least: each sleep is at least half of `sleep(beforeTry:)`.
    static let lastTry = 30 + Int(SQLitePipelineStore.busyTimeout * 1_000_000) / Int(longestSleep / 2)

    /// The most a waiter sleeps before try number `tries + 1`, in microseconds: 1 ms for the first ten tries,
    /// 2 ms for the next twenty, then `longestSleep`.
    static func sleep(beforeTry tries: Int) -> UInt32 {
        tries < 10 ? 1_000 : tries < 30 ? 2_000 : longestSleep
    }

    /// Sleeps before try number `tries + 1` (between half and all of `sleep(beforeTry:)`); false once the lock has
    /// been waited for long enough.
    @Sendable
    static func tryAgain(_ tries: Int) -> Bool {
        guard tries < lastTry else { return false }
        let most = sleep(beforeTry: tries)
        usleep(most / 2 + UInt32.random(in: 0...(most / 2)))
        return true
    }
}
