import Foundation
import FunnelTestSupport
import Testing

/// The real `funnel board` in tmux: `i` shows the insights computed by the store, `P` plans a goal.
@Suite(.serialized) struct InsightsEndToEndTests {
    let directory = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: directory.path("funnel.sqlite")) }
    let session = "funnel-insights-\(UUID().uuidString.prefix(8))"

    /// Runs tmux on a private server (-L) and returns what it printed.
    ///
    /// Spawned and reaped by hand with a file for output: the tmux server that `new-session`
    /// starts outlives its client and would keep Foundation's `Process` (and its pipes) waiting.
    /// (The board branch has a fuller `TmuxSession` helper; this one can give way to it.)
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = directory.path("tmux-\(UUID().uuidString).out")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["/usr/bin/tmux", "-L", session, "-f", "/dev/null"] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, &cArguments, environ) == 0 else {
            throw CocoaError(.executableNotLoadable)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// Polls the pane until it shows `text`, for at most `seconds`; returns the last capture.
    func waitFor(_ text: String, seconds: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try tmux(["capture-pane", "-p", "-t", session])
            if screen.contains(text) { return screen }
            usleep(50_000)
        }
        Issue.record("'\(text)' never appeared; the screen was:\n\(screen)")
        return screen
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")))
    func insightsAndPlannerOpenFromTheBoard() throws {
        // Five deals: three won at 10,000 after Prospecting -> Qualifying, two lost.
        for index in 1...5 {
            _ = try funnel.succeed(["add", "Deal \(index)", "--value", "10k"], now: "2026-09-01T09:00:00Z")
            _ = try funnel.succeed(["move", String(index), "Qualifying"], now: "2026-09-03T09:00:00Z")
        }
        for id in 1...3 { _ = try funnel.succeed(["won", String(id)], now: "2026-09-10T09:00:00Z") }
        for id in 4...5 { _ = try funnel.succeed(["lost", String(id), "--reason", "price"], now: "2026-09-10T09:00:00Z") }
        _ = try funnel.succeed(["add", "Open one", "--value", "5k"])

        let command = "env FUNNEL_DB='\(funnel.databasePath)' FUNNEL_NOW=2026-11-29T09:00:00Z TERM=xterm-256color NO_COLOR=1 '\(FunnelProcess.executableURL.path)' board --no-mouse; echo \"funnel exited $?\"; sleep 5"
        try tmux(["new-session", "-d", "-s", session, "-x", "100", "-y", "32", command])
        defer { _ = try? tmux(["kill-server"]) }
        _ = try waitFor("Open one")

        try tmux(["send-keys", "-t", session, "i"])
        let insights = try waitFor("Win rate 60% (3 won, 2 lost)")
        #expect(insights.contains("Insights · Sales"))
        // Six deals entered Prospecting; five moved on (the open one is still there).
        #expect(insights.contains("↓ 83.3% moved on (5 of 6)"))

        try tmux(["send-keys", "-t", session, "Escape"])
        _ = try waitFor("Open one")
        try tmux(["send-keys", "-t", session, "P"])
        _ = try waitFor("Revenue planner")
        try tmux(["send-keys", "-t", session, "-l", "30k"])
        try tmux(["send-keys", "-t", session, "Enter"])
        // 30,000 / 10,000 = 3 won deals; stage probabilities (Contact onwards has no history).
        let plan = try waitFor("3 won deals needed")
        #expect(plan.contains("Rates from stage probabilities"))
        try tmux(["send-keys", "-t", session, "Escape"])
        _ = try waitFor("Open one")
        try tmux(["send-keys", "-t", session, "q"])
        _ = try waitFor("funnel exited 0")
    }
}
