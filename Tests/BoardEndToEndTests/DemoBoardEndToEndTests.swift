import Foundation
import FunnelTestSupport
import Testing

/// The trial's demo board: everyone's deals when it opens, and under `o` the user's own share of the demo
/// (they were none of them the user's before), in the real board in tmux.
@Suite("The demo board in tmux: alive in both views", .serialized)
struct DemoBoardEndToEndTests {
    let folder = TemporaryDirectory()

    var funnel: FunnelProcess {
        FunnelProcess(
            databasePath: folder.path("funnel.sqlite"), now: "2026-11-29T09:00:00Z",
            environment: ["TZ": "UTC", "FUNNEL_USER": "Li Wei", "FUNNEL_CONFIG": "", "XDG_CONFIG_HOME": folder.path("config")])
    }

    @Test func theDemoBoardOpensOnEveryonesDealsAndOShowsTheUsers() throws {
        _ = try funnel.succeed(["demo", "--deals", "80", "--seed", "3"])
        let open = try #require(try funnel.run(["list", "--json"]).json() as? [[String: Any]])
        let mine = try #require(try funnel.run(["list", "--owner", "me", "--json"]).json() as? [[String: Any]])
        try #require(!mine.isEmpty, "the user owns some of the demo's open deals")

        let board = try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board", "--no-mouse"],
            environment: funnel.environment.merging([
                "FUNNEL_DB": funnel.databasePath, "FUNNEL_NOW": funnel.now ?? "", "NO_COLOR": "1", "TERM": "xterm-256color",
            ]) { $1 },
            width: 120, height: 40)
        defer { board.close() }
        // It opens on everyone's deals.
        _ = try board.waitFor("\(open.count) open ·")
        try board.send("o")
        let screen = try board.waitFor("\(mine.count) open ·")
        #expect(screen.contains("my deals"), "\(screen)")
    }
}
