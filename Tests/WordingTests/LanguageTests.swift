import Testing
@testable import Wording

@Suite("Choosing the language")
struct LanguageTests {
    @Test("the config's language wins over the locale")
    func theConfigWins() {
        #expect(Language.chosen(setting: .english, environment: ["LANG": "zh_CN.UTF-8"]) == .english)
        #expect(Language.chosen(setting: .simplifiedChinese, environment: ["LANG": "en_US.UTF-8"]) == .simplifiedChinese)
    }

    @Test("a Chinese locale variable asks for Chinese, the first one set deciding as POSIX says", arguments: [
        (["LANG": "zh_CN.UTF-8"], Language.simplifiedChinese),
        (["LANG": "zh_SG.UTF-8"], .simplifiedChinese),
        (["LANG": "zh_Hans"], .simplifiedChinese),
        (["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"], .simplifiedChinese),
        (["LC_ALL": "zh_CN.UTF-8", "LANG": "C"], .simplifiedChinese),
        (["LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"], .english),
        (["LC_ALL": "", "LANG": "zh_CN.UTF-8"], .simplifiedChinese),
        (["LANG": "zh_TW.UTF-8"], .english),
        (["LANG": "en_US.UTF-8"], .english),
        ([:], .english),
    ])
    func theLocaleDecidesOtherwise(environment: [String: String], expected: Language) {
        #expect(Language.chosen(setting: nil, environment: environment) == expected)
    }

    @Test("config values are read in any case; others are not languages", arguments: [
        ("en", Language?.some(.english)), ("zh-Hans", .simplifiedChinese), ("ZH-HANS", .simplifiedChinese), (" en ", .english),
        ("fr", nil), ("zh", nil), ("", nil),
    ])
    func settings(text: String, expected: Language?) {
        #expect(Language(setting: text) == expected)
    }

    @Test("the run's language is English unless bound, and a binding holds inside it")
    func currentLanguage() {
        #expect(Language.current == .english)
        Language.$current.withValue(.simplifiedChinese) {
            #expect(Text.nothingSaved.string == "未保存任何内容")
        }
        #expect(Text.nothingSaved.string == "Nothing saved")
    }
}
