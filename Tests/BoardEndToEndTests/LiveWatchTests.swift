import Board
@testable import BoardTerminal
import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import SQLiteStore
import Testing

/// A watch that gives the news it is handed, in turn.
final class ScriptedWatch: ChangeWatch, @unchecked Sendable {
    var queued: [ChangeWatchNews]
    let fileDescriptor: Int32 = -1

    init(_ queued: [ChangeWatchNews]) {
        self.queued = queued
    }

    func news() -> ChangeWatchNews { queued.isEmpty ? ChangeWatchNews() : queued.removeFirst() }
    func stop() {}
}

/// The board's loop and a store's watch: what each piece of news makes the board do, and the announcements a
/// real board session makes from a shared file's change log.
@Suite("Live boards: the watch's news and the names on the message line")
struct LiveWatchTests {
    let now = Date(timeIntervalSince1970: 1_795_942_800)

    @Test func othersCommitsReloadOnceAndQuietNewsDoesNothing() {
        var live = LiveWatch(ScriptedWatch([ChangeWatchNews(othersCommitted: true), ChangeWatchNews()]))
        let noAsking: () -> Bool = { Issue.record("the store was asked while the watch listened"); return true }
        #expect(live.action(serverLost: false, now: now, storeAnswers: noAsking) == .storeChangedElsewhere(now: now))
        #expect(live.action(serverLost: false, now: now, storeAnswers: noAsking) == nil)
    }

    @Test func commitsDuringAReloadsSpacingMakeOneReloadWhenItEnds() throws {
        var live = LiveWatch(ScriptedWatch([
            ChangeWatchNews(othersCommitted: true), ChangeWatchNews(othersCommitted: true), ChangeWatchNews(othersCommitted: true),
            ChangeWatchNews(), ChangeWatchNews(),
        ]))
        let start = now
        #expect(live.action(serverLost: false, now: now, clock: start, storeAnswers: { true }) == .storeChangedElsewhere(now: now))
        live.reloadEnded(at: start.addingTimeInterval(0.02))
        #expect(live.untilReloadDue(clock: start.addingTimeInterval(0.03)) == nil, "nothing waits yet")
        // Two more commits within the spacing: held back, and the loop is told when to look again.
        #expect(live.action(serverLost: false, now: now, clock: start.addingTimeInterval(0.05), storeAnswers: { true }) == nil)
        #expect(live.action(serverLost: false, now: now, clock: start.addingTimeInterval(0.07), storeAnswers: { true }) == nil)
        let due = try #require(live.untilReloadDue(clock: start.addingTimeInterval(0.07)))
        #expect(abs(due - 0.05) < 0.000_001)
        // Once the spacing from the last reload's end has passed, one reload for both, with no news needed.
        #expect(live.action(serverLost: false, now: now, clock: start.addingTimeInterval(0.12), storeAnswers: { true }) == .storeChangedElsewhere(now: now))
        #expect(live.untilReloadDue(clock: start.addingTimeInterval(0.12)) == nil)
        #expect(live.action(serverLost: false, now: now, clock: start.addingTimeInterval(0.5), storeAnswers: { true }) == nil)
    }

    @Test func aReloadAfterALossTakesTheCommitsWaitingBeforeIt() {
        var live = LiveWatch(ScriptedWatch([
            ChangeWatchNews(othersCommitted: true),
            ChangeWatchNews(othersCommitted: true),
            ChangeWatchNews(othersCommitted: false, lost: true, listening: true),
            ChangeWatchNews(),
        ]))
        #expect(live.action(serverLost: false, now: now, clock: now, storeAnswers: { true }) == .storeChangedElsewhere(now: now))
        live.reloadEnded(at: now)
        #expect(live.action(serverLost: false, now: now, clock: now.addingTimeInterval(0.01), storeAnswers: { true }) == nil)
        #expect(live.action(serverLost: false, now: now, clock: now.addingTimeInterval(0.02), storeAnswers: { true }) == .storeReachedAgain(now: now))
        #expect(live.untilReloadDue(clock: now.addingTimeInterval(0.02)) == nil, "the reload after the loss read those commits")
        #expect(live.action(serverLost: false, now: now, clock: now.addingTimeInterval(0.5), storeAnswers: { true }) == nil)
    }

