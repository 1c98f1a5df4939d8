import Foundation
import FunnelTestSupport
import Testing

/// Two salespeople's boards on one database, in a terminal, as two users (issue 18, never overwrite each
/// other): Li Wei's stale edit of another field lands beside 陈静's, 陈静's stale edit of the field Li Wei just
/// changed is refused naming him, in her board's language, with what she typed kept for a second Enter, and
/// `funnel list --json` shows nothing lost.
enum TwoBoardsAsTwoUsers {
    static func board(_ database: String, user: String, chinese: Bool = false) throws -> TmuxSession {
        var environment = ["FUNNEL_DB": database, "FUNNEL_NOW": "2026-11-29T09:00:00Z", "NO_COLOR": "1", "FUNNEL_USER": user]
        if chinese { environment["LANG"] = "zh_CN.UTF-8" }
        return try TmuxSession(command: [FunnelProcess.executableURL.path, "board"], environment: environment, width: 100, height: 30)
    }

    /// The one deal as `funnel list --json` shows it, once `condition` holds (polled, with a timeout).
    static func deal(_ funnel: FunnelProcess, timeout: TimeInterval = 15, until condition: ([String: Any]) -> Bool) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let deal = try funnel.deals().first ?? [:]
            if condition(deal) { return deal }
            if Date() > deadline {
                Issue.record("the deal never became as expected: \(deal)")
                return deal
            }
            usleep(50_000)
        }
    }

    static func run(on database: String) throws {
        let funnel = FunnelProcess(databasePath: database)
        _ = try funnel.succeed(["add", "Acme renewal", "--value", "5000"])
        let li = try board(database, user: "Li Wei")
        defer { li.close() }
        let chen = try board(database, user: "陈静", chinese: true)
        defer { chen.close() }
        try li.waitFor("Acme renewal")
        try chen.waitFor("Acme renewal")

        // Li Wei starts renaming it; meanwhile 陈静 raises its value and saves.
        try li.send("e")
        try li.waitFor("Edit: Acme renewal")
        try li.type(" 二期")
        try chen.send("e")
        try chen.waitFor("5000.00")
        try chen.send("Tab")
        try chen.send("C-u")
        try chen.type("9000")
        try chen.send("Enter")
        _ = try deal(funnel) { $0["value"] as? String == "9000.00" }
        // Li Wei's form is now on an older version, but it changed only the title: saved beside her value.
        try li.send("Enter")
        try li.waitFor("Saved 'Acme renewal 二期'")
        let both = try deal(funnel) { $0["title"] as? String == "Acme renewal 二期" }
        #expect(both["value"] as? String == "9000.00", "陈静's value is kept under Li Wei's title")

        // 陈静 starts renaming it too; Li Wei renames it again first.
        try chen.send("e")
        try chen.waitFor("9000.00")
        try chen.type(" X")
        try li.send("e")
        try li.waitFor("Edit: Acme renewal 二期")
        try li.type(" Y")
        try li.send("Enter")
        try li.waitFor("Saved 'Acme renewal 二期 Y'")
        try chen.send("Enter")
        let refused = try chen.waitFor("Li Wei 刚刚修改了它的标题")
        #expect(refused.contains("未保存任何内容"), "\(refused)")
        #expect(refused.contains(" X"), "what 陈静 typed is still in her form")
        #expect(try funnel.deals().first?["title"] as? String == "Acme renewal 二期 Y", "nothing of the refused write was saved")
        // Her second Enter saves her title over his, knowingly; her value and his history stay.
        try chen.send("Enter")
        let final = try deal(funnel) { ($0["title"] as? String)?.hasSuffix(" X") == true }
        #expect(final["value"] as? String == "9000.00")
        try li.send("q")
        try chen.send("q")
        try li.waitFor("funnel exited 0")
        try chen.waitFor("funnel exited 0")
    }
}

@Suite(
    "Two boards as two users on a PostgreSQL server", .requiresPostgres,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed (apt-get install tmux; .ci/run installs it)"))
struct TeamConflictServerBoardEndToEndTests {
    @Test func aStaleWriteFromEachSideAndNothingLost() throws {
        try TwoBoardsAsTwoUsers.run(on: try PostgresTestCluster.createDatabase())
    }
}

@Suite(
    "Two boards as two users on one SQLite file",
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed (apt-get install tmux; .ci/run installs it)"))
struct TeamConflictFileBoardEndToEndTests {
    let directory = TemporaryDirectory()

    @Test func aStaleWriteFromEachSideAndNothingLost() throws {
        try TwoBoardsAsTwoUsers.run(on: directory.path("funnel.sqlite"))
    }
}
