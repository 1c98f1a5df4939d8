import Foundation
import FunnelTestSupport
import Testing

/// Choosing the language, and what follows it, through the real binary.
@Suite("Language: the config's language, the locale, and the defaults that follow them")
struct LanguageEndToEndTests {
    let folder = TemporaryDirectory()
    /// LC_ALL and LC_MESSAGES emptied so LANG decides, and no config file unless a test writes one; `database` is a
    /// location `CLIEngine.database(in:named:)` made (a file of the folder when none is given).
    func funnel(_ lang: String, config: String? = nil, database: String? = nil) -> FunnelProcess {
        FunnelProcess(
            databasePath: database ?? folder.path("funnel.sqlite"),
            environment: ["LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "FUNNEL_CONFIG": config ?? folder.path("none.toml")])
    }

    func pipelines(_ funnel: FunnelProcess) throws -> [[String: Any]] {
        let listed = try funnel.succeed(["pipeline", "list", "--json"])
        return try JSONSerialization.jsonObject(with: Data(listed.utf8)) as! [[String: Any]]
    }

    @Test("a new database under a Chinese locale gets the Chinese pipeline, stages and Revisit; deals default to CNY", arguments: CLIEngine.all)
    func chineseDefaults(engine: CLIEngine) throws {
        let chinese = funnel("zh_CN.UTF-8", database: try engine.database(in: folder))
        let id = try chinese.succeed(["add", "上海蓝海贸易 续约", "--value", "1.5万"])
        let all = try pipelines(chinese)
        #expect(all.map { $0["name"] as? String } == ["销售", "以后再跟进"])
        let stages = all.first?["stages"] as? [String]
        #expect(stages == ["潜在客户", "资格审查", "初步接触", "建立关系", "成交"])
        let deal = try #require(try chinese.deals().first { $0["id"] as? Int == Int(id) })
        #expect(deal["currency"] as? String == "CNY")
        #expect(deal["value"] as? String == "15000.00")
    }

    @Test("an existing database keeps its names under a Chinese locale", arguments: CLIEngine.all)
    func existingNamesStay(engine: CLIEngine) throws {
        let database = try engine.database(in: folder)
        _ = try funnel("en_US.UTF-8", database: database).succeed(["add", "Acme renewal"])
        #expect(try pipelines(funnel("zh_CN.UTF-8", database: database)).map { $0["name"] as? String } == ["Sales", "Revisit"])
    }

    @Test("the config's language wins over the locale, both ways", arguments: CLIEngine.all)
    func theConfigWins(engine: CLIEngine) throws {
        let (a, b, c) = (try engine.database(in: folder, named: "a"), try engine.database(in: folder, named: "b"), try engine.database(in: folder, named: "c"))
        let chineseConfig = try folder.write("zh.toml", Data("language = \"zh-Hans\"\n".utf8))
        let englishConfig = try folder.write("en.toml", Data("language = \"en\"\n".utf8))
        _ = try funnel("en_US.UTF-8", config: chineseConfig, database: a).succeed(["add", "A"])
        #expect(try pipelines(funnel("C", database: a)).first?["name"] as? String == "销售")
        _ = try funnel("zh_CN.UTF-8", config: englishConfig, database: b).succeed(["add", "B"])
        #expect(try pipelines(funnel("C", database: b)).first?["name"] as? String == "Sales")
        // --config names the file before the arguments are parsed, too.
        _ = try funnel("C", database: c).succeed(["add", "C", "--config", chineseConfig])
        #expect(try pipelines(funnel("C", database: c)).first?["name"] as? String == "销售")
    }

    // No engine: config check opens no database.
    @Test("funnel config check reports an unknown language on its line, naming it and what is accepted")
    func unknownLanguage() throws {
        let config = try folder.write("bad.toml", Data("week_starts_on = \"sunday\"\nlanguage = \"fr\"\n".utf8))
        let result = try funnel("C").run(["config", "check", "--config", config])
        #expect(result.status == 1)
        #expect(result.stdout.contains(":2: unknown language 'fr': use one of \"en\", \"zh-Hans\""), "\(result.stdout)")
    }

    @Test("funnel demo under Chinese makes Chinese companies, people and titles, in CNY", arguments: CLIEngine.all)
    func chineseDemo(engine: CLIEngine) throws {
        let chinese = funnel("zh_CN.UTF-8", database: try engine.database(in: folder))
        _ = try chinese.succeed(["demo", "--deals", "30"])
        let deals = try chinese.run(["list", "--status", "all", "--json"]).stdout
        let list = try JSONSerialization.jsonObject(with: Data(deals.utf8)) as! [[String: Any]]
        #expect(list.count == 30)
        let han: (Any?) -> Bool = { ($0 as? String)?.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } == true }
        for deal in list {
            #expect(deal["currency"] as? String == "CNY")
            #expect(han(deal["title"]) && han(deal["organization"]) && han(deal["person"]), "\(deal)")
        }
    }
}
