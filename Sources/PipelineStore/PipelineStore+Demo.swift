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
        try write { db in
            let columns = Deal(title: "x", value: .zero(.usd), pipelineID: 0, stageID: 0, createdAt: Date()).columnValues.map(\.0)
                + ["lane_position"]
            let insertDeal = try db.makeStatement(sql: """
                INSERT INTO deal (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
                """)
            let insertChange = try db.makeStatement(sql: """
                INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            var saved = 0
            for item in demo {
                var values = item.deal.columnValues.map { $0.1?.databaseValue ?? .null }
                values.append(item.deal.lanePosition.databaseValue)
                insertDeal.setUncheckedArguments(StatementArguments(values))
                try insertDeal.execute()
                let dealID = db.lastInsertedRowID
                for change in item.history {
                    insertChange.setUncheckedArguments([
                        dealID, change.fromStageID, change.toStageID, change.fromStageName, change.toStageName,
                        change.kind.rawValue, Timestamp.seconds(change.at),
                    ])
                    try insertChange.execute()
                }
                saved += 1
                if saved % 10_000 == 0 { progress?(saved) }
            }
            return saved
        }
    }
}
