import Foundation
import GRDB
import PropertyBased
import Testing
import FunnelTestSupport
import Pipeline
import FunnelStore
@testable import SQLiteStore

/// Random sequences of user operations against a real database; after every step the invariants hold.
@Suite("Store invariants under random operations")
struct StoreInvariantPropertyTests {
    /// One user operation, decoded from a random number.
    enum Operation {
        case add(currency: String, value: Int64, stage: Int)
        case move(deal: Int, stage: Int)
        case won(deal: Int)
        case lost(deal: Int)
        case reopen(deal: Int, stage: Int)
        case undoLastMove
        case edit(deal: Int, value: Int64)
        /// The deal's own win probability, or nil to follow its stage's again.
        case ownProbability(deal: Int, percent: Int?)
        case stageProbability(stage: Int, percent: Int)
        case currency(deal: Int, code: String)
        case delete(deal: Int)
        case park(deal: Int)
        case unpark(deal: Int)
        case lanePlace(deal: Int)
        /// An activity done `hours` before now: the deal's idle clock may restart.
        case activityDone(deal: Int, hoursAgo: Int)
        /// A snooze until `days` from today, or none.
        case snooze(deal: Int, days: Int?)
        /// A stage's stall threshold.
        case stallDays(stage: Int, days: Int)
        /// Time passes.
        case wait(hours: Int)
        /// Undo of the last change recorded as a `DealRevision` (any kind: add, won, lost, park, unpark,
        /// an activity, a snooze, an edit), as the board's `u` does.
        case undoLastChange
        /// Redo of the last change undone that way.
        case redoLastChange

        init(code: Int) {
            let deal = (code / 20) % 7
            let stage = (code / 140) % 5
            let currencies = ["USD", "CNY", "JPY", "EUR"]
            switch code % 26 {
            case 0, 1, 2: self = .add(currency: currencies[(code / 7) % 4], value: Int64(code % 997) * 1_001, stage: stage)
            case 3, 4, 5, 6: self = .move(deal: deal, stage: stage)
            case 7: self = .won(deal: deal)
            case 8: self = .lost(deal: deal)
            case 9: self = .reopen(deal: deal, stage: stage)
            case 10: self = .undoLastMove
            case 11: self = .edit(deal: deal, value: Int64(code % 13) * 12_345)
            case 12: self = .ownProbability(deal: deal, percent: code % 3 == 0 ? nil : (code / 3) % 101)
            case 13: self = .stageProbability(stage: stage, percent: (code / 7) % 101)
            case 14: self = .currency(deal: deal, code: currencies[(code / 3) % 4])
            case 15: self = .delete(deal: deal)
            case 16: self = .park(deal: deal)
            case 17: self = .unpark(deal: deal)
            case 18, 19: self = .lanePlace(deal: deal)
            case 20: self = .activityDone(deal: deal, hoursAgo: (code / 3) % 72)
            case 21: self = .snooze(deal: deal, days: code % 3 == 0 ? nil : (code / 3) % 4 - 1)
            case 22: self = .stallDays(stage: stage, days: (code / 7) % 4)
            case 23: self = .undoLastChange
            case 24: self = .redoLastChange
            default: self = .wait(hours: (code / 26) % 80)
            }
        }
    }

