import Foundation
import FunnelTestSupport
import Testing

/// The commands converted last under `LANG=zh_CN.UTF-8`, through the real binary (issue 19): qualify,
/// settings, the deal field options, import's conflicts and dry run, activity lines, the command line's
/// own refusals and the argument parser's, every `--help`; the same exit status as in English, and
/// English as it was.
@Suite("The last CLI texts in Chinese: qualify, settings, import, refusals, the parser, --help")
struct ChineseCommandsEndToEndTests {
    let folder = TemporaryDirectory()

    /// LC_ALL and LC_MESSAGES emptied so LANG decides; no config file.
    func funnel(_ lang: String, database: String? = nil) -> FunnelProcess {
        FunnelProcess(
            databasePath: database ?? folder.path("funnel.sqlite"), now: "2026-11-29T09:00:00Z",
            environment: ["LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "TZ": "UTC", "FUNNEL_CONFIG": "",
                "XDG_CONFIG_HOME": folder.path("config"), "COLUMNS": "120"])
    }
    var english: FunnelProcess { funnel("en_US.UTF-8") }
    var chinese: FunnelProcess { funnel("zh_CN.UTF-8") }

    /// One new database of `engine`, spoken to in English and in Chinese.
    func speakers(on engine: CLIEngine) throws -> (english: FunnelProcess, chinese: FunnelProcess) {
        let database = try engine.database(in: folder)
        return (funnel("en_US.UTF-8", database: database), funnel("zh_CN.UTF-8", database: database))
    }

