import Foundation
import FunnelStore
import Pipeline
import Testing

/// Which stored deal a row of an import is, the same way on every engine.
@Suite("Import rows: the stored deal each one is")
struct ExistingDealTests {
    let created = Date(timeIntervalSince1970: 1_796_000_000)

    func row(source: String, externalID: String?) -> DealImport {
        let deal = Deal(title: "Acme", value: Money(minorUnits: 100, currency: .usd), pipelineID: 1, stageID: 10, createdAt: created)
        return DealImport(
            line: 2, source: source, externalID: externalID, deal: deal, stageName: "Contact",
            createdAtGiven: true, stageEnteredAtGiven: false, updatedAtGiven: false, closedAtGiven: false)
    }

    @Test func aFunnelRowIsFirstTheDealWithItsIDAndCreationTimeThenItsLink() throws {
        let links: [String: [String: Int64]] = ["funnel": ["7": 7, "8": 30]]
        let byID = try row(source: "funnel", externalID: "7").existingDeal(highestID: 40, links: links) { id, at in
            #expect(at == created)
            return id
        }
        #expect(byID?.id == 7 && byID?.linked == true)
        // Another database's deal 8 is not this one's: its link names deal 30.
        let notHere = try row(source: "funnel", externalID: "8").existingDeal(highestID: 40, links: links) { _, _ in nil }
        #expect(notHere?.id == 30 && notHere?.linked == true)
        let unlinked = try row(source: "funnel", externalID: "9").existingDeal(highestID: 40, links: links) { id, _ in id }
        #expect(unlinked?.id == 9 && unlinked?.linked == false)
    }

    @Test func anIDAboveTheHighestStoredOrNotAFunnelRowIsNeverLookedUp() throws {
        let links: [String: [String: Int64]] = ["hubspot": ["h-1": 12]]
        let lookUp: (Int64, Date) throws -> Int64? = { _, _ in
            Issue.record("no id is looked up here")
            return nil
        }
        #expect(try row(source: "funnel", externalID: "41").existingDeal(highestID: 40, links: [:], findByID: lookUp) == nil)
        #expect(try row(source: "funnel", externalID: "0").existingDeal(highestID: 40, links: [:], findByID: lookUp) == nil)
        let linked = try row(source: "hubspot", externalID: "h-1").existingDeal(highestID: 40, links: links, findByID: lookUp)
        #expect(linked?.id == 12 && linked?.linked == true)
        #expect(try row(source: "hubspot", externalID: nil).existingDeal(highestID: 40, links: links, findByID: lookUp) == nil)
    }
}
