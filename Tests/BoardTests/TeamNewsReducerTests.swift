import Board
import Foundation
import Pipeline
import Testing
import Wording

/// Issue 18, live boards: after a reload for others' writes the board reads the change log after the last entry
/// it saw and says who did what on the message line; its own entries were left out before.
@Suite("Board: who did what, on the message line")
struct TeamNewsReducerTests {
    let later = BoardFixture.now.addingTimeInterval(60)

    func change(
        _ id: Int64, deal: Int64 = 1, by: String?, _ kind: DealChange.Kind, title: String = "Acme renewal",
        stage: String? = nil, subject: String? = nil
    ) -> DealChange {
        DealChange(id: id, dealID: deal, version: Int(id), by: by, at: later, kind: kind, title: title, stageName: stage, activitySubject: subject)
    }

    func watching(_ lastSeen: Int64 = 7) -> BoardState {
        var state = BoardFixture.loaded()
        state.lastSeenChange = lastSeen
        return state
    }

    @Test func anOutsideWriteReloadsWhatTheBoardShowsThenReadsWhoDidIt() {
        var state = watching()
        var unwatched = state
        unwatched.lastSeenChange = nil
        let reload = BoardReducer.reduce(into: &unwatched, action: .storeChangedElsewhere(now: later))
        #expect(reload.count == 1)
        expectReduce(&state, .storeChangedElsewhere(now: later), effects: reload + [.loadOthersChanges(after: 7)]) {
            $0.now = later
            $0.reloadingForOutsideChange = true
        }
    }

    @Test func theServerBackReloadsEverythingAndSaysWhatHappenedMeanwhile() {
        var state = watching()
        _ = BoardReducer.reduce(into: &state, action: .storeUnreachable)
        let effects = BoardReducer.reduce(into: &state, action: .storeReachedAgain(now: later))
        guard case .loadBoard = effects.first else {
            Issue.record("no reload after the server came back: \(effects)")
            return
        }
        #expect(effects.last == .loadOthersChanges(after: 7))
    }

