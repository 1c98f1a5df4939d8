import Pipeline
import Testing
import Wording

/// One lost reason whatever its case or spacing, named by its most used spelling.
@Suite("Lost reasons: one per reason, in its most used spelling")
struct LostReasonSpellingsTests {
    @Test func spellingsDifferingInCaseOrSpacingAreOneReason() {
        var spellings = LostReasonSpellings()
        spellings.add("No budget", deals: 2)
        spellings.add("no  budget ", deals: 1)
        spellings.add("no budget", deals: 1)
        spellings.add("Went with competitor", deals: 3)
        spellings.add("预算不足", deals: 1)
        #expect(spellings.mostUsed(limit: 10) == ["No budget", "Went with competitor", "预算不足"])
        #expect(spellings.mostUsed(limit: 1) == ["No budget"])
        #expect(spellings.spelling(of: "NO BUDGET") == "No budget")
        #expect(spellings.spelling(of: "timing") == "timing")
    }

    @Test func aTieBetweenSpellingsGoesToTheFirstInCodePointOrder() {
        var spellings = LostReasonSpellings()
        spellings.add("price", deals: 1)
        spellings.add("Price", deals: 1)
        #expect(spellings.mostUsed(limit: 5) == ["Price"])
    }

    @Test func theReportTalliesOneReasonUnderItsMostUsedSpellingAndNoReasonApart() throws {
        var tally = OutcomeTally()
        let usd = Currency.usd
        for (reason, count, value) in [("price", 1, 100), ("Price", 2, 200), (nil, 1, 50)] as [(String?, Int, Int64)] {
            try tally.add(
                status: .lost, currency: usd, owner: nil, source: nil, lostReason: reason, count: count,
                total: Money(minorUnits: value, currency: usd))
        }
        try tally.add(status: .won, currency: usd, owner: "Li Wei", source: nil, lostReason: nil, count: 1, total: Money(minorUnits: 900, currency: usd))
        #expect(tally.lostReasons.map(\.reason) == ["Price", nil])
        #expect(tally.lostReasons.map(\.deals) == [3, 1])
        #expect(tally.lostReasons[0].value.amounts == [Money(minorUnits: 300, currency: usd)])
        #expect(tally.deals == 5)
        #expect(tally.winRate.won == 1 && tally.winRate.lost == 4)
        #expect(tally.currencyPerformances.map(\.wonValue) == [Money(minorUnits: 900, currency: usd)])
        #expect(tally.ownerPerformances.map(\.name) == ["Li Wei", nil])
    }
}

/// Lists inside sentences follow the language: commas in English, 、 in Chinese, and "or" / 或 before the last
/// alternative.
@Suite("Lists in sentences, in each language")
struct ListedInSentencesTests {
    @Test func listsUseTheLanguagesSeparators() {
        #expect(Language.english.listed(["a", "b", "c"]) == "a, b, c")
        #expect(Language.simplifiedChinese.listed(["潜在客户", "资格审查"]) == "潜在客户、资格审查")
        #expect(Language.english.listed(["c", "n"], orLast: "q") == "c, n or q")
        #expect(Language.simplifiedChinese.listed(["c", "n"], orLast: "q") == "c、n 或 q")
    }

    @Test func aStageRefusalListsTheStagesInTheRunsLanguage() {
        let pipeline = Pipeline(id: 1, name: "Sales", stages: [
            Stage(id: 1, pipelineID: 1, name: "潜在客户", position: 0, probability: 10, stallDays: 14),
            Stage(id: 2, pipelineID: 1, name: "资格审查", position: 1, probability: 30, stallDays: 14),
        ])
        #expect(Language.$current.withValue(.simplifiedChinese) { pipeline.stageList }.contains("、"))
        #expect(Language.$current.withValue(.english) { pipeline.stageList }.contains(", "))
    }
}