    @Test func aLostWatchIsSaidOnceAndTheBoardReloadsEverythingOnlyOnceTheStoreAnswersAgain() {
        var live = LiveWatch(ScriptedWatch([
            ChangeWatchNews(othersCommitted: false, lost: true, listening: false),
            ChangeWatchNews(othersCommitted: false, lost: false, listening: false),
            // Listening again, but the store's own connection is not back yet.
            ChangeWatchNews(othersCommitted: true, lost: false, listening: true),
            ChangeWatchNews(othersCommitted: false, lost: false, listening: true),
            ChangeWatchNews(othersCommitted: false, lost: false, listening: true),
        ]))
        #expect(live.action(serverLost: false, now: now, storeAnswers: { true }) == .storeUnreachable)
        #expect(live.action(serverLost: true, now: now, clock: now, storeAnswers: { true }) == nil)
        #expect(live.action(serverLost: true, now: now, clock: now, storeAnswers: { false }) == nil)
        // Asked at most once a second by the machine's clock, whatever the board's time (FUNNEL_NOW fixes it).
        #expect(live.action(serverLost: true, now: now, clock: now.addingTimeInterval(0.5), storeAnswers: { true }) == nil)
        #expect(live.action(serverLost: true, now: now, clock: now.addingTimeInterval(1.5), storeAnswers: { true }) == .storeReachedAgain(now: now))
    }

    @Test func aWatchLostAndBackBetweenTwoLooksStillReloadsEverything() {
        var live = LiveWatch(ScriptedWatch([ChangeWatchNews(othersCommitted: false, lost: true, listening: true)]))
        #expect(live.action(serverLost: false, now: now, storeAnswers: { true }) == .storeReachedAgain(now: now))
        var unanswered = LiveWatch(ScriptedWatch([ChangeWatchNews(othersCommitted: false, lost: true, listening: true)]))
        #expect(unanswered.action(serverLost: false, now: now, storeAnswers: { false }) == .storeUnreachable)
    }

    @Test func aBoardSessionSaysWhoChangedTheSharedFileAndNotItsOwnChanges() throws {
        let team = try TwoSalespeopleOnAFile()
        let (liStore, chenStore, sales) = (team.li, team.chen, team.sales)
        for title in ["Globex pilot", "Acme renewal"] {
            _ = try chenStore.addDeal(Deal(
                title: title, value: Money(minorUnits: 500_000, currency: .usd), pipelineID: sales.id, stageID: sales.stages[0].id,
                createdAt: now))
        }
        var board = try team.board(on: liStore, now: now)
        let acme = try #require(try chenStore.deals(DealQuery()).first { $0.title == "Acme renewal" })
        try chenStore.moveDeal(id: acme.id, toStageID: sales.stages[2].id, now: now, expectedVersion: acme.version)
        board.dispatch(.storeChangedElsewhere(now: now))
        #expect(board.state.message == BoardMessage("陈静 moved 'Acme renewal' to \(sales.stages[2].name)"))
        #expect(board.screen.text.contains("陈静 moved 'Acme renewal' to \(sales.stages[2].name)"))
        // The board's own move is its own message; a reload after it announces nothing of it.
        board.dispatch(.keyPressed(.character("L")))
        let own = board.state.message
        #expect(own?.text.hasPrefix("Moved '") == true)
        board.dispatch(.storeChangedElsewhere(now: now))
        #expect(board.state.message == own)
        #expect(board.state.lastSeenChange == (try liStore.lastDealChangeID()))
    }

