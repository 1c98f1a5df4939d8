import Foundation
import FunnelTestSupport
import Testing

/// The trial's `edit --temperature 热`, refused although `show` prints 热: the words `show` prints in either
/// language are accepted whatever language is spoken, as lead sources are, and a refusal lists them.
@Suite("Temperatures in the words show prints, end to end")
struct TemperatureWordsEndToEndTests {
    let folder = TemporaryDirectory()

    func funnel(_ database: String, lang: String) -> FunnelProcess {
        FunnelProcess(
            databasePath: database,
            environment: [
                "TZ": "UTC", "FUNNEL_USER": "Li Wei", "FUNNEL_CONFIG": "", "XDG_CONFIG_HOME": folder.path("config"),
                "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "",
            ])
    }

    func temperature(_ funnel: FunnelProcess, _ id: String) throws -> String? {
        (try funnel.run(["show", "--json", id]).json() as? [String: Any])?["temperature"] as? String
    }

    @Test("edit, add and qualify take hot, warm, cold and 热, 温, 冷 in either language", arguments: CLIEngine.all)
    func wordsOfEitherLanguage(engine: CLIEngine) throws {
        let database = try engine.database(in: folder)
        let english = funnel(database, lang: "en_US.UTF-8")
        let chinese = funnel(database, lang: "zh_CN.UTF-8")
        let id = try english.succeed(["add", "Acme renewal"])

        _ = try english.succeed(["edit", id, "--temperature", "热"])
        #expect(try temperature(english, id) == "hot")
        // What `show` prints in Chinese is what it takes back.
        #expect(try chinese.succeed(["show", id]).contains("热（手动设置）"))
        _ = try chinese.succeed(["edit", id, "--temperature", " 温 "])
        #expect(try temperature(english, id) == "warm")
        _ = try chinese.succeed(["edit", id, "--temperature", "COLD"])
        #expect(try temperature(english, id) == "cold")
        _ = try english.succeed(["qualify", id, "--temperature", "热"])
        #expect(try temperature(english, id) == "hot")
        _ = try chinese.succeed(["qualify", id, "--temperature", "冷"])
        #expect(try temperature(english, id) == "cold")
        let added = try chinese.succeed(["add", "北京星云 续约", "--temperature", "温"])
        #expect(try temperature(english, added) == "warm")
    }

    @Test("a bad temperature is refused naming it and every accepted word, status 2, nothing written", arguments: CLIEngine.all)
    func refusalListsTheWords(engine: CLIEngine) throws {
        let database = try engine.database(in: folder)
        let english = funnel(database, lang: "en_US.UTF-8")
        let chinese = funnel(database, lang: "zh_CN.UTF-8")
        let id = try english.succeed(["add", "Acme renewal"])
        let before = try english.fingerprint()

        let edit = try english.run(["edit", id, "--temperature", "暖"])
        #expect(edit.status == 2)
        #expect(edit.stderr == "funnel: invalid temperature '暖': use one of hot, warm, cold, 热, 温, 冷\n")
        let chineseEdit = try chinese.run(["edit", id, "--temperature", "tepid"])
        #expect(chineseEdit.status == 2)
        #expect(chineseEdit.stderr == "funnel: 温度“tepid”无效：请用 热、温、冷、hot、warm、cold 之一\n")
        let qualify = try english.run(["qualify", id, "--temperature", "暖"])
        #expect(qualify.status == 2)
        #expect(qualify.stderr == "funnel: invalid --temperature '暖': use hot, warm, cold, 热, 温, 冷 or auto\n")
        #expect(try english.fingerprint() == before)
    }
}
