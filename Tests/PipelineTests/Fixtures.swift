import Foundation
import Pipeline

/// Moments, days and deals for the domain tests.
enum Fixtures {
    static let utc = TimeZone(identifier: "UTC")!
    static let tokyo = TimeZone(identifier: "Asia/Tokyo")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let losAngeles = TimeZone(identifier: "America/Los_Angeles")!

    /// A moment from ISO 8601 text.
    static func at(_ text: String) -> Date { try! Timestamp.parse(text) }

    static func day(_ text: String) -> CalendarDay { try! CalendarDay.parse(text) }

    /// A stage of the default pipeline with a stall threshold.
    static func stage(id: Int64 = 10, stallDays: Int) -> Stage {
        Stage(id: id, pipelineID: 1, name: "Contact", position: 2, probability: 40, stallDays: stallDays)
    }

    /// A sales pipeline of two stages, Contact (10) and Closing (11).
    static let sales = Pipeline(id: 1, name: "Sales", kind: .sales, stages: [
        Stage(id: 10, pipelineID: 1, name: "Contact", position: 0, probability: 40, stallDays: 7),
        Stage(id: 11, pipelineID: 1, name: "Closing", position: 1, probability: 80, stallDays: 0),
    ])

    static func deal(
        id: Int64 = 1, value: Int64 = 100_000, currency: String = "USD", stageID: Int64 = 10, pipelineID: Int64 = 1,
        created: String = "2026-11-01T09:00:00Z", enteredStage: String? = nil
    ) -> Deal {
        Deal(
            id: id, title: "Deal \(id)", value: Money(minorUnits: value, currency: Currency(code: currency)!),
            pipelineID: pipelineID, stageID: stageID, createdAt: at(created), stageEnteredAt: enteredStage.map(at))
    }
}
