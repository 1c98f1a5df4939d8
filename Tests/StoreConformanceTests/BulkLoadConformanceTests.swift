import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import SQLiteStore
import Testing

/// Bulk loads (`importDeals`, `insertDemo`) large enough to rebuild indexes and lane figures, on every engine,
/// and the server engines' results compared with SQLite's.
@Suite("Store contract: bulk loads")
struct BulkLoadConformanceTests {
    /// Rows past `minimumDealsToRebuildIndexes` (5,000) and a write's worth of rows, in every stage and status.
    static let largeImport = 6_100

    /// `count` rows of the default pipeline, open, won and lost in every stage, in three currencies, most with an id.
    func rows(_ pipeline: Pipeline, count: Int, now: Date) -> [DealImport] {
        let currencies = ["USD", "EUR", "JPY"].map { Currency(code: $0)! }
        return (0..<count).map { number in
            let stage = pipeline.stages[number % pipeline.stages.count]
            let status: DealStatus = number % 7 == 0 ? .won : number % 11 == 0 ? .lost : .open
            let created = now.addingTimeInterval(-Double(86_400 * (number % 90 + 1)))
            let deal = Deal(
                title: "Deal \(number) \(number % 13 == 0 ? "Acme" : "Globex")",
                value: Money(minorUnits: Int64(1_000 + number * 37), currency: currencies[number % 3]),
                pipelineID: pipeline.id, stageID: stage.id, status: status, lostReason: status == .lost ? "price" : nil,
                owner: number % 2 == 0 ? "Alex" : "Sam", organization: "Org \(number % 50)",
                probabilityOverride: number % 5 == 0 ? 40 : nil,
                createdAt: created, stageEnteredAt: created.addingTimeInterval(3_600), updatedAt: created.addingTimeInterval(7_200),
                closedAt: status == .open ? nil : created.addingTimeInterval(86_400))
            return DealImport(
                line: number + 2, source: "test", externalID: number % 10 == 9 ? nil : "x\(number)", deal: deal,
                stageName: stage.name, createdAtGiven: true, stageEnteredAtGiven: true, updatedAtGiven: true, closedAtGiven: true)
        }
    }