    @Test func newsOfTheChangeARefusalNamedArrivingAfterItLeavesTheRefusalOnTheMessageLine() throws {
        let team = try TwoSalespeopleOnAFile()
        let (liStore, chenStore, sales) = (team.li, team.chen, team.sales)
        let acme = try chenStore.addDeal(Deal(
            title: "Acme renewal", value: Money(minorUnits: 500_000, currency: .usd), pipelineID: sales.id,
            stageID: sales.stages[0].id, createdAt: now)).value
        var board = try team.board(on: liStore, now: now)
        // 陈静 moves it; Li Wei's board has not heard yet, and his move from the old version is refused naming her.
        try chenStore.moveDeal(id: acme.id, toStageID: sales.stages[2].id, now: now, expectedVersion: acme.version)
        board.dispatch(.keyPressed(.character("L")))
        let refusal = try #require(board.state.message)
        #expect(refusal.text.hasPrefix("陈静 moved it to \(sales.stages[2].name)"), "\(refusal)")
        // The server's notification of her move comes after the refusal: the refusal stays.
        board.dispatch(.storeChangedElsewhere(now: now))
        #expect(board.state.message == refusal)
        // What she does after the refusal is news again.
        let moved = try chenStore.deal(id: acme.id)
        try chenStore.moveDeal(id: acme.id, toStageID: sales.stages[3].id, now: now, expectedVersion: moved.version)
        board.dispatch(.storeChangedElsewhere(now: now))
        #expect(board.state.message == BoardMessage("陈静 moved 'Acme renewal' to \(sales.stages[3].name)"))
    }

    @Test func aLostReasonChosenWhileSomeoneMarkedTheDealWonIsRefusedNamingThem() throws {
        let team = try TwoSalespeopleOnAFile()
        let acme = try team.chen.addDeal(Deal(
            title: "Acme renewal", value: Money(minorUnits: 500_000, currency: .usd), pipelineID: team.sales.id,
            stageID: team.sales.stages[0].id, createdAt: now)).value
        var board = try team.board(on: team.li, now: now)
        #expect(board.state.selectedDeal?.id == acme.id)
        // Li Wei opens `x`; meanwhile 陈静 marks the deal won, and his board reloads: the card leaves it.
        board.dispatch(.keyPressed(.character("x")))
        try team.chen.markWon(id: acme.id, now: now, expectedVersion: acme.version)
        board.dispatch(.storeChangedElsewhere(now: now))
        #expect(board.state.selectedDeal?.id != acme.id)
        for key in "budget" { board.dispatch(.keyPressed(.character(key))) }
        board.dispatch(.keyPressed(.enter))
        let message = try #require(board.state.message)
        #expect(message.isError)
        #expect(message.text.hasPrefix("陈静 marked it won"), "\(message)")
        #expect(try team.li.deal(id: acme.id).status == .won, "her won stands")
    }

    @Test func anotherUsersImportIsAnnouncedWithTheirName() throws {
        let team = try TwoSalespeopleOnAFile()
        let (liStore, chenStore, sales) = (team.li, team.chen, team.sales)
        var board = try team.board(on: chenStore, now: now)
        let rows = ["Globex pilot", "Initech 北京"].enumerated().map { index, title in
            DealImport(
                line: index + 2, source: "pipedrive", externalID: "p\(index)",
                deal: Deal(title: title, value: Money(minorUnits: 100_000, currency: .usd), pipelineID: sales.id,
                           stageID: sales.stages[0].id, createdAt: now),
                stageName: sales.stages[0].name, createdAtGiven: false, stageEnteredAtGiven: false, updatedAtGiven: false,
                closedAtGiven: false)
        }
        _ = try liStore.importDeals(rows, newStages: [], dryRun: false)
        board.dispatch(.storeChangedElsewhere(now: now))
        #expect(board.state.message == BoardMessage("Li Wei changed 2 deals"))
        #expect(board.state.lanes[0].deals.map(\.title).sorted() == ["Globex pilot", "Initech 北京"])
    }

