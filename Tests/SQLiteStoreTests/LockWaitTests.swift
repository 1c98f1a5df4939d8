import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import Synchronization
import Testing
@testable import SQLiteStore

/// A write waiting for another process's lock gets it within milliseconds of its release, however long it waited:
/// twenty salespeople on one file otherwise starve one another (the team benchmark, docs/PERFORMANCE.md).
@Suite("Waiting for another writer's lock")
struct LockWaitTests {
    /// Another connection holds the write lock for 0.4 s while the store saves a deal; the time from its commit to
    /// the store's save returning, nine times. SQLite's own busy timeout sleeps 100 ms between tries by then, so
    /// half of those times would be past 50 ms; the store's waits are a few milliseconds.
    @Test func aWaitingWriteGetsTheLockSoonAfterItsRelease() throws {
        let fresh = try FreshStore()
        let other = try DatabaseQueue(path: fresh.folder.path("funnel.sqlite"))
        var gaps: [Double] = []
        for round in 0..<9 {
            let saved = Mutex<DispatchTime?>(nil)
            let done = DispatchSemaphore(value: 0)
            var released = DispatchTime.now()
            try other.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                let store = fresh.store
                let pipeline = try fresh.sales
                let now = fresh.now
                Thread {
                    _ = try? store.addDeal(Deal(
                        title: "Waited \(round)", value: Money(minorUnits: 1, currency: .usd), pipelineID: pipeline.id,
                        stageID: pipeline.stages[0].id, createdAt: now))
                    saved.withLock { $0 = DispatchTime.now() }
                    done.signal()
                }.start()
                usleep(400_000)
                try db.execute(sql: "COMMIT")
                released = DispatchTime.now()
            }
            #expect(done.wait(timeout: .now() + 30) == .success)
            let end = try #require(saved.withLock { $0 })
            gaps.append(Double(end.uptimeNanoseconds - released.uptimeNanoseconds) / 1e6)
        }
        #expect(try fresh.store.deals(.init()).count == 9)
        let median = gaps.sorted()[gaps.count / 2]
        #expect(median < 20, "from the other writer's commit to the save: \(gaps.map { Int($0) }) ms")
    }

    @Test func theLongerAWriteHasWaitedTheMoreOftenItTries() {
        let sleeps = (0..<LockWait.lastTry).map(LockWait.sleep(beforeTry:))
        #expect(zip(sleeps, sleeps.dropFirst()).allSatisfy { $0 >= $1 }, "a later try never sleeps longer")
        #expect(sleeps.first! > sleeps.last!)
        #expect(sleeps.last! >= 500, "never a spin")
    }

    @Test func aLockHeldPastTheTimeoutIsGivenUpAfterItAtTheEarliest() {
        // Every sleep is at least half its longest: `lastTry` tries sleep the whole timeout at least, and not much more.
        let shortest = (0..<LockWait.lastTry).reduce(0.0) { $0 + Double(LockWait.sleep(beforeTry: $1)) / 2 }
        #expect(shortest >= SQLitePipelineStore.busyTimeout * 1_000_000)
        #expect(shortest <= SQLitePipelineStore.busyTimeout * 1_000_000 * 1.05)
    }
}
