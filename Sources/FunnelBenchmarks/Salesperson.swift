import Foundation
import FunnelStore
import Pipeline

/// One simulated salesperson of the team benchmark: every `interval` it moves, edits or logs a call on one of its
/// own deals or one of the shared ones, in turn, always with the version of the deal it last read, as a person
/// acting on what their board showed. A refused write (the deal changed elsewhere) makes it read the deal again.
///
/// The team's ticks are spread over the interval (salesperson `i` of `n` acts `i/n` of an interval after the
/// first), as twenty people never press a key in the same millisecond: the team still writes 200 times a second,
/// evenly. In lockstep every write would wait for nineteen others sent at the same instant, which measures a
/// burst no team makes (`docs/PERFORMANCE.md` gives both).
struct Salesperson {
    let index: Int
    let plan: TeamPlan

    /// Works on `store` from the plan's start time for its length and returns every write tried.
    func work(on store: any PipelineStore) throws -> SalespersonReport {
        var generator = SplitMix(seed: UInt64(index + 1) * 0x9E37_79B9)
        let own = plan.ownDeals[index]
        var known: [Int64: Deal] = [:]
        for id in own + plan.sharedDeals { known[id] = try store.deal(id: id) }
        var writes: [TeamWrite] = []
        let start = Date(timeIntervalSince1970: plan.startAt)
        let end = start.addingTimeInterval(plan.seconds)
        var turn = 0
        let phase = plan.lockstep ? 0 : Double(index) / Double(plan.salespeople)
        while true {
            // Absolute ticks: a slow write does not push every later one back.
            let due = start.addingTimeInterval((Double(turn) + phase) * plan.interval)
            guard due < end else { break }
            let wait = due.timeIntervalSinceNow
            if wait > 0 { usleep(useconds_t(wait * 1_000_000)) }
            let pool = turn % 2 == 0 ? own : plan.sharedDeals
            let id = pool[Int(generator.next() % UInt64(pool.count))]
            let kind = TeamWrite.Kind.allCases[turn % 3]
            turn += 1
            guard let deal = known[id] else { continue }
            var write = TeamWrite(kind: kind, dealID: id, milliseconds: 0)
            let started = DispatchTime.now()
            do {
                let after: Deal?
                switch kind {
                case .move:
                    let choices = plan.stageIDs.filter { $0 != deal.stageID }
                    let target = choices[Int(generator.next() % UInt64(choices.count))]
                    after = try store.moveDeal(id: id, toStageID: target, now: Date(), expectedVersion: deal.version, lanePosition: nil).revision.after
                case .edit:
                    let title = "Deal \(id) by rep \(index) turn \(turn)"
                    let minorUnits = Int64(generator.next() % 10_000_000)
                    after = try store.editDeal(id: id, now: Date(), expectedVersion: deal.version, moveTo: nil) { edited in
                        edited.title = title
                        edited.value = Money(minorUnits: minorUnits, currency: deal.value.currency)
                    }.value
                    write.title = title
                    write.minorUnits = minorUnits
                case .log:
                    let subject = "Call by rep \(index) turn \(turn)"
                    let now = Date()
                    let log = ActivityLog(dealID: id, done: Activity(dealID: id, kind: .call, subject: subject, doneAt: now, createdAt: now))
                    after = try store.logActivity(log, now: now).revision.after
                    write.subject = subject
                }
                write.milliseconds = ProcessTimer.since(started)
                write.version = after?.version
                write.stageID = after?.stageID
                if let after { known[id] = after }
            } catch {
                write.milliseconds = ProcessTimer.since(started)
                write.refusal = Self.refusalKind(error)
                if write.refusal != TeamWrite.staleVersion { write.message = "\(error)" }
                // What a person does after "changed elsewhere": look at the deal again.
                if let fresh = try? store.deal(id: id) { known[id] = fresh }
            }
            writes.append(write)
        }
        return SalespersonReport(index: index, writes: writes)
    }

    /// The kind of a refusal, for counting: the store's sentences are compared by what they are about.
    static func refusalKind(_ error: any Error) -> String {
        switch error {
        case StoreError.changedElsewhere: TeamWrite.staleVersion
        case StoreError.unreachable: TeamWrite.serverLost
        case StoreError.failed(let text) where text.contains("locked"): TeamWrite.databaseBusy
        default: TeamWrite.other
        }
    }
}
