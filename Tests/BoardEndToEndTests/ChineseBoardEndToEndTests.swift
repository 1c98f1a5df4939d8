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
}
