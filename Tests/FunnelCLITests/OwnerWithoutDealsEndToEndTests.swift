import Foundation
import FunnelTestSupport
import Testing

/// The trial's `list --owner NAME` that matched nothing and answered "No open deals. Add one with…", as if the
/// database were empty: the answer names the owner (the user for `me`), on both engines and in both languages.
@Suite("An owner without deals is named, end to end")
struct OwnerWithoutDealsEndToEndTests {
    let folder = TemporaryDirectory()

    /// Runs as Li Wei on `database`, in English or Chinese (LC_ALL and LC_MESSAGES emptied so LANG decides).
    func funnel(_ database: String, lang: String = "en_US.UTF-8") -> FunnelProcess {
        FunnelProcess(
            databasePath: database,
            environment: [
                "TZ": "UTC", "FUNNEL_USER": "Li Wei", "FUNNEL_CONFIG": "", "XDG_CONFIG_HOME": folder.path("config"),
                "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "",
            ])
    }

    @Test("list --owner with no match names the owner and the status asked for; me names the user", arguments: CLIEngine.all)
    func listNamesTheOwner(engine: CLIEngine) throws {
        let database = try engine.database(in: folder)
        let english = funnel(database)
        let chinese = funnel(database, lang: "zh_CN.UTF-8")
        _ = try english.succeed(["add", "Globex pilot", "--owner", "Sam Patel"])
        let won = try english.succeed(["add", "Initech seats", "--owner", "Sam Patel"])
        _ = try english.succeed(["won", won])

        #expect(try english.succeed(["list", "--owner", "Zed"]) == "Zed has no open deals; without --owner, funnel list shows everyone's.")
        #expect(try english.succeed(["list", "--owner", "me"]) == "Li Wei has no open deals; without --owner, funnel list shows everyone's.")
        #expect(try english.succeed(["list", "--owner", "Zed", "--status", "won"]) == "Zed has no won deals; without --owner, funnel list shows everyone's.")
        #expect(try english.succeed(["list", "--owner", "Zed", "--status", "all"]) == "Zed has no deals; without --owner, funnel list shows everyone's.")
        #expect(try english.succeed(["list", "--owner", "Sam Patel", "--status", "lost"]) == "Sam Patel has no lost deals; without --owner, funnel list shows everyone's.")
        #expect(try chinese.succeed(["list", "--owner", "我"]) == "Li Wei没有进行中的商机；不加 --owner 时 funnel list 列出所有人的商机。")
        #expect(try chinese.succeed(["list", "--owner", "Zed", "--status", "all"]) == "Zed没有商机；不加 --owner 时 funnel list 列出所有人的商机。")
        // Control characters in the name given never reach the terminal.
        #expect(try english.succeed(["list", "--owner", "Z\u{1B}[2Jed"]).hasPrefix("Z␛[2Jed has no open deals"))
        // Without --owner, the empty database's invitation is unchanged.
        #expect(try english.succeed(["list", "--status", "lost"]).hasPrefix("No lost deals. Add one with"))
    }

    @Test("plan --owner for an owner who has won nothing names them rather than the pipeline", arguments: CLIEngine.all)
    func planNamesTheOwner(engine: CLIEngine) throws {
        let database = try engine.database(in: folder)
        let english = funnel(database)
        let sams = try english.succeed(["add", "Initech seats", "--value", "5k", "--owner", "Sam Patel"])
        _ = try english.succeed(["won", sams])
        #expect(try english.run(["plan", "--goal", "100k", "--owner", "Sam Patel"]).status == 0)

        let result = try english.run(["plan", "--goal", "100k", "--owner", "me"])
        #expect(result.status == 1)
        #expect(result.stderr == "funnel: Li Wei has won no deal in USD yet, so the average won value is unknown: plan without --owner, or plan a goal in another currency\n")
        let chinese = try funnel(database, lang: "zh_CN.UTF-8").run(["plan", "--goal", "100k", "--owner", "Zed"])
        #expect(chinese.status == 1)
        #expect(chinese.stderr == "funnel: Zed还没有赢单的 USD 商机，无法得知平均赢单金额：请去掉 --owner 再规划，或按其他币种规划目标\n")
    }
}
