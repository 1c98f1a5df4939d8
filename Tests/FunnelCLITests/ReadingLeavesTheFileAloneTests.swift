import Foundation
import Testing
import FunnelTestSupport

/// Commands that only read open the database without writing to it: the file's bytes stay the
/// same (GRDB's pool made a throwaway write, synced four times, at each open of a closed file).
@Suite("Reading commands leave the database file alone")
struct ReadingLeavesTheFileAloneTests {
    let folder = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: folder.path("funnel.sqlite")) }

    // SQLite only: the file's bytes are compared.
    @Test func listShowReportAndSnapshotChangeNoByte() throws {
        let id = try funnel.succeed(["add", "北京星云科技 新采购", "--value", "12k"])
        try funnel.succeed(["move", id, "contact"])
        let path = folder.path("funnel.sqlite")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["list"], ["show", id], ["report"], ["summary"], ["board", "--snapshot"], ["list", "--json"]] {
            #expect(try funnel.run(arguments).status == 0, "\(arguments)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "funnel \(arguments.joined(separator: " ")) wrote to the file")
            // Closed cleanly: no write-ahead log is left beside the file.
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "\(arguments)")
        }
    }

    /// Every command that only reads, and every dry run, with the database file missing.
    static let readingCommands: [[String]] = [
        ["list"], ["list", "--json"], ["show", "1"], ["summary"], ["report"], ["plan", "--goal", "10k"], ["stalled"], ["stages"],
        ["pipelines"], ["activity", "list"], ["review", "--print"], ["review", "--json"], ["settings"], ["export"], ["backup"],
    ]

    // SQLite only: a file that does not exist (a server database is never made by a command).
    @Test func aCommandThatOnlyReadsRefusesAMissingFileAndMakesNothing() throws {
        let csv = folder.path("deals.csv")
        try Data("title,value\nAcme renewal,100\n".utf8).write(to: URL(fileURLWithPath: csv))
        let json = folder.path("deals.json")
        let source = FunnelProcess(databasePath: folder.path("source.sqlite"), environment: ["FUNNEL_AUTO_BACKUP": "0"])
        try source.succeed(["add", "Acme renewal"])
        try source.succeed(["export", "--out", json])
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        for path in [folder.path("typo/fresh.sqlite"), folder.path("fresh.sqlite")] {
            let missing = FunnelProcess(databasePath: path, environment: ["XDG_CONFIG_HOME": folder.path("config")])
            for arguments in Self.readingCommands + [["import", csv, "--dry-run"], ["import", json, "--dry-run"]] {
                let result = try missing.run(arguments)
                #expect(result.status == 1, "\(arguments): \(result.stderr)")
                #expect(result.stderr == "funnel: there is no database at '\(path)', and this command creates none: start one with 'funnel demo', 'funnel add TITLE' or the board ('funnel'), or check --db and FUNNEL_DB\n", "\(arguments)")
                #expect(result.stdout.isEmpty, "\(arguments): \(result.stdout)")
            }
            let chinese = try missing.run(["list"], extraEnvironment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
            #expect(chinese.status == 1)
            #expect(chinese.stderr.contains("“\(path)”处没有数据库，此命令也不会新建"), "\(chinese.stderr)")
        }
        // Neither a file nor a folder (nor a lock beside them) was made.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == before)
    }

    // SQLite only: the folder a new file goes in.
    @Test func aWriteMakesTheFileButNoMissingFolderOutsideFunnelsOwn() throws {
        let typo = FunnelProcess(databasePath: folder.path("typo/fresh.sqlite"), environment: ["XDG_CONFIG_HOME": folder.path("config")])
        let refused = try typo.run(["add", "Acme renewal"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "funnel: the folder '\(folder.path("typo"))' of the database '\(folder.path("typo/fresh.sqlite"))' does not exist, and Funnel makes no folder but its own data folder: create it first (mkdir -p), or check --db and FUNNEL_DB\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("typo")))
        let chinese = try typo.run(["demo"], extraEnvironment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(chinese.status == 1 && chinese.stderr.contains("所在的文件夹“\(folder.path("typo"))”不存在"), "\(chinese.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("typo")))
        // In a folder that exists, a write makes the file as before.
        let fresh = FunnelProcess(databasePath: folder.path("fresh.sqlite"))
        #expect(try fresh.succeed(["add", "Acme renewal"]) == "1")
        #expect(try fresh.succeed(["list"]).contains("Acme renewal"))
        // Funnel's own default location is made with its folders, by the board as by a write (the first run).
        let first = FunnelProcess(databasePath: "", environment: ["XDG_DATA_HOME": folder.path("xdg"), "XDG_CONFIG_HOME": folder.path("config")])
        try first.succeed(["board", "--snapshot"])
        #expect(FileManager.default.fileExists(atPath: folder.path("xdg/funnel/funnel.sqlite")))
    }
}
