import Foundation
import FunnelStore
import Pipeline

// MARK: - Imports and the demo

extension PostgresPipelineStore {
    /// Imports deals in one transaction. NOT YET ON A SERVER: being written.
    public func importDeals(
        _ imports: [DealImport], newStages: [(pipelineID: Int64, name: String)], dryRun: Bool,
        overwrite: Bool, run: ImportRun?, allowDuplicates: Bool, progress: ((Int) -> Void)?
    ) throws -> ImportOutcome {
        throw StoreError.failed("funnel import does not work on a PostgreSQL server yet")
    }

    /// Loads a generated demo pipeline. NOT YET ON A SERVER: being written.
    public func insertDemo(_ demo: DemoPipeline, progress: ((Int) -> Void)?) throws -> Int {
        throw StoreError.failed("funnel demo does not work on a PostgreSQL server yet")
    }
}
