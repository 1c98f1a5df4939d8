import Foundation
import Pipeline

/// Which deals a report or a plan covers: one pipeline, optionally one owner and a creation window.
public struct ReportFilter: Sendable, Equatable {
    public var pipelineID: Int64
    /// Compared case-insensitively (Unicode-aware).
    public var owner: String?
    /// Deals created on or after this day (UTC).
    public var since: CalendarDay?
    /// Deals created on or before this day (UTC).
    public var until: CalendarDay?

    public init(pipelineID: Int64, owner: String? = nil, since: CalendarDay? = nil, until: CalendarDay? = nil) {
        self.pipelineID = pipelineID
        self.owner = owner
        self.since = since
        self.until = until
    }

    /// True when the filter keeps every deal of the pipeline: the report can read the kept figures.
    var isWholePipeline: Bool { owner == nil && since == nil && until == nil }

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
