import Foundation
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

/// Files written by older releases' own binaries (`Fixtures/README.md`): today's store opens each, migrates it,
/// and reads back what the old commands wrote; the kept figures the migrations filled agree with the deals.
@Suite("Store: files older releases wrote upgrade and read back")
struct OlderReleaseFilesTests {
    /// A moment of the fixture scripts, written as they wrote it.
    static func at(_ text: String) throws -> Date { try Timestamp.parse(text, field: "moment") }

    /// The checks every upgraded file passes: integrity, the kept lane totals and report equal to the ones
    /// worked out from the deals, and a write that works.
    static func expectSound(_ store: SQLitePipelineStore) throws {
        #expect(try store.integrityCheck() == "ok")
        for pipeline in try store.pipelines() {
            let kept = try store.stageSummaries(pipelineID: pipeline.id)
            #expect(kept == (try store.dbWriter.read { try SQLitePipelineStore.scannedStageTotals($0, pipelineID: pipeline.id) }))
            let today = try CalendarDay.parse("2026-12-01")
            let filter = ReportFilter(pipelineID: pipeline.id)
            #expect(try store.report(filter, today: today) == (try store.scannedReport(filter, today: today)))
        }
    }

    @Test("the first release's file: deals, contacts, money in four currencies, history, a deleted deal gone")
    func firstRelease() throws {
        let older = try OlderDatabase(.firstRelease, filled: true)
        let store = try SQLitePipelineStore.open(path: older.path)
        let deals = try store.deals(DealQuery(statuses: [])).sorted { $0.id < $1.id }
        #expect(deals.map(\.id) == [1, 2, 3, 4, 5])
        #expect(deals.map(\.title) == ["Acme renewal", "Globex pilot", "Initech rollout", "Umbrella audit", "数据平台"])
        #expect(deals.map(\.value) == [
            Money(minorUnits: 1_200_000, currency: Currency(code: "EUR")!), Money(minorUnits: 650_000, currency: .usd),
            Money(minorUnits: 1_200_000, currency: Currency(code: "JPY")!), Money(minorUnits: 80_000, currency: Currency(code: "GBP")!),
            Money(minorUnits: 3_000_000, currency: Currency(code: "CNY")!),
        ])
        #expect(deals.map(\.status) == [.won, .open, .open, .open, .open])

        let acme = deals[0]
        #expect(acme.organization == "Acme Corp")
        #expect(acme.person == ContactPerson(name: "Ada Lovelace", jobTitle: "CTO", email: "ada@acme.example", phone: "+44 20 7946 0000"))
        #expect(acme.owner == "dana")
        #expect(acme.source?.name == "referral")
        #expect(acme.expectedClose == (try CalendarDay.parse("2026-03-31")))
        #expect(acme.priority == 2)
        #expect(acme.notes == "Renewal of the 2025 licence")
        #expect(acme.closedAt == (try Self.at("2026-01-12T16:45:00Z")))
        #expect(deals[1].person.name == "Sam Doe")
        #expect(deals[2].temperature == .hot && deals[2].temperatureSetByHand)
        #expect(deals[4].organization == "北京数据")

        let sales = try store.pipeline(named: "Sales")
        #expect(sales.stages.map(\.name) == ["Prospecting", "Qualifying", "Contact", "Relationship", "Closing"])
        #expect(sales.stages.map(\.stallDays) == [14, 10, 3, 21, 10])
        #expect(sales.stage(id: deals[1].stageID)?.name == "Contact")
        #expect(sales.stage(id: deals[3].stageID)?.name == "Relationship")

        let history = try store.history(dealID: 4)
        #expect(history.map(\.kind) == [.created, .lost, .reopened, .moved])
        #expect(history.map(\.toStageName) == ["Qualifying", "Qualifying", "Qualifying", "Relationship"])
        #expect(history.first?.at == (try Self.at("2026-01-07T11:00:00Z")))
        #expect(try store.history(dealID: 1).map(\.kind) == [.created, .moved, .moved, .won])
        #expect(throws: (any Error).self) { try store.deal(id: 6) }

        try Self.expectSound(store)
        let closing = try #require(sales.stages.last)
        try store.moveDeal(id: 2, toStageID: closing.id, now: try Self.at("2026-12-01T09:00:00Z"))
        #expect(try store.history(dealID: 2).last?.toStageName == "Closing")
        try Self.expectSound(store)
    }

    /// What `make-interop.sh` wrote, as both later releases read it back.
    static func expectInteropCommands(_ store: SQLitePipelineStore) throws {
        let deals = try store.deals(DealQuery(statuses: [])).sorted { $0.id < $1.id }
        #expect(deals.map(\.title) == ["Acme renewal", "Globex pilot", "Initech rollout", "Hooli search", "Pied Piper compression", "Vandelay import"])
        #expect(deals.map(\.status) == [.won, .open, .lost, .open, .won, .lost])
        #expect(deals.map(\.value.minorUnits) == [1_200_000, 500_000, 1_200_000, 2_500_000, 900_000, 400_000])
        #expect(deals.map(\.value.currency.code) == ["EUR", "USD", "JPY", "USD", "USD", "EUR"])
        // Qualified by `funnel qualify`: the temperature followed the answers, not set by hand.
        #expect(deals[0].qualification == Qualification(budget: .yes, authority: .yes, need: .yes, timing: .yes))
        #expect(deals[0].temperature == .hot && !deals[0].temperatureSetByHand)
        #expect(deals[2].temperature == .cold && deals[2].lostReason == "No budget")
        #expect(deals[0].lastActivityAt == (try Self.at("2026-01-08T15:00:00Z")))
        // Snoozed until 2026-01-20, then parked: the park cleared the snooze and set the revisit day.
        #expect(deals[1].snoozedUntil == nil)
        #expect(deals[1].revisitOn == (try CalendarDay.parse("2026-02-01")))
        #expect(deals[1].pipelineID == (try store.revisitPipeline().id))
        #expect(try store.history(dealID: 2).map(\.kind) == [.created, .parked])
        #expect(deals[3].organization == "Hooli" && deals[3].owner == "dana")

        let links = try store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT deal_id, source, external_id FROM imported_deal ORDER BY deal_id")
                .map { "\($0["deal_id"] as Int64) \($0["source"] as String) \($0["external_id"] as String)" }
        }
        #expect(links == ["4 pipedrive 101", "5 pipedrive 102", "6 pipedrive 103"])

        let acme = try store.activities(dealID: 1)
        #expect(acme.map(\.subject) == ["Kick-off call"])
        #expect(acme.first?.doneAt == (try Self.at("2026-01-08T15:00:00Z")))
        let globex = try store.activities(dealID: 2)
        #expect(Set(globex.map(\.subject)) == ["Send the pilot plan", "Met at the fair"])
        #expect(globex.filter(\.isPlanned).map(\.due?.description) == ["2026-01-09"])
    }

    @Test("the interop release's file: activities, qualification, snooze, park and imported deals with their links")
    func interop() throws {
        let older = try OlderDatabase(.interop, filled: true)
        let store = try SQLitePipelineStore.open(path: older.path)
        try Self.expectInteropCommands(store)
        // Planned before the lost deal closed: the upgrade cancels it by that close, as a close does now.
        let initech = try store.activities(dealID: 3)
        #expect(initech.map(\.subject) == ["Price list"])
        #expect(initech.first?.cancelledAt == (try Self.at("2026-01-12T16:45:00Z")))
        try Self.expectSound(store)
    }

    @Test("the last file before a close cancelled activities: the upgrade cancels what the lost deal had planned")
    func beforeCancellation() throws {
        let older = try OlderDatabase(.beforeCancellation, filled: true)
        let store = try SQLitePipelineStore.open(path: older.path)
        try Self.expectInteropCommands(store)
        let initech = try store.activities(dealID: 3)
        #expect(initech.first?.cancelledAt == (try Self.at("2026-01-12T16:45:00Z")))
        #expect(try store.deal(id: 3).nextActivityDue == nil)
        // Reopening brings the cancelled step back, as for a close made today.
        _ = try store.reopen(id: 3, stage: nil, now: try Self.at("2026-12-01T09:00:00Z"))
        #expect(try store.activities(dealID: 3).first?.isPlanned == true)
        try Self.expectSound(store)
    }
}
