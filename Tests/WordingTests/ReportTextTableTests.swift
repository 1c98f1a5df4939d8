import Testing
@testable import Wording

extension ReportText: WordingTable {}

/// The checks of `TextTableTests` for the report and plan table (`ReportText`): every key in both
/// languages, the same values said in each, Chinese written and no Chinese in English.
@Suite("Report text table: every key in every language")
struct ReportTextTableTests {
    @Test("every report and plan text says each value in both languages, and Chinese is written")
    func reportTexts() {
        #expect(ErrorAndCommandTextTableTests.problems(of: ReportText.self) == [])
    }

    @Test("counts are grouped by thousands in both languages; plurals are the table's")
    func countsAndPlurals() {
        #expect(ReportText.grouped(0) == "0")
        #expect(ReportText.grouped(999) == "999")
        #expect(ReportText.grouped(1_000) == "1,000")
        #expect(ReportText.grouped(-1_234_567) == "-1,234,567")
        #expect(ReportText.reportScope(pipeline: "Sales", deals: 1, owner: nil, since: nil, until: nil).rendered(in: .english) == "Pipeline Sales · 1 deal")
        #expect(ReportText.reportScope(pipeline: "销售", deals: 1_200, owner: nil, since: "2026年10月1日", until: nil)
            .rendered(in: .simplifiedChinese) == "销售管道：销售 · 1,200 个商机 · 创建于 2026年10月1日 至 …")
        #expect(ReportText.days(number: "1").rendered(in: .english) == "1 day")
        #expect(ReportText.days(number: "4.5").rendered(in: .simplifiedChinese) == "4.5 天")
        #expect(ReportText.month(year: 2027, month: 1).rendered(in: .simplifiedChinese) == "2027年1月")
    }
}
