import Board
import FunnelConfig
import Testing

/// The config's `user` (issue 18): the name the user's deals are owned under, before `FUNNEL_USER` and the login.
@Suite("The config's user setting")
struct ConfigUserTests {
    @Test("a name is kept, trimmed; one with a control character inside is set apart; without the setting there is none")
    func read() {
        #expect(ConfigFile.parse("user = \"Li Wei\"\n").config.user == "Li Wei")
        #expect(ConfigFile.parse("user = \"  王芳 \"\n").config.user == "王芳")
        // A control character inside is no name: kept apart, made visible, for the run to refuse (not a warning).
        let evil = ConfigFile.parse("user = \"Evil\\u001b[2J\"\n")
        #expect(evil.config.user == nil)
        #expect(evil.config.userWithControls == "Evil␛[2J")
        #expect(evil.problems.isEmpty)
        // Whitespace at the ends is trimmed, as before: a trailing line break is no control inside the name.
        #expect(ConfigFile.parse("user = \"Li Wei\\n\"\n").config.user == "Li Wei")
        #expect(ConfigFile.parse("user = \"Li Wei\"\n").problems.isEmpty)
        #expect(ConfigFile.parse("").config.user == nil)
    }

    @Test("an empty, non-text or over-long user is reported on its line naming the value and what is accepted, and ignored")
    func refused() {
        let long = String(repeating: "x", count: 201)
        for (line, shown) in [("user = \"\"", "''"), ("user = \"   \"", "'   '"), ("user = 42", "42"), ("user = \"\(long)\"", "'\(long)'")] {
            let report = ConfigFile.parse("week_starts_on = \"sunday\"\n\(line)\n")
            #expect(report.problems.map(\.line) == [2], "\(line)")
            let message = report.problems.first?.message ?? ""
            #expect(message.contains("invalid user \(shown)"), "\(message)")
            #expect(message.contains("at most 200 characters"))
            #expect(report.config.user == nil)
            #expect(report.config.weekStartsOn == .sunday)
        }
        // 200 characters is still a name.
        #expect(ConfigFile.parse("user = \"\(String(repeating: "x", count: 200))\"\n").config.user?.count == 200)
    }

    @Test("the printed defaults show the setting, commented out")
    func inTheDefaults() {
        #expect(ConfigFile.defaultsText.contains("# user = \"Li Wei\""))
        #expect(ConfigFile.parse(ConfigFile.defaultsText).config.user == nil)
    }

    @Test("o is a key map command like any other: my_deals rebinds it, and the printed defaults list it")
    func myDealsKey() {
        let config = ConfigFile.parse("[keys]\nmy_deals = [\"M\"]\n").config
        #expect(config.keys.command(for: .character("M")) == .myDeals)
        #expect(config.keys.command(for: .character("o")) == nil)
        #expect(ConfigFile.defaultsText.contains("my_deals = [\"o\"]"))
    }
}
