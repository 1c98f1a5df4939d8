import Foundation
import FunnelTestSupport
import Testing

/// Refusals a tester found unclear: each now names the bad value and what is accepted, with exit status 2 for
/// bad input, in English and Chinese, and nothing written.
@Suite("Refusals that say what is accepted")
struct ClearRefusalsEndToEndTests {
    let folder = TemporaryDirectory()

    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, environment: ["XDG_CONFIG_HOME": folder.path("config"), "FUNNEL_AUTO_BACKUP": "0"])
    }

    let chinese = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]

    @Test("a deal or activity number that is not a number is refused saying what one looks like", arguments: CLIEngine.all)
    func notANumber(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["add", "Acme renewal"])
        let before = try funnel.fingerprint()
        for (arguments, expected) in [
            (["show", "abc"], "funnel: 'abc' is not a deal number: give a deal's number as 'funnel list' shows it, e.g. 12\n"),
            (["move", "abc", "2"], "funnel: 'abc' is not a deal number: give a deal's number as 'funnel list' shows it, e.g. 12\n"),
            (["activity", "add", "abc", "--kind", "call"], "funnel: 'abc' is not a deal number: give a deal's number as 'funnel list' shows it, e.g. 12\n"),
            (["activity", "list", "--deal", "abc"], "funnel: 'abc' is not a deal number: give a deal's number as 'funnel list' shows it, e.g. 12\n"),
            (["activity", "done", "x7"], "funnel: 'x7' is not an activity number: give an activity's number as 'funnel activity list' shows it, e.g. 7\n"),
        ] {
            let result = try funnel.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr == expected, "\(arguments)")
        }
        let inChinese = try funnel.run(["show", "abc"], extraEnvironment: chinese)
        #expect(inChinese.status == 2)
        #expect(inChinese.stderr == "funnel: “abc”不是商机编号：请给出 'funnel list' 显示的商机编号，例如 12\n")
        #expect(try funnel.fingerprint() == before)
    }

    @Test("a date starting with a minus sign reaches the date's own check instead of 'Missing value'", arguments: CLIEngine.all)
    func dateStartingWithMinus(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let id = try funnel.succeed(["add", "Acme renewal"])
        let before = try funnel.fingerprint()
        for arguments in [
            ["activity", "add", id, "--kind", "call", "--due", "-1d"], ["snooze", id, "--until", "-1d"], ["park", id, "--until", "-1d"],
            ["edit", id, "--close-date", "-1d"],
        ] {
            let result = try funnel.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Missing value"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("'-1d'") && result.stderr.contains("YYYY-MM-DD"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
        let inChinese = try funnel.run(["activity", "add", id, "--kind", "call", "--due", "-1d"], extraEnvironment: chinese)
        #expect(inChinese.status == 2 && !inChinese.stderr.contains("Missing") && inChinese.stderr.contains("-1d"), "\(inChinese.stderr)")
        #expect(try funnel.fingerprint() == before)
    }

    @Test("import of a folder says it is a folder", arguments: CLIEngine.all)
    func importOfAFolder(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["add", "Acme renewal"])
        let before = try funnel.fingerprint()
        let directory = folder.path("exports")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let result = try funnel.run(["import", directory])
        #expect(result.status == 2)
        #expect(result.stderr == "funnel: cannot read '\(directory)': it is a folder; give the path of a CSV or JSON file\n")
        let inChinese = try funnel.run(["import", directory, "--format", "json"], extraEnvironment: chinese)
        #expect(inChinese.status == 2)
        #expect(inChinese.stderr == "funnel: 无法读取“\(directory)”：这是文件夹；请给出 CSV 或 JSON 文件的路径\n")
        // A file that is not there is still a run-time failure, as before.
        #expect(try funnel.run(["import", folder.path("missing.csv")]).status == 1)
        #expect(try funnel.fingerprint() == before)
    }

    @Test("stage 0 is bad input (exit 2) as a negative stage is; a number past the last stage is not found (exit 1)", arguments: CLIEngine.all)
    func stageZero(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let id = try funnel.succeed(["add", "Acme renewal"])
        let before = try funnel.fingerprint()
        for arguments in [["add", "Globex", "--stage", "0"], ["move", id, "0"], ["list", "--stage", "0"], ["add", "Globex", "--stage", "-1"]] {
            let result = try funnel.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("use 1 to 5 or a name"), "\(arguments): \(result.stderr)")
        }
        #expect(try funnel.run(["move", id, "9"]).status == 1)
        #expect(try funnel.fingerprint() == before)
    }
}
