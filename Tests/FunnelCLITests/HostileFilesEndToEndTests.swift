import Foundation
import Testing
import FunnelTestSupport

/// Malformed and hostile import files: refused with the line and the reason, in bounded memory, nothing written.
@Suite("Hostile import files, end to end")
struct HostileFilesEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess { try FunnelProcess(engine, in: folder) }

    func write(_ name: String, _ data: Data) throws -> String {
        let path = folder.path(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Imports a file that must be refused; checks the one-line message and that nothing was written.
    func expectRefused(_ path: String, status: Int32 = 2, mentioning parts: [String], on funnel: FunnelProcess) throws {
        try funnel.succeed(["add", "Existing deal"])
        let before = try funnel.fingerprint()
        let result = try funnel.run(["import", path])
        #expect(result.status == status, "\(result.stderr)")
        for part in parts { #expect(result.stderr.contains(part), "'\(part)' missing from: \(result.stderr)") }
        #expect(result.stderr.utf8.count < 2_000, "the message is \(result.stderr.utf8.count) bytes long")
        #expect(try funnel.fingerprint() == before)
    }

    @Test(arguments: CLIEngine.all) func anUnclosedQuoteNamesItsLine(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let path = try write("unbalanced.csv", Data("Deal Name,Amount,Deal Stage\nAcme,5,Qualifying\n\"Globex,500,Qualifying\nInitech,7,Qualifying\n".utf8))
        try expectRefused(path, mentioning: ["line 3", "never closed"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func raggedRowsAreListedByLine(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let path = try write("ragged.csv", Data("Deal Name,Amount,Deal Stage\nAcme,500\nGlobex,1,Qualifying,4,5\n".utf8))
        try expectRefused(path, mentioning: ["line 3", "5 fields", "header has 3"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func binaryJunkAndOtherEncodingsAreNotCSV(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        var generator = SystemRandomNumberGenerator()
        let junk = Data((0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try expectRefused(try write("junk.csv", junk), mentioning: ["not UTF-8"], on: funnel)
        try expectRefused(try write("nul.csv", Data("Deal Name,Amount\nAcme\u{0},5\n".utf8)), mentioning: ["binary"], on: funnel)
        try expectRefused(try write("latin1.csv", "Deal Name,Amount\nCafé Müller,500\n".data(using: .isoLatin1)!), mentioning: ["not UTF-8"], on: funnel)
        try expectRefused(try write("utf16.csv", "Deal Name,Amount\nAcme,500\n".data(using: .utf16)!), mentioning: ["not UTF-8"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func aHundredThousandColumnsGiveAShortMessage(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let header = (0..<100_000).map { "c\($0)" }.joined(separator: ",")
        let row = Array(repeating: "v", count: 100_000).joined(separator: ",")
        try expectRefused(try write("wide.csv", Data((header + "\n" + row + "\n").utf8)), mentioning: ["no title column", "and 99988 more"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func aTenMegabyteFieldIsRefusedByTheTitleRule(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let big = String(repeating: "x", count: 10_000_000)
        let path = try write("big.csv", Data("Deal - Title,Deal - Value\n\"\(big)\",5\n".utf8))
        try expectRefused(path, mentioning: ["line 2", "title"], on: funnel)
    }

    @Test(arguments: CLIEngine.all) func malformedJSONNamesTheLine(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let path = try write("bad.json", Data("{\"funnel_export\": 1,\n \"deals\": [1,2,\n x]}".utf8))
        try expectRefused(path, mentioning: ["not valid JSON", "line 3"], on: funnel)
    }
}
