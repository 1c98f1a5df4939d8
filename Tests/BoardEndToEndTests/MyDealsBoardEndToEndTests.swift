import Foundation
import FunnelTestSupport
import Testing

/// Issue 18: the real board in tmux, as two salespeople on one database: `o` shows each their own deals and the
/// unowned ones, the status line says so and the lane counts and totals follow; `o` again shows everyone's.
@Suite("Board o in tmux: my deals and everyone's, two users", .serialized)
struct MyDealsBoardEndToEndTests {
    let folder = TemporaryDirectory()

    func funnel(user: String) -> FunnelProcess {
        FunnelProcess(
            databasePath: folder.path("funnel.sqlite"), now: "2026-11-29T09:00:00Z",
            environment: ["TZ": "UTC", "FUNNEL_USER": user, "FUNNEL_CONFIG": "", "XDG_CONFIG_HOME": folder.path("config")])
    }

    /// The board as `user`, in its own tmux server.
    func board(as user: String) throws -> TmuxSession {
        let funnel = funnel(user: user)
        return try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board", "--no-mouse"],
            environment: funnel.environment.merging([
                "FUNNEL_DB": funnel.databasePath, "FUNNEL_NOW": funnel.now ?? "", "NO_COLOR": "1", "TERM": "xterm-256color",
            ]) { $1 },
            width: 120, height: 40)
    }

    @Test func oShowsEachSalespersonTheirDealsAndTheUnowned() throws {
        _ = try funnel(user: "Li Wei").succeed(["add", "Acme renewal", "--value", "1k"])
        _ = try funnel(user: "Sam Patel").succeed(["add", "Globex pilot", "--value", "2k"])
        _ = try funnel(user: "Sam Patel").succeed(["add", "Nobody's lead", "--value", "4k", "--owner", ""])

        let li = try board(as: "Li Wei")
        defer { li.close() }
        _ = try li.waitFor("3 open · $7,000")
        _ = try li.waitFor("Globex pilot")
        try li.send("o")
        _ = try li.waitFor("2 open · $5,000")
        let mine = try li.waitFor("my deals")
        #expect(mine.contains("Only your deals (Li Wei) and unowned ones"))
        #expect(mine.contains("Acme renewal") && mine.contains("Nobody's lead"))
        #expect(!mine.contains("Globex pilot"))

        // A deal added meanwhile by Sam stays off Li Wei's board under o; one of Li Wei's shows up.
        _ = try funnel(user: "Sam Patel").succeed(["add", "Initech seats", "--value", "8k"])
        _ = try funnel(user: "Li Wei").succeed(["add", "Umbrella rollout", "--value", "16k"])
        _ = try li.waitFor("Umbrella rollout", timeout: 20)
        #expect(!(try li.capture()).contains("Initech seats"))
        _ = try li.waitFor("3 open · $21,000")

        // Sam's board, at the same time: Sam's deals and the unowned one.
        let sam = try board(as: "Sam Patel")
        defer { sam.close() }
        _ = try sam.waitFor("5 open · $31,000")
        try sam.send("o")
        _ = try sam.waitFor("3 open · $14,000")
        let sams = try sam.waitFor("my deals")
        #expect(sams.contains("Globex pilot") && sams.contains("Initech seats") && sams.contains("Nobody's lead"))
        #expect(!sams.contains("Acme renewal"))

        // o again: everyone's.
        try li.send("o")
        _ = try li.waitFor("Everyone's deals")
        _ = try li.waitFor("5 open · $31,000")
        #expect(!(try li.capture()).contains("my deals"))
    }
}
