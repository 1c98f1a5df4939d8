import Pipeline
import Testing
import Wording

/// A known lead source reads in the language spoken and is stored by its English name; a typed one stays as typed.
@Suite("Lead sources: shown in the language spoken, stored as they are")
struct LeadSourceShownTests {
    @Test func knownSourcesAreShownInChineseAndStoredInEnglish() {
        #expect(LeadSource.coldCall.shown(in: .english) == "cold call")
        #expect(LeadSource.coldCall.shown(in: .simplifiedChinese) == "陌生电话")
        #expect(LeadSource.referral.shown(in: .simplifiedChinese) == "转介绍")
        #expect(LeadSource.custom("展销会 2026").shown(in: .simplifiedChinese) == "展销会 2026")
        // Typed in Chinese, it is the known channel, stored by its English name.
        #expect(LeadSource("转介绍") == .referral)
        #expect(LeadSource("转介绍").name == "referral")
        for source in LeadSource.known {
            #expect(LeadSource(source.shown(in: .simplifiedChinese)) == source)
            #expect(source.shown(in: .simplifiedChinese) != source.shown(in: .english))
        }
    }
}