    @Test("A large import keeps lane totals, stalled counts, the filter and the next id right", arguments: StoreEngineUnderTest.all)
    func largeImport(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        try fresh.addDeal("Before the import")
        let outcome = try fresh.store.importDeals(
            rows(pipeline, count: Self.largeImport, now: fresh.now), newStages: [], dryRun: false,
            run: ImportRun(file: "deals.csv", at: fresh.now, rows: Self.largeImport))
        #expect(outcome.results.count == Self.largeImport)
        #expect(outcome.results.map(\.dealID) == Array(2...Int64(Self.largeImport + 1)))
        // Lane totals kept (or rebuilt) equal the open deals of each lane.
        let totals = try fresh.store.stageTotals(stageIDs: pipeline.stages.map(\.id))
        for stage in pipeline.stages {
            let open = try fresh.store.deals(DealQuery(pipelineID: pipeline.id, stageID: stage.id, statuses: [.open]))
            let total = totals.first { $0.stageID == stage.id }
            #expect(total?.dealCount ?? 0 == open.count)
            #expect(total?.total ?? MoneyTotals() == (try MoneyTotals(open.map(\.value))))
        }
        // The stalled counts agree with the stall rule deal by deal.
        let utc = TimeZone(identifier: "UTC")!
        let stalled = Dictionary(grouping: try fresh.store.stalledDeals(pipelineID: pipeline.id, now: fresh.now, timeZone: utc), by: \.stageID)
            .mapValues(\.count)
        #expect(try fresh.store.stalledCounts(pipelineID: pipeline.id, now: fresh.now, timeZone: utc) == stalled)
        #expect(!stalled.isEmpty)
        // The filter finds open deals by any part of their texts.
        let acme = try fresh.store.deals(DealQuery(statuses: [.open], text: "acme"))
        #expect(!acme.isEmpty && acme.allSatisfy { $0.title.contains("Acme") })
        // A new deal takes the next id; the same file again updates nothing, and its rows without ids are refused.
        #expect(try fresh.addDeal("After the import").id == Int64(Self.largeImport + 2))
        #expect(throws: RowsImportedBefore.self) {
            try fresh.store.importDeals(
                rows(pipeline, count: Self.largeImport, now: fresh.now), newStages: [], dryRun: false,
                run: ImportRun(file: "deals.csv", at: fresh.now, rows: Self.largeImport))
        }
        let again = try fresh.store.importDeals(
            rows(pipeline, count: Self.largeImport, now: fresh.now).filter { $0.externalID != nil }, newStages: [], dryRun: false)
        #expect(Set(again.results.map(\.action)) == [.unchanged])
    }

    @Test("A large import that fails at its last row leaves the data, indexes and lane figures as they were", arguments: StoreEngineUnderTest.all)
    func failedLargeImport(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        let before = try fresh.addDeal("Acme before")
        var items = rows(pipeline, count: Self.largeImport, now: fresh.now)
        // Two rows with one id: refused by the links' unique index once every deal is in.
        items[items.count - 1].externalID = items[0].externalID
        #expect(throws: (any Error).self) { try fresh.store.importDeals(items, newStages: [], dryRun: false) }
        #expect(try fresh.store.dealCount(DealQuery(statuses: Set(DealStatus.allCases))) == 1)
        #expect(try fresh.store.stageTotals(stageIDs: [before.stageID]).first?.dealCount == 1)
        #expect(try fresh.store.deals(DealQuery(statuses: [.open], text: "acme")).map(\.id) == [before.id])
        // The next import works as on a store that never saw the failed one.
        let outcome = try fresh.store.importDeals(Array(items.prefix(10)), newStages: [], dryRun: false)
        #expect(outcome.results.map(\.dealID) == Array(2...11))
    }

    @Test("A re-import keeps Funnel's changed value as a conflict, and --overwrite takes the file's", arguments: StoreEngineUnderTest.all)
    func reimportConflict(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let pipeline = try fresh.sales
        var items = rows(pipeline, count: 3, now: fresh.now)
        let first = try fresh.store.importDeals(items, newStages: [], dryRun: false)
        let id = first.results[1].dealID
        try fresh.store.editDeal(id: id, now: fresh.now, expectedVersion: nil, moveTo: nil) { $0.title = "Renamed in Funnel" }
        items[1].deal.title = "Renamed in the file"
        let kept = try fresh.store.importDeals(items, newStages: [], dryRun: false)
        #expect(kept.conflicts.map(\.field) == [.title])
        #expect(try fresh.store.deal(id: id).title == "Renamed in Funnel")
        let overwritten = try fresh.store.importDeals(items, newStages: [], dryRun: false, overwrite: true)
        #expect(overwritten.conflicts.map(\.overwritten) == [true])
        #expect(try fresh.store.deal(id: id).title == "Renamed in the file")
    }

    @Test("An import gives the same deals, ids, history and lane totals as on SQLite", arguments: StoreEngineUnderTest.servers)
    func importSameAsSQLite(engine: StoreEngineUnderTest) throws {
        let server = try FreshEngineStore(engine)
        let reference = try FreshEngineStore(.sqlite)
        var outcomes: [ImportOutcome] = []
        for fresh in [server, reference] {
            let pipeline = try fresh.sales
            var items = rows(pipeline, count: Self.largeImport, now: fresh.now)
            items[3].stageName = "Pilot"
            let outcome = try fresh.store.importDeals(
                items, newStages: [(pipeline.id, "Pilot")], dryRun: false, run: ImportRun(file: "a.csv", at: fresh.now, rows: 1))
            outcomes.append(outcome)
        }
        #expect(outcomes[0].results.map(\.dealID) == outcomes[1].results.map(\.dealID))
        #expect(outcomes[0].createdStages == outcomes[1].createdStages)
        try expectSameContents(server.store, reference.store)
    }

    @Test("A demo gives the same deals, history, activities and figures as on SQLite", arguments: StoreEngineUnderTest.servers)
    func demoSameAsSQLite(engine: StoreEngineUnderTest) throws {
        let server = try FreshEngineStore(engine)
        let reference = try FreshEngineStore(.sqlite)
        for fresh in [server, reference] {
            let stages = try fresh.sales.stages
            #expect(try fresh.store.insertDemo(DemoPipeline(stages: stages, count: 6_000, seed: 5, now: fresh.now, openPercent: 60), progress: nil) == 6_000)
        }
        try expectSameContents(server.store, reference.store)
        let activities = { (store: any PipelineStore) in try (1...40).flatMap { try store.activities(dealID: Int64($0 * 150)) } }
        #expect(try activities(server.store) == activities(reference.store))
        #expect(try server.store.addDeal(Deal(
            title: "Next", value: .zero(.usd), pipelineID: try server.sales.id, stageID: try server.sales.stages[0].id,
            createdAt: server.now)).value.id == 6_001)
    }

    /// Expects every deal, a sample of histories, the lane totals and the stalled counts of `store` to equal `reference`'s.
    func expectSameContents(_ store: any PipelineStore, _ reference: any PipelineStore) throws {
        let all = DealQuery(statuses: Set(DealStatus.allCases))
        let deals = try store.deals(all)
        #expect(deals.count == (try reference.dealCount(all)))
        #expect(deals == (try reference.deals(all)))
        let strip = { (changes: [StageChange]) in changes.map { [$0.kind.rawValue, $0.fromStageName ?? "", $0.toStageName, "\($0.at)"] } }
        for deal in deals where deal.id % 97 == 0 {
            #expect(strip(try store.history(dealID: deal.id)) == strip(try reference.history(dealID: deal.id)))
        }
        let stageIDs = try store.pipelines().flatMap { $0.stages.map(\.id) }
        #expect(Set(try store.stageTotals(stageIDs: stageIDs)) == Set(try reference.stageTotals(stageIDs: stageIDs)))
        let utc = TimeZone(identifier: "UTC")!
        let pipelineID = try store.pipeline(named: nil).id
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        #expect(try store.stalledCounts(pipelineID: pipelineID, now: now, timeZone: utc)
            == reference.stalledCounts(pipelineID: pipelineID, now: now, timeZone: utc))
    }
}
