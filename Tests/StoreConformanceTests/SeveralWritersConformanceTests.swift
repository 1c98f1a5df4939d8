import Foundation
import FunnelStore
import Pipeline
import StoreEngines
import Synchronization
import Testing

/// Several salespeople writing to the same deals at once, each with its own connection and the version it last
/// read: every write is either saved or refused as "changed elsewhere", and nothing saved is lost (the saved
/// writes, replayed in the order of their versions, give the deals as stored). The team benchmark does the same
/// with twenty for a minute (docs/PERFORMANCE.md).
@Suite("Store contract: several writers at once lose nothing")
struct SeveralWritersConformanceTests {
    /// One write a writer tried, as the replay needs it.
    struct Attempt: Sendable {
        var dealID: Int64
        var isMove: Bool
        var saved: Deal?
        var refusal: String?
    }

    /// What the writers' threads hand in.
    final class Attempts: Sendable {
        let all = Mutex<[Attempt]>([])
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func staleWritesAreRefusedAndNothingSavedIsLost(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        let deals = try (0..<2).map { try fresh.addDeal("Shared \($0)").id }
        let location = fresh.store.location
        let stages = pipeline.stages.map(\.id)
        let attempts = Attempts()
        let group = DispatchGroup()
        for writer in 0..<4 {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let store = try location.open()
                    defer { try? store.close() }
                    var known = try Dictionary(uniqueKeysWithValues: deals.map { ($0, try store.deal(id: $0)) })
                    for turn in 0..<20 {
                        let id = deals[(writer + turn) % deals.count]
                        let deal = known[id]!
                        var attempt = Attempt(dealID: id, isMove: turn % 2 == 0)
                        do {
                            if attempt.isMove {
                                let target = stages.first { $0 != deal.stageID }!
                                attempt.saved = try store.moveDeal(
                                    id: id, toStageID: target, now: Date(), expectedVersion: deal.version, lanePosition: nil).revision.after
                            } else {
                                attempt.saved = try store.editDeal(id: id, now: Date(), expectedVersion: deal.version, moveTo: nil) {
                                    $0.title = "Shared \(id) by \(writer) turn \(turn)"
                                }.value
                            }
                            if let saved = attempt.saved { known[id] = saved }
                        } catch StoreError.changedElsewhere {
                            attempt.refusal = "changed elsewhere"
                            known[id] = try store.deal(id: id)
                        } catch {
                            attempt.refusal = "\(error)"
                        }
                        attempts.all.withLock { $0.append(attempt) }
                    }
                } catch {
                    attempts.all.withLock { $0.append(Attempt(dealID: 0, isMove: false, refusal: "could not open: \(error)")) }
                }
            }.start()
        }
        #expect(group.wait(timeout: .now() + 120) == .success, "the writers did not finish within two minutes")
        let tried = attempts.all.withLock { $0 }
        #expect(tried.count == 80)
        let failures = tried.compactMap(\.refusal).filter { $0 != "changed elsewhere" }
        #expect(failures.isEmpty, "refused for another reason than a stale version: \(failures.prefix(3))")
        for id in deals {
            let saved = tried.filter { $0.dealID == id }.compactMap(\.saved).sorted { $0.version < $1.version }
            let stored = try fresh.store.deal(id: id)
            #expect(Set(saved.map(\.version)).count == saved.count, "two saved writes made the same version of deal \(id)")
            #expect(stored.version == saved.last?.version ?? 1)
            if let last = saved.last {
                #expect(stored.stageID == last.stageID)
                #expect(stored.title == last.title)
            }
        }
    }
}
