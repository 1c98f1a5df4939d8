import Foundation
import Pipeline
import Testing
import Wording

@Suite("Chinese amounts and dates: 万 and 亿, 2026年12月6日, 明天 and 下周一")
struct ChineseAmountsAndDatesTests {
    let cny = Currency.cny
    let usd = Currency.usd
    let jpy = Currency(code: "JPY")!
    // 2026-11-27 is a Friday.
    let friday = Fixtures.day("2026-11-27")

    @Test("万 and 亿 are accepted in any currency, with a fraction, as any other multiplier", arguments: [
        ("12万", Int64(12_000_000)), ("1.5万", 1_500_000), ("3亿", 30_000_000_000), ("0.25万", 250_000),
        ("1200万", 1_200_000_000), ("1,200,000万", 1_200_000_000_000), ("1.23456万", 1_234_560), ("1000亿", 10_000_000_000_000),
    ])
    func tenThousandsAndHundredMillions(text: String, minorUnits: Int64) throws {
        #expect(try Money.parse(text, currency: cny) == Money(minorUnits: minorUnits, currency: cny))
        #expect(try Money.parse(text, currency: usd).minorUnits == minorUnits)
    }

    @Test("a lone mark before three digits is as ambiguous before 万 as anywhere, and the refusal names both readings")
    func anAmbiguousAmountBeforeTenThousand() {
        #expect {
            try Money.parse("1,200万", currency: cny)
        } throws: { error in
            "\(error)".contains("1200万") && "\(error)".contains("1.20万")
        }
    }

    @Test("万 and 亿 keep the currency's rules and the limit", arguments: ["1.2345678万", "万", "-1万", "12万万", "1.5", "100001亿"])
    func refused(text: String) {
        let currency = text == "1.5" ? jpy : cny
        #expect(throws: PipelineError.self) { try Money.parse(text, currency: currency) }
    }

    @Test("a yen amount of 1.5万 is whole yen")
    func yen() throws {
        #expect(try Money.parse("1.5万", currency: jpy).minorUnits == 15_000)
    }

    @Test("short amounts in Chinese use 万 and 亿; English keeps k, m and b", arguments: [
        (Int64(125_000), "¥12.5万", "¥125k"), (9_999, "¥9,999", "¥9,999"), (10_000, "¥1万", "¥10k"),
        (9_999_949, "¥1000万", "¥10m"), (9_949_999, "¥995万", "¥9.9m"), (99_994_999, "¥9999万", "¥100m"), (12_340_000, "¥1234万", "¥12.3m"),
        (99_995_000, "¥1亿", "¥100m"),
        (320_000_000, "¥3.2亿", "¥320m"), (1_000_000_000_000, "¥10000亿", "¥1000b"),
    ])
    func shortAmounts(major: Int64, chinese: String, english: String) {
        let money = Money(minorUnits: major * 100, currency: cny)
        #expect(money.abbreviated(in: .simplifiedChinese) == chinese)
        #expect(money.abbreviated(in: .english) == english)
        #expect(money.abbreviated == english)
    }

    @Test("full amounts keep their grouping in Chinese")
    func fullAmounts() throws {
        var totals = MoneyTotals()
        try totals.add(Money(minorUnits: 12_500_000, currency: cny))
        #expect(totals.compact == "¥125,000")
        #expect(totals.abbreviated(in: .simplifiedChinese) == "¥12.5万")
    }

    @Test("Chinese dates: 2026年12月6日, a due date with its weekday and time, a moment on the wall clock")
    func chineseDates() {
        let day = Fixtures.day("2026-12-06")
        #expect(DateFormat.chinese.format(day) == "2026年12月6日")
        #expect(DateFormat.chinese.format(ActivityDue(day: Fixtures.day("2026-12-11"), minuteOfDay: 14 * 60)) == "2026年12月11日 周五 14:00")
        #expect(DateFormat.chinese.format(ActivityDue(day: day)) == "2026年12月6日 周日")
        let moment = Date(timeIntervalSince1970: 1_796_565_600)  // 2026-12-06T14:00:00Z
        #expect(DateFormat.chinese.formatMoment(moment, in: TimeZone(identifier: "UTC")!) == "2026年12月6日 14:00")
        #expect(DateFormat.default(for: .simplifiedChinese) == .chinese)
        #expect(DateFormat.default(for: .english) == .dayMonthName)
    }

    @Test("due dates typed in Chinese count from today", arguments: [
        ("今天", "2026-11-27"), ("明天", "2026-11-28"), ("后天", "2026-11-29"), ("大后天", "2026-11-30"),
        ("周五", "2026-12-04"), ("周一", "2026-11-30"), ("星期三", "2026-12-02"), ("周日", "2026-11-29"), ("星期天", "2026-11-29"),
        ("下周", "2026-11-30"), ("下周一", "2026-11-30"), ("下周五", "2026-12-04"), ("下星期二", "2026-12-01"),
        ("明天 10:00", "2026-11-28T10:00"), ("明天10:00", "2026-11-28T10:00"), ("周五 14:00", "2026-12-04T14:00"),
        ("下周一 9:30", "2026-11-30T09:30"), ("后天 14：30", "2026-11-29T14:30"),
    ])
    func chineseDueDates(text: String, expected: String) throws {
        #expect(try ActivityDue.parse(text, today: friday).description == expected)
    }

    @Test("下周一 follows the week's first day")
    func nextWeekOnSunday() throws {
        #expect(try ActivityDue.parse("下周一", today: friday, weekStartsOn: .sunday).description == "2026-11-30")
        #expect(try ActivityDue.parse("下周", today: friday, weekStartsOn: .sunday).description == "2026-11-29")
    }

    @Test("Chinese words that are no day are refused naming the value and the Chinese forms", arguments: ["周八", "下周九", "昨天", "明天 25:00", "周"])
    func badChineseDueDates(text: String) {
        #expect {
            try ActivityDue.parse(text, today: friday)
        } throws: { error in
            let message = (error as? PipelineError)?.description ?? ""
            return message.contains("'\(text)'") && message.contains("下周一")
        }
    }

    @Test("snooze and revisit days take the Chinese forms too")
    func futureDays() throws {
        #expect(try ActivityDue.parseFutureDay("下周一", today: friday, field: "snooze day") == Fixtures.day("2026-11-30"))
        #expect(throws: PipelineError.self) { try ActivityDue.parseFutureDay("今天", today: friday, field: "snooze day") }
    }

    @Test("a new database's names and currency follow the language")
    func defaults() {
        let chinese = Pipeline.defaultNames(for: .simplifiedChinese)
        #expect(chinese.sales == "销售")
        #expect(chinese.stages == ["潜在客户", "资格审查", "初步接触", "建立关系", "成交"])
        #expect(chinese.revisit == "以后再跟进")
        #expect(chinese.stages.count == Stage.defaults.count)
        #expect(Pipeline.defaultNames(for: .english).stages == Stage.defaults.map(\.name))
        #expect(Currency.default(for: .simplifiedChinese) == cny)
        #expect(Currency.default(for: .english) == usd)
    }

    @Test("a demo in Chinese has Chinese companies, people and titles, in yuan")
    func chineseDemo() {
        let stages = (0..<5).map { Stage(id: Int64($0 + 1), pipelineID: 1, name: "S\($0)", position: $0, probability: 10, stallDays: 7) }
        let demo = DemoPipeline(stages: stages, count: 40, seed: 3, now: Date(timeIntervalSince1970: 1_796_565_600), openPercent: 50, texts: .chinese)
        let han: (String) -> Bool = { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        for item in demo {
            #expect(item.deal.value.currency == cny)
            #expect(han(item.deal.title) && han(item.deal.organization ?? "") && han(item.deal.person.name ?? ""))
            #expect(han(item.deal.person.jobTitle ?? "") && han(item.deal.owner ?? ""))
            if let reason = item.deal.lostReason { #expect(han(reason)) }
        }
    }
}
