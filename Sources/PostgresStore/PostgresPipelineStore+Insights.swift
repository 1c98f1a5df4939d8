import Foundation
import FunnelStore
import Pipeline

// MARK: - Reports and the revenue planner

extension PostgresPipelineStore {
    /// The pipeline report over the deals the filter covers. NOT YET ON A SERVER: being written.
    public func report(_ filter: ReportFilter, today: CalendarDay) throws -> PipelineReport {
        throw StoreError.failed("funnel report does not work on a PostgreSQL server yet")
    }

    /// What the revenue planner needs. NOT YET ON A SERVER: being written.
    public func planInputs(_ filter: ReportFilter, currency: Currency) throws
        -> (pipeline: Pipeline, stages: [StageConversion], dealsNow: [Int64: Int], averageWonValue: Money?) {
        throw StoreError.failed("funnel plan does not work on a PostgreSQL server yet")
    }
}
