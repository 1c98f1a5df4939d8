import Foundation
import FunnelTestSupport
import Testing

/// `activity edit`, `activity delete`, and activities cancelled by won and lost, through the built binary.
@Suite("Activity edit, delete and cancellation, end to end")
struct ActivityEditEndToEndTests {
    let folder = TemporaryDirectory()
    /// Sunday 2026-11-29 09:00 UTC.
    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, now: "2026-11-29T09:00:00Z", environment: ["TZ": "UTC"])
    }

    func show(_ id: String, on funnel: FunnelProcess) throws -> [String: Any] {
        try #require(try funnel.run(["show", "--json", id]).json() as? [String: Any])
    }

    func listed(_ arguments: [String] = [], on funnel: FunnelProcess) throws -> [[String: Any]] {
        try #require(try funnel.run(["activity", "list", "--json"] + arguments).json() as? [[String: Any]])
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

    @Test(arguments: CLIEngine.all) func editReschedulesAndChangesKindSubjectAndNote(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme renewal"])
        let call = try funnel.succeed(["activity", "add", deal, "--kind", "call", "--due", "+1d"])
        let email = try funnel.succeed(["activity", "add", deal, "--kind", "email", "--due", "+3d", "--note", "old"])
        let out = try funnel.succeed(["activity", "edit", call, "--due", "fri 14:00"])
        #expect(out.contains("Saved on deal \(deal)"))
        #expect(out.contains("due 4 Dec 2026 14:00"))
        var shown = try show(deal, on: funnel)
        #expect((shown["next_activity"] as? [String: Any])?["id"] as? Int == Int(email))
        try funnel.succeed(["activity", "edit", email, "--kind", "meeting", "--subject", "Contract 签字", "--note", ""])
        try funnel.succeed(["activity", "edit", call, "--due", "2026-11-30T09:30"])
        shown = try show(deal, on: funnel)
        let activities = try #require(shown["activities"] as? [[String: Any]])
        #expect(activities.map { $0["id"] as? Int } == [Int(call), Int(email)])
        #expect(activities[0]["due"] as? String == "2026-11-30T09:30")
        #expect(activities[1]["kind"] as? String == "meeting")
        #expect(activities[1]["subject"] as? String == "Contract 签字")
        #expect(activities[1]["note"] is NSNull)
        #expect((shown["next_activity"] as? [String: Any])?["id"] as? Int == Int(call))
    }

    @Test(arguments: CLIEngine.all) func deleteNeedsYesAndRemovesTheActivity(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme"])
        let call = try funnel.succeed(["activity", "add", deal, "--kind", "call", "--due", "+1d"])
        try refused(["activity", "delete", call], status: 2, mentions: ["deleting activity \(call) cannot be undone", "--yes"], on: funnel)
        let out = try funnel.succeed(["activity", "delete", call, "--yes"])
        #expect(out.contains("Deleted activity \(call)"))
        #expect(out.contains("no next step"))
        #expect(try listed(on: funnel).isEmpty)
        #expect(try show(deal, on: funnel)["next_activity"] is NSNull)
        try refused(["activity", "delete", call, "--yes"], status: 1, mentions: ["no activity with id \(call)"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func badEditsAreRefusedInOneLineAndWriteNothing(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme"])
        let call = try funnel.succeed(["activity", "add", deal, "--kind", "call", "--due", "+1d"])
        let done = try funnel.succeed(["activity", "add", deal, "--kind", "email", "--done"])
        try refused(["activity", "edit", call], status: 2, mentions: ["nothing to change in activity \(call)", "--due"], on: funnel)
        try refused(["activity", "edit", call, "--due", "someday"], status: 2, mentions: ["someday", "YYYY-MM-DD", "+3d"], on: funnel)
        try refused(["activity", "edit", call, "--kind", "fax"], status: 2, mentions: ["fax", "call"], on: funnel)
        try refused(["activity", "edit", call, "--subject", "bad\u{1B}[31m"], status: 2, mentions: ["subject"], on: funnel)
        try refused(["activity", "edit", "99", "--due", "+2d"], status: 1, mentions: ["no activity with id 99"], on: funnel)
        try refused(["activity", "edit", done, "--due", "+2d"], status: 1, mentions: ["activity \(done) is done", "not its due date"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func wonCancelsPlannedActivitiesAndReopenBringsThemBack(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme"])
        let other = try funnel.succeed(["add", "Other"])
        let call = try funnel.succeed(["activity", "add", deal, "--kind", "call", "--due", "+1d"])
        try funnel.succeed(["activity", "add", deal, "--kind", "note", "--subject", "Met at fair"])
        let othersCall = try funnel.succeed(["activity", "add", other, "--kind", "call", "--due", "+2d"])
        try funnel.succeed(["won", deal], now: "2026-11-29T10:00:00Z")

        #expect(try listed(on: funnel).map { $0["id"] as? Int } == [Int(othersCall)])
        let history = try listed(["--deal", deal, "--all"], on: funnel)
        let cancelled = try #require(history.first { $0["id"] as? Int == Int(call) })
        #expect(cancelled["state"] as? String == "cancelled")
        #expect(cancelled["cancelled_at"] as? String == "2026-11-29T10:00:00Z")
        let text = try funnel.succeed(["show", deal])
        #expect(text.contains("#\(call) call \"Call\" due 30 Nov 2026 cancelled 29 Nov 2026 10:00 (the deal was closed)"))
        try refused(["activity", "done", call], status: 1, mentions: ["activity \(call) was cancelled", "funnel reopen \(deal)"], on: funnel)
        try refused(["activity", "edit", call, "--due", "+3d"], status: 1, mentions: ["activity \(call) was cancelled"], on: funnel)

        try funnel.succeed(["reopen", deal])
        #expect(try listed(on: funnel).map { $0["id"] as? Int } == [Int(call), Int(othersCall)])
        #expect((try show(deal, on: funnel)["next_activity"] as? [String: Any])?["id"] as? Int == Int(call))
    }

    @Test(arguments: CLIEngine.all) func aCancelledActivityIsExportedAndRestoredCancelled(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme"])
        let call = try funnel.succeed(["activity", "add", deal, "--kind", "call", "--due", "+1d"])
        try funnel.succeed(["won", deal], now: "2026-11-29T10:00:00Z")
        let file = folder.path("all.json")
        try funnel.succeed(["export", "--format", "json", "--out", file])
        let copy = try FunnelProcess(engine, in: folder, named: "copy", now: "2026-11-29T09:00:00Z", environment: ["TZ": "UTC"])
        try copy.succeed(["import", file])
        let restored = try #require(try copy.run(["activity", "list", "--json", "--deal", deal, "--all"]).json() as? [[String: Any]])
        #expect(restored.map { $0["id"] as? Int } == [Int(call)])
        #expect(restored.first?["cancelled_at"] as? String == "2026-11-29T10:00:00Z")
        #expect(try copy.succeed(["export", "--format", "json"]) == (try String(contentsOfFile: file, encoding: .utf8)).trimmingCharacters(in: .newlines))
        try copy.succeed(["reopen", deal])
        #expect(try #require(try copy.run(["activity", "list", "--json"]).json() as? [[String: Any]]).map { $0["id"] as? Int } == [Int(call)])
    }

    @Test(arguments: CLIEngine.all) func lostCancelsPlannedActivitiesToo(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let deal = try funnel.succeed(["add", "Acme"])
        try funnel.succeed(["activity", "add", deal, "--kind", "call", "--due", "2026-11-28"])
        #expect(try listed(["--overdue"], on: funnel).count == 1)
        try funnel.succeed(["lost", deal, "--reason", "price"])
        #expect(try listed(["--overdue"], on: funnel).isEmpty)
        #expect(try show(deal, on: funnel)["next_activity_state"] as? String == "none")
    }
}
