import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

/// Issue 14 item 8 in the store: values are bounded where deals are written, and every read that adds money up
/// refuses a sum past 64 bits (a database edited by hand) with `MoneyTotals.tooLarge` instead of crashing.
@Suite("Store: extreme values")
struct ExtremeValueStoreTests {
    @Test func everySumOfValuesEditedByHandIsRefusedNotCrashed() throws {
        let fresh = try FreshStore()
        for index in 0..<3 { try fresh.addDeal("Big deal \(index)", value: 100) }
        try fresh.store.dbWriter.write { db in try db.execute(sql: "UPDATE deal SET value = 9223372036854775807, probability_override = 100") }
        let sales = try fresh.sales
        let tooLarge = MoneyTotals.tooLarge(.usd)
        // Lane totals kept by triggers (SQLite's + made them REALs), with and without a filter, and the aggregate over the deals.
        #expect(throws: tooLarge) { try fresh.store.stageSummaries(pipelineID: sales.id) }
        #expect(throws: tooLarge) { try fresh.store.stageTotals(stageIDs: [sales.stages[0].id]) }
        #expect(throws: tooLarge) { try fresh.store.readFilteredLanes(pipelineID: sales.id, text: "big") { try $0.summaries(pipelineID: sales.id) } }
        #expect(throws: tooLarge) { try fresh.store.readFilteredLanes(pipelineID: sales.id, text: "b") { try $0.summaries(pipelineID: sales.id) } }
        #expect(throws: (any Error).self) { try fresh.store.dbWriter.read { try SQLitePipelineStore.scannedStageTotals($0, pipelineID: sales.id) } }
        // The report, kept and filtered: one sentence whichever sum passes 64 bits first.
        for filter in [ReportFilter(pipelineID: sales.id), ReportFilter(pipelineID: sales.id, since: try CalendarDay.parse("2000-01-01"))] {
            #expect {
                try fresh.store.report(filter, today: CalendarDay(fresh.now, in: TimeZone(identifier: "UTC")!))
            } throws: { error in
                "\(error)".contains("add up to more than Funnel can count") && !"\(error)".contains("overflow")
            }
        }
    }
}
