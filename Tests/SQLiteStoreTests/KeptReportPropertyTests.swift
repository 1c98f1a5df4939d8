import Foundation
import GRDB
import PropertyBased
import Testing
import FunnelTestSupport
import Pipeline
import FunnelStore
@testable import SQLiteStore

/// The report's kept figures (`stage_stay`, `stage_stay_seconds`, `stage_stay_days`)
/// under random sequences of store operations: after every step the report read from them equals
/// the report computed from every deal and history entry, and the tables equal a rebuild from scratch.
@Suite("Report: kept figures equal the full history under random operations")
struct KeptReportPropertyTests {
    /// One operation on the store, decoded from a random number.
    enum Operation {
        /// An open deal, created some days ago; `enteredLater` adds an import's "entered its stage later" entry.
        case add(stage: Int, daysAgo: Int, enteredLater: Bool, owner: String?, currency: String)
        /// A deal saved already won or lost, with its history.
        case addClosed(stage: Int, won: Bool)
        case move(deal: Int, stage: Int)
        case won(deal: Int)
        case lost(deal: Int)
        case reopen(deal: Int, stage: Int)
        /// Undo of the last change kept for undo (a move, won, lost or park).
        case undo
        /// Redo of the last undone change.
        case redo
        case delete(deal: Int)
        case park(deal: Int)
        case unpark(deal: Int)
        case removeStage(stage: Int, moveTo: Int)
        case addStage(after: Int)
        case moveStage(stage: Int, position: Int)
        /// Flips `undone` on any history entry, as no screen does: the triggers must not assume the last one.
        case flipUndone(entry: Int)
        /// Sets an entry's stage or origin to NULL, as removing a stage does to every entry naming it.
        case forgetStage(entry: Int, origin: Bool)
        /// Deletes one history entry of a deal that stays.
        case deleteEntry(entry: Int)
        /// The clock goes back a few days, so new entries sort before older ones.
        case clockBack
        case edit(deal: Int, value: Int64, owner: String?)
        /// Undo of the last change recorded as a `DealRevision`, as the board's `u` does: a new deal
        /// (deleted), an unpark, an edit, a park, or a move, won or lost recorded that way.
        case undoRevision
        /// Redo of the last revision undone.
        case redoRevision

        init(code: Int) {
            let deal = (code / 23) % 7
            let stage = (code / 161) % 6
            let owners: [String?] = ["Åsa", "Bo", nil]
            let currencies = ["USD", "EUR", "JPY"]
            switch code % 28 {
            case 0, 1, 2:
                self = .add(stage: stage, daysAgo: (code / 7) % 9, enteredLater: code % 5 == 0,
                            owner: owners[(code / 11) % 3], currency: currencies[(code / 13) % 3])
            case 3: self = .addClosed(stage: stage, won: code % 2 == 0)
            case 4, 5, 6, 7: self = .move(deal: deal, stage: stage)
            case 8: self = .won(deal: deal)
            case 9: self = .lost(deal: deal)
            case 10: self = .reopen(deal: deal, stage: stage)
            case 11, 12: self = .undo
            case 13: self = .redo
            case 14: self = .delete(deal: deal)
            case 15: self = .park(deal: deal)
            case 16: self = .unpark(deal: deal)
            case 17: self = .removeStage(stage: stage, moveTo: (code / 7) % 6)
            case 18: self = .addStage(after: stage)
            case 19: self = .moveStage(stage: stage, position: 1 + (code / 7) % 6)
            case 20: self = .flipUndone(entry: code / 23)
            case 21: self = .clockBack
            case 22: self = .forgetStage(entry: code / 26, origin: code % 2 == 0)
            case 23: self = .deleteEntry(entry: code / 26)
            case 26: self = .undoRevision
            case 27: self = .redoRevision
            default: self = .edit(deal: deal, value: Int64(code % 17) * 10_000, owner: owners[(code / 5) % 3])
            }
        }
    }

    /// A change that can be undone: the history entry, the deal before it and after it.
    struct Undoable {
        var change: StageChange
        var before: Deal
        var after: Deal
    }