    /// Han characters: the text is written in Chinese.
    static func hasChinese(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test("qualify and settings print Chinese; English reads as it did", arguments: CLIEngine.all)
    func qualifyAndSettings(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        let id = try english.succeed(["add", "Acme renewal", "--value", "12k"])
        #expect(try chinese.succeed(["qualify", id, "--budget", "yes", "--need", "no"])
            == "商机 \(id)：预算 是，决策权 未知，需求 否，时机 未知 → ▽ 冷")
        #expect(try chinese.succeed(["qualify", id, "--temperature", "hot"])
            == "商机 \(id)：预算 是，决策权 未知，需求 否，时机 未知 → ▲ 热（手动设置）")
        #expect(try english.succeed(["qualify", id, "--temperature", "auto"])
            == "Deal \(id): budget yes, authority unknown, need no, timing unknown → ▽ cold")
        #expect(try english.succeed(["qualify", id, "--temperature", "warm"])
            == "Deal \(id): budget yes, authority unknown, need no, timing unknown → ◆ warm (set by hand)")
        #expect(try chinese.succeed(["settings"]) == "park-after-days = 90\n销售周期：赢单商机 0 个，少于 5 个：每周清理使用 park-after-days")
        #expect(try english.succeed(["settings"])
            == "park-after-days = 90\nsales cycle: 0 won deals, fewer than 5: the weekly sweep uses park-after-days")
        #expect(try chinese.succeed(["settings", "park-after-days", "60"]) == "park-after-days = 60")
    }

    /// Runs a refused command in English, then in Chinese: the same status, one stderr line in Chinese
    /// holding `words`, nothing on stdout, nothing written, and no Chinese in the English line.
    func refusedAlike(_ arguments: [String], status: Int32, chineseSays words: String, on speakers: (english: FunnelProcess, chinese: FunnelProcess)) throws {
        let (english, chinese) = speakers
        let before = try english.fingerprint()
        let inEnglish = try english.run(arguments)
        let inChinese = try chinese.run(arguments)
        #expect(inEnglish.status == status, "\(arguments): \(inEnglish.stderr)")
        #expect(inChinese.status == status, "\(arguments): \(inChinese.stderr)")
        #expect(inChinese.stdout.isEmpty && inEnglish.stdout.isEmpty, "\(arguments): \(inChinese.stdout)")
        // The Chinese temperature words are accepted in English too, so a temperature refusal lists them: words
        // to type, not an untranslated sentence.
        #expect(!Self.hasChinese(inEnglish.stderr.replacingOccurrences(of: "热, 温, 冷", with: "")), "\(inEnglish.stderr)")
        #expect(inChinese.stderr.split(separator: "\n").count == 1, "\(inChinese.stderr)")
        #expect(inChinese.stderr.contains(words), "\(arguments): \(inChinese.stderr) lacks \(words)")
        #expect(try english.fingerprint() == before, "\(arguments) wrote something")
    }

    @Test("the converted commands' own refusals read in Chinese with the same exit status", arguments: CLIEngine.all, [
        (["qualify", "1"], Int32(2), "没有要设置的内容：请给出 --budget、--authority、--need、--timing"),
        (["qualify", "1", "--temperature", "tepid"], 2, "--temperature“tepid”无效：请用 热、温、冷、hot、warm、cold 或 auto"),
        (["qualify", "1", "--budget", "maybe"], 2, "“maybe”无效"),
        (["settings", "colour"], 2, "未知的设置“colour”：请用 park-after-days"),
        (["edit", "1", "--priority", "high"], 2, "优先级“high”无效：请用 0（无）、1、2 或 3（最高）"),
        (["edit", "1", "--probability", "abc"], 2, "赢率“abc”无效：请用 0 到 100 之间的整数百分比，或留空以使用阶段的赢率"),
        (["edit", "1", "--pipeline", "Revisit"], 1, "商机 1 在销售管道“Sales”中；edit 不能把商机移到另一个销售管道"),
        (["lost", "1", "--reason", " "], 2, "--reason“”无效：请说明输单原因"),
        (["list", "--status", "closed"], 2, "状态“closed”无效：请用 open、won、lost、all 之一"),
        (["board", "--width", "80"], 2, "--width 和 --height 设置的是 --snapshot 画面的大小"),
        (["board", "--snapshot", "--width", "-1"], 2, "--width 不能为负数：-1；请用 1 到 1000 之间的列数"),
        (["board", "--snapshot", "--height", "5000"], 2, "--height“5000”无效：请用 1 到 1000 之间的行数"),
        (["demo", "--deals", "0"], 2, "--deals“0”无效：请用 1 到 10000000 之间的数"),
        (["demo", "--currency", "EUR", "--currencies", "USD,EUR"], 2, "一个币种用 --currency，多个币种用 --currencies"),
        (["demo"], 1, "数据库中已有 1 个商机：加上 --force 仍然添加示例商机"),
        (["review", "--print", "--json"], 2, "--print 和 --json 只能用其中一个"),
        (["activity", "list", "--deal", "-3"], 2, "--deal 不能为负数：-3"),
        (["show", "-5"], 2, "id 不能为负数：-5；请用 0 或更大的整数"),
        (["export", "--out", "/nonexistent-folder/deals.csv"], 2, "无法写入“/nonexistent-folder/deals.csv”：文件夹“/nonexistent-folder”不存在"),
    ])
    func commandRefusals(engine: CLIEngine, refusal: (arguments: [String], status: Int32, words: String)) throws {
        let (english, chinese) = try speakers(on: engine)
        let (arguments, status, words) = refusal
        _ = try english.succeed(["add", "Acme renewal", "--value", "12k"])
        try refusedAlike(arguments, status: status, chineseSays: words, on: (english, chinese))
    }

    // No engine: the parser refuses before any database is opened.
    @Test("the argument parser's own refusals read in Chinese with the same exit status", arguments: [
        (["show"], "缺少参数“<id>”"),
        (["list", "--stauts", "open"], "未知的选项“--stauts”。是不是想用“--status”？"),
        (["list", "--status"], "选项“--status <status>”缺少值"),
        (["show", "abc"], "“abc”不是商机编号"),
        (["show", "1", "2"], "多余的参数“2”"),
        (["delete", "1", "--yes=3"], "选项“--yes”不接受值，但给出了“3”。"),
    ])
    func parserRefusals(arguments: [String], words: String) throws {
        _ = try english.succeed(["add", "Acme renewal"])
        try refusedAlike(arguments, status: 2, chineseSays: "funnel: " + words, on: (english, chinese))
        // English is the parser's own sentence.
        #expect(try english.run(["show"]).stderr == "funnel: Missing expected argument '<id>'\n")
    }

    @Test("import's dry run, conflicts and re-import refusal read in Chinese", arguments: CLIEngine.all)
    func importInChinese(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        _ = try english.succeed(["board", "--snapshot"])
        let file = try folder.write("deals.csv", Data("id,title,value,stage,status\nA1,Acme,1000,Prospecting,open\nA2,Globex,2000,Qualifying,won\n".utf8))
        let dry = try chinese.succeed(["import", file, "--dry-run"])
        #expect(dry.contains("新建  第 2 行：Acme -> Prospecting"), "\(dry)")
        #expect(dry.contains("新建  第 3 行：Globex -> Qualifying（赢单）"), "\(dry)")
        #expect(try english.succeed(["import", file, "--dry-run"]).contains("create     line 3: Globex -> Qualifying (won)"))
        _ = try english.succeed(["import", file])
        _ = try english.succeed(["move", "1", "Contact"])
        try Data("id,title,value,stage,status\nA1,Acme,1000,Closing,open\nA2,Globex,2000,Qualifying,won\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let again = try chinese.succeed(["import", file, "--dry-run"])
        #expect(again.contains("更新  第 2 行：商机 1 Acme -> Closing") || again.contains("不变  第 2 行：商机 1 Acme"), "\(again)")
        #expect(again.contains("第 3 行：商机 2 Globex -> Qualifying（赢单）"), "\(again)")
        #expect(again.contains("商机 1“Acme”：阶段 —— Funnel 中为 Contact，文件中为 Closing"), "\(again)")
        #expect(again.contains("上次导入后在 Funnel 和文件中都改过的 1 个字段保留了 Funnel 中的值；加上 --overwrite 可采用文件中的值。"), "\(again)")
        let englishAgain = try english.succeed(["import", file, "--dry-run"])
        #expect(englishAgain.contains("deal 1 'Acme': stage — Funnel has Contact, the file has Closing"), "\(englishAgain)")
        // Rows without ids that an earlier import brought: refused, in Chinese, with a Chinese date (the
        // currency given, since a file without one is read in the language's default currency).
        let plain = try folder.write("plain.csv", Data("title,value,currency\nInitech,5,USD\n".utf8))
        _ = try english.succeed(["import", plain])
        try refusedAlike(["import", plain], status: 2, chineseSays: "这一行已于 2026年11月29日 从 \(plain) 导入过；加上 --allow-duplicates 可再次导入；未写入任何内容", on: (english, chinese))
    }

    @Test("show's activity lines read in Chinese; --json is the English one byte for byte", arguments: CLIEngine.all)
    func activityLines(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        let id = try english.succeed(["add", "Acme renewal"])
        _ = try english.succeed(["activity", "add", id, "--kind", "call", "--subject", "Intro", "--due", "2026-12-01"])
        _ = try english.succeed(["activity", "add", id, "--kind", "email", "--subject", "Quote", "--done"])
        let shown = try chinese.succeed(["show", id])
        #expect(shown.contains("电话“Intro” 截止 2026年12月1日"), "\(shown)")
        #expect(shown.contains("邮件“Quote” 2026年11月29日 09:00 已完成"), "\(shown)")
        let inEnglish = try english.succeed(["show", id])
        #expect(inEnglish.contains("call \"Intro\" due 1 Dec 2026"), "\(inEnglish)")
        #expect(try chinese.succeed(["show", id, "--json"]) == (try english.succeed(["show", id, "--json"])))
    }

    @Test("config problems, deal-file rows and JSON exports are named in Chinese", arguments: CLIEngine.all)
    func filesInChinese(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        let config = try folder.write("bad.toml", Data("colors = 3\nfoo = 1\n".utf8))
        let checked = try chinese.run(["config", "check", "--config", config])
        #expect(checked.status == 1)
        let lines = checked.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(checked.stdout)")
        #expect(lines.first == "\(config):1: [colors] 必须是“角色 = 颜色”的表", "\(checked.stdout)")
        #expect(lines.last?.hasPrefix("\(config):2: 未知的设置“foo”：请用 default_currency、") == true, "\(checked.stdout)")
        #expect(lines.last?.hasSuffix(" 之一") == true, "\(checked.stdout)")
        #expect(try english.run(["config", "check", "--config", config]).stdout.contains("\(config):1: [colors] must be a table of role = colour\n"))
        _ = try english.succeed(["board", "--snapshot"])
        let rows = try folder.write("rows.csv", Data("title,value,created_at\n,5,2030-01-01\n".utf8))
        let read = try chinese.run(["import", rows])
        #expect(read.status == 2)
        #expect(read.stderr.contains("标题为空：每个商机都需要标题"), "\(read.stderr)")
        #expect(read.stderr.contains("2030-01-01T00:00:00Z 在将来（现在是 2026-11-29T09:00:00Z）"), "\(read.stderr)")
        let export = try folder.write("export.json", Data(#"{"funnel_export": 1, "pipelines": "x"}"#.utf8))
        try refusedAlike(["import", export], status: 2, chineseSays: "“\(export)”：pipelines 必须是列表；未写入任何内容", on: (english, chinese))
    }

    /// Every description a help text gives (the overview, the discussion, each argument, option and
    /// subcommand), which must be written in Chinese.
    static func descriptions(_ help: String) -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var inDiscussion = false
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("概述：") {
                out.append(String(line.dropFirst(3)))
                inDiscussion = true
            } else if line.hasPrefix("用法：") {
                inDiscussion = false
            } else if inDiscussion, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(line)
            } else if line.hasPrefix("  "), !line.hasPrefix("   ") {
                // `  --name <value>   what it is`, or the description on the next line when the name is long.
                let entry = line.dropFirst(2)
                if let gap = entry.range(of: "  ") {
                    out.append(entry[gap.upperBound...].trimmingCharacters(in: .whitespaces))
                } else if index + 1 < lines.count {
                    out.append(lines[index + 1].trimmingCharacters(in: .whitespaces))
                }
            }
        }
        return out
    }

    // No engine: --help opens no database.
    @Test("every command's --help is written in Chinese: overview, discussion, arguments, options and defaults", arguments: [
        ["qualify"], ["settings"], ["add"], ["edit"], ["move"], ["won"], ["lost"], ["reopen"], ["delete"], ["list"], ["show"],
        ["summary"], ["board"], ["demo"], ["review"], ["import"], ["export"], ["backup"], ["restore"], ["stalled"], ["snooze"],
        ["park"], ["unpark"], ["activity", "add"], ["activity", "list"], ["stage", "set"], ["pipeline", "remove"], ["config", "check"],
        [],
    ])
    func helpInChinese(command: [String]) throws {
        let help = try chinese.succeed(command + ["--help"])
        let descriptions = Self.descriptions(help)
        #expect(descriptions.count >= 3, "\(help)")
        for description in descriptions {
            #expect(Self.hasChinese(description), "\(command): an English description under Chinese: '\(description)'\n\(help)")
        }
        #expect(!help.contains("(default: "), "\(help)")
        #expect(!Self.hasChinese(try english.succeed(command + ["--help"])))
    }

    // No engine: --help opens no database.
    @Test("English --help reads as it did")
    func helpInEnglish() throws {
        let qualify = try english.succeed(["qualify", "--help"])
        #expect(qualify.contains("  --budget <answer>       Has budget: yes, no or unknown."), "\(qualify)")
        #expect(qualify.hasPrefix("OVERVIEW: Set a deal's qualification; its temperature follows unless set by hand."))
        let list = try english.succeed(["list", "--help"])
        #expect(list.contains("open, won, lost or all. (default: open)"), "\(list)")
    }
}
