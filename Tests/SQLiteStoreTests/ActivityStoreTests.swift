import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

/// A fresh database in a temporary folder for each test.
struct StoreFixture {
    let folder = TemporaryDirectory()
    let store: SQLitePipelineStore
    static let utc = TimeZone(identifier: "UTC")!

    init() throws {
        store = try SQLitePipelineStore.open(path: folder.path("funnel.sqlite"))
    }

    static func at(_ text: String) -> Date { try! Timestamp.parse(text) }

    /// Adds an open deal to a stage of the Sales pipeline (1-based number or name).
    @discardableResult
    func addDeal(_ title: String, stage: String = "1", value: Int64 = 100_000, created: String = "2026-11-01T09:00:00Z") throws -> Deal {
        let sales = try store.pipeline(named: nil)
        return try store.addDeal(Deal(
            title: title, value: Money(minorUnits: value, currency: .usd), pipelineID: sales.id,
            stageID: try sales.stage(named: stage).id, createdAt: Self.at(created))).value
    }
}

@Suite("Store: activities keep the deal's follow-up in step")
struct ActivityStoreTests {
    @Test("every database has a Revisit pipeline whose stage never stalls")
    func revisitPipeline() throws {
        let fixture = try StoreFixture()
        let revisit = try fixture.store.revisitPipeline()
        #expect(revisit.name == "Revisit")
        #expect(revisit.kind == .revisit)
        #expect(revisit.stages.map(\.stallDays) == [0])
        #expect(try fixture.store.pipeline(named: nil).kind == .sales)
        // Opening again does not add a second one.
        let reopened = try SQLitePipelineStore.open(path: fixture.store.path)
        #expect(try reopened.pipelines().filter { $0.kind == .revisit }.count == 1)
    }
}

@Suite("Store: stalled deals, snoozes and parking")
struct StalledStoreTests {
    @Test("the stalled and review queries go through indexes, not a scan of every deal")
    func queryPlans() throws {
        let fixture = try StoreFixture()
        let plan = try fixture.store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT deal.* FROM deal WHERE id IN (\(SQLitePipelineStore.stalledCandidateIDs))", arguments: [0])
                .map { $0["detail"] as String }
        }
        // The idle-since index, or the covering `deal_on_open_idle` that starts with the same two columns.
        #expect(plan.contains { $0.contains("deal_on_open_idle") }, "\(plan)")
        #expect(!plan.contains { $0 == "SCAN deal" }, "\(plan)")
        let review = DailyReview(now: StoreFixture.at("2026-11-30T09:00:00Z"), timeZone: StoreFixture.utc, parkAfterDays: 90)
        let query = SQLitePipelineStore.reviewCandidatesQuery(review)
        let reviewPlan = try fixture.store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments).map { $0["detail"] as String }
        }
        #expect(!reviewPlan.contains { $0.hasPrefix("SCAN deal") }, "\(reviewPlan)")
        for index in ["deal_on_open_idle", "deal_on_open_temperature_contact", "deal_on_open_expected_close", "deal_on_open_created"] {
            #expect(reviewPlan.contains { $0.contains(index) }, "\(index) not in \(reviewPlan)")
        }
        #expect(reviewPlan.contains { $0.contains("deal_on_open_next_due") }, "\(reviewPlan)")
    }

}

@Suite("Store: review progress")
struct ReviewProgressStoreTests {
    let now = StoreFixture.at("2026-11-29T09:00:00Z")

    @Test("handled items stay out for the day across restarts, and come back when the deal changes")
    func acrossRestarts() throws {
        let fixture = try StoreFixture()
        let big = try fixture.addDeal("Big", value: 900_000, created: "2026-11-28T09:00:00Z")
        let small = try fixture.addDeal("Small", value: 1_000, created: "2026-11-28T09:00:00Z")
        var queue = try fixture.store.reviewQueue(now: now, timeZone: StoreFixture.utc)
        #expect(queue.remaining.map(\.deal.id) == [big.id, small.id])
        #expect(queue.remaining.map(\.reason) == [.noNextStep, .noNextStep])
        #expect(queue.progressText == "1/2")

        let mark = ReviewMark(day: queue.day, reason: .noNextStep, decision: .skipped)
        try fixture.store.skipReviewItem(dealID: big.id, mark: mark, now: now)

        // A new process opens the same file.
        let reopened = try SQLitePipelineStore.open(path: fixture.store.path)
        queue = try reopened.reviewQueue(now: now.addingTimeInterval(3600), timeZone: StoreFixture.utc)
        #expect(queue.remaining.map(\.deal.id) == [small.id])
        #expect(queue.progressText == "2/2")
        #expect(queue.handled == [.skipped])

        // Scheduling the next step from the review removes the reason and records the decision.
        try reopened.addActivity(
            Activity(dealID: small.id, kind: .call, due: ActivityDue(stored: "2026-12-02"), createdAt: now),
            review: ReviewMark(day: queue.day, reason: .noNextStep, decision: .scheduledNextStep), now: now)
        queue = try reopened.reviewQueue(now: now, timeZone: StoreFixture.utc)
        #expect(queue.remaining.isEmpty)
        #expect(queue.summary(in: .english) == "1 next steps scheduled, 1 skipped")

        // The skipped deal changes elsewhere: it needs attention again today.
        try reopened.editDeal(id: big.id, now: now) { $0.notes = "called back" }
        queue = try reopened.reviewQueue(now: now, timeZone: StoreFixture.utc)
        #expect(queue.remaining.map(\.deal.id) == [big.id])
        #expect(queue.handled == [.scheduledNextStep])

        // Tomorrow the skipped deal is back; the scheduled one is not.
        let tomorrow = try reopened.reviewQueue(now: now.addingTimeInterval(86_400), timeZone: StoreFixture.utc)
        #expect(tomorrow.remaining.map(\.deal.id) == [big.id])
        #expect(tomorrow.handled.isEmpty)
    }

}
