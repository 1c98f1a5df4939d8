import Foundation
import FunnelTestSupport
import Testing

/// Issue 14 item 11 end to end: a "200-character" title of combining marks made 20 CSV rows a 64 MB
/// database and `list` print 3.8 MB. Texts are bounded in bytes as well, on the command line and in files.
@Suite("Text limits in bytes, end to end")
struct TextLimitEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess { try FunnelProcess(engine, in: folder, environment: ["FUNNEL_AUTO_BACKUP": "0"]) }

    /// One letter carrying 50,000 combining acute accents: one character, 100 KB.
    static let heavy = "a" + String(repeating: "\u{301}", count: 50_000)

    @Test(arguments: CLIEngine.all) func charactersHeavyWithMarksAreRefusedAndNothingIsWritten(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["add", "Existing", "--value", "100"])
        let before = try funnel.fingerprint()
        for arguments in [["add", Self.heavy], ["add", "Deal", "--org", Self.heavy], ["edit", "1", "--notes", Self.heavy], ["lost", "1", "--reason", Self.heavy]] {
            let result = try funnel.run(arguments)
            let shown = arguments.map { $0.count == 1 && $0.utf8.count > 1_000 ? "<heavy>" : $0 }
            #expect(result.status == 2, "\(shown): \(result.stderr.prefix(300))")
            #expect(result.stderr.contains("bytes") && result.stderr.count < 1_200, "\(shown): \(result.stderr.prefix(300))")
        }
        var csv = "title,value\n"
        for _ in 0..<20 { csv += "\"\(Self.heavy)\",100\n" }
        let path = folder.path("heavy.csv")
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let imported = try funnel.run(["import", path])
        #expect(imported.status == 2, "\(imported.stderr.prefix(300))")
        #expect(imported.stdout.utf8.count + imported.stderr.utf8.count < 20_000, "the refusal printed \(imported.stderr.utf8.count) bytes")
        #expect(try funnel.fingerprint() == before)
    }
}
