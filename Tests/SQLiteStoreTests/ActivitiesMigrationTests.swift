import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

@Suite("Store: upgrading a database made before activities")
struct ActivitiesMigrationTests {
    @Test("deals keep everything, get empty follow-up, and a user pipeline named Revisit is left alone")
    func upgrade() throws {
        // The file the first release's own binary wrote, with a pipeline the user happened to call "Revisit"
        // (`funnel pipelines add Revisit`, Fixtures/make-first-release.sh).
        let older = try OlderDatabase(.firstRelease, filled: true)
        let store = try SQLitePipelineStore.open(path: older.path)
        let deal = try store.deal(id: 2)
        #expect(deal.title == "Globex pilot")
        #expect(deal.value.minorUnits == 650_000)
        #expect(deal.lastActivityAt == nil)
        #expect(deal.nextActivityDue == nil)
        #expect(deal.snoozedUntil == nil)
        let pipelines = try store.pipelines()
        #expect(pipelines.map(\.name) == ["Sales", "Revisit", "Revisit later"])
        #expect(pipelines.map(\.kind) == [.sales, .sales, .revisit])
        #expect(try store.revisitPipeline().name == "Revisit later")
        // The upgraded database works: an activity on the old deal keeps its follow-up.
        try store.addActivity(Activity(dealID: 2, kind: .call, due: ActivityDue(stored: "2026-12-01"), createdAt: Date(timeIntervalSince1970: 1_800_000_000)))
        #expect(try store.deal(id: 2).nextActivityDue?.description == "2026-12-01")
        #expect(try store.integrityCheck() == "ok")
    }
}
