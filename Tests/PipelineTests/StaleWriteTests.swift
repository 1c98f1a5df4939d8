import Foundation
import Pipeline
import Testing
import Wording

/// The one rule for a write made from an older version of a deal: it goes through when every change since set
/// other fields, else it is refused naming the latest change it would overwrite, in words with how long ago.
@Suite struct StaleWriteTests {
    let at = Date(timeIntervalSince1970: 1_796_000_000)

    func change(_ version: Int, _ kind: DealChange.Kind, _ fields: Set<DealPart>, by: String? = "Li Wei", stage: String? = nil, subject: String? = nil) -> DealChange {
        DealChange(
            id: Int64(version), dealID: 7, version: version, by: by, at: at, kind: kind, title: "Acme renewal",
            stageName: stage, activitySubject: subject, fields: fields)
    }

    @Test func theVersionSeenGoesThroughWhateverItSets() {
        #expect(StaleWrite.check(dealID: 7, seen: 3, current: 3, writing: Set(DealPart.allCases), since: []) == nil)
    }

    @Test func changesToOtherFieldsLetTheWriteThrough() {
        let since = [change(4, .edited, [.title]), change(5, .activityLogged, [], subject: "Budget call"), change(6, .moved, [.stage, .position])]
        #expect(StaleWrite.check(dealID: 7, seen: 3, current: 6, writing: [.value, .notes], since: since) == nil)
        #expect(StaleWrite.check(dealID: 7, seen: 3, current: 6, writing: [.status], since: since) == nil)
    }

    @Test func anOverlapIsRefusedNamingTheLatestOverlappingChangeAndCountingTheRest() {
        let since = [change(4, .edited, [.value]), change(5, .moved, [.stage]), change(6, .edited, [.value, .title]), change(7, .activityLogged, [])]
        let stale = StaleWrite.check(dealID: 7, seen: 3, current: 7, writing: [.value], since: since)
        #expect(stale == StaleWrite(dealID: 7, change: since[2], moreChanges: 3))
    }

    @Test func versionsTheLogDoesNotAccountForAreRefusedWithoutAName() {
        // Versions made before the change log existed: nothing says which fields they set.
        let stale = StaleWrite.check(dealID: 7, seen: 1, current: 4, writing: [.title], since: [])
        #expect(stale == StaleWrite(dealID: 7, change: nil))
        #expect(stale?.sentence(now: at, in: .english) == ErrorText.dealChangedElsewhere(id: 7).rendered(in: .english))
        // And a log that stops short of the current version names its last entry but still refuses.
        let short = StaleWrite.check(dealID: 7, seen: 1, current: 4, writing: [.title], since: [change(2, .edited, [.notes])])
        #expect(short?.change?.version == 2)
    }

    @Test func aDeletionOrAnUnknownVersionAheadNeverLetsAWriteThrough() {
        #expect(StaleWrite.check(dealID: 7, seen: 3, current: 4, writing: [.notes], since: [change(4, .deleted, Set(DealPart.allCases))]) != nil)
        // A version older than the one seen (a copy from the future) is not a version seen.
        #expect(StaleWrite.check(dealID: 7, seen: 5, current: 4, writing: [.notes], since: []) != nil)
    }

