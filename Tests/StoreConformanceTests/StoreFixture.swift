import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline

/// A new store of one engine with the default pipelines, and deals added by stage number or name.
struct StoreFixture {
    let folder = TemporaryDirectory()
    let store: any PipelineStore
    static let utc = TimeZone(identifier: "UTC")!

    init(_ engine: StoreEngineUnderTest) throws {
        store = try engine.open(folder)
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
