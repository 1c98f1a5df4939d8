import Foundation
import Testing
@testable import Pipeline

/// Issue 15 item 6: five currencies crowded every lane header and Japanese companies had Chinese titles.
@Suite("Demo pipelines: their currencies and their titles' language")
struct DemoCurrencyTests {
    let stages = (1...5).map { Stage(id: Int64($0), pipelineID: 1, name: "S\($0)", position: $0 - 1, probability: $0 * 15, stallDays: 14) }
    let now = Date(timeIntervalSince1970: 1_796_000_000)
    let eur = Currency(code: "EUR")!

    @Test("one currency gives every deal that currency; the same seed draws the same deals otherwise")
    func oneCurrency() {
        let mixed = Array(DemoPipeline(stages: stages, count: 300, seed: 7, now: now, openPercent: 30))
        let euros = Array(DemoPipeline(stages: stages, count: 300, seed: 7, now: now, openPercent: 30, currencies: [eur]))
        #expect(Set(euros.map(\.deal.value.currency)) == [eur])
        #expect(Set(mixed.map(\.deal.value.currency)).count > 3)
        // Only the currency (and a yen amount's size) differ: titles, stages, histories are the seed's.
        #expect(zip(mixed, euros).allSatisfy { $0.deal.title == $1.deal.title && $0.deal.stageID == $1.deal.stageID && $0.history == $1.history })
    }

    @Test("several currencies are drawn from the list given, a repeated one more often")
    func severalCurrencies() {
        let gbp = Currency(code: "GBP")!
        let deals = Array(DemoPipeline(stages: stages, count: 400, seed: 3, now: now, openPercent: 30, currencies: [eur, eur, gbp]))
        let euros = deals.filter { $0.deal.value.currency == eur }.count
        let pounds = deals.filter { $0.deal.value.currency == gbp }.count
        #expect(euros + pounds == 400)
        #expect(euros > pounds && pounds > 50)
    }

    @Test("a deal's title is in the language of its company's name")
    func titlesInTheCompanysLanguage() {
        let deals = Array(DemoPipeline(stages: stages, count: 600, seed: 5, now: now, openPercent: 30))
        func isKana(_ scalar: Unicode.Scalar) -> Bool { (0x3040...0x30FF).contains(scalar.value) }
        func isHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }
        for demo in deals {
            let organization = demo.deal.organization ?? ""
            let topic = String(demo.deal.title.dropFirst(organization.count + 1))
            let scalars = Array(topic.unicodeScalars)
            let allHan = scalars.allSatisfy { isHan($0) }
            let anyKana = scalars.contains { isKana($0) }
            let allASCII = scalars.allSatisfy { $0.isASCII }
            if organization == "株式会社サクラ" || organization == "東京システム" {
                #expect(DemoNames.japaneseTopics.contains(topic), "\(demo.deal.title)")
            } else if organization.unicodeScalars.contains(where: { isHan($0) }) {
                #expect(allHan && !anyKana, "\(demo.deal.title)")
            } else {
                #expect(allASCII, "\(demo.deal.title)")
            }
        }
        #expect(deals.contains { $0.deal.organization == "東京システム" })
    }
}
