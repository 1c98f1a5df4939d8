import Foundation
import FunnelTestSupport
import Testing

/// The trial's user name with a control character (a `user =` of the config or `FUNNEL_USER` holding a line
/// break), accepted and shown as ␊: refused with one line naming it, made visible, and what is accepted, status
/// 2, nothing written, on both engines and in both languages. An empty `FUNNEL_USER` still falls back.
@Suite("User names with control characters are refused, end to end")
struct UserNameControlsEndToEndTests {
    let folder = TemporaryDirectory()

    func funnel(_ database: String, user: String, lang: String = "en_US.UTF-8") -> FunnelProcess {
        FunnelProcess(
            databasePath: database,
            environment: [
                "TZ": "UTC", "FUNNEL_USER": user, "FUNNEL_CONFIG": "", "XDG_CONFIG_HOME": folder.path("config"),
                "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "",
            ])
    }

    /// Writes the config file a run reads (`$XDG_CONFIG_HOME/funnel/config.toml`).
    func writeConfig(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: folder.path("config/funnel"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.path("config/funnel/config.toml")))
    }

    @Test("FUNNEL_USER with a line break, tab or escape: one line, status 2, nothing written", arguments: CLIEngine.all)
    func environmentRefused(engine: CLIEngine) throws {
        let database = try engine.database(in: folder)
        let clean = funnel(database, user: "Li Wei")
        _ = try clean.succeed(["add", "Acme renewal"])
        let before = try clean.fingerprint()
        for (name, shown) in [("Li\nWei", "Li␊Wei"), ("Li\tWei", "Li␉Wei"), ("Li\u{1B}[2JWei", "Li␛[2JWei")] {
            for arguments in [["add", "Globex pilot"], ["whoami"], ["list"], ["edit", "1", "--owner", "me"]] {
                let result = try funnel(database, user: name).run(arguments)
                #expect(result.status == 2, "\(arguments)")
                #expect(result.stdout.isEmpty)
                #expect(result.stderr == "funnel: invalid FUNNEL_USER '\(shown)': a name is one line without control characters (tabs, line breaks, escapes), e.g. FUNNEL_USER=\"Li Wei\"; an empty FUNNEL_USER is skipped\n")
            }
        }
        let chinese = try funnel(database, user: "王\n芳", lang: "zh_CN.UTF-8").run(["add", "北京星云 续约"])
        #expect(chinese.status == 2)
        #expect(chinese.stderr == "funnel: FUNNEL_USER“王␊芳”无效：名字须是一行文字，不含控制字符（制表符、换行、转义符），例如 FUNNEL_USER=\"Li Wei\"；留空则不使用\n")
        #expect(try clean.fingerprint() == before)
        // Help still answers.
        #expect(try funnel(database, user: "Li\nWei").run(["--help"]).status == 0)
    }

    @Test("the config's user with a control character is refused naming the file; the config comes before FUNNEL_USER", arguments: CLIEngine.all)
    func configRefused(engine: CLIEngine) throws {
        let database = try engine.database(in: folder)
        let funnel = funnel(database, user: "Li Wei")
        _ = try funnel.succeed(["add", "Acme renewal"])
        let before = try funnel.fingerprint()
        try writeConfig("user = \"Li\\u0007Wei\"\n")
        let result = try funnel.run(["add", "Globex pilot"])
        #expect(result.status == 2)
        #expect(result.stderr == "funnel: invalid user 'Li␇Wei' in \(folder.path("config/funnel/config.toml")): a name is one line without control characters (tabs, line breaks, escapes), e.g. user = \"Li Wei\"\n")
        // A clean config user wins over a bad FUNNEL_USER, which is then not used, so not refused.
        try writeConfig("user = \"Li Wei\"\n")
        #expect(try self.funnel(database, user: "Bad\nName").succeed(["whoami"]) == "Li Wei")
        #expect(try funnel.fingerprint() == before)
    }

    @Test("an empty or blank FUNNEL_USER is no name: the next source is used", arguments: CLIEngine.all)
    func emptyFallsBack(engine: CLIEngine) throws {
        let database = try engine.database(in: folder)
        try writeConfig("user = \"Li Wei\"\n")
        #expect(try funnel(database, user: "").succeed(["whoami"]) == "Li Wei")
        try FileManager.default.removeItem(atPath: folder.path("config/funnel/config.toml"))
        let login = try funnel(database, user: "  ").run(["whoami", "--json"]).json() as? [String: String]
        #expect(["full name", "login"].contains(login?["source"] ?? ""))
    }
}
