import Foundation
import FunnelStore
import Pipeline
import StoreEngines
import Synchronization
import Testing

/// Many salespeople moving their own deals between two stages in opposite directions at once, each on its own
/// connection: the shape that deadlocks when two writes take the two lanes' kept totals in opposite orders. Every
/// move is saved, and the kept figures (lane totals, stalled counts, the report's stage flow) equal those computed
/// from the deals and their history afterwards.
@Suite("Store contract: opposite moves at once all save and keep the figures right")
struct OppositeMovesConformanceTests {
    @Test(arguments: StoreEngineUnderTest.all)
    func oppositeMovesBetweenTwoStagesAllSave(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let stages = try fresh.sales.stages
        let writers = 10
        let movesEach = 12
        // Half start in the first stage, half in the second; two currencies, so each lane has two total rows.
        let deals = try (0..<writers).map { writer in
            try fresh.addDeal("Opposite \(writer)", value: Int64(1_000 * (writer + 1)), currency: writer % 4 < 2 ? "USD" : "EUR",
                              stage: writer % 2)
        }
        let location = fresh.store.location
        let failures = Mutex<[String]>([])
        let saved = Mutex(0)
        let group = DispatchGroup()
        for writer in 0..<writers {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let store = try location.open()
                    defer { try? store.close() }
                    var deal = deals[writer]
                    for _ in 0..<movesEach {
                        let target = deal.stageID == stages[0].id ? stages[1].id : stages[0].id
                        deal = try store.moveDeal(
                            id: deal.id, toStageID: target, now: Date(), expectedVersion: deal.version, lanePosition: nil
                        ).revision.after ?? deal
                        saved.withLock { $0 += 1 }
                    }
                } catch {
                    failures.withLock { $0.append("writer \(writer): \(error)") }
                }
            }.start()
        }
        #expect(group.wait(timeout: .now() + 300) == .success, "the writers did not finish within five minutes")
        #expect(failures.withLock { $0 }.isEmpty, "a move failed: \(failures.withLock { $0.prefix(3) })")
        #expect(saved.withLock { $0 } == writers * movesEach)
        for deal in deals {
            let history = try fresh.store.history(dealID: deal.id)
            #expect(history.count == 1 + movesEach, "deal \(deal.id) has \(history.count) history entries")
            // An even number of moves brings each deal back to where it started.
            #expect(try fresh.store.deal(id: deal.id).stageID == deal.stageID)
        }
        try KeptFiguresConformanceTests.checkFigures(fresh.store, now: Date(), after: "the opposite moves")
    }
}
