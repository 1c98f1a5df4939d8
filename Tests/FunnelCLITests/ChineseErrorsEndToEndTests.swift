import Foundation
import FunnelTestSupport
import Testing

/// Refusals from each area and the converted commands under `LANG=zh_CN.UTF-8`, through the real binary:
/// the same exit status as in English, one Chinese line, nothing written, and `--json` byte for byte
/// the English one (issue 19).
@Suite("Chinese refusals and commands: one Chinese line, the same exit status, the same JSON")
struct ChineseErrorsEndToEndTests {
    let folder = TemporaryDirectory()

    /// LC_ALL and LC_MESSAGES emptied so LANG decides; no config file (an empty config folder).
    func funnel(_ lang: String, database: String? = nil) -> FunnelProcess {
        FunnelProcess(
            databasePath: database ?? folder.path("funnel.sqlite"), now: "2026-11-29T09:00:00Z",
            environment: ["LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "TZ": "UTC", "FUNNEL_CONFIG": "",
                "XDG_CONFIG_HOME": folder.path("config")])
    }
    var english: FunnelProcess { funnel("en_US.UTF-8") }
    var chinese: FunnelProcess { funnel("zh_CN.UTF-8") }

    /// One new database of `engine`, spoken to in English and in Chinese.
    func speakers(on engine: CLIEngine) throws -> (english: FunnelProcess, chinese: FunnelProcess) {
        let database = try engine.database(in: folder)
        return (funnel("en_US.UTF-8", database: database), funnel("zh_CN.UTF-8", database: database))
    }