    @Test func keptFiguresEqualTheFullHistoryAfterEveryStep() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...99_999).array(of: 1...40)) { codes in
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
        var now = fresh.now
        var ids: [Int64] = []
        var undoable: Undoable?
        var redoable: Undoable?
        var revision: DealRevision?
        var undoneRevision: DealRevision?
        let start = fresh.now.addingTimeInterval(-30 * 86_400)
        for operation in operations {
            now = now.addingTimeInterval(3_600 + Double(ids.count) * 997)
            let pipeline = try fresh.sales
            let stages = pipeline.stages
            func id(_ index: Int) -> Int64? { ids.isEmpty ? nil : ids[index % ids.count] }
            func stage(_ index: Int) -> Stage { stages[index % stages.count] }
            func remember(_ change: StageChange?, before: Deal) throws {
                guard let change else { return }
                undoable = Undoable(change: change, before: before, after: try store.deal(id: before.id))
                redoable = nil
            }
            /// Makes a change as the board does, recorded for undo.
            func recorded(_ id: Int64, _ change: () throws -> Void) throws {
                revision = try store.revising(dealID: id, change).revision
                undoneRevision = nil
            }
            do {
                switch operation {
                case .add(let stageIndex, let daysAgo, let enteredLater, let owner, let currency):
                    let created = now.addingTimeInterval(-Double(daysAgo) * 86_400)
                    let added = try store.revisingCreation {
                        try store.addDeal(Deal(
                            title: "Deal \(ids.count)", value: Money(minorUnits: Int64(1 + ids.count) * 5_000, currency: Currency(code: currency)!),
                            pipelineID: pipeline.id, stageID: stage(stageIndex).id, owner: owner, createdAt: created,
                            stageEnteredAt: enteredLater ? created.addingTimeInterval(86_400) : nil)).value
                    }
                    ids.append(added.dealID)
                    revision = added
                    undoneRevision = nil
                case .addClosed(let stageIndex, let won):
                    let created = max(start, now.addingTimeInterval(-10 * 86_400))
                    let deal = try store.addDeal(Deal(
                        title: "Closed \(ids.count)", value: Money(minorUnits: 70_000, currency: .usd), pipelineID: pipeline.id,
                        stageID: stage(stageIndex).id, status: won ? .won : .lost, lostReason: won ? nil : "price",
                        createdAt: created, closedAt: created.addingTimeInterval(3 * 86_400))).value
                    ids.append(deal.id)
                case .move(let index, let stageIndex):
                    guard let id = id(index) else { continue }
                    let before = try store.deal(id: id)
                    guard before.pipelineID == pipeline.id else { continue }
                    try recorded(id) { try remember(try store.moveDeal(id: id, toStageID: stage(stageIndex).id, now: now).value, before: before) }
                case .won(let index):
                    guard let id = id(index) else { continue }
                    let before = try store.deal(id: id)
                    try recorded(id) { try remember(try store.markWon(id: id, now: now).value, before: before) }
                case .lost(let index):
                    guard let id = id(index) else { continue }
                    let before = try store.deal(id: id)
                    try recorded(id) { try remember(try store.markLost(id: id, reason: "timing", now: now).value, before: before) }
                case .reopen(let index, let stageIndex):
                    guard let id = id(index), try store.deal(id: id).pipelineID == pipeline.id else { continue }
                    try store.reopen(id: id, stage: stage(stageIndex).name, now: now)
                case .undo:
                    guard let last = undoable else { continue }
                    undoable = nil
                    try store.undo(change: last.change, restoring: last.before, expectedVersion: last.after.version)
                    redoable = last
                case .redo:
                    guard let last = redoable else { continue }
                    redoable = nil
                    let undone = try store.deal(id: last.before.id)
                    try store.redo(change: last.change, applying: last.after, expectedVersion: undone.version)
                case .delete(let index):
                    guard let id = id(index) else { continue }
                    try store.deleteDeal(id: id)
                    ids.removeAll { $0 == id }
                    if undoable?.before.id == id { undoable = nil }
                    if redoable?.before.id == id { redoable = nil }
                case .park(let index):
                    guard let id = id(index) else { continue }
                    let before = try store.deal(id: id)
                    try recorded(id) { try remember(try store.park(dealID: id, until: nil, now: now).value, before: before) }
                case .unpark(let index):
                    guard let id = id(index) else { continue }
                    try recorded(id) { try store.unpark(dealID: id, stage: nil, now: now) }
                case .removeStage(let stageIndex, let moveTo):
                    try store.removeStage(pipelineID: pipeline.id, stage(stageIndex).name, moveDealsTo: stage(moveTo).name, now: now)
                    // An undo kept from before could restore the deal into the removed stage: the store refuses it
                    // only through the foreign key (noted in the session report), which is not what this test is about.
                    undoable = nil
                    redoable = nil
                case .addStage(let after):
                    try store.addStage(pipelineID: pipeline.id, name: "Stage \(operations.count)-\(ids.count)-\(stages.count)",
                                       after: stage(after).name, probability: nil, stallDays: nil)
                case .moveStage(let stageIndex, let position):
                    try store.moveStage(pipelineID: pipeline.id, stage(stageIndex).name, toPosition: 1 + (position - 1) % stages.count)
                case .flipUndone(let entry):
                    try store.dbWriter.write { db in
                        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM stage_change") ?? 0
                        guard count > 0 else { return }
                        try db.execute(sql: """
                            UPDATE stage_change SET undone = 1 - undone WHERE id = (SELECT id FROM stage_change ORDER BY id LIMIT 1 OFFSET ?)
                            """, arguments: [entry % count])
                    }
                case .forgetStage(let entry, let origin):
                    try store.dbWriter.write { db in
                        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM stage_change") ?? 0
                        guard count > 0 else { return }
                        try db.execute(sql: """
                            UPDATE stage_change SET \(origin ? "from_stage_id" : "to_stage_id") = NULL
                            WHERE id = (SELECT id FROM stage_change ORDER BY id LIMIT 1 OFFSET ?)
                            """, arguments: [entry % count])
                    }
                case .deleteEntry(let entry):
                    try store.dbWriter.write { db in
                        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM stage_change") ?? 0
                        guard count > 0 else { return }
                        try db.execute(
                            sql: "DELETE FROM stage_change WHERE id = (SELECT id FROM stage_change ORDER BY id LIMIT 1 OFFSET ?)",
                            arguments: [entry % count])
                    }
                case .clockBack:
                    now = now.addingTimeInterval(-3 * 86_400)
                case .edit(let index, let value, let owner):
                    guard let id = id(index) else { continue }
                    try recorded(id) {
                        try store.editDeal(id: id, now: now) {
                            $0.value.minorUnits = value
                            $0.owner = owner
                        }
                    }
                case .undoRevision:
                    guard let last = revision else { continue }
                    revision = nil
                    let undone = try store.undo(last)
                    undoneRevision = undone
                    if undone.before == nil { ids.removeAll { $0 == undone.dealID } }
                case .redoRevision:
                    guard let last = undoneRevision else { continue }
                    undoneRevision = nil
                    revision = try store.redo(last)
                    if last.before == nil { ids.append(last.dealID) }
                }
            } catch let error as PipelineError {
                // Refusals and unknown names (a removed stage, a stage already there) are part of the game.
                switch error {
                case .refused, .notFound, .invalidValue: continue
                }
            } catch StoreError.changedElsewhere {
                continue
            }
            try checkKeptFigures(store, today: CalendarDay(now, in: TimeZone(identifier: "UTC")!), after: "\(operation)")
        }
    }

    /// The kept figures equal what the full history gives: the reports of every pipeline, and the
    /// tables row for row against a rebuild from scratch (rolled back).
    static func checkKeptFigures(_ store: SQLitePipelineStore, today: CalendarDay, after context: String) throws {
        for pipeline in try store.pipelines() {
            let filter = ReportFilter(pipelineID: pipeline.id)
            let kept = try store.report(filter, today: today)
            let scanned = try store.scannedReport(filter, today: today)
            #expect(kept == scanned, "report of \(pipeline.name) after \(context)")
            if kept.stages != scanned.stages {
                for (mine, theirs) in zip(kept.stages, scanned.stages) where mine != theirs {
                    Issue.record("stage \(mine.stage.name): kept \(mine) scanned \(theirs)")
                }
            }
        }
        let (kept, rebuilt) = try keptAndRebuiltTables(store)
        #expect(kept == rebuilt, "kept tables differ from a rebuild after \(context)")
        let leftovers = try store.dbWriter.read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM stage_stay_change) + (SELECT count(*) FROM stage_stay WHERE stays = 0)
                     + (SELECT count(*) FROM stage_stay_seconds WHERE stays = 0) + (SELECT count(*) FROM stage_stay_days WHERE stays = 0)
                """)
        }
        #expect(leftovers == 0, "empty or scratch rows left after \(context)")
    }

    /// Every row of the kept tables as text, then the same after rebuilding them (rolled back).
    static func keptAndRebuiltTables(_ store: SQLitePipelineStore) throws -> (kept: [String], rebuilt: [String]) {
        func rows(_ db: Database) throws -> [String] {
            var all: [String] = []
            for (table, columns) in [
                ("stage_stay", "stage_id, end_kind, end_stage_id, stays, won_stays, seconds"),
                ("stage_stay_seconds", "stage_id, seconds, stays"),
                ("stage_stay_days", "stage_id, day, stays"),
            ] {
                all += try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table)").map { "\(table) \($0)" }.sorted()
            }
            return all
        }
        var result: ([String], [String]) = ([], [])
        try store.dbWriter.write { db in
            try db.inSavepoint {
                result.0 = try rows(db)
                for table in SQLitePipelineStore.derivedTables where table.name == "stage_stay" {
                    try table.rebuild(db)
                }
                result.1 = try rows(db)
                return .rollback
            }
        }
        return result
    }
}
