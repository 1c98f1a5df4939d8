import Foundation
import FunnelTestSupport
import Testing

@Suite("funnel board: snapshot, options and terminals it refuses")
struct BoardCommandTests {
    let directory = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: directory.url.appendingPathComponent("funnel.sqlite").path) }

    @Test func snapshotPrintsTheFrameAsPlainText() throws {
        _ = try funnel.succeed(["add", "北京数据平台", "--value", "120000", "--currency", "CNY", "--org", "北京科技"])
        _ = try funnel.succeed(["add", "Esc \u{1B}[31m x", "--stage", "2"])
        let result = try funnel.run(["board", "--snapshot", "--width", "100", "--height", "20"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 21)  // 20 rows and the final newline
        #expect(result.stdout.contains("▶ 北京数据平台"))
        #expect(result.stdout.contains("Esc ␛[31m x"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(lines[0].hasPrefix(" Prospecting"))
    }

    /// Issue 15 item 10: cards had no owner. With deals of two owners each card shows its owner's initials at the
    /// end of its title line; with one owner, none.
    @Test func cardsShowOwnerInitialsWhenThePipelineHasSeveralOwners() throws {
        _ = try funnel.succeed(["add", "Nordwind fleet", "--owner", "Sam Patel"])
        let single = try funnel.run(["board", "--snapshot", "--width", "100", "--height", "20"])
        #expect(single.status == 0)
        #expect(!single.stdout.contains(" SP"), "\(single.stdout)")
        _ = try funnel.succeed(["add", "北京数据平台", "--owner", "王芳", "--stage", "2"])
        _ = try funnel.succeed(["add", "Unowned pilot", "--stage", "3"])
        let several = try funnel.run(["board", "--snapshot", "--width", "100", "--height", "20"])
        #expect(several.status == 0)
        let lines = several.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("▶ Nordwind fleet") && $0.contains(" SP") }, "\(several.stdout)")
        #expect(lines.contains { $0.contains("北京数据平台") && $0.contains(" 王") }, "\(several.stdout)")
        #expect(lines.contains { $0.contains("Unowned pilot") }, "\(several.stdout)")
    }

    @Test func snapshotDefaultsTo80x24() throws {
        let result = try funnel.run(["board", "--snapshot"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 25)
        #expect(result.stdout.contains("(no deals)"))
    }

    @Test func badSizesAndPipelinesAreRefused() throws {
        let fingerprint = try funnel.fingerprint()
        let width = try funnel.run(["board", "--snapshot", "--width", "0"])
        #expect(width.status == 2)
        #expect(width.stderr == "funnel: invalid --width '0': use a number of columns from 1 to 1000\n")
        let live = try funnel.run(["board", "--height", "30"])
        #expect(live.status == 2)
        let pipeline = try funnel.run(["board", "--snapshot", "--pipeline", "Nope"])
        #expect(pipeline.status == 1)
        #expect(pipeline.stderr.hasPrefix("funnel: no pipeline 'Nope'"))
        #expect(try funnel.fingerprint() == fingerprint)
    }

    @Test func withoutATerminalTheBoardSaysSoInOneLine() throws {
        for arguments in [["board"], []] {
            let result = try funnel.run(arguments)
            #expect(result.status == 1)
            #expect(result.stdout == "")
            #expect(result.stderr == "funnel: the board needs a terminal, but stdin or stdout is not one; use 'funnel board --snapshot' or 'funnel list' in scripts\n")
        }
    }

    @Test func summaryStillWorks() throws {
        try funnel.succeed(["add", "Acme renewal"])  // a command that only reads makes no database
        #expect(try funnel.run(["summary"]).status == 0)
    }
}
