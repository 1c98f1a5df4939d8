import Foundation
import FunnelStore
import Pipeline
import StoreEngines
import Testing
import Wording

/// An undo refused because the deal changed since names the change in its way, on every engine: the undo of a
/// history entry as the undo of a recorded change, and someone else's change rather than the user's own later undo.
@Suite struct UndoRefusalConformanceTests {
    @Test(arguments: StoreEngineUnderTest.all)
    func anUndoOfAHistoryEntryAfterSomeoneElsesMoveNamesTheMoveAndWritesNothing(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let li = try fresh.store.location.open(author: "Li Wei")
        let chen = try fresh.store.location.open(author: "陈静")
        defer { try? li.close(); try? chen.close() }
        let stages = try fresh.sales.stages
        let before = try fresh.addDeal("Acme renewal")
        let change = try #require(try chen.moveDeal(id: before.id, toStageID: stages[2].id, now: fresh.now).value)
        let after = try chen.deal(id: before.id)
        try li.moveDeal(id: before.id, toStageID: stages[3].id, now: fresh.now.addingTimeInterval(60), expectedVersion: after.version)
        let current = try chen.deal(id: before.id)
        let history = try chen.history(dealID: before.id)

        let refusal = #expect(throws: StoreError.self) {
            try chen.undo(change: change, restoring: before, expectedVersion: after.version)
        }
        guard case .changedElsewhere(_, let stale?)? = refusal else {
            Issue.record("refused without naming the change: \(String(describing: refusal))")
            return
        }
        #expect(stale.restoring == .undo(title: "Acme renewal"))
        let said = fresh.now.addingTimeInterval(60 + 150)
        #expect(stale.sentence(now: said, in: .english)
            == "cannot undo the change of 'Acme renewal': Li Wei moved it to \(stages[3].name) 2 min ago; nothing undone")
        #expect(stale.sentence(now: said, in: .simplifiedChinese)
            == "无法撤销对“Acme renewal”的更改：Li Wei 2 分钟前把它移到了“\(stages[3].name)”；未撤销任何内容")
        #expect(try chen.deal(id: before.id) == current, "a refused undo writes nothing")
        #expect(try chen.history(dealID: before.id) == history)

        // The redo of an undone history entry is refused the same way after someone else's change.
        let other = try fresh.addDeal("Globex pilot")
        let otherMove = try #require(try chen.moveDeal(id: other.id, toStageID: stages[2].id, now: fresh.now).value)
        let otherMoved = try chen.deal(id: other.id)
        let undone = try chen.undo(change: otherMove, restoring: other, expectedVersion: otherMoved.version)
        try li.editDeal(id: other.id, now: fresh.now.addingTimeInterval(120), expectedVersion: undone.version, moveTo: nil) { $0.notes = "call back" }
        #expect {
            try chen.redo(change: otherMove, applying: otherMoved, expectedVersion: undone.version)
        } throws: { error in
            guard case StoreError.changedElsewhere(_, let stale?) = error else { return false }
            return stale.restoring == .redo(title: "Globex pilot") && stale.change?.by == "Li Wei" && stale.change?.fields == [.notes]
        }
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func anUndoRefusalNamesSomeoneElsesMoveNotTheUsersOwnLaterUndo(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let li = try fresh.store.location.open(author: "Li Wei")
        let chen = try fresh.store.location.open(author: "陈静")
        defer { try? li.close(); try? chen.close() }
        let stages = try fresh.sales.stages
        let deal = try fresh.addDeal("Acme renewal")
        // Li Wei moves the deal; 陈静 moves it on; Li Wei renames it and takes the rename back.
        let move = try li.moveDeal(id: deal.id, toStageID: stages[2].id, now: fresh.now).revision
        try chen.moveDeal(id: deal.id, toStageID: stages[3].id, now: fresh.now.addingTimeInterval(60), expectedVersion: move.after?.version)
        let moved = try li.deal(id: deal.id)
        let rename = try li.editDeal(id: deal.id, now: fresh.now.addingTimeInterval(120), expectedVersion: moved.version, moveTo: nil) {
            $0.title = "Acme renewal 2027"
        }.revision
        try li.undo(rename)
        let current = try li.deal(id: deal.id)

        // Li Wei's undo of the move is in the way of 陈静's move, not of Li Wei's own undo (the latest change).
        #expect {
            try li.undo(move)
        } throws: { error in
            guard case StoreError.changedElsewhere(_, let stale?) = error else { return false }
            return stale.change?.by == "陈静" && stale.change?.kind == .moved
                && stale.sentence(now: fresh.now.addingTimeInterval(60 + 150), in: .english)
                    == "cannot undo the change of 'Acme renewal': 陈静 moved it to \(stages[3].name) 2 min ago; nothing undone"
        }
        #expect(try li.deal(id: deal.id) == current, "a refused undo writes nothing")
    }
}