    @Test func theRefusalSaysWhoWhatAndHowLongAgoInBothLanguages() {
        let moved = StaleWrite(dealID: 7, change: change(4, .moved, [.stage], stage: "Contact"))
        #expect(moved.sentence(now: at.addingTimeInterval(150), in: .english) == "Li Wei moved it to Contact 2 min ago; nothing saved")
        #expect(moved.sentence(now: at.addingTimeInterval(150), in: .simplifiedChinese) == "Li Wei 2 分钟前把它移到了“Contact”；未保存任何内容")
        let edited = StaleWrite(dealID: 7, change: change(4, .edited, [.value, .expectedClose], by: "陈静"), moreChanges: 2)
        #expect(edited.sentence(now: at.addingTimeInterval(2 * 86_400), in: .english)
            == "陈静 changed its value, close date 2 days ago, and 2 more changes; nothing saved")
        #expect(edited.sentence(now: at.addingTimeInterval(2 * 86_400), in: .simplifiedChinese)
            == "陈静 2 天前修改了它的金额、预计成交日期，另有 2 处修改；未保存任何内容")
        let logged = StaleWrite(dealID: 7, change: change(4, .activityLogged, [], subject: "Budget call"), moreChanges: 1)
        #expect(logged.sentence(now: at.addingTimeInterval(30), in: .english) == "Li Wei logged 'Budget call' on it just now, and 1 more change; nothing saved")
    }

    @Test func aChangeWithoutANameIsWordedWithoutOne() {
        let won = StaleWrite(dealID: 7, change: change(4, .won, [.status], by: nil))
        #expect(won.sentence(now: at.addingTimeInterval(3600), in: .english) == "someone marked it won 1 hour ago; nothing saved")
        #expect(won.sentence(now: at.addingTimeInterval(3600), in: .simplifiedChinese) == "有人 1 小时前把它标为赢单；未保存任何内容")
    }

    @Test func namesFromTheLogCannotReachTheTerminalWithControlCharacters() {
        let sneaky = StaleWrite(dealID: 7, change: change(4, .moved, [.stage], by: "Li\u{1b}[2J Wei", stage: "Con\u{7}tact"))
        let said = sneaky.sentence(now: at, in: .english)
        #expect(!said.unicodeScalars.contains(where: TerminalText.isControl))
    }

    @Test func anUndoRefusalNamesSomeoneElsesChangeToWhatItRestoresNotTheUsersOwnLaterUndo() {
        // Li Wei moved the deal to Contact (v2); 陈静 edited its notes and moved it to Proposal (v3, v4); Li Wei renamed
        // it and took the rename back (v5, v6). Li Wei's undo of the move is in 陈静's move's way, not in the own undo's.
        let log = [
            change(2, .moved, [.stage, .position], stage: "Contact"),
            change(3, .edited, [.notes], by: "陈静"),
            change(4, .moved, [.stage, .position], by: "陈静", stage: "Proposal"),
            change(5, .edited, [.title]),
            change(6, .undone, [.title]),
        ]
        let stale = StaleWrite.restoring(.undo(title: "Acme renewal"), dealID: 7, seen: 2, log: log, author: "Li Wei")
        #expect(stale == StaleWrite(dealID: 7, change: log[2], moreChanges: 3, restoring: .undo(title: "Acme renewal")))
        #expect(stale?.sentence(now: at.addingTimeInterval(150), in: .english)
            == "cannot undo the change of 'Acme renewal': 陈静 moved it to Proposal 2 min ago; nothing undone")
    }

    @Test func anUndoRefusalFallsBackFromSomeoneElsesToTheUsersOwnChangeThenToAnyChange() {
        let undo = StaleWrite.Restoring.undo(title: "Acme renewal")
        // Only the user's own changes since: the one that set a field the undo restores, not the own undo after it.
        let own = [change(2, .moved, [.stage]), change(3, .moved, [.stage, .position]), change(4, .edited, [.notes]), change(5, .undone, [.stage])]
        #expect(StaleWrite.restoring(undo, dealID: 7, seen: 2, log: own, author: "Li Wei")?.change == own[1])
        // Someone else's change to other fields comes before the user's own undo when nothing set the restored fields.
        let apart = [change(2, .moved, [.stage]), change(3, .edited, [.notes], by: "陈静"), change(4, .undone, [.notes])]
        #expect(StaleWrite.restoring(undo, dealID: 7, seen: 2, log: apart, author: "Li Wei")?.change == apart[1])
        // Someone else's undo is a change like any other.
        let theirs = [change(2, .moved, [.stage]), change(3, .undone, [.stage], by: "陈静"), change(4, .edited, [.notes])]
        #expect(StaleWrite.restoring(undo, dealID: 7, seen: 2, log: theirs, author: "Li Wei")?.change == theirs[1])
        // With no entry for the change itself, it restores every field; with none after it, nobody can be named.
        let unknown = [change(3, .edited, [.notes], by: "陈静"), change(4, .undone, [.notes])]
        #expect(StaleWrite.restoring(undo, dealID: 7, seen: 2, log: unknown, author: "Li Wei")?.change == unknown[0])
        #expect(StaleWrite.restoring(undo, dealID: 7, seen: 2, log: [change(2, .moved, [.stage])], author: "Li Wei") == nil)
    }

    @Test func withoutNamesTheStoresOwnEntriesAreTheUsers() {
        // A board without a name moved the deal (v2); someone renamed it (v3); the board moved it on and took that back
        // (v4, v5). Undoing the first move is in the way of the rename, the one change the board did not make.
        let log = [
            change(2, .moved, [.stage, .position], by: nil, stage: "Qualifying"), change(3, .edited, [.title], by: nil),
            change(4, .moved, [.stage, .position], by: nil, stage: "Contact"), change(5, .undone, [.stage, .position], by: nil),
        ]
        let own: Set<Int64> = [2, 4, 5]
        let stale = StaleWrite.restoring(.undo(title: "Shared deal"), dealID: 7, seen: 2, log: log, author: nil) { own.contains($0.id) }
        #expect(stale?.change == log[1])
        #expect(stale?.sentence(now: at, in: .simplifiedChinese) == "无法撤销对“Shared deal”的更改：有人 刚刚修改了它的标题；未撤销任何内容")
    }

    @Test func aMergeTakesOnlyTheFieldsTheUserChangedOntoTheDealAsItIsNow() {
        var seen = Deal(id: 7, title: "Acme renewal", value: Money(minorUnits: 100, currency: .usd), pipelineID: 1, stageID: 1, createdAt: at)
        seen.organization = "Acme"
        var mine = seen
        mine.notes = "call back"
        var current = seen
        current.title = "Acme renewal 2027"
        current.stageID = 2
        current.version = 4
        let merged = DealPart.merged(mine, seen: seen, onto: current)
        var expected = current
        expected.notes = "call back"
        #expect(merged == expected)
    }
}
