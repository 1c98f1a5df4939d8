import Foundation
import FunnelTestSupport
import Testing

/// The real `funnel board` in tmux: `i` shows the insights computed by the store, `P` plans a goal.
@Suite(.serialized) struct InsightsEndToEndTests {
    let directory = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: directory.path("funnel.sqlite")) }
    @Test(.enabled(if: TmuxSession.isAvailable))
    func insightsAndPlannerOpenFromTheBoard() throws {
        // Five deals: three won at 10,000 after Prospecting -> Qualifying, two lost.
        for index in 1...5 {
            _ = try funnel.succeed(["add", "Deal \(index)", "--value", "10k"], now: "2026-09-01T09:00:00Z")
            _ = try funnel.succeed(["move", String(index), "Qualifying"], now: "2026-09-03T09:00:00Z")
        }
        for id in 1...3 { _ = try funnel.succeed(["won", String(id)], now: "2026-09-10T09:00:00Z") }
        for id in 4...5 { _ = try funnel.succeed(["lost", String(id), "--reason", "price"], now: "2026-09-10T09:00:00Z") }
        _ = try funnel.succeed(["add", "Open one", "--value", "5k"])

        let board = try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board", "--no-mouse"],
            environment: [
                "FUNNEL_DB": funnel.databasePath, "FUNNEL_NOW": "2026-11-29T09:00:00Z", "TERM": "xterm-256color", "NO_COLOR": "1",
            ],
            width: 100, height: 32)
        try board.waitFor("Open one")

        try board.send("i")
        let insights = try board.waitFor("Win rate: 60% (3 won, 2 lost)")
        #expect(insights.contains("Insights · Sales"))
        // Six deals entered Prospecting; five moved on (the open one is still there).
        #expect(insights.contains("↓ 83.3% moved on (5 of 6)"))

        try board.send("Escape")
        try board.waitFor("Open one")
        try board.send("P")
        try board.waitFor("Revenue planner")
        try board.type("30k")
        try board.send("Enter")
        // 30,000 / 10,000 = 3 won deals; stage probabilities (Contact onwards has no history).
        let plan = try board.waitFor("3 won deals needed")
        #expect(plan.contains("Rates from stage probabilities"))
        try board.send("Escape")
        try board.waitFor("Open one")
        try board.send("q")
        try board.waitFor("funnel exited 0")
    }
}
