import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
import SQLiteStore
import Testing

/// Two live boards and a CLI loop writing one database at once: nobody sees "database is locked",
/// nothing is lost, and the history stays true.
@Suite(
    "Two boards and a CLI on one database",
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed (apt-get install tmux; .ci/run installs it)"))
struct SharedDatabaseEndToEndTests {
    let directory = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: directory.path("funnel.sqlite")) }

    func openBoard() throws -> TmuxSession {
        try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board"],
            environment: ["FUNNEL_DB": funnel.databasePath, "FUNNEL_NOW": "2026-11-29T09:00:00Z", "NO_COLOR": "1"])
    }

    @Test func twoBoardsAndACLILoopShareTheFile() throws {
        _ = try funnel.succeed(["demo", "--deals", "60", "--seed", "3"])
        let open = try JSONSerialization.jsonObject(with: Data(try funnel.succeed(["list", "--json"]).utf8)) as! [[String: Any]]
        let moving = try #require(open.last?["id"] as? Int)
        let first = try openBoard()
        let second = try openBoard()
        try first.waitFor("Sales │ ")
        try second.waitFor("Sales │ ")
        let out = directory.path("cli.out")
        let err = directory.path("cli.err")
        let cli = try funnel.launchShell("""
            i=0
            while [ $i -lt 25 ]; do
              i=$((i + 1))
              "$FUNNEL" add "Loop deal $i" --value $i >/dev/null || exit 1
              "$FUNNEL" move \(moving) $(( (i % 5) + 1 )) >/dev/null || exit 1
            done
            """, stdoutPath: out, stderrPath: err)
        // Both boards keep moving cards while the loop runs; every screen is checked for lock errors.
        var screens: [String] = []
        let keys = ["L", "l", "H", "j", "L", "h", "H", "k"]
        var step = 0
        while cli.isRunning {
            try first.send(keys[step % keys.count])
            try second.send(keys[(step + 3) % keys.count])
            screens.append(try first.capture())
            screens.append(try second.capture())
            step += 1
            usleep(100_000)
        }
        cli.waitUntilExit()
        let cliErrors = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        #expect(cli.terminationStatus == 0, "the CLI loop failed: \(cliErrors)")
        #expect(!cliErrors.contains("locked"))
        #expect(!screens.contains { $0.contains("locked") }, "a board showed a lock error")
        try first.send("q")
        try second.send("q")
        try first.waitFor("funnel exited 0")
        try second.waitFor("funnel exited 0")

        let store = try SQLitePipelineStore.open(path: funnel.databasePath)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.dealCount(DealQuery(statuses: [])) == 85)
        for deal in try store.deals(DealQuery(statuses: [])) {
            let history = try store.history(dealID: deal.id).filter { !$0.undone }
            #expect(history.last?.toStageID == deal.stageID, "deal \(deal.id)'s history does not end in its stage")
        }
        #expect(try store.history(dealID: Int64(moving)).filter { $0.kind == .moved && !$0.undone }.count >= 15)
    }
}
