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
        #expect(SharedOptionOrder.subcommandFirst(["--config", "c.toml", "list"]) == ["list", "--config", "c.toml"])
        #expect(SharedOptionOrder.subcommandFirst(["--config=c.toml", "--db", "x", "list"]) == ["list", "--config=c.toml", "--db", "x"])
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

    @Test("every command that opens the store takes --config, before or after its name, and reads it", arguments: CLIEngine.all)
    func everyCommandTakesTheConfig(engine: CLIEngine) throws {
        let folder = TemporaryDirectory()
        let team = try engine.database(in: folder, named: "team")
        let config = folder.path("team.toml")
        try Data("database = \"\(team)\"\n".utf8).write(to: URL(fileURLWithPath: config))
        // No FUNNEL_DB: the database is the one the config names, so a command that ignored --config would not find the deal.
        let funnel = FunnelProcess(databasePath: "", environment: [
            "XDG_DATA_HOME": folder.path("data"), "XDG_CONFIG_HOME": folder.path("config"), "FUNNEL_AUTO_BACKUP": "0"])
        let id = try funnel.succeed(["add", "Acme renewal", "--config", config])
        // A command that reads, with --config after its name and before it.
        for arguments in [["list"], ["summary"], ["show", id], ["stalled"], ["report"], ["export"], ["stages"], ["pipelines"], ["settings"]] {
            for placed in [arguments + ["--config", config], ["--config", config] + arguments] {
                let result = try funnel.run(placed)
                #expect(result.status == 0, "\(placed): \(result.stderr)")
            }
        }
        // Each change once, the option after and before its name in turn.
        let changes = [
            ["move", id, "2"], ["won", id], ["reopen", id, "--stage", "1"], ["lost", id, "--reason", "price"],
            ["reopen", id, "--stage", "2"], ["move", id, "3"], ["won", id], ["reopen", id, "--stage", "1"], ["lost", id, "--reason", "price"],
        ]
        for (index, arguments) in changes.enumerated() {
            let placed = index.isMultiple(of: 2) ? arguments + ["--config", config] : ["--config", config] + arguments
            let result = try funnel.run(placed)
            #expect(result.status == 0, "\(placed): \(result.stderr)")
        }
        let backup = try funnel.run(["backup", "--config", config])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(try funnel.succeed(["--config", config, "list", "--status", "all"]).contains("Acme renewal"))
        let restore = try funnel.run(["restore", folder.path("no-such-backup"), "--config", config])
        #expect(!restore.stderr.contains("Unknown option"), "\(restore.stderr)")
        #expect(try funnel.run(["delete", id, "--yes", "--config", config]).status == 0)
        #expect((try funnel.run(["--config", config, "list", "--status", "all", "--json"]).json() as? [Any])?.isEmpty == true)
    }

    @Test("a bad config named by FUNNEL_CONFIG is warned about alike by a command that reads and one that writes", arguments: CLIEngine.all)
    func everyCommandWarnsAboutABadConfig(engine: CLIEngine) throws {
        let folder = TemporaryDirectory()
        for (name, text) in [("klingon.toml", "language = \"klingon\"\n"), ("broken.toml", "language = [\n")] {
            let config = folder.path(name)
            try Data(text.utf8).write(to: URL(fileURLWithPath: config))
            let funnel = try FunnelProcess(engine, in: folder, named: name, environment: ["FUNNEL_CONFIG": config, "FUNNEL_AUTO_BACKUP": "0"])
            let added = try funnel.run(["add", "Acme renewal"])
            #expect(added.status == 0)
            #expect(added.stderr.contains(config), "\(added.stderr)")
            for arguments in [["list"], ["summary"], ["export"], ["stages"], ["won", "1"]] {
                let result = try funnel.run(arguments)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                #expect(result.stderr == added.stderr, "\(name) \(arguments): \(result.stderr)")
            }
        }
    }
}
