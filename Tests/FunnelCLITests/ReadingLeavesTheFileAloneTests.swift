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
}
