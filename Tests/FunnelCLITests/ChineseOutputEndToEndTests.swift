import Foundation
import FunnelTestSupport
import Testing

/// The command line under a Chinese locale: Chinese text, and the very same JSON as in English.
@Suite("The command line in Chinese, end to end")
struct ChineseOutputEndToEndTests {
    let folder = TemporaryDirectory()

    /// The same database read under English and Chinese: LC_ALL and LC_MESSAGES emptied so LANG decides.
    func funnel(_ lang: String, database: String? = nil) -> FunnelProcess {
        FunnelProcess(
            databasePath: database ?? folder.path("funnel.sqlite"),
            environment: ["LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "FUNNEL_CONFIG": folder.path("none.toml"), "COLUMNS": "120"])
    }
    var english: FunnelProcess { funnel("en_US.UTF-8") }
    var chinese: FunnelProcess { funnel("zh_CN.UTF-8") }

    /// One new database of `engine`, read in English and in Chinese.
    func speakers(on engine: CLIEngine) throws -> (english: FunnelProcess, chinese: FunnelProcess) {
        let database = try engine.database(in: folder)
        return (funnel("en_US.UTF-8", database: database), funnel("zh_CN.UTF-8", database: database))
    }

    @Test("move, won, lost, reopen, list and summary print Chinese sentences and headers", arguments: CLIEngine.all)
    func chineseOutputs(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        let first = try english.succeed(["add", "北京星云 续约", "--value", "12万", "--currency", "CNY"])
        let second = try english.succeed(["add", "Acme renewal", "--value", "12k"])
        #expect(try chinese.succeed(["move", first, "qualifying"]) == "已将商机 \(first)（北京星云 续约）移到Qualifying")
        #expect(try chinese.succeed(["move", first, "qualifying"]) == "商机 \(first)（北京星云 续约）已在Qualifying；未做任何更改")
        let list = try chinese.succeed(["list"])
        #expect(list.hasPrefix("编号"), "\(list)")
        #expect(list.contains("进行中") && list.contains("¥120,000"), "\(list)")
        let summary = try chinese.succeed(["summary"])
        #expect(summary.hasPrefix("销售管道：Sales\n#"), "\(summary)")
        #expect(summary.contains("进行中合计") && summary.contains("加权金额"), "\(summary)")
        #expect(try chinese.succeed(["won", first]) == "商机 \(first) 已赢单")
        #expect(try chinese.succeed(["lost", second, "--reason", "价格"]) == "商机 \(second) 已输单：价格")
        #expect(try chinese.succeed(["reopen", second]) .hasPrefix("商机 \(second) 已在"))
        #expect(try chinese.succeed(["list", "--status", "lost"]).hasPrefix("没有输单的商机"))
        #expect(try chinese.succeed(["edit", second, "--value", "2万"]) == "已保存商机 \(second)：Acme renewal")
        let refused = try chinese.run(["delete", second])
        #expect(refused.status == 2 && refused.stderr.hasPrefix("funnel: 删除商机 \(second) 无法撤销：加上 --yes 确认"), "\(refused.stderr)")
        // English stays as it was.
        #expect(try english.succeed(["won", second]) == "Deal \(second) won")
    }

    @Test("show reads in Chinese: labels, status, qualification, idle days, dates and history", arguments: CLIEngine.all)
    func chineseShow(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        let id = try chinese.succeed(["add", "杭州青山软件 扩容", "--value", "3.5万", "--currency", "CNY", "--close-date", "2026-12-24"])
        _ = try chinese.succeed(["move", id, "2"])
        let shown = try chinese.succeed(["show", id])
        #expect(shown.hasPrefix("商机         \(id) · 杭州青山软件 扩容\n"), "\(shown)")
        for expected in [
            "状态         进行中", "金额         ¥35,000", "预计成交日期 2026年12月24日", "资格评估     预算 未知，决策权 未知，需求 未知，时机 未知",
            "闲置         0 天（10 天后停滞）", "下一步       无", "历史", "创建", "移动", "潜在客户 → 资格审查", "销售管道     销售 › 资格审查（在此阶段 0 天）", "赢率         25%（阶段的）· 加权金额 ¥8,750.00",
        ] {
            #expect(shown.contains(expected), "missing '\(expected)' in:\n\(shown)")
        }
        let inEnglish = try english.succeed(["show", id])
        #expect(inEnglish.contains("Status       open") && inEnglish.contains("Idle         0 days (stalls after 10)"), "\(inEnglish)")
    }

    @Test("review --print reads in Chinese; review --json stays the same", arguments: CLIEngine.all)
    func chineseReview(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        let id = try chinese.succeed(["add", "成都天府餐饮 年度合同", "--value", "8万"])
        let printed = try chinese.succeed(["review", "--print"])
        #expect(printed.hasPrefix("2026年11月29日 的每日回顾：待处理 1 个，今天已处理 0 个\n"), "\(printed)")
        #expect(printed.contains("#\(id) · 没有下一步 · 成都天府餐饮 年度合同 · ¥80,000.00 · 销售 › 潜在客户 · 闲置 0 天"), "\(printed)")
        #expect(try chinese.run(["review", "--json"]).stdout == (try english.run(["review", "--json"]).stdout))
        #expect(try english.succeed(["review", "--print"]).contains("no next step"))
    }

    @Test("--json is byte for byte the same in Chinese and English", arguments: CLIEngine.all)
    func jsonIsTheSame(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        _ = try english.succeed(["demo", "--deals", "20", "--seed", "4"])
        for arguments in [["list", "--status", "all", "--json"], ["show", "3", "--json"], ["summary", "--json"], ["pipeline", "list", "--json"]] {
            let inEnglish = try english.run(arguments)
            let inChinese = try chinese.run(arguments)
            #expect(inEnglish.status == 0 && inChinese.status == 0, "\(arguments): \(inChinese.stderr)")
            #expect(inChinese.stdout == inEnglish.stdout, "\(arguments) differs between the languages")
        }
    }

    // No engine: --help opens no database.
    @Test("--help speaks Chinese; command and option names stay English")
    func chineseHelp() throws {
        let help = try chinese.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("概述：终端里用键盘操作的销售管道。"), "\(help.stdout)")
        #expect(help.stdout.contains("用法：funnel <subcommand>"))
        #expect(help.stdout.contains("  add                     新建商机；打印其编号。"), "\(help.stdout)")
        #expect(help.stdout.contains("-h, --help              显示帮助信息。"))
        let move = try chinese.run(["move", "--help"])
        #expect(move.stdout.contains("用法：funnel move <id> <stage>") && move.stdout.contains("选项："), "\(move.stdout)")
        let englishHelp = try english.run(["--help"])
        #expect(englishHelp.stdout.hasPrefix("OVERVIEW: A keyboard-first sales pipeline for the terminal."))
    }
}
