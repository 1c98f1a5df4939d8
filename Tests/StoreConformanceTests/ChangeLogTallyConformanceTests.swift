import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import Testing

/// The news of others' changes, whatever their number: the change log counted by the database, and a restore that
/// replaced the whole pipeline logged by who did it, on every engine.
@Suite struct ChangeLogTallyConformanceTests {
    /// A import of `count` deals into the first stage, by the store's author.
    func importing(_ count: Int, into pipeline: Pipeline, at now: Date, on store: any PipelineStore) throws {
        let rows = (0..<count).map { index in
            DealImport(
                line: index + 2, source: "pipedrive", externalID: "p\(index)",
                deal: Deal(title: "Imported \(index)", value: Money(minorUnits: 100_000, currency: .usd), pipelineID: pipeline.id,
                           stageID: pipeline.stages[0].id, createdAt: now),
                stageName: pipeline.stages[0].name, createdAtGiven: false, stageEnteredAtGiven: false, updatedAtGiven: false,
                closedAtGiven: false)
        }
        _ = try store.importDeals(rows, newStages: [], dryRun: false)
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func theLogIsCountedByDealsAndPeopleWithoutReadingIt(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let li = try fresh.store.location.open(author: "Li Wei")
        let chen = try fresh.store.location.open(author: "陈静")
        defer { try? li.close(); try? chen.close() }
        let pipeline = try li.pipeline(named: nil)
        let start = try chen.lastDealChangeID()
        #expect(try chen.dealChangeTally(after: start) == DealChangeTally(deals: 0, people: 0, latest: nil))
        try importing(2_500, into: pipeline, at: fresh.now, on: li)
        let imported = try chen.dealChangeTally(after: start)
        #expect(imported.deals == 2_500)
        #expect(imported.people == 1)
        #expect(imported.latest?.by == "Li Wei")
        #expect(imported.lastID == (try chen.lastDealChangeID()))
        #expect(imported.restore == nil)
        // Two more edits of one deal by 陈静: one more person, no more deals.
        let deal = try #require(try chen.deals(DealQuery()).first)
        let edited = try chen.editDeal(id: deal.id, now: fresh.now, expectedVersion: deal.version, moveTo: nil) { $0.title = "改名" }.value
        try chen.editDeal(id: deal.id, now: fresh.now, expectedVersion: edited.version, moveTo: nil) { $0.title = "再改名" }
        let both = try li.dealChangeTally(after: start)
        #expect(both.deals == 2_500)
        #expect(both.people == 2)
        #expect(both.latest?.by == "陈静")
        #expect(try li.dealChangeTally(after: imported.lastID!).deals == 1)
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func aRestoreFromABackupIsLoggedByWhoRestoredAfterEveryEntryTheOthersSaw(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let li = try fresh.store.location.open(author: "Li Wei")
        let chen = try fresh.store.location.open(author: "陈静")
        defer { try? li.close(); try? chen.close() }
        try fresh.addDeal("Acme renewal")
        let backup = try li.newBackup(label: "tally-test")
        // Changes made after the backup: the restore takes them away, and the log must still move on past them.
        try importing(30, into: try li.pipeline(named: nil), at: fresh.now, on: chen)
        let seen = try chen.lastDealChangeID()
        try li.replaceContent(withBackup: backup, now: fresh.now)
        #expect(try chen.deals(DealQuery()).map(\.title) == ["Acme renewal"])
        let news = try chen.dealChanges(after: seen, limit: 10)
        #expect(news.map(\.kind) == [.restored], "\(news)")
        #expect(news.first?.by == "Li Wei")
        #expect(news.first?.id == seen + 1)
        #expect(li.isOwnChange(try #require(news.first)))
        #expect(!chen.isOwnChange(try #require(news.first)))
        #expect(try chen.dealChangeTally(after: seen).restore?.by == "Li Wei")
        // The log goes on after the restore's entry.
        try fresh.addDeal("Globex pilot")
        #expect(try chen.dealChanges(after: seen + 1, limit: 10).map(\.kind) == [.created])
    }
}
