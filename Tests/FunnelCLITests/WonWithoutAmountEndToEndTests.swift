import Foundation
import FunnelTestSupport
import Testing

/// The trial's `report` that showed the won value as 0 after `won` on a deal added without an amount: 0 is
/// true, so the line says why (no amounts) rather than show 0 as if it were earned, on both engines and in both
/// languages; a currency with amounts reads as before.
@Suite("Won deals without amounts in the report, end to end")
struct WonWithoutAmountEndToEndTests {
    let folder = TemporaryDirectory()

    func funnel(_ database: String, lang: String) -> FunnelProcess {
        FunnelProcess(
            databasePath: database,
            environment: [
                "TZ": "UTC", "FUNNEL_USER": "Li Wei", "FUNNEL_CONFIG": "", "XDG_CONFIG_HOME": folder.path("config"),
                "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "COLUMNS": "120",
            ])
    }

    @Test("a currency whose won deals have no amount says so, in the currency lines and the owners table", arguments: CLIEngine.all)
    func noAmountsSaid(engine: CLIEngine) throws {
        let database = try engine.database(in: folder)
        let english = funnel(database, lang: "en_US.UTF-8")
        let chinese = funnel(database, lang: "zh_CN.UTF-8")
        _ = try english.succeed(["won", try english.succeed(["add", "Acme renewal"])])
        _ = try english.succeed(["won", try english.succeed(["add", "Globex pilot", "--value", "5k", "--currency", "EUR", "--owner", "Sam"])])

        let report = try english.succeed(["report"])
        #expect(report.contains("\nUSD: 1 won, none with an amount, so the won value is 0 · median cycle 0 days\n"), "\(report)")
        #expect(report.contains("\nEUR: 1 won €5,000 · average €5,000 · median €5,000 · median cycle 0 days\n"), "\(report)")
        let owners = report.components(separatedBy: "\n").drop { !$0.hasPrefix("Owners") }
        #expect(owners.contains { $0.hasPrefix("Li Wei") && $0.hasSuffix("0 (no amounts)") }, "\(report)")
        #expect(owners.contains { $0.hasPrefix("Sam") && $0.hasSuffix("€5,000") }, "\(report)")

        let chineseReport = try chinese.succeed(["report"])
        #expect(chineseReport.contains("\nUSD：赢单 1 个，都没有金额，所以赢单金额为 0 · 成交周期中位数 0 天\n"), "\(chineseReport)")
        #expect(chineseReport.components(separatedBy: "\n").contains { $0.hasPrefix("Li Wei") && $0.hasSuffix("0（无金额）") }, "\(chineseReport)")
        // JSON keeps the figure itself.
        let json = try #require(try english.run(["report", "--json"]).json() as? [String: Any])
        #expect(json["won"] as? Int == 2)
    }
}
