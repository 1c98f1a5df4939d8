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
            let columns = Deal.importColumnNames + ["lane_position"]
            var insertDeal = try BulkInsert(db, sql: """
                INSERT INTO deal (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
                """)
            var history = try StageChangeBatch(db)
            var saved = 0
            for item in demo {
                item.deal.bindImportColumns(to: &insertDeal)
                insertDeal.bind(item.deal.lanePosition)
                let dealID = try insertDeal.run()
                for change in item.history {
                    try history.add(
                        dealID: dealID, fromStageID: change.fromStageID, toStageID: change.toStageID,
                        fromStage: change.fromStageName, toStage: change.toStageName, kind: change.kind.rawValue,
                        at: Timestamp.seconds(change.at))
                }
                saved += 1
                if saved % 10_000 == 0 { progress?(saved) }
            }
            try history.flush()
            return saved
        }
    }
}