    @Test func invariantsHoldAfterEveryStep() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...9_999).array(of: 1...30)) { codes in
            do {
                try Self.run(codes.map(Operation.init(code:)))
            } catch {
                Issue.record("unexpected error: \(error)")
            }
        }
    }

    static func run(_ operations: [Operation]) throws {
        let fresh = try FreshStore()
        let store = fresh.store
        let pipeline = try fresh.sales
        var now = fresh.now
        var ids: [Int64] = []
        var lastMove: (change: StageChange, before: Deal, after: Deal)?
        var lastChange: DealRevision?
        var lastUndone: DealRevision?
        for operation in operations {
            now = now.addingTimeInterval(3_600)
            func id(_ index: Int) -> Int64? { ids.isEmpty ? nil : ids[index % ids.count] }
            /// Makes a change as the board does, recorded for undo.
            func recorded(_ id: Int64, _ change: () throws -> Void) throws {
                lastChange = try store.revising(dealID: id, change).revision
                lastUndone = nil
            }
            do {
                switch operation {
                case .add(let currency, let value, let stage):
                    let revision = try store.revisingCreation {
                        try store.addDeal(Deal(
                            title: "Deal \(ids.count)", value: Money(minorUnits: value, currency: Currency(code: currency)!),
                            pipelineID: pipeline.id, stageID: pipeline.stages[stage].id, createdAt: now)).value
                    }
                    ids.append(revision.dealID)
                    lastChange = revision
                    lastUndone = nil
                case .move(let index, let stage):
                    guard let id = id(index) else { continue }
                    let before = try store.deal(id: id)
                    // A parked deal moves only by unparking.
                    guard before.pipelineID == pipeline.id else { continue }
                    if let change = try store.moveDeal(id: id, toStageID: pipeline.stages[stage].id, now: now).value {
                        lastMove = (change, before, try store.deal(id: id))
                    }
                case .won(let index):
                    guard let id = id(index) else { continue }
                    try recorded(id) { try store.markWon(id: id, now: now) }
                case .lost(let index):
                    guard let id = id(index) else { continue }
                    try recorded(id) { try store.markLost(id: id, reason: "price", now: now) }
                case .reopen(let index, let stage):
                    guard let id = id(index), try store.deal(id: id).pipelineID == pipeline.id else { continue }
                    try store.reopen(id: id, stage: String(stage + 1), now: now)
                case .undoLastMove:
                    guard let (change, before, after) = lastMove else { continue }
                    lastMove = nil
                    // Undo is made on the version the move produced; a later change makes it stale.
                    let undone = try store.undo(change: change, restoring: before, expectedVersion: after.version)
                    // Undo then redo returns the same deal, but for its version.
                    var redone = try store.redo(change: change, applying: after, expectedVersion: undone.version)
                    redone.version = after.version
                    #expect(redone == after)
                    let again = try store.undo(change: change, restoring: before, expectedVersion: try store.deal(id: before.id).version)
                    var comparable = again
                    comparable.version = before.version
                    comparable.updatedAt = before.updatedAt
                    #expect(comparable == before)
                case .edit(let index, let value):
                    guard let id = id(index) else { continue }
                    try recorded(id) { try store.editDeal(id: id, now: now) { $0.value.minorUnits = value } }
                case .ownProbability(let index, let percent):
                    guard let id = id(index) else { continue }
                    try store.editDeal(id: id, now: now) { $0.probabilityOverride = percent }
                case .stageProbability(let stage, let percent):
                    try store.updateStage(pipelineID: pipeline.id, String(stage + 1), probability: percent, stallDays: nil)
                case .currency(let index, let code):
                    guard let id = id(index) else { continue }
                    try store.editDeal(id: id, now: now) { $0.value = Money(minorUnits: $0.value.minorUnits, currency: Currency(code: code)!) }
                case .delete(let index):
                    guard let id = id(index) else { continue }
                    try store.deleteDeal(id: id)
                    ids.removeAll { $0 == id }
                    if lastMove?.before.id == id { lastMove = nil }
                case .park(let index):
                    guard let id = id(index) else { continue }
                    try recorded(id) { try store.park(dealID: id, until: nil, now: now) }
                case .unpark(let index):
                    guard let id = id(index) else { continue }
                    try recorded(id) { try store.unpark(dealID: id, stage: nil, now: now) }
                case .lanePlace(let index):
                    guard let id = id(index) else { continue }
                    let deal = try store.deal(id: id)
                    try store.placeDeal(id: id, toStageID: deal.stageID, place: .top, now: now)
                case .activityDone(let index, let hoursAgo):
                    guard let id = id(index) else { continue }
                    try recorded(id) {
                        try store.addActivity(Activity(
                            dealID: id, kind: .call, doneAt: now.addingTimeInterval(-3_600 * Double(hoursAgo)), createdAt: now))
                    }
                case .snooze(let index, let days):
                    guard let id = id(index) else { continue }
                    let today = CalendarDay(now, in: Self.utc)
                    try recorded(id) { _ = try store.snooze(dealID: id, until: days.map { today.adding(days: $0) }, reason: nil, now: now).value }
                case .stallDays(let stage, let days):
                    try store.updateStage(pipelineID: pipeline.id, String(stage + 1), probability: nil, stallDays: days)
                case .wait(let hours):
                    now = now.addingTimeInterval(3_600 * Double(hours))
                case .undoLastChange:
                    guard let revision = lastChange else { continue }
                    lastChange = nil
                    let undone = try store.undo(revision)
                    lastUndone = undone
                    if let before = revision.before {
                        var restored = try store.deal(id: revision.dealID)
                        restored.version = before.version
                        #expect(restored == before, "undo restores the deal as it was")
                    } else {
                        // Undoing a creation deletes the deal.
                        ids.removeAll { $0 == revision.dealID }
                        #expect(try store.dealCount(DealQuery(statuses: [])) == ids.count)
                    }
                case .redoLastChange:
                    guard let revision = lastUndone else { continue }
                    lastUndone = nil
                    let redone = try store.redo(revision)
                    lastChange = redone
                    if revision.before == nil { ids.append(redone.dealID) }
                }
            } catch let error as PipelineError {
                // Refusals (won twice, reopening an open deal) are part of the game; anything else is not.
                guard case .refused = error else { throw error }
            } catch StoreError.changedElsewhere {
                continue
            }
            try checkInvariants(store)
            try checkStalledCounts(store, now: now)
        }
    }

    static let utc = TimeZone(identifier: "UTC")!

    /// The open deals counted per stage, idle day and snooze day (`stage_idle_day`) are those of a direct
    /// count, and the lane headers' stalled counts are `StallRule`'s at moments around every threshold.
    static func checkStalledCounts(_ store: SQLitePipelineStore, now: Date) throws {
        let kept = try store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT stage_id, idle_day, snoozed_until, deals FROM stage_idle_day ORDER BY 1, 2, 3")
        }
        let direct = try store.dbWriter.read { db in
            try Row.fetchAll(db, sql: """
                SELECT stage_id, \(Schema.idleDay("deal")) AS idle_day, coalesce(snoozed_until, '') AS snoozed_until, count(*) AS deals
                FROM deal WHERE status = 'open' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """)
        }
        #expect(kept == direct, "stage_idle_day disagrees with the open deals")
        let open = try store.deals(DealQuery(statuses: [.open]))
        // Moments on both sides of each deal's stall moment, and a few whole days later.
        var moments = [now, now.addingTimeInterval(86_400), now.addingTimeInterval(3 * 86_400 + 1)]
        for pipeline in try store.pipelines() {
            for deal in open where deal.pipelineID == pipeline.id {
                guard let stage = pipeline.stage(id: deal.stageID), stage.stallDays > 0 else { continue }
                let stalledAt = StallRule.idleSince(deal).addingTimeInterval(Double(stage.stallDays + 1) * 86_400)
                moments += [stalledAt, stalledAt.addingTimeInterval(-1)]
            }
        }
        for pipeline in try store.pipelines() {
            for moment in moments.prefix(40) {
                var expected: [Int64: Int] = [:]
                for deal in open where deal.pipelineID == pipeline.id {
                    guard let stage = pipeline.stage(id: deal.stageID),
                          StallRule(stage: stage).isStalled(deal, now: moment, timeZone: utc) else { continue }
                    expected[stage.id, default: 0] += 1
                }
                #expect(try store.stalledCounts(pipelineID: pipeline.id, now: moment, timeZone: utc) == expected,
                        "stalled counts of \(pipeline.name) at \(Timestamp.seconds(moment))")
            }
        }
    }

    static func checkInvariants(_ store: SQLitePipelineStore) throws {
        let pipelines = try store.pipelines()
        let deals = try store.deals(DealQuery(statuses: []))
        var expected: [Int64: (count: Int, total: MoneyTotals, hundredths: [Currency: Int64])] = [:]
        for deal in deals {
            // Every deal sits in exactly one stage of its own pipeline.
            let pipeline = try #require(pipelines.first { $0.id == deal.pipelineID })
            let stage = try #require(pipeline.stage(id: deal.stageID))
            #expect((deal.status == .open) == (deal.closedAt == nil))
            // History replays to the current stage and status.
            let history = try store.history(dealID: deal.id).filter { !$0.undone }
            #expect(history.first?.kind == .created)
            #expect(history.last?.toStageID == deal.stageID)
            let lastOutcome = history.last { [.won, .lost, .reopened].contains($0.kind) }?.kind
            switch deal.status {
            case .open: #expect(lastOutcome == nil || lastOutcome == .reopened)
            case .won: #expect(lastOutcome == .won)
            case .lost: #expect(lastOutcome == .lost)
            }
            guard deal.status == .open else { continue }
            var entry = expected[stage.id] ?? (0, MoneyTotals(), [:])
            entry.count += 1
            try entry.total.add(deal.value)
            entry.hundredths[deal.value.currency, default: 0] += deal.value.minorUnits * Int64(deal.probabilityOverride ?? stage.probability)
            expected[stage.id] = entry
        }
        for pipeline in pipelines {
            // Lane counts and totals (kept by triggers) equal the sums over the deals...
            let summaries = try store.stageSummaries(pipelineID: pipeline.id)
            for summary in summaries {
                let entry = expected[summary.stageID] ?? (0, MoneyTotals(), [:])
                #expect(summary.dealCount == entry.count)
                #expect(summary.total == entry.total)
                #expect(summary.weighted.byCurrency == entry.hundredths.mapValues { ($0 + 50) / 100 })
            }
            // ...and the SQL aggregate over every open deal of the pipeline.
            let scanned = try store.dbWriter.read { db in try SQLitePipelineStore.scannedStageTotals(db, pipelineID: pipeline.id) }
            #expect(summaries == scanned, "stage_total disagrees with the deals of \(pipeline.name)")
        }
        // No row is left behind for a stage and currency without open deals.
        let empty = try store.dbWriter.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM stage_total WHERE deals <= 0") }
        #expect(empty == 0)
    }
}