    /// Han characters: the message is written in Chinese. The Chinese amounts English texts quote
    /// as accepted input (`12万 or 3亿`) do not count.
    func hasChinese(_ text: String) -> Bool {
        let words = ["12万", "3亿"].reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
        return words.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// Runs a refused command in English, then in Chinese: the same status, stderr lines in Chinese
    /// naming `words`, nothing on stdout and nothing written either time.
    func refusedAlike(_ arguments: [String], status: Int32, lines: Int = 1, chineseSays words: [String],
                      english englishRun: FunnelProcess? = nil, chinese chineseRun: FunnelProcess? = nil, on speakers: (english: FunnelProcess, chinese: FunnelProcess)) throws {
        let (english, chinese) = speakers
        let englishRun = englishRun ?? english
        let chineseRun = chineseRun ?? chinese
        let before = try english.fingerprint()
        let inEnglish = try englishRun.run(arguments)
        let inChinese = try chineseRun.run(arguments)
        #expect(inEnglish.status == status, "\(arguments): \(inEnglish.stderr)")
        #expect(inChinese.status == status, "\(arguments): \(inChinese.stderr)")
        #expect(inChinese.stdout.isEmpty && inEnglish.stdout.isEmpty)
        #expect(!hasChinese(inEnglish.stderr), "\(inEnglish.stderr)")
        let shown = inChinese.stderr.split(separator: "\n")
        #expect(shown.count == lines, "\(inChinese.stderr)")
        for line in shown { #expect(hasChinese(String(line)), "an English line under a Chinese locale: \(line)") }
        for word in words { #expect(inChinese.stderr.contains(word), "\(inChinese.stderr) lacks \(word)") }
        #expect(try english.fingerprint() == before, "\(arguments) wrote something")
    }

    @Test("a domain or store refusal (PipelineError) reads in Chinese with the same exit status", arguments: CLIEngine.all, [
        (["stage", "set", "2", "--probability", "150"], Int32(2), "赢率“150”无效：请用 0 到 100 之间的整数百分比"),
        (["edit", "1", "--value", "1.2.3"], 2, "金额“1.2.3”无效：千位分隔符位置不对"),
        (["edit", "1", "--value", "1.200"], 2, "金额“1.200”有歧义：一个“.”后跟三位数字，可能是 1200，也可能是 1.20"),
        (["edit", "1", "--email", "nobody"], 2, "邮箱“nobody”无效"),
        (["stage", "rename", "9", "Lead"], 1, "销售管道“Sales”中没有第 9 个阶段"),
        (["pipeline", "add", "Partners", "--stages", "A,B,A"], 2, "阶段“A”出现了两次"),
        (["show", "42"], 1, "没有 id 为 42 的商机：'funnel list --status all' 会列出所有商机"),
        (["pipeline", "add", "sales"], 1, "已有名为“sales”的销售管道"),
        (["snooze", "2", "--until", "2026-12-10"], 1, "商机 2 已赢单：只有进行中的商机可以暂缓"),
        (["report", "--since", "2026-12-01", "--until", "2026-11-01"], 2, "--until“2026-11-01”无效：它在 --since“2026-12-01”之前"),
        (["plan", "--goal", "0"], 2, "销售目标“0”无效：目标必须大于零"),
    ])
    func domainRefusals(engine: CLIEngine, refusal: (arguments: [String], status: Int32, words: String)) throws {
        let (english, chinese) = try speakers(on: engine)
        let (arguments, status, words) = refusal
        _ = try english.succeed(["add", "Acme renewal", "--value", "12k"])
        _ = try english.succeed(["add", "Globex", "--value", "5k"])
        _ = try english.succeed(["won", "2"])
        try refusedAlike(arguments, status: status, chineseSays: [words], on: (english, chinese))
    }

    // SQLite only: a folder where the database file goes; a server's refusals are ServerStoreEndToEndTests's.
    @Test("a database path that is a folder (StoreError) is refused in Chinese with the same exit status")
    func storeRefusal() throws {
        _ = try english.succeed(["add", "Acme renewal"])
        let folderPath = folder.path("a-folder")
        try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
        try refusedAlike(["stage", "list"], status: 1, chineseSays: ["“\(folderPath)”是文件夹，不是数据库文件"],
                         english: funnel("en_US.UTF-8", database: folderPath), chinese: funnel("zh_CN.UTF-8", database: folderPath), on: (english, chinese))
    }

    @Test("a JSON file that is not an export (ArchiveProblem) is refused in Chinese with the same exit status", arguments: CLIEngine.all)
    func archiveRefusal(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        _ = try english.succeed(["add", "Acme renewal"])
        let file = try folder.write("deals.json", Data("[1]".utf8))
        try refusedAlike(["import", file], status: 2, chineseSays: ["不是 Funnel 的 JSON 导出文件：它不是 JSON 对象"], on: (english, chinese))
    }

    @Test("a bad row of a CSV file (RowProblem) is named in Chinese, by line and column, with the same exit status", arguments: CLIEngine.all)
    func rowRefusal(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        _ = try english.succeed(["add", "Acme renewal"])
        let file = try folder.write("deals.csv", Data("Title,Value\nGood,100\nBad,abc\n".utf8))
        try refusedAlike(["import", file], status: 2, lines: 2, chineseSays: [
            "第 3 行，“Value”列：金额“abc”无效：不是数字", "已拒绝导入：“\(file)”中有 1 行有问题；未写入任何内容（请修正这些行，或用 --skip-bad 导入其余 1 行）",
        ], on: (english, chinese))
    }

    @Test("funnel stage list and pipeline list print Chinese text, and their --json is the English one byte for byte", arguments: CLIEngine.all)
    func stagesAndPipelines(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        _ = try english.succeed(["add", "Acme renewal"])
        let stages = try chinese.succeed(["stage", "list"])
        #expect(stages.contains("销售管道：Sales"), "\(stages)")
        #expect(stages.contains("赢率") && stages.contains("14 天"), "\(stages)")
        #expect(try chinese.succeed(["pipeline", "list"]).contains("Sales：Prospecting › Qualifying"))
        for command in [["stage", "list", "--json"], ["pipeline", "list", "--json"]] {
            #expect(try chinese.succeed(command) == (try english.succeed(command)), "\(command)")
        }
        #expect(try chinese.succeed(["stage", "add", "Proposal", "--after", "Contact"]) == "已在销售管道“Sales”的第 4 位添加阶段“Proposal”")
        #expect(try english.succeed(["stage", "remove", "Proposal"]) == "Removed stage Proposal from Sales")
    }

    // No engine: config check opens no database.
    @Test("funnel config check names a config problem by line in Chinese, with the same exit status")
    func configRefusal() throws {
        let config = try folder.write("bad.toml", Data("language = \"fr\"\n".utf8))
        let inEnglish = try english.run(["config", "check", "--config", config])
        let inChinese = try chinese.run(["config", "check", "--config", config])
        #expect(inEnglish.status == 1 && inChinese.status == 1)
        #expect(inEnglish.stderr == "funnel: 1 problem in '\(config)'; those lines are ignored, the rest applies\n")
        #expect(inChinese.stderr == "funnel: “\(config)”中有 1 个问题；这些行被忽略，其余设置生效\n", "\(inChinese.stderr)")
        #expect(inChinese.stdout == "\(config):1: 未知的语言“fr”：请用 \"en\", \"zh-Hans\" 之一\n", "\(inChinese.stdout)")
        let shown = try chinese.succeed(["config", "--config", config])
        #expect(shown == "配置文件：\(config)\n有 1 个问题：请运行 'funnel config check'", "\(shown)")
    }

    @Test("an import plan's refusal (unknown stages) reads in Chinese with the same exit status", arguments: CLIEngine.all)
    func importPlanRefusal(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        _ = try english.succeed(["add", "Acme renewal"])
        let file = try folder.write("deals.csv", Data("Title,Stage\nGlobex,Negotiation\n".utf8))
        try refusedAlike(["import", file], status: 2, chineseSays: [
            "销售管道 'Sales' 中没有这些阶段：“Negotiation”（1 行，首次在第 2 行）：请用 --stage-map \"Negotiation=Prospecting\" 逐个对应",
        ], on: (english, chinese))
    }

    @Test("funnel import says its summary and its dry run in Chinese; the imported deals' JSON reads the same in English", arguments: CLIEngine.all)
    func importSummary(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        let file = try folder.write("deals.csv", Data("Title,Value,Stage\nAcme renewal,12000,Prospecting\nBad,abc,Contact\n".utf8))
        let other = funnel("en_US.UTF-8", database: try engine.database(in: folder, named: "english"))
        // The board makes each new database (in English); a command that only reads makes none.
        _ = try english.succeed(["board", "--snapshot"])
        _ = try other.succeed(["board", "--snapshot"])
        let dryRun = try chinese.run(["import", file, "--dry-run"])
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("试运行“\(file)”（generic）；未写入任何内容。"), "\(dryRun.stdout)")
        #expect(dryRun.stdout.contains("将新建 1 个，更新 0 个，0 个保持不变，拒绝 1 行"), "\(dryRun.stdout)")
        let imported = try chinese.run(["import", file, "--skip-bad"])
        #expect(imported.status == 0)
        #expect(imported.stdout == "已导入“\(file)”（generic）：新建 1 个，更新 0 个，0 个未变，跳过 1 行有问题的行\n", "\(imported.stdout)")
        #expect(imported.stderr.hasPrefix("funnel: 已跳过 第 3 行，“Value”列：金额“abc”无效"), "\(imported.stderr)")
        let inEnglish = try other.run(["import", file, "--skip-bad"])
        #expect(inEnglish.stdout == "Imported '\(file)' (generic): 1 created, 0 updated, 0 unchanged, 1 bad row skipped\n")
        // The deals' JSON reads the same in both languages (the amounts are in CNY: the default currency follows the language).
        let listed = try chinese.succeed(["list", "--json"])
        #expect(listed == (try english.succeed(["list", "--json"])))
        #expect(listed.contains("\"title\": \"Acme renewal\"") && listed.contains("\"currency\": \"CNY\""), "\(listed)")
    }

    @Test("funnel activity add, list, done and delete speak Chinese; activity list --json is the English one byte for byte", arguments: CLIEngine.all)
    func activities(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        let deal = try english.succeed(["add", "Acme renewal"])
        #expect(try chinese.succeed(["activity", "add", deal, "--kind", "call", "--subject", "回电话", "--due", "明天 10:00"]) == "1")
        #expect(try chinese.succeed(["activity", "add", deal, "--kind", "email", "--due", "+7d"]) == "2")
        let listed = try chinese.succeed(["activity", "list"])
        for text in ["编号", "商机", "主题", "电话", "回电话", "待办"] { #expect(listed.contains(text), "\(listed) lacks \(text)") }
        #expect(try chinese.succeed(["activity", "list", "--json"]) == (try english.succeed(["activity", "list", "--json"])))
        #expect(try chinese.succeed(["activity", "done", "1"]) == "已完成：商机 1（Acme renewal）的电话“回电话”")
        #expect(try chinese.succeed(["activity", "delete", "2", "--yes"])
            == "已删除商机 1（Acme renewal）的活动 2（邮件“邮件”）；它没有下一步：funnel activity add 1 --kind call --due 后天")
        #expect(try chinese.succeed(["activity", "list"]) == "没有计划中的活动。可以这样安排：funnel activity add DEAL_ID --kind call --due 明天")
        try refusedAlike(["activity", "delete", "1"], status: 2, chineseSays: ["删除活动 1 后无法撤销：请加上 --yes 确认"], on: (english, chinese))
        try refusedAlike(["activity", "done", "9"], status: 1, chineseSays: ["没有 id 为 9 的活动"], on: (english, chinese))
    }

    // SQLite only: the backup and the refused export name the database file; a server's are JSON archives.
    @Test("funnel backup and restore report in Chinese; export refuses its own database in Chinese and writes nothing")
    func backupRestoreExport() throws {
        _ = try english.succeed(["add", "Acme renewal"])
        let backup = folder.path("copy.sqlite")
        #expect(try chinese.succeed(["backup", "--out", backup]) == "已将“\(folder.path("funnel.sqlite"))”备份到“\(backup)”")
        let restored = try chinese.succeed(["restore", backup])
        #expect(restored.hasPrefix("已把“\(backup)”恢复到“\(folder.path("funnel.sqlite"))”；之前的数据库保存为“"), "\(restored)")
        try refusedAlike(["export", "--out", folder.path("funnel.sqlite")], status: 2, chineseSays: ["那就是数据库本身"], on: (english, chinese))
        try refusedAlike(["export", "--format", "xml"], status: 2, chineseSays: ["--format“xml”无效：请用 csv 或 json"], on: (english, chinese))
        #expect(try chinese.succeed(["export", "--format", "json"]) == (try english.succeed(["export", "--format", "json"])))
    }

    @Test("funnel snooze, park, unpark and stalled speak Chinese; stalled --json is the English one byte for byte", arguments: CLIEngine.all)
    func followUps(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        let deal = try english.succeed(["add", "Acme renewal"], now: "2026-10-01T09:00:00Z")
        let stalled = try chinese.succeed(["stalled"])
        for text in ["编号", "闲置", "停滞天数", "⚑ 59天", "14天", "无"] { #expect(stalled.contains(text), "\(stalled) lacks \(text)") }
        #expect(try chinese.succeed(["stalled", "--json"]) == (try english.succeed(["stalled", "--json"])))
        #expect(try chinese.succeed(["snooze", deal, "--until", "2026-12-10"]).hasPrefix("已暂缓商机 1（Acme renewal）到 2026年12月10日"))
        #expect(try chinese.succeed(["stalled"]) == "没有停滞的商机。")
        #expect(try chinese.succeed(["snooze", deal, "--clear"]) == "商机 1（Acme renewal）已不再暂缓")
        #expect(try chinese.succeed(["park", deal]) == "已把商机 1 搁置到 Revisit › Parked；用 'funnel unpark 1' 取回")
        try refusedAlike(["park", deal], status: 1, chineseSays: ["商机 1 已搁置在“Revisit”：用 'funnel unpark 1' 取回"], on: (english, chinese))
        #expect(try chinese.succeed(["unpark", deal]) == "已把商机 1 取回到 Sales › Prospecting")
    }

    // No engine: --help opens no database.
    @Test("funnel stage add --help reads in Chinese; command and option names stay English")
    func helpInChinese() throws {
        let help = try chinese.run(["stage", "add", "--help"])
        #expect(help.status == 0)
        for text in ["添加阶段。", "新阶段的名称。", "赢率，百分比，0-100。", "商机闲置多少天算停滞；0 表示从不停滞。", "数据库文件（默认："] {
            #expect(help.stdout.contains(text), "\(help.stdout) lacks \(text)")
        }
        for name in ["funnel stage add", "--probability <percent>", "--stall-days <days>", "--pipeline <name>"] {
            #expect(help.stdout.contains(name), "\(help.stdout) lacks \(name)")
        }
        #expect(help.stdout.contains("用法：funnel stage add"), "\(help.stdout)")
        #expect(try english.run(["stage", "add", "--help"]).stdout.contains("Win probability in percent, 0-100."))
    }

    /// The interactive `funnel review` speaks Chinese: the day's header, the deal's context, a snooze and the stop.
    @Test("the interactive review speaks Chinese and its decisions are saved as in English", arguments: CLIEngine.all)
    func interactiveReviewInChinese(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        let id = try chinese.succeed(["add", "北京星云 续约", "--value", "12万"], now: "2026-11-01T09:00:00Z")
        let result = try chinese.run(["review"], stdin: "z\n+1w\nq\n")
        #expect(result.status == 0, "\(result.stderr)")
        for words in ["的回顾：待处理", "原因：", "闲置", "上次：", "[z] 暂缓", "[q] 退出", "暂缓至（Enter：一周）：", "已暂缓至", "的回顾已完成"] {
            #expect(result.stdout.contains(words), "\(words) missing:\n\(result.stdout)")
        }
        for english in ["Review for", "Why:", "Last:", "Snoozed until", "log contact", "Review done"] {
            #expect(!result.stdout.contains(english), "\(english) is left in English:\n\(result.stdout)")
        }
        let shown = try #require(try english.run(["show", id, "--json"]).json() as? [String: Any])
        #expect(shown["snoozed_until"] as? String == "2026-12-06", "\(shown)")
    }
}
