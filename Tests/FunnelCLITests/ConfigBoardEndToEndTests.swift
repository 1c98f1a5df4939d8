import Foundation
import FunnelTestSupport
import Testing

/// The config file's `[keys]` drive the live board: run `funnel board` in tmux with a remapped key.
@Suite("Config keys on the live board, end to end", .serialized)
struct ConfigBoardEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, environment: ["XDG_CONFIG_HOME": folder.path("xdg")])
    }

    /// Polls until `condition` holds or the timeout passes.
    func waitFor(_ what: String, timeout: TimeInterval = 10, _ condition: () throws -> Bool) throws {
        try Polling.until(what, timeout: timeout, interval: 0.05, condition)
    }

    @Test("move_next bound to n: n moves the deal, L no longer does", .enabled(if: TmuxSession.isAvailable), arguments: CLIEngine.all)
    func remappedKey(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let config = try folder.write("config.toml", Data("[keys]\nmove_next = [\"n\"]\n".utf8))
        let id = try funnel.succeed(["add", "Acme renewal"])
        let board = try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board"],
            environment: ["FUNNEL_DB": funnel.databasePath, "FUNNEL_CONFIG": config, "FUNNEL_NOW": "2026-11-29T09:00:00Z", "TERM": "xterm-256color"])
        try board.waitFor("Acme renewal")
        func stage() throws -> String? { try funnel.deals().first { $0["id"] as? Int == Int(id) }?["stage"] as? String }

        try board.send("L")
        try board.send("n")
        try waitFor("the move") { try stage() == "Qualifying" }
        #expect(try stage() == "Qualifying")  // n moved it once; L did nothing
        try board.send("q")
        try board.waitFor("funnel exited 0")
        let history = try funnel.show(Int(id)!)["history"] as! [[String: Any]]
        #expect(history.map { $0["kind"] as! String } == ["created", "moved"])
    }

    @Test("The board's status bar shows the rebound key", arguments: CLIEngine.all)
    func snapshotShowsBinding(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let config = try folder.write("config.toml", Data("[keys]\nmove_next = [\"n\"]\n".utf8))
        _ = try funnel.succeed(["add", "Acme renewal"])
        let frame = try funnel.run(["board", "--snapshot", "--width", "100", "--height", "12", "--config", config])
        #expect(frame.status == 0)
        #expect(frame.stdout.contains("n/H move"))
    }
}
