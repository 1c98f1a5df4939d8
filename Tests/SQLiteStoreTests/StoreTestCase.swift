import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
@testable import SQLiteStore

/// A fresh database in its own temporary folder, for one test.
struct FreshStore {
    let folder = TemporaryDirectory()
    let store: SQLitePipelineStore
    let now = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-30T...

    init() throws {
        store = try SQLitePipelineStore.open(path: folder.path("funnel.sqlite"))
    }

    var sales: Pipeline { get throws { try store.pipeline(named: nil) } }

    /// Adds an open deal to a stage of the default pipeline.
    @discardableResult
    func addDeal(_ title: String, value: Int64 = 100_000, currency: String = "USD", stage: Int = 0, at: Date? = nil) throws -> Deal {
        let pipeline = try sales
        return try store.addDeal(Deal(
            title: title, value: Money(minorUnits: value, currency: Currency(code: currency)!),
            pipelineID: pipeline.id, stageID: pipeline.stages[stage].id, createdAt: at ?? now)).value
    }
}
