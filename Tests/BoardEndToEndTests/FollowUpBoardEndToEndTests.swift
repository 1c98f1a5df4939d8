import Foundation
import Glibc
import FunnelTestSupport
import Testing

/// The real `funnel board` in tmux: keys in, the screen polled for text, the database checked through the CLI.
@Suite("Board follow-up keys in tmux, end to end", .serialized)
struct FollowUpBoardEndToEndTests {
    let folder = TemporaryDirectory()
    var funnel: FunnelProcess {
        FunnelProcess(databasePath: folder.path("funnel.sqlite"), now: "2026-11-29T09:00:00Z", environment: ["TZ": "UTC"])
    }

    @Test func stalledFilterSnoozeActivityAndReview() throws {
        let stalled = try funnel.succeed(["add", "Stalled 北京", "--stage", "contact", "--value", "5k"], now: "2026-11-01T09:00:00Z")
        let fresh = try funnel.succeed(["add", "Fresh lead 🚀", "--value", "1k"])
        let board = try BoardTmux(funnel: funnel, width: 120, height: 40)
        defer { board.close() }
        try board.waitFor("Prospecting")
        try board.waitFor("⚑ 28d")

        // s: only the stalled deal stays on the board.
        board.keys("s")
        try board.waitFor("stalled only")
        try board.waitUntil("the fresh lead is hidden") { !$0.contains("Fresh lead") }
        board.keys("s")
        try board.waitFor("Fresh lead")

        // z on the stalled deal (third lane): Enter snoozes for a week.
        board.keys("l", "l", "z")
        try board.waitFor("Snooze until")
        board.keys("Enter")
        try board.waitFor("until 6 Dec 2026")
        let snoozed = try #require(try funnel.run(["show", "--json", stalled]).json() as? [String: Any])
        #expect(snoozed["snoozed_until"] as? String == "2026-12-06")
        #expect(snoozed["stalled"] as? Bool == false)

        // a: log a call, then schedule an email in two days.
        board.keys("a", "c")
        board.type("Intro")
        board.keys("Enter", "Enter")
        try board.waitFor("Next step")
        board.type("e +2d")
        board.keys("Enter")
        try board.waitFor("next: email 1 Dec 2026")
        let logged = try #require(try funnel.run(["show", "--json", stalled]).json() as? [String: Any])
        let activities = try #require(logged["activities"] as? [[String: Any]])
        #expect(activities.map { $0["kind"] as? String } == ["email", "call"])
        #expect(activities.map { $0["subject"] as? String } == ["Email", "Intro"])

        // r: the fresh lead has no next step; skip it and the review is done.
        board.keys("r")
        try board.waitFor("Daily review")
        try board.waitFor("no next step")
        board.keys("s")
        try board.waitFor("Review done")
        board.keys("Escape")
        try board.waitFor("Review done:")
        #expect((try funnel.run(["review", "--json"]).json() as? [Any])?.isEmpty == true)

        // v parks the fresh lead in Revisit; there v brings it back to the stage it left.
        board.keys("h", "h", "v")
        try board.waitFor("Revisit on")
        board.keys("Enter")
        try board.waitFor("in Revisit")
        #expect(try funnel.deals().first { "\($0["id"] ?? "")" == fresh }?["pipeline"] as? String == "Revisit")
        board.keys("p", "j", "Enter")
        try board.waitFor("Pipeline Revisit")
        board.keys("v")
        try board.waitFor("back to Prospecting")
        let back = try #require(try funnel.run(["show", "--json", fresh]).json() as? [String: Any])
        #expect(back["pipeline"] as? String == "Sales")
        #expect((back["history"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["created", "parked", "unparked"])
        board.keys("q")
    }

    /// The tester's `r`, `c`, Enter: the review asks for the next step after marking the due meeting done; what is
    /// typed is planned, and Esc at that question still marks the meeting done.
    @Test func theReviewAsksForTheNextStepAfterCompletingTheDueActivity() throws {
        let first = try funnel.succeed(["add", "Buying team 北京", "--value", "9k"], now: "2026-11-20T09:00:00Z")
        let second = try funnel.succeed(["add", "Second deal", "--value", "5k"], now: "2026-11-20T09:00:00Z")
        for deal in [first, second] {
            try funnel.succeed(["activity", "add", deal, "--kind", "meeting", "--subject", "Meeting with the buying team", "--due", "2026-11-28"])
        }
        let board = try BoardTmux(funnel: funnel, width: 120, height: 40)
        defer { board.close() }
        try board.waitFor("Prospecting")
        board.keys("r")
        try board.waitFor("overdue activity")
        board.keys("c")
        try board.waitFor("Done: meeting \"Meeting with the buying team\"")
        try board.waitFor("Next step (e.g. 'c +2d', 'e fri 14:00'; Enter or Esc to skip):")
        try board.waitFor("Enter plans it")
        let shown = board.screen.contains("Buying team 北京") ? first : second
        board.type("c +2d")
        board.keys("Enter")
        try board.waitFor("2/2")
        let planned = try #require(try funnel.run(["show", "--json", shown]).json() as? [String: Any])
        let activities = try #require(planned["activities"] as? [[String: Any]])
        #expect(activities.contains { $0["kind"] as? String == "call" && ($0["due"] as? String)?.hasPrefix("2026-12-01") == true }, "\(activities)")
        #expect(activities.contains { $0["subject"] as? String == "Meeting with the buying team" && $0["done_at"] is String }, "\(activities)")

        // The other deal: Esc at the next step skips it and still marks the meeting done.
        board.keys("c")
        try board.waitFor("Enter plans it")
        board.keys("Escape")
        try board.waitFor("Review done")
        let other = shown == first ? second : first
        let skipped = try #require(try funnel.run(["show", "--json", other]).json() as? [String: Any])
        let otherActivities = try #require(skipped["activities"] as? [[String: Any]])
        #expect(otherActivities.count == 1 && otherActivities[0]["done_at"] is String, "\(otherActivities)")
        board.keys("Escape", "q")
    }
}

/// One `funnel board` running in tmux (the shared `TmuxSession`), with the shorthand these tests use.
struct BoardTmux {
    let session: TmuxSession

    init(funnel: FunnelProcess, width: Int, height: Int) throws {
        session = try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board", "--no-mouse"],
            environment: [
                "FUNNEL_DB": funnel.databasePath, "FUNNEL_NOW": funnel.now ?? "", "TZ": "UTC", "NO_COLOR": "1",
                "TERM": "xterm-256color",
            ],
            width: width, height: height)
    }

    func keys(_ keys: String...) {
        for key in keys { try? session.send(key) }
    }

    func type(_ text: String) {
        try? session.type(text)
    }

    var screen: String { (try? session.capture()) ?? "" }

    /// Polls the screen until it shows `text`, or fails after a timeout with the last screen.
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws {
        try waitUntil("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    func waitUntil(_ what: String, timeout: TimeInterval = 15, _ condition: (String) -> Bool) throws {
        try session.waitForScreen(what, timeout: timeout, condition)
    }

    /// Ends the board and its private tmux server.
    func close() {
        session.close()
    }
}

