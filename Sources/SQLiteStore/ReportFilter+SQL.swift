import Foundation
import FunnelStore
import Pipeline

extension ReportFilter {
    /// Conditions on the `deal` table aliased `alias`, and their arguments.
    ///
    /// Without `pipeline`, the deal may sit in any pipeline now: stage history reads a parked
    /// deal's past in the sales stages even though it waits in Revisit today.
    func conditions(alias: String, pipeline: Bool = true) -> (sql: String, arguments: [any DatabaseValueConvertibleSendable]) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertibleSendable] = []
        if pipeline {
            conditions.append("\(alias).pipeline_id = ?")
            arguments.append(pipelineID)
        }
        if let owner {
            conditions.append("funnel_lower(\(alias).owner) = ?")
            arguments.append(owner.trimmingWhitespace().lowercased())
        }
        let utc = TimeZone(identifier: "UTC")!
        if let since {
            conditions.append("\(alias).created_at >= ?")
            arguments.append(Timestamp.seconds(since.start(in: utc)))
        }
        if let until {
            conditions.append("\(alias).created_at < ?")
            arguments.append(Timestamp.seconds(until.adding(days: 1).start(in: utc)))
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
    }
}
