import Foundation
import Testing
import FunnelTestSupport
import Pipeline

/// Every refusal: one line on stderr naming the bad value and what is accepted, the right exit status,
/// and nothing written.
@Suite("Refused input, end to end")
struct ErrorPathsEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess { try FunnelProcess(engine, in: folder) }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        /// Text the one-line message must contain.
        var mentions: [String]
        var now: String? = nil
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let refusals: [Refusal] = [
        Refusal(arguments: ["add", "X", "--value", "12.3456"], status: 2, mentions: ["'12.3456'", "12k"]),
        Refusal(arguments: ["add", "X", "--value", "1.200", "--currency", "EUR"], status: 2, mentions: ["'1.200'", "write 1200 or 1.20", "decimal_separator"]),
        Refusal(arguments: ["edit", "1", "--value", "80,000"], status: 2, mentions: ["'80,000'", "write 80000 or 80.00"]),
        Refusal(arguments: ["add", "X", "--value=-5"], status: 2, mentions: ["'-5'", "negative"]),
        Refusal(arguments: ["add", "X", "--value", "lots"], status: 2, mentions: ["'lots'", "1.5m"]),
        Refusal(arguments: ["add", "X", "--currency", "USS"], status: 2, mentions: ["'USS'", "ISO 4217"]),
        Refusal(arguments: ["add", "X", "--value", "5.5", "--currency", "JPY"], status: 2, mentions: ["'5.5'", "JPY"]),
        Refusal(arguments: ["add", "X", "--close-date", "2026-02-30"], status: 2, mentions: ["'2026-02-30'", "YYYY-MM-DD"]),
        Refusal(arguments: ["add", "X", "--temperature", "tepid"], status: 2, mentions: ["'tepid'", "hot, warm, cold"]),
        Refusal(arguments: ["add", "X", "--priority", "7"], status: 2, mentions: ["'7'", "0"]),
        Refusal(arguments: ["add", "X", "--probability", "120"], status: 2, mentions: ["'120'", "0 to 100"]),
        Refusal(arguments: ["add", "X", "--probability", "likely"], status: 2, mentions: ["'likely'", "0 to 100"]),
        Refusal(arguments: ["add", "X", "--email", "bob"], status: 2, mentions: ["'bob'", "name@example.com"]),
        Refusal(arguments: ["add", "  "], status: 2, mentions: ["title"]),
        Refusal(arguments: ["add", "X", "--stage", "Demo"], status: 1, mentions: ["'Demo'", "Prospecting, Qualifying"]),
        Refusal(arguments: ["add", "X", "--stage", "9"], status: 1, mentions: ["9", "1 to 5"]),
        Refusal(arguments: ["add", "X", "--pipeline", "Nope"], status: 1, mentions: ["'Nope'", "Sales"]),
        Refusal(arguments: ["add"], status: 2, mentions: ["title"]),
        Refusal(arguments: ["add", "X", "--colour", "red"], status: 2, mentions: ["--colour"]),
        Refusal(arguments: ["move", "1", "Demo"], status: 1, mentions: ["'Demo'"]),
        Refusal(arguments: ["move", "99", "2"], status: 1, mentions: ["99"]),
        Refusal(arguments: ["move", "abc", "2"], status: 2, mentions: ["abc"]),
        Refusal(arguments: ["show", "99"], status: 1, mentions: ["99"]),
        Refusal(arguments: ["won", "99"], status: 1, mentions: ["99"]),
        Refusal(arguments: ["lost", "1"], status: 2, mentions: ["--reason"]),
        Refusal(arguments: ["lost", "1", "--reason", " "], status: 2, mentions: ["--reason"]),
        Refusal(arguments: ["reopen", "1"], status: 1, mentions: ["already open"]),
        Refusal(arguments: ["edit", "1", "--value", "1,00,0"], status: 2, mentions: ["'1,00,0'"]),
        Refusal(arguments: ["list", "--status", "closed"], status: 2, mentions: ["'closed'", "open, won, lost, all"]),
        Refusal(arguments: ["stages", "add", "qualifying"], status: 1, mentions: ["qualifying"]),
        Refusal(arguments: ["stages", "add", "X", "--probability", "120"], status: 2, mentions: ["'120'", "0 to 100"]),
        Refusal(arguments: ["stages", "set", "1"], status: 2, mentions: ["--probability"]),
        Refusal(arguments: ["stages", "move", "1", "--to", "8"], status: 2, mentions: ["'8'", "1 to 5"]),
        Refusal(arguments: ["stages", "rename", "1", "Closing"], status: 1, mentions: ["Closing"]),
        Refusal(arguments: ["stages", "remove", "Qualifying", "--move-deals-to", "Nowhere"], status: 1, mentions: ["'Nowhere'", "Prospecting"]),
        Refusal(arguments: ["pipelines", "add", "sales"], status: 1, mentions: ["sales"]),
        Refusal(arguments: ["pipelines", "add", "P", "--stages", "A,a"], status: 2, mentions: ["twice"]),
        Refusal(arguments: ["pipelines", "add", "P", "--stages", "1,2,3,4,5,6,7,8,9,10,11,12,13"], status: 2, mentions: ["1 to 12"]),
        Refusal(arguments: ["demo", "--deals", "0"], status: 2, mentions: ["'0'"]),
        Refusal(arguments: ["add", "X"], status: 2, mentions: ["FUNNEL_NOW", "'tomorrow'"], now: "tomorrow"),
    ]

    @Test(arguments: CLIEngine.all, refusals)
    func refused(engine: CLIEngine, _ refusal: Refusal) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["add", "Existing deal", "--value", "100"])
        let before = try funnel.fingerprint()
        let result = try funnel.run(refusal.arguments, now: refusal.now)
        #expect(result.status == refusal.status, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got: \(result.stderr)")
        #expect(result.stderr.hasPrefix("funnel: "))
        for mention in refusal.mentions {
            #expect(result.stderr.contains(mention), "'\(mention)' missing from: \(result.stderr)")
        }
        #expect(try funnel.fingerprint() == before)
    }

    @Test(arguments: CLIEngine.all) func hostileTextNeverReachesTheTerminalRaw(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let id = try funnel.succeed(["add", "Evil\u{1B}[2J\u{1B}]52;c;aGk=\u{07}deal", "--org", "Bidi\u{202E}gpj.exe"])
        for arguments in [["list"], ["show", id]] {
            let out = try funnel.succeed(arguments)
            #expect(!out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
            #expect(out.contains("Evil␛[2J␛]52;c;aGk=␇deal"))
        }
        let json = try funnel.succeed(["show", id, "--json"])
        #expect(!json.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(json.contains("Evil\\u001b[2J"))
        let parsed = try #require(try funnel.run(["show", id, "--json"]).json() as? [String: Any])
        #expect(parsed["title"] as? String == "Evil\u{1B}[2J\u{1B}]52;c;aGk=\u{07}deal")
    }

    /// Every text field a person or a file fills: imported cells, person, job title, notes, owner,
    /// source, lost reason; a mark opening a title. No command prints a control raw, and every mark has a base.
    @Test(arguments: CLIEngine.all) func hostileTextInEveryFieldNeverReachesTheTerminalRaw(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let hostile = "X\u{1B}[2J\u{1B}]52;c;aGk=\u{07}\u{9B}1m\u{202E}rev"
        let csv = folder.path("deals.csv")
        try Data("title,value,organization,notes\n\"Imp \(hostile)\",100,\"Org \(hostile)\",\"Note \(hostile)\"\n".utf8)
            .write(to: URL(fileURLWithPath: csv))
        try funnel.succeed(["import", csv])
        let id = try funnel.succeed([
            "add", "\u{301}T\(hostile)", "--person", "P\(hostile)", "--job-title", "J\(hostile)", "--notes", "N\(hostile)",
            "--owner", "O\(hostile)", "--source", "S\(hostile)",
        ])
        try funnel.succeed(["lost", id, "--reason", "R\(hostile)"])
        let raw: Set<UInt32> = [0x1B, 0x07, 0x9B, 0x202E]
        for arguments in [["list", "--status", "all"], ["show", "1"], ["show", id], ["report"], ["summary"], ["activity", "list"]] {
            let result = try funnel.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let out = result.stdout + result.stderr
            #expect(!out.unicodeScalars.contains { raw.contains($0.value) }, "\(arguments) printed a control raw")
            #expect(!out.contains(where: TerminalText.opensWithMark), "\(arguments) printed a mark without a base")
        }
        let shown = try funnel.succeed(["show", id])
        for field in ["P", "J", "N", "O", "S", "R"] {
            #expect(shown.contains("\(field)X␛[2J␛]52;c;aGk=␇�1m�rev"), "field \(field) is not shown with placeholders:\n\(shown)")
        }
        #expect(shown.contains("\u{25CC}\u{301}TX␛[2J"))
        #expect(try funnel.succeed(["show", "1"]).contains("Note X␛[2J"))
        // A refusal that quotes the hostile value shows it with placeholders too.
        let refused = try funnel.run(["activity", "add", "1", "--kind", "call", "--subject", hostile])
        #expect(refused.status == 2)
        #expect(!refused.stderr.unicodeScalars.contains { raw.contains($0.value) })
        #expect(refused.stderr.split(separator: "\n").count == 1)
    }

    // SQLite only: a file of another kind; a server database of another program is ServerStoreEndToEndTests's.
    @Test func aForeignFileIsRefusedUntouched() throws {
        let path = folder.path("notes.txt")
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: path))
        let result = try FunnelProcess(databasePath: path).run(["list"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not an SQLite file"))
        #expect(FileManager.default.contents(atPath: path) == Data("not a database".utf8))
    }
}
