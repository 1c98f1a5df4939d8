import Board
@testable import BoardTerminal
import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
import SQLiteStore
import Testing

/// Issue 15 item 15: the edit form is open while another process changes the deal. The save is refused,
/// the form stays with what was typed and names the change, and a second Enter saves over it.
@Suite("A deal changed while its form was open")
struct FormChangedMeanwhileTests {
    let folder = TemporaryDirectory()
    let now = try! Timestamp.parse("2026-11-29T09:00:00Z")
    let utc = TimeZone(identifier: "UTC")!

    /// The board's store and another salesperson's, on one database holding one deal, and a board with the
    /// deal's form open and " 二期" typed after its title.
    func formOpen() throws -> (other: any PipelineStore, deal: Deal, board: BoardSession) {
        let path = folder.path("funnel.sqlite")
        let store = try SQLitePipelineStore.open(path: path)
        let sales = try store.pipeline(named: nil)
        let deal = try store.addDeal(Deal(
            title: "Shared deal", value: Money(minorUnits: 500_000, currency: .usd), pipelineID: sales.id,
            stageID: sales.stages[0].id, createdAt: now)).value
        var board = BoardSession(
            state: BoardState(width: 80, height: 24, now: now, timeZone: utc),
            performer: EffectPerformer(store: try SQLitePipelineStore.open(path: path), now: { [now] in now }, timeZone: utc))
        board.start()
        board.dispatch(.keyPressed(.character("e")))
        for character in " 二期" { board.dispatch(.keyPressed(.character(character))) }
        var other = try SQLitePipelineStore.open(path: path)
        other.author = "Li Wei"
        return (other, deal, board)
    }

    @Test func aTypedTitleAndSomeoneElsesValueBothLandOnTheFirstEnter() throws {
        let (other, deal, opened) = try formOpen()
        var board = opened
        defer { try? other.close() }
        try other.editDeal(id: deal.id, now: now) { $0.value = Money(minorUnits: 900_000, currency: .usd) }
        board.dispatch(.keyPressed(.enter))
        #expect(board.state.mode == .browsing)
        #expect(board.state.message == BoardMessage("Saved 'Shared deal 二期'"))
        let saved = try other.deal(id: deal.id)
        #expect(saved.title == "Shared deal 二期")
        #expect(saved.value == Money(minorUnits: 900_000, currency: .usd), "the other change stays: the form wrote only the title")
    }

    @Test func theSecondEnterSavesTheTypedTitleOverSomeoneElsesTitle() throws {
        let (other, deal, opened) = try formOpen()
        var board = opened
        defer { try? other.close() }
        // Another salesperson renames it and raises the value meanwhile.
        try other.editDeal(id: deal.id, now: now) {
            $0.title = "Shared deal (Li)"
            $0.value = Money(minorUnits: 900_000, currency: .usd)
        }
        board.dispatch(.keyPressed(.enter))
        guard case .form(let form) = board.state.mode else { Issue.record("the form closed: \(board.state.mode)"); return }
        #expect(form.text(.title) == "Shared deal 二期")
        #expect(form.text(.value) == "9000.00")
        #expect(form.changedMeanwhile == ["title", "value"])
        #expect(board.state.message == .error("Li Wei changed its title, value just now; nothing saved"))
        #expect(try other.deal(id: deal.id).title == "Shared deal (Li)", "nothing saved by the refused Enter")
        board.dispatch(.keyPressed(.enter))
        #expect(board.state.mode == .browsing)
        #expect(board.state.message == BoardMessage("Saved 'Shared deal 二期'"))
        let saved = try other.deal(id: deal.id)
        #expect(saved.title == "Shared deal 二期")
        #expect(saved.value == Money(minorUnits: 900_000, currency: .usd))
    }
}

/// The same with the real binary in a terminal and `funnel edit` from the command line under the open form.
@Suite(
    "A CLI edit under an open form, in a terminal",
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed (apt-get install tmux; .ci/run installs it)"))
struct FormChangedMeanwhileEndToEndTests {
    let directory = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: directory.path("funnel.sqlite")) }

    @Test func aTitleTypedUnderAnEditOfOtherFieldsSavesBoth() throws {
        _ = try funnel.succeed(["add", "Harbour refit", "--value", "5000"])
        let board = try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board"],
            environment: ["FUNNEL_DB": funnel.databasePath, "FUNNEL_NOW": "2026-11-29T09:00:00Z", "NO_COLOR": "1"],
            width: 80, height: 24)
        defer { board.close() }
        try board.waitFor("Harbour refit")
        try board.send("e")
        try board.waitFor("Edit: Harbour refit")
        try board.type(" 二期")
        _ = try funnel.succeed(["edit", "1", "--value", "9000", "--owner", "Li Na"])
        // The form wrote only the title: the other fields' change stays, nothing to refuse.
        try board.send("Enter")
        try board.waitFor("Saved 'Harbour refit 二期'")
        let deals = try JSONSerialization.jsonObject(with: Data(try funnel.succeed(["list", "--json"]).utf8)) as! [[String: Any]]
        #expect(deals.first?["title"] as? String == "Harbour refit 二期")
        #expect(deals.first?["owner"] as? String == "Li Na")
        #expect(deals.first?["value"] as? String == "9000.00")
        try board.send("q")
        try board.waitFor("funnel exited 0")
    }
}

/// The palette's colours for the rotting tints on each kind of terminal, and a config colour over them.
@Suite("Palette: rotting cards")
struct RottingPaletteTests {
    @Test func theTintDeepensOnEveryKindOfTerminalAndTheConfigCanRecolourIt() {
        let full = Palette.colors(terminalColors: 256, background: -1, chosen: [:])
        #expect([full[.rotting1], full[.rotting2], full[.rotting3]] == [[-1, 52], [-1, 88], [-1, 124]])
        let sixteen = Palette.colors(terminalColors: 16, background: -1, chosen: [:])
        #expect([sixteen[.rotting1], sixteen[.rotting2], sixteen[.rotting3]] == [[1, -1], [-1, 1], [7, 9]])
        let eight = Palette.colors(terminalColors: 8, background: 0, chosen: [:])
        #expect([eight[.rotting1], eight[.rotting2], eight[.rotting3]] == [[1, 0], [7, 1], [7, 1]])
        // A config colour applies where the terminal can show it; above its colours the fallback stays.
        let chosen = [StyleRole.rotting2: PaletteColor(foreground: 231, background: 94)]
        #expect(Palette.colors(terminalColors: 256, background: -1, chosen: chosen)[.rotting2] == [231, 94])
        #expect(Palette.colors(terminalColors: 16, background: -1, chosen: chosen)[.rotting2] == [-1, 1])
        // The stalled flag's own colour is untouched.
        #expect(full[.stalled] == [203, -1])
    }
}
