import Board
import FunnelConfig
import Pipeline
import Testing
import Wording

@Suite("The config's language and the defaults that follow it")
struct ConfigLanguageTests {
    @Test("language = \"zh-Hans\" or \"en\" is read; nothing leaves it to the locale")
    func languageSetting() {
        #expect(ConfigFile.parse("language = \"zh-Hans\"\n").config.language == .simplifiedChinese)
        #expect(ConfigFile.parse("language = \"en\"\n").config.language == .english)
        #expect(ConfigFile.parse("").config.language == nil)
        #expect(ConfigFile.parse("language = \"zh-Hans\"\n").problems.isEmpty)
    }

    @Test("an unknown language is reported on its line naming the value and what is accepted; the rest applies")
    func unknownLanguage() {
        let report = ConfigFile.parse("week_starts_on = \"sunday\"\nlanguage = \"klingon\"\n")
        #expect(report.problems.map(\.line) == [2])
        let message = report.problems.first?.message ?? ""
        #expect(message.contains("'klingon'") && message.contains("\"en\", \"zh-Hans\""))
        #expect(report.config.language == nil)
        #expect(report.config.weekStartsOn == .sunday)
        #expect(ConfigFile.parse("language = 3\n").problems.count == 1)
    }

    @Test("without default_currency and date_format, the run's language decides: CNY and 2026年12月6日 in Chinese")
    func defaultsFollowTheLanguage() {
        let config = ConfigFile.parse("").config
        #expect(config.defaultCurrency == .usd && config.dateFormat == .dayMonthName)
        Language.$current.withValue(.simplifiedChinese) {
            #expect(config.defaultCurrency == .cny && config.dateFormat == .chinese)
            let chosen = ConfigFile.parse("default_currency = \"EUR\"\ndate_format = \"DD/MM/YYYY\"\n").config
            #expect(chosen.defaultCurrency.code == "EUR" && chosen.dateFormat == .dayMonthYear)
        }
    }

    @Test("the printed defaults read back as every default in either language")
    func printedDefaultsInChinese() {
        Language.$current.withValue(.simplifiedChinese) {
            let report = ConfigFile.parse(ConfigFile.defaultsText)
            #expect(report.problems.isEmpty)
            #expect(report.config == .defaults)
        }
    }
}
