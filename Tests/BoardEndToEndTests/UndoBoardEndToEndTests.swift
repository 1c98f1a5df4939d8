import Foundation
import FunnelTestSupport
import Testing

/// The real `funnel board` in tmux: `u` undoes the newest change whatever its kind, and says which.
@Suite("Board undo of every kind of change in tmux, end to end", .serialized)
struct UndoBoardEndToEndTests {
    let folder = TemporaryDirectory()
    var funnel: FunnelProcess {
        FunnelProcess(databasePath: folder.path("funnel.sqlite"), now: "2026-11-29T09:00:00Z", environment: ["TZ": "UTC"])
    }

    /// A deal as `funnel list --json` shows it.
    func deal(_ id: String) throws -> [String: Any] {
        try #require(try funnel.deals().first { "\($0["id"] ?? "")" == id })
    }

    @Test func uUndoesAMoveAndThenTheSnoozeBeforeIt() throws {
        let globex = try funnel.succeed(["add", "Globex pilot", "--value", "4.5k"])
        // Added last, so on top of Prospecting and selected when the board opens.
        let acme = try funnel.succeed(["add", "Acme renewal", "--value", "12k"])
        let board = try BoardTmux(funnel: funnel, width: 120, height: 40)
        defer { board.close() }
        try board.waitFor("Acme renewal")

        // z snoozes Acme until the 12th.
        board.keys("z")
        try board.waitFor("Snooze until")
        board.type("2026-12-12")
        board.keys("Enter")
        try board.waitFor("Snoozed 'Acme renewal' until 12 Dec 2026")
        #expect(try deal(acme)["snoozed_until"] as? String == "2026-12-12")

        // Then L moves Globex, below it, to Qualifying.
        board.keys("j", "L")
        try board.waitFor("Moved 'Globex pilot' to Qualifying")
        #expect(try deal(globex)["stage"] as? String == "Qualifying")

        // u takes back the newest change, the move; Acme stays snoozed.
        board.keys("u")
        try board.waitFor("Undid: Moved 'Globex pilot' to Qualifying")
        #expect(try deal(globex)["stage"] as? String == "Prospecting")
        #expect(try deal(acme)["snoozed_until"] as? String == "2026-12-12")

        // u again takes back the snooze, which u used to skip.
        board.keys("u")
        try board.waitFor("Undid: Snoozed 'Acme renewal' until 12 Dec 2026")
        #expect(try deal(acme)["snoozed_until"] is NSNull)
        #expect(try deal(globex)["stage"] as? String == "Prospecting")
        let history = try #require(try funnel.run(["show", "--json", globex]).json() as? [String: Any])["history"] as? [[String: Any]]
        #expect(history?.map { $0["undone"] as? Bool } == [false, true], "the move is kept in the history, marked undone")

        board.keys("u")
        try board.waitFor("Nothing to undo")

        // Ctrl-R puts the snooze back.
        board.keys("C-r")
        try board.waitFor("Redid: Snoozed 'Acme renewal' until 12 Dec 2026")
        #expect(try deal(acme)["snoozed_until"] as? String == "2026-12-12")
        board.keys("q")
    }
}
