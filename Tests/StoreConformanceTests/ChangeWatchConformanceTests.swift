import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import StoreEngines
import Synchronization
import Testing

/// Live boards: a store knows which change-log entries it wrote (its own board does not announce them), and on
/// PostgreSQL a watch tells others' commits at once, says when the server is lost (stopped or silent) and listens
/// again once it is back.
@Suite struct ChangeWatchConformanceTests {
    func readable(_ descriptor: Int32) -> Bool {
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&waiting, 1, 0) > 0
    }

    func serverLocation(_ url: String) throws -> StoreLocation {
        try StoreLocation(given: url, environment: [:], loginName: "postgres", warning: { _ in })
    }

    /// Runs `body` with a server of its own (`startSeparate`, to stop or pause), Li Wei's store on a new database of
    /// it and that store's watch; all closed and stopped afterwards.
    func withWatchedServer(
        _ body: (PostgresTestCluster, StoreLocation, any PipelineStore, any ChangeWatch) throws -> Void
    ) throws {
        let cluster = try PostgresTestCluster.startSeparate()
        defer { cluster.stop() }
        let location = try serverLocation(try cluster.createDatabase())
        let li = try location.open(author: "Li Wei")
        defer { try? li.close() }
        let watch = try #require(try li.watchChanges())
        defer { watch.stop() }
        try body(cluster, location, li, watch)
    }

    func newDeal(_ store: any PipelineStore, _ title: String, at now: Date) throws -> Deal {
        let pipeline = try store.pipeline(named: nil)
        return try store.addDeal(Deal(
            title: title, value: Money(minorUnits: 500_000, currency: Currency(code: "EUR")!),
            pipelineID: pipeline.id, stageID: pipeline.stages[0].id, createdAt: now)).value
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func aStoreKnowsItsOwnChangeLogEntriesAndNoOneElses(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let li = try fresh.store.location.open(author: "Li Wei")
        let chen = try fresh.store.location.open(author: "陈静")
        defer { try? li.close(); try? chen.close() }
        let start = try li.lastDealChangeID()
        let deal = try newDeal(li, "Acme renewal", at: fresh.now)
        let pipeline = try chen.pipeline(named: nil)
        try chen.moveDeal(id: deal.id, toStageID: pipeline.stages[2].id, now: fresh.now, expectedVersion: deal.version, lanePosition: nil)
        try li.undo(try li.moveDeal(id: deal.id, toStageID: pipeline.stages[3].id, now: fresh.now, expectedVersion: nil).revision)
        let log = try li.dealChanges(after: start, limit: 10)
        #expect(log.map(\.kind) == [.created, .moved, .moved, .undone])
        #expect(log.map(li.isOwnChange) == [true, false, true, true])
        #expect(log.map(chen.isOwnChange) == [false, true, false, false])
    }

    @Test func aFileHasNoWatchItsBoardComparesTheChangeToken() throws {
        let fresh = try FreshEngineStore(.sqlite)
        #expect(try fresh.store.watchChanges() == nil)
    }

    @Test(.requiresPostgres)
    func aServerWatchTellsOthersCommitsAtOnceAndNotItsOwn() throws {
        let fresh = try FreshEngineStore(.postgres)
        let li = try fresh.store.location.open(author: "Li Wei")
        let chen = try fresh.store.location.open(author: "陈静")
        defer { try? li.close(); try? chen.close() }
        let watch = try #require(try li.watchChanges())
        defer { watch.stop() }
        #expect(watch.news() == ChangeWatchNews(othersCommitted: false, lost: false, listening: true))

        var latencies: [TimeInterval] = []
        for round in 0..<10 {
            _ = try newDeal(chen, "Deal \(round)", at: fresh.now)
            let committed = Date()
            try Polling.until("陈静's commit told to Li Wei's watch", timeout: 5, interval: 0.001) { readable(watch.fileDescriptor) }
            latencies.append(Date().timeIntervalSince(committed))
            #expect(watch.news() == ChangeWatchNews(othersCommitted: true, lost: false, listening: true))
            #expect(!readable(watch.fileDescriptor), "news() leaves the descriptor readable")
        }
        #expect(latencies.max()! < 1, "a commit took \(latencies.max()!) s to reach the watch")

        // Its own write is notified too, and is no news to its board.
        _ = try newDeal(li, "Li Wei's own", at: fresh.now)
        try Polling.until("Li Wei's own commit told", timeout: 5, interval: 0.001) { readable(watch.fileDescriptor) }
        #expect(watch.news() == ChangeWatchNews(othersCommitted: false, lost: false, listening: true))
        // Others' commits after it are told again.
        let before = try chen.lastDealChangeID()
        _ = try newDeal(chen, "After the own write", at: fresh.now)
        try Polling.until("the next commit told", timeout: 5, interval: 0.001) { readable(watch.fileDescriptor) }
        #expect(watch.news().othersCommitted)
        #expect(try li.dealChanges(after: before, limit: 5).map(\.by) == ["陈静"])
    }

    @Test(.requiresPostgres)
    func aStoppedServerIsToldAndTheWatchListensAgainOnceItIsBack() throws {
        try withWatchedServer { cluster, location, li, watch in
            try cluster.stopServer(immediately: true)
            try Polling.until("the watch to call the stopped server lost", timeout: 10) { !watch.news().listening }
            try cluster.startServer()
            try Polling.until("the watch to listen again", timeout: 30, interval: 0.1) { watch.news().listening }
            let chen = try location.open(author: "陈静")
            defer { try? chen.close() }
            _ = try newDeal(chen, "After the restart", at: Date())
            try Polling.until("a commit after the restart told", timeout: 5) { watch.news().othersCommitted }
        }
    }

    @Test(.requiresPostgres)
    func aPausedServerIsToldWithinTenSecondsAndNoQueryWaitsOnIt() throws {
        try withWatchedServer { cluster, location, li, watch in
            _ = try li.changeToken()
            let paused = try cluster.pauseServer()
            defer { cluster.resume(paused) }
            let pausedAt = Date()
            try Polling.until("the watch to call the paused server lost", timeout: 10, interval: 0.1) { !watch.news().listening }
            #expect(Date().timeIntervalSince(pausedAt) < 10)
            // The store's connection was cut: a read fails with a sentence instead of waiting for the server.
            let answered = DispatchSemaphore(value: 0)
            let outcome = Mutex<Result<Int64, any Error>?>(nil)
            Thread {
                let result = Result { try li.changeToken() }
                outcome.withLock { $0 = result }
                answered.signal()
            }.start()
            #expect(answered.wait(timeout: .now() + 10) == .success, "a read waited on the paused server")
            if case .success = outcome.withLock({ $0 }) { Issue.record("a read on the paused server succeeded") }
            cluster.resume(paused)
            try Polling.until("the watch to listen again after the pause", timeout: 30, interval: 0.1) { watch.news().listening }
        }
    }

    @Test(.requiresPostgres)
    func aWriteWaitingOnAPausedServerFailsOnceTheWatchCutsItsConnection() throws {
        try withWatchedServer { cluster, location, li, watch in
            let deal = try newDeal(li, "Acme renewal", at: Date())
            let contact = try li.pipeline(named: nil).stages[2].id
            let paused = try cluster.pauseServer()
            defer { cluster.resume(paused) }
            // The move is sent to the paused server; the watch cuts the connection within seconds, and the move (whose
            // rollback then goes to a closed connection) must fail with a sentence, not wait for ever.
            let answered = DispatchSemaphore(value: 0)
            let outcome = Mutex<Result<Bool, any Error>?>(nil)
            Thread {
                let result = Result { try li.moveDeal(id: deal.id, toStageID: contact, now: Date()).value != nil }
                outcome.withLock { $0 = result }
                answered.signal()
            }.start()
            #expect(answered.wait(timeout: .now() + 30) == .success, "a move waited on the paused server for ever")
            switch outcome.withLock({ $0 }) {
            case .failure(let error):
                #expect(String(describing: error).contains("127.0.0.1:\(cluster.port)"), "the refusal names the server: \(error)")
            case .success:
                Issue.record("a move on the paused server succeeded")
            case nil:
                return
            }
            cluster.resume(paused)
            try Polling.until("the watch to listen again after the pause", timeout: 30, interval: 0.1) { watch.news().listening }
            try Polling.until("the store to reach the server again", timeout: 30, interval: 0.2) { (try? li.deal(id: deal.id)) != nil }
            #expect(try li.deal(id: deal.id).stageID == deal.stageID, "the move that failed was not saved")
        }
    }
}
