import Foundation
import FunnelTestSupport
import Testing

/// Activities, stalled deals, snoozes, parking and qualification through the built binary.
@Suite("Activity and follow-up commands, end to end")
struct ActivityCommandsEndToEndTests {
    let folder = TemporaryDirectory()
    /// Sunday 2026-11-29 09:00 UTC, in UTC unless a test says otherwise.
    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, now: "2026-11-29T09:00:00Z", environment: ["TZ": "UTC"])
    }

    func show(_ id: String, on funnel: FunnelProcess) throws -> [String: Any] {
        try #require(try funnel.run(["show", "--json", id]).json() as? [String: Any])
    }

    /// Runs a command that must be refused with this exit status and a one-line message containing `words`; nothing written.
    func refused(_ arguments: [String], status: Int32, mentions words: [String], on funnel: FunnelProcess) throws {
        let before = try funnel.fingerprint()
        let result = try funnel.run(arguments)
        #expect(result.status == status, "funnel \(arguments.joined(separator: " ")): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        for word in words { #expect(result.stderr.contains(word), "\(result.stderr) lacks \(word)") }
        #expect(try funnel.fingerprint() == before, "funnel \(arguments.joined(separator: " ")) wrote something")
    }

    @Test(arguments: CLIEngine.all) func activityAddPrintsTheIdAndShowListsItAsTheNextStep(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme renewal", "--value", "12k"])
        #expect(try funnel.succeed(["activity", "add", deal, "--kind", "meeting", "--subject", "Kickoff 🚀", "--done"]) == "1")
        #expect(try funnel.succeed(["activity", "add", deal, "--kind", "call", "--subject", "回电话", "--due", "tue 10:30"]) == "2")
        #expect(try funnel.succeed(["activity", "add", deal, "--kind", "email", "--due", "+7d"]) == "3")
        let shown = try show(deal, on: funnel)
        let next = try #require(shown["next_activity"] as? [String: Any])
        #expect(next["id"] as? Int == 2)
        #expect(next["subject"] as? String == "回电话")
        #expect(next["due"] as? String == "2026-12-01T10:30")
        #expect(next["state"] as? String == "upcoming")
        let activities = try #require(shown["activities"] as? [[String: Any]])
        #expect(activities.map { $0["id"] as? Int } == [2, 3, 1])
        #expect(activities.map { $0["state"] as? String } == ["upcoming", "upcoming", "done"])
        #expect(activities[2]["done_at"] as? String == "2026-11-29T09:00:00Z")
        #expect(activities[1]["subject"] as? String == "Email")
        #expect(shown["last_activity_at"] as? String == "2026-11-29T09:00:00Z")
        #expect(shown["last_contact_at"] as? String == "2026-11-29T09:00:00Z")
        #expect(shown["stalled"] as? Bool == false)
        #expect(shown["idle_days"] as? Int == 0)
        let listed = try #require(try funnel.deals().first)
        #expect((listed["next_activity"] as? [String: Any])?["id"] as? Int == 2)
        #expect(listed["next_activity_state"] as? String == "upcoming")
    }

    @Test(arguments: CLIEngine.all) func withoutDueOrDoneATaskIsDueTodayAndANoteIsLogged(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme"])
        try funnel.succeed(["activity", "add", deal, "--kind", "task"])
        try funnel.succeed(["activity", "add", deal, "--kind", "note", "--subject", "Prefers email"])
        let activities = try #require(try show(deal, on: funnel)["activities"] as? [[String: Any]])
        #expect(activities.map { $0["state"] as? String } == ["today", "done"])
        #expect(activities[0]["due"] as? String == "2026-11-29")
        #expect(try show(deal, on: funnel)["last_contact_at"] is NSNull)
    }

    @Test(arguments: CLIEngine.all) func activityDoneCompletesAndResetsTheStallClock(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme", "--stage", "contact"], now: "2026-11-01T09:00:00Z")
        let call = try funnel.succeed(["activity", "add", deal, "--kind", "call", "--due", "2026-11-05"], now: "2026-11-01T09:00:00Z")
        var shown = try show(deal, on: funnel)
        #expect(shown["stalled"] as? Bool == true)
        #expect(shown["idle_days"] as? Int == 28)
        #expect(shown["next_activity_state"] as? String == "overdue")
        let out = try funnel.succeed(["activity", "done", call])
        #expect(out.contains("Done: call \"Call\" on deal \(deal)"))
        #expect(out.contains("no next step"))
        shown = try show(deal, on: funnel)
        #expect(shown["stalled"] as? Bool == false)
        #expect(shown["idle_days"] as? Int == 0)
        #expect(shown["next_activity"] is NSNull)
        #expect(shown["next_activity_state"] as? String == "none")
        try refused(["activity", "done", call], status: 1, mentions: ["activity \(call)", "already done"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func activityListFiltersByStateAndDeal(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let a = try funnel.succeed(["add", "A"])
        let b = try funnel.succeed(["add", "B"])
        try funnel.succeed(["activity", "add", a, "--kind", "call", "--due", "2026-11-28"])
        try funnel.succeed(["activity", "add", a, "--kind", "email", "--due", "2026-11-29T08:00"])
        try funnel.succeed(["activity", "add", b, "--kind", "demo", "--due", "2026-11-29T17:00"])
        try funnel.succeed(["activity", "add", b, "--kind", "meeting", "--due", "2026-11-30"])
        func ids(_ arguments: [String]) throws -> [Int] {
            let items = try #require(try funnel.run(["activity", "list", "--json"] + arguments).json() as? [[String: Any]])
            return items.compactMap { $0["id"] as? Int }
        }
        #expect(try ids([]) == [1, 2, 3, 4])
        #expect(try ids(["--overdue"]) == [1, 2])
        #expect(try ids(["--today"]) == [3])
        #expect(try ids(["--upcoming"]) == [4])
        #expect(try ids(["--deal", b]) == [3, 4])
        let table = try funnel.succeed(["activity", "list", "--deal", a])
        #expect(table.contains("overdue"))
        #expect(!table.contains("demo"))
    }

    @Test(arguments: CLIEngine.all) func activityRefusalsNameTheValueExitTwoAndWriteNothing(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme"])
        try refused(["activity", "add", deal, "--kind", "fax"], status: 2, mentions: ["'fax'", "call, email, meeting"], on: funnel)
        try refused(["activity", "add", deal, "--kind", "call", "--due", "someday"], status: 2, mentions: ["'someday'", "YYYY-MM-DD", "+3d"], on: funnel)
        try refused(["activity", "add", deal, "--kind", "call", "--due", "2026-02-30"], status: 2, mentions: ["'2026-02-30'"], on: funnel)
        try refused(["activity", "add", deal, "--kind", "call", "--subject", "a\u{1B}[31mb"], status: 2, mentions: ["subject", "control characters"], on: funnel)
        try refused(["activity", "add", "99", "--kind", "call"], status: 1, mentions: ["no deal with id 99"], on: funnel)
        try refused(["activity", "done", "42"], status: 1, mentions: ["no activity with id 42"], on: funnel)
        try refused(["activity", "list", "--overdue", "--today"], status: 2, mentions: ["--overdue", "--today"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func stalledListsMostIdleFirstWithStageIdleDaysAndThreshold(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        // Contact stalls after 7 days, Prospecting after 14.
        let old = try funnel.succeed(["add", "Old contact", "--stage", "contact"], now: "2026-11-01T09:00:00Z")
        let prospect = try funnel.succeed(["add", "Prospect 15 days"], now: "2026-11-14T09:00:00Z")
        try funnel.succeed(["add", "Exactly at threshold", "--stage", "contact"], now: "2026-11-22T09:00:00Z")
        try funnel.succeed(["add", "Oldest contact", "--stage", "contact"], now: "2026-01-01T09:00:00Z")
        try funnel.succeed(["stages", "set", "contact", "--stall-days", "7"])
        let items = try #require(try funnel.run(["stalled", "--json"]).json() as? [[String: Any]])
        #expect(items.map { "\($0["id"] ?? "")" } == ["4", old, prospect])
        #expect(items.map { $0["idle_days"] as? Int } == [332, 28, 15])
        #expect(items.map { $0["stall_days"] as? Int } == [7, 7, 14])
        #expect(items.allSatisfy { $0["stalled"] as? Bool == true })
        try funnel.succeed(["stages", "set", "contact", "--stall-days", "0"])
        let afterZero = try #require(try funnel.run(["stalled", "--json"]).json() as? [[String: Any]])
        #expect(afterZero.map { "\($0["id"] ?? "")" } == [prospect])
        try funnel.succeed(["activity", "add", prospect, "--kind", "call", "--due", "2026-11-20"], now: "2026-11-14T09:00:00Z")
        let text = try funnel.succeed(["stalled"])
        #expect(text.contains("⚑ 15d"))
        #expect(text.contains("Prospecting"))
        // Issue 15 item 12: text output shows days as people read them, not ISO.
        #expect(text.contains("20 Nov 2026"), "\(text)")
        #expect(!text.contains("2026-11-20"), "\(text)")
        try refused(["stalled", "--pipeline", "Nope"], status: 1, mentions: ["'Nope'"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func snoozeHidesTheStallFlagUntilItsDay(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme", "--stage", "contact"], now: "2026-11-01T09:00:00Z")
        #expect(try show(deal, on: funnel)["stalled"] as? Bool == true)
        let out = try funnel.succeed(["snooze", deal, "--until", "2026-12-03", "--reason", "on holiday"])
        #expect(out == "Snoozed deal \(deal) (Acme) until 3 Dec 2026")
        var shown = try show(deal, on: funnel)
        #expect(shown["stalled"] as? Bool == false)
        #expect(shown["snoozed_until"] as? String == "2026-12-03")
        #expect(shown["snooze_reason"] as? String == "on holiday")
        #expect((try funnel.run(["stalled", "--json"]).json() as? [Any])?.isEmpty == true)
        let onTheDay = try #require(try funnel.run(["show", "--json", deal], now: "2026-12-03T00:00:00Z").json() as? [String: Any])
        #expect(onTheDay["stalled"] as? Bool == true)
        try funnel.succeed(["snooze", deal, "--clear"])
        shown = try show(deal, on: funnel)
        #expect(shown["snoozed_until"] is NSNull)
        #expect(shown["stalled"] as? Bool == true)
    }

    @Test(arguments: CLIEngine.all) func snoozeRefusals(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme"])
        try refused(["snooze", deal, "--until", "2026-11-29"], status: 2, mentions: ["'2026-11-29'", "after today"], on: funnel)
        try refused(["snooze", deal, "--until", "whenever"], status: 2, mentions: ["'whenever'", "YYYY-MM-DD"], on: funnel)
        try refused(["snooze", deal], status: 2, mentions: ["--until"], on: funnel)
        try refused(["snooze", "77", "--until", "+1w"], status: 1, mentions: ["no deal with id 77"], on: funnel)
        try funnel.succeed(["won", deal])
        try refused(["snooze", deal, "--until", "+1w"], status: 1, mentions: ["won"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func parkAndUnparkKeepTheHistory(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme", "--stage", "relationship"], now: "2026-10-01T09:00:00Z")
        let out = try funnel.succeed(["park", deal, "--until", "2027-01-15"])
        #expect(out.contains("Parked deal \(deal) in Revisit › Parked until 15 Jan 2027"))
        var shown = try show(deal, on: funnel)
        #expect(shown["pipeline"] as? String == "Revisit")
        #expect(shown["parked"] as? Bool == true)
        #expect(shown["revisit_on"] as? String == "2027-01-15")
        #expect(shown["stalled"] as? Bool == false)
        try refused(["park", deal], status: 1, mentions: ["already parked"], on: funnel)
        try funnel.succeed(["unpark", deal], now: "2026-12-01T09:00:00Z")
        shown = try show(deal, on: funnel)
        #expect(shown["pipeline"] as? String == "Sales")
        #expect(shown["stage"] as? String == "Relationship")
        #expect(shown["revisit_on"] is NSNull)
        #expect(shown["stage_entered_at"] as? String == "2026-12-01T09:00:00Z")
        let history = try #require(shown["history"] as? [[String: Any]])
        #expect(history.map { $0["kind"] as? String } == ["created", "parked", "unparked"])
        #expect(history[1]["from"] as? String == "Relationship")
        #expect(history[1]["to"] as? String == "Parked")
        #expect(history[2]["to"] as? String == "Relationship")
        try refused(["unpark", deal], status: 1, mentions: ["not parked"], on: funnel)
        try refused(["park", deal, "--until", "yesterday"], status: 2, mentions: ["'yesterday'"], on: funnel)
        try funnel.succeed(["park", deal])
        try refused(["unpark", deal, "--stage", "Nowhere"], status: 1, mentions: ["'Nowhere'"], on: funnel)
        try funnel.succeed(["unpark", deal, "--stage", "closing"])
        #expect(try show(deal, on: funnel)["stage"] as? String == "Closing")
    }

    @Test(arguments: CLIEngine.all) func qualifySetsTheAnswersAndTheTemperatureFollowsUnlessSetByHand(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme"])
        var out = try funnel.succeed(["qualify", deal, "--budget", "yes", "--authority", "YES", "--need", "yes", "--timing", "yes"])
        #expect(out == "Deal \(deal): budget yes, authority yes, need yes, timing yes → ▲ hot")
        var shown = try show(deal, on: funnel)
        #expect(shown["temperature"] as? String == "hot")
        #expect(shown["temperature_set_by_hand"] as? Bool == false)
        try funnel.succeed(["qualify", deal, "--need", "unknown"])
        #expect(try show(deal, on: funnel)["temperature"] as? String == "warm")
        try funnel.succeed(["qualify", deal, "--temperature", "hot"])
        out = try funnel.succeed(["qualify", deal, "--timing", "no"])
        #expect(out.hasSuffix("→ ▲ hot (set by hand)"))
        shown = try show(deal, on: funnel)
        #expect((shown["qualification"] as? [String: Any])?["timing"] as? String == "no")
        #expect(shown["temperature_set_by_hand"] as? Bool == true)
        try funnel.succeed(["qualify", deal, "--temperature", "auto"])
        shown = try show(deal, on: funnel)
        #expect(shown["temperature"] as? String == "cold")
        #expect(shown["temperature_set_by_hand"] as? Bool == false)
        try refused(["qualify", deal, "--budget", "maybe"], status: 2, mentions: ["'maybe'", "yes, no, unknown"], on: funnel)
        try refused(["qualify", deal, "--temperature", "lukewarm"], status: 2, mentions: ["'lukewarm'", "auto"], on: funnel)
        try refused(["qualify", deal], status: 2, mentions: ["--budget"], on: funnel)
        try refused(["qualify", "55", "--need", "yes"], status: 1, mentions: ["no deal with id 55"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func nextActivityStateFollowsTheTimeZone(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme"])
        try funnel.succeed(["activity", "add", deal, "--kind", "call", "--due", "2026-11-29T17:00"])
        // 23:30 UTC: 18:30 in New York (past 17:00), 15:30 in Los Angeles, already the 30th in Tokyo.
        func state(_ zone: String) throws -> String? {
            let result = try funnel.run(["show", "--json", deal], now: "2026-11-29T23:30:00Z", extraEnvironment: ["TZ": zone])
            return (try result.json() as? [String: Any])?["next_activity_state"] as? String
        }
        #expect(try state("America/New_York") == "overdue")
        #expect(try state("America/Los_Angeles") == "today")
        #expect(try state("Asia/Tokyo") == "overdue")
        // Shortcuts count from the day in the user's zone: at 23:30 UTC "tomorrow" is Dec 1 in Tokyo.
        let tokyo = try funnel.run(["activity", "add", deal, "--kind", "email", "--due", "tomorrow"], now: "2026-11-29T23:30:00Z", extraEnvironment: ["TZ": "Asia/Tokyo"])
        #expect(tokyo.status == 0)
        let activities = try #require(try show(deal, on: funnel)["activities"] as? [[String: Any]])
        #expect(activities.contains { $0["due"] as? String == "2026-12-01" })
    }
}
