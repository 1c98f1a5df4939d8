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

    @Test("a fixed-seed demo, and the import of its CSV export, are byte for byte what they were", arguments: CLIEngine.all)
    func demoAndImportUnchanged(engine: CLIEngine) throws {
        // One author on every machine: the export names who made each entry and activity.
        let demo = try FunnelProcess(engine, in: folder, named: "demo", environment: ["FUNNEL_USER": "Li Wei"])
        // The demo's former mix of currencies, now asked for (issue 15 item 6: one currency by default).
        try demo.succeed(["demo", "--deals", "400", "--seed", "7", "--open-percent", "25", "--currencies", "USD,USD,USD,EUR,CNY,CNY,JPY,GBP"])
        let made = try readBack(demo, name: "demo")
        #expect(made.deals == 400)
        #expect(made.history > 1_200)
        // Issue 15 item 6 changed the titles of the two Japanese companies' deals (Japanese instead of Chinese
        // topics), and only them (checked against the previous binary's export, field by field): new digests.
        // Its last part gave deals their activities (988 here) and re-planned 31 of the 100 open deals' past
        // expected close dates into the coming weeks, and only that (the export's deals differ in expected_close
        // alone, the history not at all; the report's forecast follows): new digests.
        // Issue 18 added `"by": "Li Wei"` (who made it) to every history entry and activity of the archive: with
        // those keys taken out, the export is byte for byte the previous one (5e0b7b8c71435718, checked): new digest.
        // The trial fixes made the user running `demo` (Li Wei here) one of its owners, in Alex Rivera's place: the
        // previous export with "Alex Rivera" replaced by "Li Wei" is byte for byte this one, and the report differs in
        // that owner's name alone (checked against the previous binary): new digests, here and for the import.
        #expect(made.export == "b3d09668e946c732")
        #expect(made.report == "1ec459e81f67dde9")

        let csv = folder.path("demo.csv")
        try demo.succeed(["export", "--format", "csv", "--status", "all", "--out", csv])
        let imported = try FunnelProcess(engine, in: folder, named: "imported", environment: ["FUNNEL_USER": "Li Wei"])
        #expect(try imported.succeed(["import", csv]).contains("400 created"))
        let read = try readBack(imported, name: "imported")
        #expect(read.deals == 400)
        // The import also writes one created entry per deal now, without the phantom move (issue 15 item 12).
        // The CSV carries no activities: the import differs from before in those 31 expected close dates only.
        // Likewise only `"by": "Li Wei"` added (fe26ad3dba9f2560 without it, checked).
        #expect(read.export == "fe3bbde2b91bb7f6")
        #expect(read.report == "5ea8596c350773e0")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
