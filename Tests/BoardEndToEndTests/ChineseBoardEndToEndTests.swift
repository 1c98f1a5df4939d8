import Foundation
import FunnelTestSupport
import Testing

@Suite(
    "The board in Chinese: the real binary in tmux under LANG=zh_CN.UTF-8",
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed, so the board's end-to-end tests cannot run (apt-get install tmux; .ci/run installs it)"),
    .serialized)
struct ChineseBoardEndToEndTests {
    let directory = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: directory.url.appendingPathComponent("funnel.sqlite").path) }

    /// The board under a Chinese locale this machine may not have installed (the test machines have only
    /// C.UTF-8): LC_ALL and LC_MESSAGES emptied so LANG decides, as on a fresh ssh login.
    func openBoard(width: Int = 120, height: Int = 40) throws -> TmuxSession {
        try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board"],
            environment: [
                "FUNNEL_DB": funnel.databasePath, "FUNNEL_NOW": "2026-11-29T09:00:00Z", "NO_COLOR": "1",
                "LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "FUNNEL_CONFIG": "/nonexistent/funnel.toml",
            ],
            width: width, height: height)
    }

    @Test("without the zh_CN locale installed the board still draws box rules and a Chinese title whole")
    func aMissingChineseLocaleFallsBackToUTF8() throws {
        _ = try funnel.succeed(["add", "北京星云科技 续约", "--value", "12万", "--currency", "CNY"])
        let board = try openBoard()
        let screen = try board.waitFor("北京星云科技 续约")
        #expect(screen.contains("──────"), "the lane rules are drawn with box-drawing characters:\n\(screen)")
        #expect(screen.contains("│"), "the lane borders are drawn:\n\(screen)")
        #expect(screen.contains("¥120,000"), "the lane total keeps its digit grouping:\n\(screen)")
        try board.send("q")
        try board.waitFor("funnel exited 0")
    }

    @Test("in Chinese: move a card, log a call with a Chinese subject due 明天 10:00, and read each message line")
    func moveAndLogACallInChinese() throws {
        // The database is created under the Chinese locale, so its stages have the Chinese names.
        let chinese = FunnelProcess(
            databasePath: funnel.databasePath, environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        let id = try chinese.succeed(["add", "上海蓝海贸易 新采购", "--value", "1.5万"])
        let board = try openBoard()
        try board.waitFor("上海蓝海贸易 新采购")
        try board.waitFor("? 帮助")
        try board.send("L")
        try board.waitForLine(startingWith: "已将“上海蓝海贸易 新采购”移到资格审查")
        // The selection stays in the lane the card left: follow the card.
        try board.send("l")
        try board.send("a")
        try board.waitFor("类型：")
        try board.send("c")
        try board.waitFor("电话：主题")
        try board.type("电话回访报价")
        try board.send("Enter")
        try board.waitFor("明天 10:00")
        try board.type("明天 10:00")
        try board.send("Enter")
        // FUNNEL_NOW is Sunday 2026-11-29: 明天 is Monday the 30th.
        try board.waitForLine(startingWith: "下一步：电话 2026年11月30日 周一 10:00")
        let shown = try #require(try funnel.run(["show", "--json", id]).json() as? [String: Any])
        let activities = try #require(shown["activities"] as? [[String: Any]])
        #expect(activities.map { $0["subject"] as? String } == ["电话回访报价"])
        #expect(activities.map { $0["due"] as? String } == ["2026-11-30T10:00"])
        #expect(shown["stage"] as? String == "资格审查")
        try board.send("q")
        try board.waitFor("funnel exited 0")
    }
}
