import Foundation
import FunnelTestSupport
import Testing

/// `funnel review`: the printed and JSON queue, and the interactive review fed through stdin across runs.
@Suite("Daily review, end to end")
struct ReviewEndToEndTests {
    let folder = TemporaryDirectory()
    /// Sunday 2026-11-29 09:00 UTC.
    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, now: "2026-11-29T09:00:00Z", environment: ["TZ": "UTC"])
    }

    /// Six deals, one per reason, plus a quiet one; returns their ids by name.
    func seed(on funnel: FunnelProcess) throws -> [String: String] {
        var ids: [String: String] = [:]
        let recent = "2026-11-28T09:00:00Z"
        ids["quiet"] = try funnel.succeed(["add", "Quiet", "--value", "99k"], now: recent)
        try funnel.succeed(["activity", "add", ids["quiet"]!, "--kind", "call", "--due", "2026-12-04"], now: recent)
        ids["overdue"] = try funnel.succeed(["add", "Overdue 小", "--value", "1k"], now: recent)
        try funnel.succeed(["activity", "add", ids["overdue"]!, "--kind", "call", "--due", "2026-11-28"], now: recent)
        ids["today"] = try funnel.succeed(["add", "Today", "--value", "2k"], now: recent)
        try funnel.succeed(["activity", "add", ids["today"]!, "--kind", "demo", "--due", "2026-11-29T15:00"], now: recent)
        ids["stalled"] = try funnel.succeed(["add", "Stalled", "--value", "3k", "--stage", "contact"], now: "2026-11-01T09:00:00Z")
        try funnel.succeed(["activity", "add", ids["stalled"]!, "--kind", "task", "--due", "2026-12-10"], now: recent)
        ids["small-none"] = try funnel.succeed(["add", "No step small", "--value", "4k"], now: recent)
        ids["big-none"] = try funnel.succeed(["add", "No step big 🚀", "--value", "40k"], now: recent)
        ids["hot"] = try funnel.succeed(["add", "Hot", "--value", "5k", "--temperature", "hot"], now: "2026-11-10T09:00:00Z")
        try funnel.succeed(["activity", "add", ids["hot"]!, "--kind", "email", "--due", "2026-12-10"], now: recent)
        try funnel.succeed(["move", ids["hot"]!, "qualifying"], now: recent)
        ids["close"] = try funnel.succeed(["add", "Past close", "--value", "6k", "--close-date", "2026-11-20"], now: recent)
        try funnel.succeed(["activity", "add", ids["close"]!, "--kind", "call", "--due", "2026-12-10"], now: recent)
        ids["won"] = try funnel.succeed(["add", "Won one", "--value", "7k"], now: recent)
        try funnel.succeed(["won", ids["won"]!], now: recent)
        return ids
    }

    func queue(on funnel: FunnelProcess) throws -> [[String: Any]] {
        try #require(try funnel.run(["review", "--json"]).json() as? [[String: Any]])
    }

    @Test(arguments: CLIEngine.all) func jsonListsEachDealOnceMostUrgentFirstThenByValue(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let ids = try seed(on: funnel)
        let items = try queue(on: funnel)
        #expect(items.map { "\($0["id"] ?? "")" } == [
            ids["overdue"], ids["today"], ids["stalled"], ids["big-none"], ids["small-none"], ids["hot"], ids["close"],
        ].compactMap { $0 })
        #expect(items.map { $0["reason"] as? String } == [
            "overdue_activity", "activity_due_today", "stalled", "no_next_step", "no_next_step", "hot_no_contact", "past_expected_close",
        ])
        #expect(items[2]["idle_days"] as? Int == 28)
        #expect(items[2]["stalled"] as? Bool == true)
        #expect((items[0]["next_activity"] as? [String: Any])?["state"] as? String == "overdue")
        #expect(items[0]["title"] as? String == "Overdue 小")
    }

    @Test(arguments: CLIEngine.all) func printGivesOneLinePerItemWithItsReason(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        _ = try seed(on: funnel)
        let text = try funnel.succeed(["review", "--print"])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Review for 29 Nov 2026: 7 to do, 0 handled today")
        #expect(lines.count == 8)
        #expect(lines[1].contains("overdue activity · Overdue 小 · $1,000.00 · Sales › Prospecting"))
        #expect(lines[4].contains("No step big 🚀"))
        #expect(!text.contains("Quiet"))
        #expect(!text.contains("Won one"))
    }

    @Test(arguments: CLIEngine.all) func interactiveDecisionsAreSavedAndTheReviewContinuesAfterARestart(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let ids = try seed(on: funnel)
        // Log the overdue call as done with a next step, skip the deal due today, then stop.
        let first = try funnel.run(["review"], stdin: "c\ncall +2d\nFollow up\ns\nq\n")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("── 1/7"))
        #expect(first.stdout.contains("── 2/7"))
        #expect(first.stdout.contains("Stopped at 3/7"))
        let overdue = try #require(try funnel.run(["show", "--json", ids["overdue"]!]).json() as? [String: Any])
        let activities = try #require(overdue["activities"] as? [[String: Any]])
        #expect(activities.map { $0["subject"] as? String } == ["Follow up", "Call"])
        #expect(activities.map { $0["state"] as? String } == ["upcoming", "done"])
        #expect((overdue["next_activity"] as? [String: Any])?["due"] as? String == "2026-12-01")
        #expect(overdue["last_contact_at"] as? String == "2026-11-29T09:00:00Z")

        // A later run the same day continues at the stalled deal; snooze it, park the big one, mark the small one lost.
        let second = try funnel.run(["review"], now: "2026-11-29T11:00:00Z", stdin: "z\n+1w\np\n\nl\nno budget\nq\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Review for 29 Nov 2026: 5 to do, 2 already handled today"))
        #expect(second.stdout.contains("── 3/7"))
        #expect(second.stdout.contains("#\(ids["stalled"]!) Stalled"))
        #expect(second.stdout.contains("Stopped at 6/7"))
        let remaining = try queue(on: funnel)
        #expect(remaining.map { "\($0["id"] ?? "")" } == [ids["hot"], ids["close"]].compactMap { $0 })
        let snoozed = try #require(try funnel.run(["show", "--json", ids["stalled"]!]).json() as? [String: Any])
        #expect(snoozed["snoozed_until"] as? String == "2026-12-06")
        #expect(try funnel.deals().first { "\($0["id"] ?? "")" == ids["big-none"] }?["pipeline"] as? String == "Revisit")
        let lost = try #require(try funnel.deals().first { "\($0["id"] ?? "")" == ids["small-none"] })
        #expect(lost["status"] as? String == "lost")
        #expect(lost["lost_reason"] as? String == "no budget")

        // Finish: advance the hot lead, skip the last; the summary counts the day's decisions.
        let third = try funnel.run(["review"], stdin: "a\ns\n")
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stdout.contains("Review done for 29 Nov 2026: 7 deals; 1 contacts logged, 1 advanced a stage, 1 snoozed, 1 parked in Revisit, 1 marked lost, 2 skipped."))
        #expect(try queue(on: funnel).isEmpty)

        // The next day the skipped item due yesterday is overdue and back.
        let tomorrow = try #require(try funnel.run(["review", "--json"], now: "2026-11-30T09:00:00Z").json() as? [[String: Any]])
        #expect(tomorrow.first.map { "\($0["id"] ?? "")" } == ids["today"])
        #expect(tomorrow.first?["reason"] as? String == "overdue_activity")
    }

    @Test(arguments: CLIEngine.all) func loggingAContactWithoutADueActivityAsksForItsKindAndSubject(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "No step"])
        let result = try funnel.run(["review"], stdin: "c\nm\nLunch with 王伟\n\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Review done for 29 Nov 2026: 1 deals; 1 contacts logged."))
        let shown = try #require(try funnel.run(["show", "--json", deal]).json() as? [String: Any])
        let activities = try #require(shown["activities"] as? [[String: Any]])
        #expect(activities.count == 1)
        #expect(activities[0]["kind"] as? String == "meeting")
        #expect(activities[0]["subject"] as? String == "Lunch with 王伟")
        #expect(activities[0]["done"] as? Bool == true)
        // Still no next step: it comes back tomorrow, not today.
        #expect(try queue(on: funnel).isEmpty)
        let tomorrow = try #require(try funnel.run(["review", "--json"], now: "2026-11-30T09:00:00Z").json() as? [[String: Any]])
        #expect(tomorrow.map { $0["reason"] as? String } == ["no_next_step"])
    }

    @Test(arguments: CLIEngine.all) func badKeysAndBadAnswersAreExplainedAndWriteNothing(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Only"])
        let before = try funnel.fingerprint()
        let result = try funnel.run(["review"], stdin: "x\nz\nyesterday\nl\n\nn\nfax +2d\nq\n")
        #expect(result.status == 0)
        #expect(result.stderr.contains("unknown key 'x': use c, n, a, z, p, l, o, s or q"))
        #expect(result.stderr.contains("invalid snooze day 'yesterday'"))
        #expect(result.stderr.contains("invalid lost reason"))
        #expect(result.stderr.contains("invalid activity kind 'fax'"))
        #expect(try funnel.fingerprint() == before)
        #expect(try queue(on: funnel).map { "\($0["id"] ?? "")" } == [deal])
    }

    @Test(arguments: CLIEngine.all) func endOfInputStopsAndKeepsProgress(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        _ = try funnel.succeed(["add", "A"])
        _ = try funnel.succeed(["add", "B"])
        let result = try funnel.run(["review"], stdin: "s\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Stopped at 2/2"))
        #expect(try queue(on: funnel).count == 1)
        let empty = try FunnelProcess(engine, in: folder, named: "empty", environment: ["TZ": "UTC"]).succeed(["review"])
        #expect(empty == "Nothing needs attention today (29 Nov 2026).")
    }

    @Test(arguments: CLIEngine.all) func refusals(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let result = try funnel.run(["review", "--print", "--json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--print"))
        let settings = try funnel.run(["settings", "park-after-days", "0"])
        #expect(settings.status == 2)
        #expect(settings.stderr == "funnel: invalid park-after days '0': use a whole number of days from 1 to 3650\n")
        #expect(try funnel.run(["settings", "colour", "red"]).status == 2)
    }

    @Test(arguments: CLIEngine.all) func mondaysSweepSuggestsParkingOldDeals(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let old = try funnel.succeed(["add", "Dragging on"], now: "2026-07-01T09:00:00Z")
        try funnel.succeed(["activity", "add", old, "--kind", "call", "--due", "2026-12-10"])
        try funnel.succeed(["activity", "add", old, "--kind", "call", "--done"])
        #expect(try queue(on: funnel).isEmpty)
        try funnel.succeed(["settings", "park-after-days", "60"])
        let monday = try funnel.succeed(["review", "--print"], now: "2026-11-30T09:00:00Z")
        #expect(monday.contains("Weekly sweep: suggesting to park deals open longer than 60 days"))
        #expect(monday.contains("Dragging on"))
        #expect(monday.contains("park it?"))
    }
}