    /// More entries than one read: the store's count is said whole, the latest author first, and the board has seen
    /// up to the last entry counted; a restore among them is the news.
    @Test func aCountedLogIsSaidWholeAndARestoreIsTheNews() {
        var state = watching()
        let tally = DealChangeTally(deals: 30_000, people: 2, latest: change(30_012, deal: 30_000, by: "Importer", .created))
        expectReduce(&state, .othersChangesCounted(tally)) { s in
            s.lastSeenChange = 30_012
            s.message = BoardMessage("Importer and 1 other changed 30000 deals")
        }
        let restored = DealChangeTally(
            deals: 0, people: 1, latest: change(30_013, deal: 0, by: "Li Wei", .restored, title: ""),
            restore: change(30_013, deal: 0, by: "Li Wei", .restored, title: ""))
        expectReduce(&state, .othersChangesCounted(restored)) { s in
            s.lastSeenChange = 30_013
            s.message = BoardMessage("Li Wei restored the pipeline from a backup")
        }
        #expect(TeamNews.sentence(restored, language: .simplifiedChinese) == "Li Wei从备份恢复了整个销售管道")
        #expect(TeamNews.sentence([change(8, by: "Li Wei", .moved, stage: "Contact"), change(9, deal: 0, by: nil, .restored, title: "")],
                                  language: .english) == "Someone restored the pipeline from a backup")
        // Nothing counted: nothing said, and nothing seen goes back.
        expectReduce(&state, .othersChangesCounted(DealChangeTally(deals: 0, people: 0, latest: nil)))
    }

    @Test func aSnapshotBoardAnnouncesNothing() {
        var state = BoardFixture.loaded()
        #expect(!BoardReducer.reduce(into: &state, action: .storeChangedElsewhere(now: later)).contains { effect in
            if case .loadOthersChanges = effect { true } else { false }
        })
    }

    @Test func oneMoveIsSaidWithItsAuthorsName() {
        var state = watching()
        expectReduce(&state, .othersChangesLoaded([change(8, by: "Li Wei", .moved, stage: "Contact")], lastID: 8)) {
            $0.lastSeenChange = 8
            $0.message = BoardMessage("Li Wei moved 'Acme renewal' to Contact")
        }
    }

    @Test func eachKindOfChangeIsSaid() {
        let said: [(DealChange, String)] = [
            (change(8, by: "Li Wei", .edited), "Li Wei edited 'Acme renewal'"),
            (change(8, by: "Li Wei", .won, stage: "Won"), "Li Wei marked 'Acme renewal' won"),
            (change(8, by: "Li Wei", .lost, stage: "Lost"), "Li Wei marked 'Acme renewal' lost"),
            (change(8, by: "Li Wei", .created, stage: "Prospecting"), "Li Wei added 'Acme renewal'"),
            (change(8, by: "Li Wei", .deleted), "Li Wei deleted 'Acme renewal'"),
            (change(8, by: "Li Wei", .undone), "Li Wei undid a change to 'Acme renewal'"),
            (change(8, by: "Li Wei", .redone, stage: "Contact"), "Li Wei moved 'Acme renewal' to Contact"),
            (change(8, by: "Li Wei", .redone), "Li Wei edited 'Acme renewal'"),
            (change(8, by: "Li Wei", .activityLogged, subject: "Budget call"), "Li Wei logged \"Budget call\" on 'Acme renewal'"),
            (change(8, by: "Li Wei", .activityPlanned, subject: "Demo"), "Li Wei planned \"Demo\" on 'Acme renewal'"),
            (change(8, by: "Li Wei", .parked, stage: "Parked"), "Li Wei moved 'Acme renewal' to Parked"),
            (change(8, by: nil, .moved, stage: "Contact"), "Someone moved 'Acme renewal' to Contact"),
        ]
        for (entry, sentence) in said {
            var state = watching()
            _ = BoardReducer.reduce(into: &state, action: .othersChangesLoaded([entry], lastID: 8))
            #expect(state.message == BoardMessage(sentence))
        }
    }

    @Test func aChineseBoardSaysItInChinese() {
        var state = watching()
        state.language = .simplifiedChinese
        _ = BoardReducer.reduce(
            into: &state, action: .othersChangesLoaded([change(8, by: "陈静", .activityLogged, subject: "预算电话")], lastID: 8))
        #expect(state.message == BoardMessage("陈静在“Acme renewal”上记录了活动“预算电话”"))
        _ = BoardReducer.reduce(into: &state, action: .othersChangesLoaded([change(9, by: "Li Wei", .moved, stage: "联系")], lastID: 9))
        #expect(state.message == BoardMessage("Li Wei将“Acme renewal”移到了联系"))
    }

    @Test func severalChangesAreCountedWithTheLatestAuthorFirst() {
        var state = watching()
        let changes = [
            change(8, deal: 1, by: "陈静", .moved, stage: "Contact"),
            change(9, deal: 2, by: "Sam", .edited),
            change(10, deal: 3, by: "陈静", .activityLogged, subject: "Call"),
            change(11, deal: 4, by: "Li Wei", .won),
            change(12, deal: 4, by: "Li Wei", .edited),
        ]
        expectReduce(&state, .othersChangesLoaded(changes, lastID: 12)) {
            $0.lastSeenChange = 12
            $0.message = BoardMessage("Li Wei and 2 others changed 4 deals")
        }
        _ = BoardReducer.reduce(into: &state, action: .othersChangesLoaded(
            [change(13, deal: 1, by: "Li Wei", .edited), change(14, deal: 2, by: "Li Wei", .edited)], lastID: 14))
        #expect(state.message == BoardMessage("Li Wei changed 2 deals"))
        _ = BoardReducer.reduce(into: &state, action: .othersChangesLoaded(
            [change(15, deal: 1, by: "Sam", .edited), change(16, deal: 1, by: "Li Wei", .edited)], lastID: 16))
        #expect(state.message == BoardMessage("Li Wei and 1 other changed 1 deal"))
        // The same person changing one deal twice: the latest change is said.
        _ = BoardReducer.reduce(into: &state, action: .othersChangesLoaded(
            [change(17, by: "Sam", .moved, stage: "Contact"), change(18, by: "Sam", .moved, stage: "Proposal")], lastID: 18))
        #expect(state.message == BoardMessage("Sam moved 'Acme renewal' to Proposal"))
    }

    @Test func onlyTheBoardsOwnChangesLeaveItsMessageAlone() {
        var state = watching()
        state.message = BoardMessage("Moved 'Acme renewal' to Contact")
        expectReduce(&state, .othersChangesLoaded([], lastID: 11)) { $0.lastSeenChange = 11 }
    }

    @Test func namesTitlesAndSubjectsAreCleanedForTheTerminal() {
        var state = watching()
        let title = "Acme\u{1B}[2J renewal"
        _ = BoardReducer.reduce(into: &state, action: .othersChangesLoaded(
            [change(8, by: "Li\u{7} Wei", .activityLogged, title: title, subject: "Call\u{9B}31m")], lastID: 8))
        let text = state.message?.text ?? ""
        #expect(!text.unicodeScalars.contains { TerminalText.isControl($0) })
        #expect(text == "\(TerminalText.visible("Li\u{7} Wei")) logged \"\(TerminalText.visible("Call\u{9B}31m"))\" on '\(TerminalText.visible(title))'")
    }
}
