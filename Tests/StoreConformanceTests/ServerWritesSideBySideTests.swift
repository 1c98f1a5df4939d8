import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
@testable import PostgresStore
import StoreEngines
import Synchronization
import Testing

/// Writes on a server to different deals run side by side, and a write the server cancels to break a deadlock is
/// run again whole (`PostgresPipelineStore.write`). A session of the test's own (`ServerSession`) holds a deal's row
/// lock to stop a write in the middle, and another looks at the server's locks.
@Suite("Server writes run side by side and survive a deadlock", .requiresPostgres)
struct ServerWritesSideBySideTests {
    /// The advisory lock every server write takes first (`WriteScope.lockKey`): exclusive for writes that run alone.
    static let writeLock: Int64 = 0x4655_4E4C_0000_0002

    /// A fresh database with two deals in the first stage, and a way to open more connections to it.
    struct Server {
        let url: String
        let location: StoreLocation
        let store: any PipelineStore
        let stages: [Stage]
        let first: Deal
        let second: Deal

        init() throws {
            url = try PostgresTestCluster.createDatabase()
            location = try StoreLocation(given: url, environment: [:], loginName: "postgres", warning: { _ in })
            let store = try location.open()
            let pipeline = try store.pipeline(named: nil)
            let deals = try ["Held", "Free"].map { title in
                try store.addDeal(Deal(
                    title: title, value: Money(minorUnits: 500_000, currency: Currency(code: "USD")!),
                    pipelineID: pipeline.id, stageID: pipeline.stages[0].id, createdAt: Date())).value
            }
            self.store = store
            stages = pipeline.stages
            first = deals[0]
            second = deals[1]
        }

        /// A connection of the test's own to the same database.
        func session() throws -> ServerSession {
            guard case .server(let address) = location else { throw StoreError.failed("not a server: \(url)") }
            return try ServerSession.connect(address)
        }

        /// Polls until some session waits for a lock, for up to 60 seconds; false if none did.
        func waitUntilSomeoneWaits() throws -> Bool {
            let probe = try session()
            defer { probe.close() }
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                if try probe.rows("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted)").first?.decode(Bool.self) == true { return true }
                Thread.sleep(forTimeInterval: 0.01)
            }
            return false
        }
    }

    /// Runs `body` on a thread of its own; the result is read after `done` is signalled.
    final class Run<T: Sendable>: Sendable {
        let result = Mutex<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)

        init(_ body: @escaping @Sendable () throws -> T) {
            Thread { [self] in
                let outcome = Result { try body() }
                result.withLock { $0 = outcome }
                done.signal()
            }.start()
        }

        /// The result, once `body` returned within `seconds`; nil when it is still running.
        func wait(_ seconds: Double) -> Result<T, any Error>? {
            guard done.wait(timeout: .now() + seconds) == .success else { return nil }
            return result.withLock { $0 }
        }
    }

    @Test func aWriteToOneDealDoesNotWaitForAWriteToAnother() throws {
        let server = try Server()
        let (location, first, second, target) = (server.location, server.first, server.second, server.stages[1].id)
        // Another session locks the first deal and keeps it.
        let holder = try server.session()
        defer { holder.close() }
        try holder.execute("BEGIN")
        _ = try holder.rows("SELECT id FROM deal WHERE id = \(first.id) FOR UPDATE")
        // A salesperson's move of that deal waits for it, in the middle of its transaction.
        let waiting = Run { () -> Int64? in
            let store = try location.open()
            defer { try? store.close() }
            return try store.moveDeal(id: first.id, toStageID: target, now: Date(), expectedVersion: first.version, lanePosition: nil)
                .revision.after?.stageID
        }
        #expect(try server.waitUntilSomeoneWaits(), "the first move never waited for the deal")
        // Another salesperson's move of another deal is saved meanwhile.
        let free = Run { () -> Int64? in
            let store = try location.open()
            defer { try? store.close() }
            return try store.moveDeal(id: second.id, toStageID: target, now: Date(), expectedVersion: second.version, lanePosition: nil)
                .revision.after?.stageID
        }
        let freeResult = free.wait(30)
        #expect(freeResult != nil, "the move of another deal waited for the held one")
        #expect(waiting.wait(0) == nil, "the held deal's move did not wait for its lock")
        try holder.execute("ROLLBACK")
        #expect(try (freeResult ?? free.wait(60)).map { try $0.get() } == target)
        #expect(try waiting.wait(60).map { try $0.get() } == target, "the held deal's move was not saved once the lock was gone")
        try KeptFiguresConformanceTests.checkFigures(server.store, now: Date(), after: "two moves side by side")
    }

    @Test func aWriteCancelledToBreakADeadlockIsRunAgain() throws {
        let server = try Server()
        let (location, first, target) = (server.location, server.first, server.stages[1].id)
        // Another session locks the deal (and looks for deadlocks only after the move below has).
        let holder = try server.session()
        defer { holder.close() }
        try holder.execute("BEGIN")
        try holder.execute("SET LOCAL deadlock_timeout = '30s'")
        _ = try holder.rows("SELECT id FROM deal WHERE id = \(first.id) FOR UPDATE")
        let move = Run { () -> Int64? in
            let store = try location.open()
            defer { try? store.close() }
            return try store.moveDeal(id: first.id, toStageID: target, now: Date(), expectedVersion: first.version, lanePosition: nil)
                .revision.after?.stageID
        }
        #expect(try server.waitUntilSomeoneWaits(), "the move never waited for the deal")
        // Now the holder asks for the lock every write holds while it runs: each waits for the other, and the server
        // cancels the move, which lets the holder through.
        _ = try holder.rows("SELECT pg_advisory_xact_lock(\(Self.writeLock))")
        try holder.execute("COMMIT")
        // The move is run again and saved once: one history entry, one version more, the figures right.
        #expect(try move.wait(60).map { try $0.get() } == target, "the move cancelled to break the deadlock was not saved")
        let history = try server.store.history(dealID: first.id)
        #expect(history.map(\.kind) == [.created, .moved])
        #expect(try server.store.deal(id: first.id).version == first.version + 1)
        try KeptFiguresConformanceTests.checkFigures(server.store, now: Date(), after: "a move run again after a deadlock")
    }
}
