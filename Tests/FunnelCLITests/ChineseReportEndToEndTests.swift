import Foundation
import FunnelTestSupport
import Testing

/// `funnel report` and `funnel plan` under a Chinese locale (issue 19): every word of the pages in
/// Chinese, days as `show` writes them, and `--json` byte for byte the same as in English.
@Suite("report and plan in Chinese, end to end")
struct ChineseReportEndToEndTests {
    let folder = TemporaryDirectory()

    /// LC_ALL and LC_MESSAGES emptied so LANG decides; no config file.
    func funnel(_ lang: String, columns: String = "100", database: String? = nil) -> FunnelProcess {
        FunnelProcess(
            databasePath: database ?? folder.path("funnel.sqlite"),
            environment: ["LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "FUNNEL_CONFIG": folder.path("none.toml"), "COLUMNS": columns])
    }
    var english: FunnelProcess { funnel("en_US.UTF-8") }
    var chinese: FunnelProcess { funnel("zh_CN.UTF-8") }

    /// One new database of `engine`, read in English and in Chinese.
    func speakers(on engine: CLIEngine) throws -> (english: FunnelProcess, chinese: FunnelProcess) {
        let database = try engine.database(in: folder)
        return (funnel("en_US.UTF-8", database: database), funnel("zh_CN.UTF-8", database: database))
    }

    /// Words the English pages say that must not be left in the Chinese ones.
    static let englishWords = [
        "Pipeline ", "Win rate", "Funnel", "moved on", "won in the end", "Open now", "Stage", "Deals", "Weighted", "Time in stage",
        "day", "Won deals", "average", "median", "velocity", "Forecast", "weighted", "Overdue", "Later", "No close date", "Top 20%",
        "open deals", "Owner", "Source", "Lost reasons", "Reason", "too little history", "Goal", "Average won deal", "Rates from",
        "Moves on", "Needed", "Gap", "Median days", "new deal", "historical pace", " in\n",
    ]

    @Test("report prints Chinese: titles, headings, rows, sentences and months; English is unchanged", arguments: CLIEngine.all)
    func reportInChinese(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        _ = try chinese.succeed(["demo", "--deals", "80", "--seed", "7"])
        let page = try chinese.succeed(["report"])
        #expect(page.hasPrefix("销售管道：销售 · "), "\(page)")
        for words in ["赢单率：", "漏斗：", "当前进行中", "阶段停留：", "各币种的赢单", "按预计成交月份的预测", "负责人", "线索来源", "输单原因", "商机数", "加权金额", " 天"] {
            #expect(page.contains(words), "\(words) missing:\n\(page)")
        }
        for word in Self.englishWords { #expect(!page.contains(word), "'\(word)' left in:\n\(page)") }
        #expect(page.range(of: #"20\d\d年\d{1,2}月"#, options: .regularExpression) != nil, "a month of the forecast:\n\(page)")
        for line in page.split(separator: "\n") {
            #expect(Self.displayWidth(String(line)) <= 100, "wider than COLUMNS=100: \(line)")
        }
        let inEnglish = try english.succeed(["report"])
        #expect(inEnglish.hasPrefix("Pipeline 销售 · "), "\(inEnglish)")
        #expect(inEnglish.contains("Win rate: ") && inEnglish.contains("Time in stage: median days (mean)"), "\(inEnglish)")
        // With a window: the days of the scope line as `show` writes them.
        let window = try chinese.succeed(["report", "--since", "2026-01-01", "--until", "2026-11-29"])
        #expect(window.hasPrefix("销售管道：销售 · ") && window.contains(" · 创建于 2026年1月1日 至 2026年11月29日"), "\(window)")
    }

    @Test("plan prints Chinese with Chinese days; English keeps ISO days", arguments: CLIEngine.all)
    func planInChinese(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        _ = try chinese.succeed(["demo", "--deals", "80", "--seed", "7"])
        let arguments = ["plan", "--goal", "300万", "--currency", "CNY", "--by", "2027-06-30"]
        let page = try chinese.succeed(arguments)
        #expect(page.hasPrefix("销售管道 销售 的销售目标：¥3,000,000.00（CNY），截至 2027年6月30日\n平均赢单金额 ¥"), "\(page)")
        for words in ["比例取自", "推进率", "需要", "现有", "缺口", "天数中位数"] {
            #expect(page.contains(words), "\(words) missing:\n\(page)")
        }
        for word in Self.englishWords { #expect(!page.contains(word), "'\(word)' left in:\n\(page)") }
        let inEnglish = try english.succeed(arguments)
        #expect(inEnglish.hasPrefix("Goal ¥3,000,000.00 (CNY) in pipeline 销售 by 2027-06-30\nAverage won deal ¥"), "\(inEnglish)")
    }

    @Test("report --json and plan --json are byte for byte the same in Chinese and English", arguments: CLIEngine.all)
    func jsonIsTheSame(engine: CLIEngine) throws {
        let (english, chinese) = try speakers(on: engine)
        _ = try chinese.succeed(["demo", "--deals", "80", "--seed", "7"])
        for arguments in [
            ["report", "--json"], ["report", "--json", "--since", "2026-01-01"],
            ["plan", "--goal", "300万", "--currency", "CNY", "--json"], ["plan", "--goal", "300万", "--currency", "CNY", "--by", "2027-06-30", "--json"],
        ] {
            let inEnglish = try english.run(arguments)
            let inChinese = try chinese.run(arguments)
            #expect(inEnglish.status == 0 && inChinese.status == 0, "\(arguments): \(inChinese.stderr)")
            #expect(!inChinese.stdout.isEmpty && inChinese.stdout == inEnglish.stdout, "\(arguments) differs between the languages")
        }
    }

    /// Columns of a line as a terminal shows it: CJK and full-width forms two, the rest one.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let wide = (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
            return width + (wide ? 2 : 1)
        }
    }
}