    /// More entries than one read of the change log holds: the count is the database's, not the read's limit.
    @Test func anImportLargerThanOneReadIsCountedWhole() throws {
        let team = try TwoSalespeopleOnAFile()
        let (liStore, chenStore, sales) = (team.li, team.chen, team.sales)
        var board = try team.board(on: chenStore, now: now)
        let count = EffectPerformer.announcedChangesLimit + 150
        let rows = (0..<count).map { index in
            DealImport(
                line: index + 2, source: "pipedrive", externalID: "p\(index)",
                deal: Deal(title: "Imported \(index)", value: Money(minorUnits: 100_000, currency: .usd), pipelineID: sales.id,
                           stageID: sales.stages[0].id, createdAt: now),
                stageName: sales.stages[0].name, createdAtGiven: false, stageEnteredAtGiven: false, updatedAtGiven: false,
                closedAtGiven: false)
        }
        _ = try liStore.importDeals(rows, newStages: [], dryRun: false)
        board.dispatch(.storeChangedElsewhere(now: now))
        #expect(board.state.message == BoardMessage("Li Wei changed \(count) deals"))
        #expect(board.state.lastSeenChange == (try chenStore.lastDealChangeID()))
        // The next change is news on its own.
        let deal = try #require(try liStore.deals(DealQuery()).first)
        try liStore.editDeal(id: deal.id, now: now, expectedVersion: deal.version, moveTo: nil) { $0.title = "Acme 二期" }
        board.dispatch(.storeChangedElsewhere(now: now))
        #expect(board.state.message == BoardMessage("Li Wei edited 'Acme 二期'"))
    }

    /// `funnel restore` by Li Wei replaced the whole file: 陈静's board says so, in either language.
    @Test func aRestoreFromABackupIsAnnouncedWithWhoRestored() throws {
        let team = try TwoSalespeopleOnAFile()
        let (liStore, chenStore, sales) = (team.li, team.chen, team.sales)
        let backup = try liStore.newBackup(label: "before-the-week")
        try chenStore.addDeal(Deal(
            title: "Globex pilot", value: Money(minorUnits: 100_000, currency: .usd), pipelineID: sales.id, stageID: sales.stages[0].id,
            createdAt: now))
        var board = try team.board(on: chenStore, now: now)
        #expect(board.state.lanes[0].deals.map(\.title) == ["Globex pilot"])
        try liStore.replaceContent(withBackup: backup, now: now)
        board.dispatch(.storeChangedElsewhere(now: now))
        #expect(board.state.message == BoardMessage("Li Wei restored the pipeline from a backup"))
        #expect(board.state.lanes[0].deals.isEmpty)
        let entry = try #require(try chenStore.dealChanges(after: 0, limit: 10).last)
        #expect(TeamNews.sentence([entry], language: .simplifiedChinese) == "Li Wei从备份恢复了整个销售管道")
    }
}

/// Li Wei's and 陈静's stores on one file in a folder of the test's own, and a board on either, which announces
/// others' changes from the moment it starts.
struct TwoSalespeopleOnAFile {
    let folder = TemporaryDirectory()
    let li: SQLitePipelineStore
    let chen: SQLitePipelineStore
    let sales: Pipeline

    init() throws {
        let path = folder.path("funnel.sqlite")
        var li = try SQLitePipelineStore.open(path: path)
        li.author = "Li Wei"
        var chen = try SQLitePipelineStore.open(path: path)
        chen.author = "陈静"
        self.li = li
        self.chen = chen
        sales = try chen.pipeline(named: nil)
    }

    /// A started board session on `store`, at 120x30 in UTC, its clock stopped at `now`.
    func board(on store: SQLitePipelineStore, now: Date) throws -> BoardSession {
        let utc = TimeZone(identifier: "UTC")!
        var board = BoardSession(
            state: BoardState(width: 120, height: 30, now: now, timeZone: utc),
            performer: EffectPerformer(store: store, now: { now }, timeZone: utc))
        board.state.lastSeenChange = try store.lastDealChangeID()
        board.start()
        return board
    }
}
