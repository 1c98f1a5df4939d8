import FunnelConfig
import Testing

/// The config's `database`: where the pipeline is when neither `--db` nor `FUNNEL_DB` says.
@Suite("The config's database setting")
struct ConfigDatabaseTests {
    @Test("a path or a server URL is kept as written; nothing leaves it to the default")
    func read() {
        #expect(ConfigFile.parse("database = \"~/sales.sqlite\"\n").config.database == "~/sales.sqlite")
        #expect(ConfigFile.parse("database = \"postgresql://sam@db/sales\"\n").config.database == "postgresql://sam@db/sales")
        #expect(ConfigFile.parse("").config.database == nil)
        #expect(ConfigFile.parse("database = \"postgresql://sam@db/sales\"\n").problems.isEmpty)
    }

    @Test("an empty or non-text database is reported on its line, naming what is accepted, and ignored")
    func refused() {
        for line in ["database = \"\"", "database = \"  \"", "database = 5432"] {
            let report = ConfigFile.parse("week_starts_on = \"sunday\"\n\(line)\n")
            #expect(report.problems.map(\.line) == [2], "\(line)")
            #expect(report.problems.first?.message.contains("give a database file's path or a postgresql:// address in quotes") == true)
            #expect(report.config.database == nil)
            #expect(report.config.weekStartsOn == .sunday)
        }
    }

    @Test("the printed defaults show the setting, commented out")
    func inTheDefaults() {
        #expect(ConfigFile.defaultsText.contains("# database = \"~/sales/funnel.sqlite\""))
        #expect(ConfigFile.parse(ConfigFile.defaultsText).config.database == nil)
    }
}
