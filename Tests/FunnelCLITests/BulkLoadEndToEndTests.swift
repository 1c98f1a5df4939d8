import Foundation
import FunnelTestSupport
import Testing

/// `demo` and `import` write the same deals, history and reports as before their bulk loads were
/// made faster (index rebuilds, batched history, cheaper CHECKs): digests of a fixed-seed demo's
/// JSON export and report, taken with the binary before the change (commit ee294f7).
@Suite("Bulk loads write exactly what they wrote before, end to end")
struct BulkLoadEndToEndTests {
    let folder = TemporaryDirectory()

    /// 64-bit FNV-1a of a file's bytes, in hex: a short fixture for a large, exact output.
    static func digest(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16).leftPadded(to: 16)
    }

    /// The export (deals, history, pipelines) and `report --json` digests of a database, and its counts.
    func readBack(_ funnel: FunnelProcess, name: String) throws -> (export: String, report: String, deals: Int, history: Int) {
        let exportPath = folder.path("\(name).json")
        try funnel.succeed(["export", "--format", "json", "--out", exportPath])
        let export = try Data(contentsOf: URL(fileURLWithPath: exportPath))
        let report = try funnel.run(["report", "--json"])
        #expect(report.status == 0)
        let archive = try JSONSerialization.jsonObject(with: export) as? [String: Any] ?? [:]
        return (
            Self.digest(export), Self.digest(Data(report.stdout.utf8)),
            (archive["deals"] as? [Any])?.count ?? -1, (archive["stage_history"] as? [Any])?.count ?? -1)
    }

    @Test("a fixed-seed demo, and the import of its CSV export, are byte for byte what they were")
    func demoAndImportUnchanged() throws {
        let demo = FunnelProcess(databasePath: folder.path("demo.sqlite"))
        try demo.succeed(["demo", "--deals", "400", "--seed", "7", "--open-percent", "25"])
        let made = try readBack(demo, name: "demo")
        #expect(made.deals == 400)
        #expect(made.history > 1_200)
        #expect(made.export == "544e49d2ff423431")
        #expect(made.report == "34cd8283bc9a2546")

        let csv = folder.path("demo.csv")
        try demo.succeed(["export", "--format", "csv", "--status", "all", "--out", csv])
        let imported = FunnelProcess(databasePath: folder.path("imported.sqlite"))
        #expect(try imported.succeed(["import", csv]).contains("400 created"))
        let read = try readBack(imported, name: "imported")
        #expect(read.deals == 400)
        #expect(read.export == "ba0286fbd1980b92")
        #expect(read.report == "61fef14737c4174b")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
