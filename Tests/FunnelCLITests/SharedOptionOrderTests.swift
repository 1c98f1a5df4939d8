import Foundation
import FunnelTestSupport
import Testing
@testable import FunnelCLI

/// `--db` is accepted before the subcommand as well as after it.
@Suite("Shared options before the subcommand")
struct SharedOptionOrderTests {
    @Test func sharedOptionsBeforeASubcommandMoveBehindIt() {
        #expect(SharedOptionOrder.subcommandFirst(["--db", "x.sqlite", "summary"]) == ["summary", "--db", "x.sqlite"])
        #expect(SharedOptionOrder.subcommandFirst(["--db=x.sqlite", "stages", "add", "Demo"]) == ["stages", "add", "Demo", "--db=x.sqlite"])
        #expect(SharedOptionOrder.subcommandFirst(["--db", "x", "add", "A", "--", "--db"]) == ["add", "A", "--db", "x", "--", "--db"])
    }

    @Test func withoutASubcommandTheArgumentsStayAsTheyAre() {
        #expect(SharedOptionOrder.subcommandFirst(["--db", "x.sqlite"]) == ["--db", "x.sqlite"])
        #expect(SharedOptionOrder.subcommandFirst(["--db", "x.sqlite", "--no-mouse"]) == ["--db", "x.sqlite", "--no-mouse"])
        #expect(SharedOptionOrder.subcommandFirst(["summary", "--db", "x"]) == ["summary", "--db", "x"])
        #expect(SharedOptionOrder.subcommandFirst(["--db"]) == ["--db"])
        #expect(SharedOptionOrder.subcommandFirst([]) == [])
    }

    @Test(arguments: CLIEngine.all) func theDatabaseNamedBeforeTheSubcommandIsTheOneUsed(engine: CLIEngine) throws {
        let folder = TemporaryDirectory()
        let elsewhere = try FunnelProcess(engine, in: folder, named: "elsewhere")
        let team = try engine.database(in: folder, named: "team")
        let added = try elsewhere.run(["--db", team, "add", "Acme renewal"])
        #expect(added.status == 0, "\(added.stderr)")
        let summary = try elsewhere.run(["--db", team, "summary"])
        #expect(summary.status == 0, "\(summary.stderr)")
        let listed = try elsewhere.run(["--db=\(team)", "list", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("Acme renewal"))
        #expect(try elsewhere.run(["list", "--json"]).stdout.contains("Acme renewal") == false)
        let stages = try elsewhere.run(["--db", team, "stages", "add", "Demo", "--after", "Qualifying"])
        #expect(stages.status == 0, "\(stages.stderr)")
    }
}
