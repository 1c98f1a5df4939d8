import Foundation

/// How a write waits for another process's lock on the file: it tries again after a couple of milliseconds, then
/// more and more often, down to every `shortestSleep`, for `SQLitePipelineStore.busyTimeout` seconds at least,
/// then gives up (a sentence says the file stayed locked).
///
/// SQLite's own busy timeout sleeps longer and longer between tries, 100 ms from the twelfth on: with twenty
/// salespeople writing to one file, a writer asleep for 100 ms kept losing the lock to writers that had just
/// arrived, and one write in a hundred waited more than a second (the team figures of docs/PERFORMANCE.md).
/// Here it is the other way round: the longer a write has waited, the more often it tries, so when the lock is
/// released the writers waiting longest are the likeliest to take it, and the order comes close to first come,
/// first served without a queue shared between processes. Sleeps stay long enough not to spin; their random
/// length keeps waiters from waking in step.
enum LockWait {
    /// The shortest sleep between two tries, in microseconds: the sleep of a write that waited twenty tries.
    static let shortestSleep: UInt32 = 500

    /// How many tries take `busyTimeout` at least: each sleep is at least half of `sleep(beforeTry:)`.
    static let lastTry: Int = {
        let firstTwenty = (0..<20).reduce(0) { $0 + Int(sleep(beforeTry: $1) / 2) }
        let rest = Int(SQLitePipelineStore.busyTimeout * 1_000_000) - firstTwenty
        return 20 + (rest + Int(shortestSleep / 2) - 1) / Int(shortestSleep / 2)
    }()

    /// The most a waiter sleeps before try number `tries + 1`, in microseconds: 2 ms for the first five tries,
    /// 1 ms for the next fifteen, then `shortestSleep`.
    static func sleep(beforeTry tries: Int) -> UInt32 {
        tries < 5 ? 2_000 : tries < 20 ? 1_000 : shortestSleep
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
