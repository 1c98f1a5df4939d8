import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

/// The report's SQL over a store built through `PipelineStore`, for what the CLI cannot do: undo.
@Suite struct InsightsStoreTests {
    let directory = TemporaryDirectory()
    let start = Date(timeIntervalSince1970: 1_788_253_200)  // 2026-09-01 09:00 UTC
    let today = CalendarDay(year: 2026, month: 11, day: 29)!

    func at(day: Double) -> Date { start.addingTimeInterval(day * 86_400) }

    func open() throws -> (SQLitePipelineStore, Pipeline) {
        let store = try SQLitePipelineStore.open(path: directory.path("funnel.sqlite"))
        return (store, try store.pipeline(named: nil))
    }

    @Test func reportQueriesReadCoveringIndexesNotTheDealTable() throws {
        let (store, pipeline) = try open()
        let plans = try store.dbWriter.read { db in
            try ["deal_for_outcomes": "SELECT d.status, d.currency, d.owner, d.source, d.lost_reason, count(*), sum(d.value) FROM deal d WHERE d.pipeline_id = ? GROUP BY d.status, d.currency, d.owner, d.source, d.lost_reason",
                 "deal_for_values": "SELECT d.currency, d.value, d.closed_at - d.created_at FROM deal d WHERE d.pipeline_id = ? AND d.status = 'won' ORDER BY d.currency, d.value",
                 "deal_for_forecast": "SELECT d.stage_id, d.expected_close, d.currency, count(*), sum(d.value), sum(d.value * coalesce(d.probability_override, 10)) FROM deal d WHERE d.pipeline_id = ? AND d.status = 'open' GROUP BY d.stage_id, d.expected_close, d.currency"]
                .mapValues { sql in
                    try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [pipeline.id]).map { $0["detail"] as String }.joined(separator: "; ")
                }
        }
        for (index, plan) in plans {
            #expect(plan.contains("COVERING INDEX \(index)"), "\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        }
    }
}
