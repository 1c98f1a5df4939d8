import Foundation
import FunnelTestSupport
import Testing

@Suite(
    "Board end to end: the real binary in tmux",
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed, so the board's end-to-end tests cannot run (apt-get install tmux; .ci/run installs it)"),
    .serialized)
struct BoardEndToEndTests {
    let directory = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: directory.url.appendingPathComponent("funnel.sqlite").path) }

    func openBoard() throws -> TmuxSession {
        try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board"],
            environment: ["FUNNEL_DB": funnel.databasePath, "FUNNEL_NOW": "2026-11-29T09:00:00Z", "NO_COLOR": "1"])
    }

    func history(_ id: String) throws -> [(from: String?, to: String, kind: String, undone: Bool)] {
        let shown = try funnel.succeed(["show", id, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as! [String: Any]
        return (object["history"] as! [[String: Any]]).map {
            ($0["from"] as? String, $0["to"] as! String, $0["kind"] as! String, $0["undone"] as! Bool)
        }
    }

    func stage(_ id: String) throws -> String {
        try funnel.deals().first { String($0["id"] as! Int) == id }?["stage"] as! String
    }

    @Test func movingCarryingAndCancellingSaveExactlyWhatTheScreenSaid() throws {
        let alpha = try funnel.succeed(["add", "Alpha deal", "--value", "1000"])
        let bravo = try funnel.succeed(["add", "Bravo deal", "--value", "2000"])
        let charlie = try funnel.succeed(["add", "Charlie deal", "--value", "3000"])
        let board = try openBoard()
        // Newest on top: Charlie is selected.
        try board.waitFor("▶ Charlie deal")

        try board.send("L")
        try board.waitFor("Moved 'Charlie deal' to Qualifying")

        try board.send("h", "Space", "l", "l")
        try board.waitFor("≡ Bravo deal")
        try board.send("Space")
        try board.waitFor("Moved 'Bravo deal' to Contact")

        try board.send("h", "h", "Space", "l")
        try board.waitFor("≡ Alpha deal")
        try board.send("Escape")
        try board.waitFor("Put 'Alpha deal' back; nothing saved")

        try board.send("q")
        let after = try board.waitFor("funnel exited 0")
        #expect(!after.contains("Prospecting"), "the terminal was not restored after q:\n\(after)")

        #expect(try stage(charlie) == "Qualifying")
        #expect(try stage(bravo) == "Contact")
        #expect(try stage(alpha) == "Prospecting")
        let charlieHistory = try history(charlie)
        #expect(charlieHistory.map(\.kind) == ["created", "moved"])
        #expect(charlieHistory.last?.from == "Prospecting")
        #expect(charlieHistory.last?.to == "Qualifying")
        // Carried across two lanes: one move, straight to Contact.
        let bravoHistory = try history(bravo)
        #expect(bravoHistory.map(\.kind) == ["created", "moved"])
        #expect(bravoHistory.last?.from == "Prospecting")
        #expect(bravoHistory.last?.to == "Contact")
        #expect(try history(alpha).map(\.kind) == ["created"])
    }

    @Test func undoAndRedoRestoreTheDealAndMarkTheHistory() throws {
        let id = try funnel.succeed(["add", "Delta deal", "--value", "5000"])
        let board = try openBoard()
        try board.waitFor("▶ Delta deal")
        try board.send("L")
        try board.waitFor("Moved 'Delta deal' to Qualifying")
        try board.send("u")
        try board.waitFor("Undid: Moved 'Delta deal' to Qualifying")
        #expect(try stage(id) == "Prospecting")
        #expect(try history(id).map(\.undone) == [false, true])
        try board.send("C-r")
        try board.waitFor("Redid: Moved 'Delta deal' to Qualifying")
        #expect(try stage(id) == "Qualifying")
        #expect(try history(id).map(\.undone) == [false, false])
        try board.send("C-c")
        try board.waitFor("funnel exited 0")
    }

    @Test func aDealAddedByAnotherProcessAppearsWithoutAKeyPress() throws {
        _ = try funnel.succeed(["add", "Echo deal", "--value", "1000"])
        let board = try openBoard()
        try board.waitFor("Echo deal")
        _ = try funnel.succeed(["add", "Foxtrot via CLI", "--value", "7000", "--stage", "Contact"])
        let screen = try board.waitFor("Foxtrot via CLI", timeout: 5)
        #expect(screen.contains("$7,000"))
        try board.send("q")
        try board.waitFor("funnel exited 0")
    }

    @Test func anUnusableTermIsRefusedWithTheTerminalUntouched() throws {
        for term in ["dumb", "no-such-terminal"] {
            let board = try TmuxSession(
                command: [FunnelProcess.executableURL.path, "board"],
                environment: ["FUNNEL_DB": funnel.databasePath, "TERM": term])
            let screen = try board.waitFor("funnel exited 1")
            #expect(screen.contains("funnel: the board cannot draw on TERM=dumb") || screen.contains("TERM=no-such-terminal is unknown to terminfo"))
            #expect(!screen.contains("Prospecting"))
        }
    }
}
