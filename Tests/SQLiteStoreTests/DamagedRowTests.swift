import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import FunnelStore
@testable import SQLiteStore
import Testing

/// Issue 16 item 8: a stored value the domain does not know (a damaged or hand-edited file) is refused as damage,
/// in a sentence naming the deal, the field and the value, instead of being read as a default (`?? .usd`, `?? .open`).
@Suite("Store: damaged stored values are refused, never replaced by defaults")
struct DamagedRowTests {
    /// Writes `sql` past the CHECKs, as a hand edit or a damaged page can.
    static func damage(_ fresh: FreshStore, _ sql: String) throws {
        try fresh.store.dbWriter.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: sql)
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
    }

    @Test("each damaged column of a deal is refused with the deal, the field and the stored value", arguments: [
        ("currency", "'ZZZ'", "ZZZ"), ("status", "'pending'", "pending"), ("temperature", "'lukewarm'", "lukewarm"),
        ("budget", "'maybe'", "maybe"), ("timing", "'soon'", "soon"), ("expected_close", "'2026-02-30'", "2026-02-30"),
        ("snoozed_until", "'someday'", "someday"), ("next_due", "'tomorrow'", "tomorrow"),
    ])
    func damagedDealColumn(column: String, stored: String, shown: String) throws {
        let fresh = try FreshStore()
        let deal = try fresh.addDeal("Acme renewal")
        try Self.damage(fresh, "UPDATE deal SET \(column) = \(stored) WHERE id = \(deal.id)")
        let refusal = StoreError.damagedDeal(id: deal.id, column: column, value: shown)
        #expect(throws: refusal) { try fresh.store.deal(id: deal.id) }
        #expect(throws: refusal) { try fresh.store.deals(DealQuery(statuses: [])) }
        #expect(refusal.description.hasPrefix("deal \(deal.id) is damaged in the database: its \(column.replacingOccurrences(of: "_", with: " ")) is '\(shown)'"))
    }

    @Test("a history entry of an unknown kind is refused, not read as a move")
    func damagedHistoryKind() throws {
        let fresh = try FreshStore()
        let deal = try fresh.addDeal("Acme renewal")
        try Self.damage(fresh, "UPDATE stage_change SET kind = 'teleported' WHERE deal_id = \(deal.id)")
        #expect(throws: StoreError.damagedDeal(id: deal.id, column: "history entry kind", value: "teleported")) {
            try fresh.store.history(dealID: deal.id)
        }
    }

    @Test("a stored control character is shown as a placeholder in the refusal")
    func refusalShowsControlsVisibly() {
        let refusal = StoreError.damagedDeal(id: 7, column: "currency", value: "E\u{1B}R")
        #expect(!refusal.description.unicodeScalars.contains { $0.value == 0x1B })
    }
}
