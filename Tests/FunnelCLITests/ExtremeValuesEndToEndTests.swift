import Foundation
import FunnelTestSupport
import Testing

/// Issue 14 item 8: `funnel add Big --value 999999999999999.99 --probability 100` was accepted, and the lane
/// total then overflowed: `summary`, `board` and `board --snapshot` died with SIGILL and `report` over 100
/// such deals failed with "integer overflow". Values are bounded, and every sum is checked, so that neither
/// the largest deals nor a database edited by hand crash a command.
@Suite("Extreme values, end to end")
struct ExtremeValuesEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess { try FunnelProcess(engine, in: folder, environment: ["FUNNEL_AUTO_BACKUP": "0"]) }

    /// The commands that add money up: lane totals, weighted values, the report, the forecast and the planner.
    static let summing: [[String]] = [
        ["summary"], ["stages"], ["board", "--snapshot"], ["report"],
        ["report", "--json"], ["report", "--owner", "Ann"], ["plan", "--goal", "1000"], ["list"], ["show", "1"],
        ["review"], ["stalled"], ["export"],
    ]

    /// Runs every summing command: never a crash, and either a result or one sentence without SQLite's words.
    func everySumHolds(_ label: String, on funnel: FunnelProcess) throws {
        for arguments in Self.summing {
            let result = try funnel.run(arguments)
            #expect(result.status < 128, "\(label): \(arguments) died of a signal: \(result.stderr.prefix(300))")
            #expect([0, 1].contains(result.status), "\(label): \(arguments) exited \(result.status): \(result.stderr.prefix(300))")
            #expect(result.stderr.split(separator: "\n").count <= 1, "\(label): \(arguments): \(result.stderr.prefix(300))")
            #expect(!result.stderr.contains("overflow") && !result.stderr.contains("database error"), "\(label): \(arguments): \(result.stderr)")
            if result.status == 1 {
                #expect(result.stderr.contains("add up to more than Funnel can count"), "\(label): \(arguments): \(result.stderr)")
            }
        }
    }

    /// A load whose lane totals would pass 64 bits is refused whole, in one sentence.
    @Test(arguments: CLIEngine.all) func anImportThatWouldOverflowTheTotalsIsRefusedWhole(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["add", "Small", "--value", "100"])
        let before = try funnel.fingerprint()
        var csv = "title,value,probability\n"
        for index in 0..<10_000 { csv += "Big \(index),100000000000,100\n" }
        let path = folder.path("largest.csv")
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let result = try funnel.run(["import", path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("add up to more than Funnel can count") && !result.stderr.contains("overflow"), "\(result.stderr)")
        #expect(try funnel.fingerprint() == before)
    }

    @Test(arguments: CLIEngine.all) func theLargestValueAndDaysAreListedWhole(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["add", "Largest", "--value", "100000000000"])
        for environment in [["COLUMNS": ""], ["COLUMNS": "300"], ["COLUMNS": "80"]] {
            let listed = try funnel.run(["list"], extraEnvironment: environment)
            #expect(listed.stdout.contains("$100,000,000,000.00"), "\(environment): \(listed.stdout)")
        }
    }

    @Test(arguments: CLIEngine.all) func theValueOfTheIssueIsRefusedAndNothingIsWritten(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["add", "Small", "--value", "100"])
        let before = try funnel.fingerprint()
        let result = try funnel.run(["add", "Big", "--value", "999999999999999.99", "--probability", "100"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'999999999999999.99'") && result.stderr.contains("$100,000,000,000.00"), "\(result.stderr)")
        #expect(try funnel.fingerprint() == before)
        let edited = try funnel.run(["edit", "1", "--value", "100000000000.01"])
        #expect(edited.status == 2, "\(edited.stderr)")
        let csv = folder.path("big.csv")
        try Data("title,value\nBig,999999999999999.99\n".utf8).write(to: URL(fileURLWithPath: csv))
        let imported = try funnel.run(["import", csv])
        #expect(imported.status == 2 && imported.stderr.contains("$100,000,000,000.00"), "\(imported.stderr)")
        #expect(try funnel.fingerprint() == before)
    }

    /// 10,000 deals at the largest value with their own probability of 100: the weighted sum of one lane passes
    /// 64 bits (10^13 × 100 × 10,000), and SQLite's `+` in the lane-total triggers turns it into a REAL. The
    /// last import is under half the stored deals, so it goes through those triggers (a bulk load rebuilds the
    /// totals with `sum()`, which refuses the whole import instead). The server's lane totals are `bigint`, so
    /// there the last import is refused whole, in the sentence of an overflowing load.
    @Test(arguments: CLIEngine.all) func tenThousandOfTheLargestDealsCrashNothing(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        for (batch, count) in [4_000, 3_000, 3_000].enumerated() {
            var csv = "title,value,probability,owner\n"
            for index in 0..<count { csv += "Big \(batch)-\(index),100000000000,100,Ann\n" }
            let path = folder.path("largest-\(batch).csv")
            try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
            guard engine.isServer, batch == 2 else {
                try funnel.succeed(["import", path])
                continue
            }
            let before = try funnel.deals().count
            let refused = try funnel.run(["import", path])
            #expect(refused.status == 1 && refused.stderr.contains("add up to more than Funnel can count"), "\(refused.stderr)")
            #expect(try funnel.deals().count == before)
        }
        try funnel.succeed(["won", "1"])
        try funnel.succeed(["won", "2"])
        try everySumHolds("10,000 of the largest deals", on: funnel)
        let summary = try funnel.run(["summary"])
        #expect(summary.status == (engine.isServer ? 0 : 1), "the weighted total past 64 bits was shown: \(summary.stdout)")
    }

    /// A database edited by hand: values no command accepts, up to Int64.max, in open and won deals.
    @Test(arguments: CLIEngine.all) func valuesEditedByHandCrashNothing(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        for index in 0..<4 { try funnel.succeed(["add", "Big \(index)", "--value", "100", "--probability", "100", "--owner", "Ann"]) }
        try funnel.succeed(["won", "3"])
        try funnel.succeed(["won", "4"])
        // The server's lane-total trigger refuses such an edit (its totals are `bigint`): there it is made with the
        // triggers off, as a dump restored by hand would be.
        let edit = "UPDATE deal SET value = 9223372036854775807"
        try engine.execute(
            engine.isServer ? "ALTER TABLE deal DISABLE TRIGGER USER; \(edit); ALTER TABLE deal ENABLE TRIGGER USER" : edit,
            in: funnel.databasePath)
        try everySumHolds("Int64.max in four deals", on: funnel)
        let shown = try funnel.run(["show", "1"])
        #expect(shown.status == 0 && shown.stdout.contains("92,233,720,368,547,758.07"), "\(shown.stdout)\(shown.stderr)")
    }
}
