import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import Testing

/// Importing deals through the store contract, on every engine.
@Suite("Store contract: importing deals")
struct ImportConformanceTests {
    /// A deal with every field set, so a column bound in the wrong place shows.
    func fullDeal(_ pipeline: Pipeline, now: Date) -> Deal {
        Deal(
            title: "Acme 续约", value: Money(minorUnits: 1_234_567, currency: Currency(code: "EUR")!),
            pipelineID: pipeline.id, stageID: pipeline.stages[2].id, status: .lost, lostReason: "price",
            expectedClose: CalendarDay(year: 2026, month: 12, day: 24), owner: "Alex", organization: "Acme",
            person: ContactPerson(name: "Bob", jobTitle: "CTO", email: "bob@example.com", phone: "+1 555"),
            source: .coldCall, temperature: .hot, temperatureSetByHand: true,
            qualification: Qualification(budget: .yes, authority: .no, need: .yes, timing: .unknown),
            priority: 2, probabilityOverride: 35, notes: "line 1\nline 2",
            createdAt: now.addingTimeInterval(-86_400 * 30), stageEnteredAt: now.addingTimeInterval(-86_400 * 10),
            updatedAt: now.addingTimeInterval(-86_400 * 5), closedAt: now.addingTimeInterval(-86_400 * 5))
    }

    @Test("An imported deal is stored exactly like one added by the CLI, with the same history", arguments: StoreEngineUnderTest.all)
    func sameAsAddDeal(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        let deal = fullDeal(pipeline, now: fresh.now)
        let added = try fresh.store.addDeal(deal).value
        let item = DealImport(
            line: 2, source: "test", externalID: "7", deal: deal, stageName: "contact",
            createdAtGiven: true, stageEnteredAtGiven: true, updatedAtGiven: true, closedAtGiven: true)
        let outcome = try fresh.store.importDeals([item], newStages: [], dryRun: false)
        #expect(outcome.results.map(\.action) == [.created])
        var imported = try fresh.store.deal(id: outcome.results[0].dealID)
        imported.id = added.id
        #expect(imported == added)
        let strip = { (changes: [StageChange]) in changes.map { [$0.kind.rawValue, $0.toStageName, "\($0.at)"] } }
        #expect(strip(try fresh.store.history(dealID: outcome.results[0].dealID)) == strip(try fresh.store.history(dealID: added.id)))
    }

    @Test("A dry run reports exact counts and leaves the database as it was", arguments: StoreEngineUnderTest.all)
    func dryRun(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        let deal = fullDeal(pipeline, now: fresh.now)
        let item = DealImport(
            line: 2, source: "test", externalID: "7", deal: deal, stageName: "New stage",
            createdAtGiven: true, stageEnteredAtGiven: true, updatedAtGiven: true, closedAtGiven: true)
        let outcome = try fresh.store.importDeals([item], newStages: [(pipeline.id, "New stage")], dryRun: true)
        #expect(outcome.results.map(\.action) == [.created])
        #expect(outcome.createdStages == ["Sales/New stage"])
        #expect(try fresh.store.dealCount(DealQuery(statuses: Set(DealStatus.allCases))) == 0)
        #expect(try fresh.sales.stages.count == 5)
        // The real run, then the same again: updated nothing.
        _ = try fresh.store.importDeals([item], newStages: [(pipeline.id, "New stage")], dryRun: false)
        let again = try fresh.store.importDeals([item], newStages: [], dryRun: false)
        #expect(again.results.map(\.action) == [.unchanged])
    }
}
