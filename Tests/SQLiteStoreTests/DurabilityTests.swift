import GRDB
import Testing
import FunnelStore
@testable import SQLiteStore

/// The store commits with a full fsync, so a power cut cannot take back a saved change.
@Suite struct DurabilityTests {
    @Test func writerCommitsWithFullSync() throws {
        let fresh = try FreshStore()
        let level = try fresh.store.dbWriter.writeWithoutTransaction {
            try Int.fetchOne($0, sql: "PRAGMA synchronous")
        }
        #expect(level == 2, "synchronous should be FULL (2), is \(String(describing: level))")
    }

    @Test func reopenedStoreStillCommitsWithFullSync() throws {
        let fresh = try FreshStore()
        let again = try SQLitePipelineStore.open(path: fresh.store.path)
        let level = try again.dbWriter.writeWithoutTransaction {
            try Int.fetchOne($0, sql: "PRAGMA synchronous")
        }
        #expect(level == 2)
    }
}
