import Foundation
import FunnelTestSupport
import Testing

/// The real `funnel board` in tmux: an activity rescheduled and marked done from the detail pane, checked through the CLI.
@Suite("Board detail pane activities in tmux, end to end", .serialized)
struct ActivityDetailBoardEndToEndTests {
    let folder = TemporaryDirectory()
    /// Sunday 2026-11-29 09:00 UTC.
    var funnel: FunnelProcess {
        FunnelProcess(databasePath: folder.path("funnel.sqlite"), now: "2026-11-29T09:00:00Z", environment: ["TZ": "UTC"])
    }

    func listed() throws -> [[String: Any]] {
        try #require(try funnel.run(["activity", "list", "--json"]).json() as? [[String: Any]])
    }

    @Test func anActivityIsRescheduledAndDoneFromTheDetailPane() throws {
        let deal = try funnel.succeed(["add", "Acme 北京", "--value", "5k"])
        let call = try funnel.succeed(["activity", "add", deal, "--kind", "call", "--subject", "Call back", "--due", "+1d"])
        let email = try funnel.succeed(["activity", "add", deal, "--kind", "email", "--due", "+3d"])
        let board = try BoardTmux(funnel: funnel, width: 120, height: 40)
        defer { board.close() }
        try board.waitFor("Acme 北京")

        // Enter opens the pane; Tab chooses the call; r and "fri 14:00" reschedule it.
        board.keys("Enter")
        try board.waitFor("Tab chooses one")
        board.keys("Tab")
        try board.waitFor("r reschedule")
        board.keys("r")
        try board.waitFor("Reschedule")
        board.type("fri 14:00")
        board.keys("Enter")
        try board.waitFor("due 4 Dec 2026 14:00")
        var planned = try listed()
        #expect(planned.map { $0["id"] as? Int } == [Int(email), Int(call)])
        #expect(planned.last?["due"] as? String == "2026-12-04T14:00")

        // The selection followed the call to its new place: d marks it done.
        board.keys("d")
        try board.waitFor("Done: call")
        planned = try listed()
        #expect(planned.map { $0["id"] as? Int } == [Int(email)])
        board.keys("Escape", "q")
    }
}
