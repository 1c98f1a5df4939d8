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
    public var isWholePipeline: Bool { owner == nil && since == nil && until == nil }
}
