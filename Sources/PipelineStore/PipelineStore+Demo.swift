import Foundation
import GRDB
import Pipeline

// MARK: - Demo data

extension PipelineStore {
    /// Inserts generated deals with their histories in one transaction, through reused prepared statements.
    ///
    /// Either every deal is saved or, when anything fails or the process dies, none is.
    /// `progress` is called after every 10,000 deals with the number saved so far.
    @discardableResult
    public func insertDemo(_ demo: DemoPipeline, progress: ((Int) -> Void)? = nil) throws -> Int {
        try insertDemoDeals(demo, progress: progress)
    }

    private func insertDemoDeals(_ demo: DemoPipeline, progress: ((Int) -> Void)?) throws -> Int {
        try bulkLoad(newDeals: demo.count) { db in
            let insertDeal = try BulkStatement(db, sql: "INSERT INTO deal (\(Deal.bulkColumns.joined(separator: ", "))) VALUES (\(Deal.bulkColumns.map { _ in "?" }.joined(separator: ", ")))")
            let insertChange = try BulkStatement(db, sql: """
                INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            var saved = 0
            for item in demo {
                try insertDeal.execute(item.deal.bulkValues)
                let dealID = db.lastInsertedRowID
                for change in item.history {
                    try insertChange.execute([
                        .integer(dealID), .init(change.fromStageID), .integer(change.toStageID), .init(change.fromStageName),
                        .text(change.toStageName), .text(change.kind.rawValue), .integer(Timestamp.seconds(change.at)),
                    ])
                }
                saved += 1
                if saved % 10_000 == 0 { progress?(saved) }
            }
            return saved
        }
    }
}
