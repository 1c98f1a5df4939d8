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
        /// A card dropped at the top or bottom of a lane, as the board's move with a place does.
        case place(deal: Int, stage: Int, top: Bool)
        /// An edit that also moves the deal (`funnel edit --stage`).
        case editMove(deal: Int, stage: Int)
        /// The review's decisions that change a deal's stage or outcome.
        case reviewAdvance(deal: Int)
        case reviewLost(deal: Int)
        /// A second pipeline with deals of its own (moved, won), removed with its deals moved into a sales stage.
        case removePipeline(stage: Int)
        /// An import that updates a stored deal (its stage and outcome from the file) and creates one.
        case importRows(deal: Int, stage: Int, status: Int)
        /// A small demo into the database.
        case demo(seed: Int)
        /// The whole database exported and restored into a new, empty file, which the rest of the run uses.
        case restore
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
            switch code % 33 {
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
            case 20: self = .place(deal: deal, stage: stage, top: code % 2 == 0)
            case 21: self = .clockBack
            case 22: self = .editMove(deal: deal, stage: stage)
            case 23: self = .reviewAdvance(deal: deal)
            case 26: self = .undoRevision
            case 27: self = .redoRevision
            case 28: self = .reviewLost(deal: deal)
            case 29: self = .removePipeline(stage: stage)
            case 30: self = .importRows(deal: deal, stage: stage, status: (code / 7) % 3)
            case 31: self = .demo(seed: code)
            case 32: self = .restore
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
        var store = fresh.store
        /// Folders of the files restored into, kept until the run ends.
        var restoredFolders: [TemporaryDirectory] = []
        var now = fresh.now
        var ids: [Int64] = []
        var undoable: Undoable?
        var redoable: Undoable?
        var revision: DealRevision?
        var undoneRevision: DealRevision?
        let start = fresh.now.addingTimeInterval(-30 * 86_400)
        for operation in operations {
            now = now.addingTimeInterval(3_600 + Double(ids.count) * 997)
            let pipeline = try store.pipeline(named: nil)
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
                case .place(let index, let stageIndex, let top):
                    guard let id = id(index) else { continue }
                    let before = try store.deal(id: id)
                    try recorded(id) {
                        try remember(try store.placeDeal(id: id, toStageID: stage(stageIndex).id, place: top ? .top : .bottom, now: now).value, before: before)
                    }
                case .editMove(let index, let stageIndex):
                    guard let id = id(index), try store.deal(id: id).pipelineID == pipeline.id else { continue }
                    try recorded(id) { try store.editDeal(id: id, now: now, moveTo: stage(stageIndex).name) { $0.priority = 2 } }
                case .reviewAdvance(let index):
                    guard let id = id(index) else { continue }
                    let mark = ReviewMark(day: CalendarDay(now, in: TimeZone(identifier: "UTC")!), reason: .stalled, decision: .advanced)
                    try recorded(id) { try store.advanceFromReview(dealID: id, mark: mark, now: now) }
                case .reviewLost(let index):
                    guard let id = id(index) else { continue }
                    let mark = ReviewMark(day: CalendarDay(now, in: TimeZone(identifier: "UTC")!), reason: .pastExpectedClose, decision: .markedLost)
                    try recorded(id) { try store.markLostFromReview(dealID: id, reason: "no budget", mark: mark, now: now) }
                case .removePipeline(let stageIndex):
                    let name = "Other \(ids.count)-\(stages.count)"
                    let other = try store.addPipeline(name: name, stageNames: ["First", "Second"], kind: .sales)
                    for number in 0..<2 {
                        let deal = try store.addDeal(Deal(
                            title: "\(name) deal \(number)", value: Money(minorUnits: 30_000, currency: .usd), pipelineID: other.id,
                            stageID: other.stages[0].id, createdAt: now.addingTimeInterval(-5 * 86_400))).value
                        try store.moveDeal(id: deal.id, toStageID: other.stages[1].id, now: now.addingTimeInterval(-86_400))
                        if number == 1 { try store.markWon(id: deal.id, now: now.addingTimeInterval(-3_600)) }
                        ids.append(deal.id)
                    }
                    try store.removePipeline(named: name, moveDealsTo: pipeline.name, stage: stage(stageIndex).name, now: now)
                case .importRows(let index, let stageIndex, let statusIndex):
                    var rows: [DealImport] = []
                    let status: DealStatus = [.open, .won, .lost][statusIndex]
                    let target = stage(stageIndex)
                    if let id = id(index), case var deal = try store.deal(id: id), deal.pipelineID == pipeline.id {
                        deal.status = status
                        deal.closedAt = status == .open ? nil : now
                        deal.lostReason = status == .lost ? "price" : nil
                        deal.updatedAt = now
                        deal.stageEnteredAt = now
                        rows.append(DealImport(
                            line: 1, source: "funnel", externalID: "\(id)", deal: deal, stageName: target.name,
                            createdAtGiven: true, stageEnteredAtGiven: true, updatedAtGiven: true, closedAtGiven: true))
                    }
                    let created = now.addingTimeInterval(-4 * 86_400)
                    let new = Deal(
                        title: "Imported \(ids.count)", value: Money(minorUnits: 40_000, currency: Currency(code: "EUR")!), pipelineID: pipeline.id,
                        stageID: target.id, status: status, lostReason: status == .lost ? "price" : nil, createdAt: created,
                        stageEnteredAt: created.addingTimeInterval(86_400), closedAt: status == .open ? nil : created.addingTimeInterval(2 * 86_400))
                    rows.append(DealImport(
                        line: 2, source: "generic", externalID: "row-\(ids.count)-\(now.timeIntervalSince1970)", deal: new,
                        stageName: target.name, createdAtGiven: true, stageEnteredAtGiven: true, updatedAtGiven: false, closedAtGiven: true))
                    let outcome = try store.importDeals(rows, newStages: [], dryRun: false)
                    for result in outcome.results where result.action == .created { ids.append(result.dealID) }
                case .demo(let seed):
                    let before = Set(try store.deals(DealQuery(statuses: [])).map(\.id))
                    try store.insertDemo(DemoPipeline(stages: stages, count: 3, seed: UInt64(seed), now: now, openPercent: 50))
                    ids += try store.deals(DealQuery(statuses: [])).map(\.id).filter { !before.contains($0) }
                case .restore:
                    let archive = try store.archive(DealQuery(statuses: []))
                    let folder = TemporaryDirectory()
                    let restored = try SQLitePipelineStore.open(path: folder.path("restored.sqlite"))
                    try restored.restore(archive)
                    try store.close()
                    store = restored
                    restoredFolders.append(folder)
                    _ = restoredFolders
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
                SELECT (SELECT count(*) FROM stage_stay WHERE stays = 0)
                     + (SELECT count(*) FROM stage_stay_seconds WHERE stays = 0) + (SELECT count(*) FROM stage_stay_days WHERE stays = 0)
                """)
        }
        #expect(leftovers == 0, "rows without stays left after \(context)")
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
                try Schema.rebuildStageStays(db)
                result.1 = try rows(db)
                return .rollback
            }
        }
        return result
    }
}
