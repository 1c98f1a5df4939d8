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

    /// Open deals of a stage in lane order (top first), as `funnel list --json` prints them.
    func lane(_ stage: Int) throws -> [[String: Any]] {
        let listed = try funnel.succeed(["list", "--stage", String(stage), "--json"])
        return try JSONSerialization.jsonObject(with: Data(listed.utf8)) as! [[String: Any]]
    }

    /// Every deal with its history, except the given ids: what must not change.
    func everythingBut(_ ids: Set<String>) throws -> [String] {
        try funnel.deals().compactMap { deal in
            let id = String(deal["id"] as! Int)
            return ids.contains(id) ? nil : try funnel.succeed(["show", id, "--json"])
        }
    }

    @Test func creatingAndEditingCanBeUndoneAndRedone() throws {
        let board = try openBoard()
        try board.waitFor("Sales │ ")
        try board.send("n")
        for character in "Brand new deal" { try board.send(character == " " ? "Space" : String(character)) }
        try board.send("Enter")
        try board.waitFor("Added 'Brand new deal' to Prospecting")
        let id = try #require(try funnel.deals().first { $0["title"] as? String == "Brand new deal" }).map { String($0["id"] as! Int) }

        try board.send("u")
        try board.waitFor("Undid: Added 'Brand new deal'")
        #expect(try funnel.deals().isEmpty)
        try board.send("C-r")
        try board.waitFor("Redid: Added 'Brand new deal'")
        #expect(try funnel.deals().map { String($0["id"] as! Int) } == [id])

        try board.send("e")
        for character in " 2027" { try board.send(character == " " ? "Space" : String(character)) }
        try board.send("Enter")
        try board.waitFor("Saved 'Brand new deal 2027'")
        #expect(try funnel.deals().first?["title"] as? String == "Brand new deal 2027")
        try board.send("u")
        try board.waitFor("Undid: Saved 'Brand new deal 2027'")
        #expect(try funnel.deals().first?["title"] as? String == "Brand new deal")
        try board.send("C-r")
        try board.waitFor("Redid: Saved")
        #expect(try funnel.deals().first?["title"] as? String == "Brand new deal 2027")
        try board.send("q")
    }

    @Test func movingCarryingAndCancellingSaveExactlyWhatTheScreenSaid() throws {
        _ = try funnel.succeed(["demo", "--deals", "60", "--seed", "7"])
        let prospecting = try lane(1)
        try #require(prospecting.count >= 3)
        let ids = prospecting.prefix(3).map { String($0["id"] as! Int) }
        let titles = prospecting.prefix(3).map { $0["title"] as! String }
        let untouched = try everythingBut(Set(ids.prefix(2)))
        let board = try openBoard()
        // The top card of the first lane is selected.
        try board.waitFor("Sales │ ")

        try board.send("L")
        try board.waitFor("Moved '\(titles[0])' to Qualifying")
        // Sent on to the end of Qualifying; the selection stays in Prospecting, on the next card (space picks it up).
        #expect(try lane(2).last.map { String($0["id"] as! Int) } == ids[0])

        try board.send("Space", "l", "l")
        try board.waitFor("Carrying '\(titles[1])'")
        try board.send("Space")
        try board.waitFor("Moved '\(titles[1])' to Contact")

        try board.send("h", "h", "Space", "l")
        try board.waitFor("Carrying '\(titles[2])'")
        try board.send("Escape")
        try board.waitFor("Put '\(titles[2])' back; nothing saved")

        try board.send("q")
        let after = try board.waitFor("funnel exited 0")
        #expect(!after.contains("Prospecting"), "the terminal was not restored after q:\n\(after)")

        #expect(try stage(ids[0]) == "Qualifying")
        #expect(try stage(ids[1]) == "Contact")
        #expect(try stage(ids[2]) == "Prospecting")
        // One new history entry each, at the moment of the move; a carry across two lanes is one move.
        for (id, target) in [(ids[0], "Qualifying"), (ids[1], "Contact")] {
            let entries = try history(id)
            #expect(entries.last?.kind == "moved")
            #expect(entries.last?.from == "Prospecting")
            #expect(entries.last?.to == target)
            #expect(entries.last?.undone == false)
            let shown = try JSONSerialization.jsonObject(with: Data(try funnel.succeed(["show", id, "--json"]).utf8)) as! [String: Any]
            #expect(shown["stage_entered_at"] as? String == "2026-11-29T09:00:00Z")
        }
        // Nothing else changed: not the cancelled carry, not any other deal.
        #expect(try everythingBut(Set(ids.prefix(2))) == untouched)
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

    @Test func sigtermRestoresTheTerminalAndLosesNothingSaved() throws {
        let id = try funnel.succeed(["add", "Golf deal", "--value", "1000"])
        let board = try openBoard()
        try board.waitFor("▶ Golf deal")
        try board.send("L")
        try board.waitFor("Moved 'Golf deal' to Qualifying")
        try board.signalProgram(SIGTERM)
        let screen = try board.waitFor("funnel exited 143")
        #expect(!screen.contains("Qualifying"), "the terminal was not restored after SIGTERM:\n\(screen)")
        #expect(try stage(id) == "Qualifying")
    }

    @Test func resizingReflowsAndATinyWindowAsksToBeEnlarged() throws {
        _ = try funnel.succeed(["add", "Hotel deal", "--value", "1000"])
        let board = try openBoard()
        try board.waitFor("Closing")
        try board.resize(width: 60, height: 20)
        let narrow = try board.waitFor("lanes 1-2 of 5")
        #expect(!narrow.contains("Closing"))
        try board.resize(width: 30, height: 10)
        try board.waitFor("Enlarge the window")
        try board.resize(width: 120, height: 40)
        // Wait for the whole reflowed frame (the selected card), then check the last lane is back.
        let wide = try board.waitFor("▶ Hotel deal")
        #expect(wide.contains("Closing"))
        try board.send("q")
        try board.waitFor("funnel exited 0")
    }

    @Test func typingAFilterNarrowsLanesAndTotalsAndEscBringsThemBack() throws {
        _ = try funnel.succeed(["add", "Apple pie", "--value", "1000"])
        _ = try funnel.succeed(["add", "香蕉 split", "--value", "2000", "--stage", "Contact"])
        let board = try openBoard()
        try board.waitFor("Apple pie")
        try board.send("/", "香", "蕉")
        let filtered = try board.waitFor("filter: 香蕉")
        #expect(!filtered.contains("Apple pie"))
        #expect(filtered.contains("1 open · $2,000"))
        try board.send("Escape")
        let cleared = try board.waitFor("2 open · $3,000")
        #expect(cleared.contains("Apple pie"))
        try board.send("q")
        try board.waitFor("funnel exited 0")
    }
}
