import FunnelStore
import GRDB
import Pipeline

// MARK: - Writes from the version a user saw

extension SQLitePipelineStore {
    /// Refuses, with who changed what meanwhile, a write that sets `fields` of `deal` (as it is now, read in the
    /// write's transaction) from the version `expectedVersion` the user saw, unless `StaleWrite.check` lets it
    /// through: every change since set other fields. Nothing to check without a version.
    static func checkSeenVersion(_ db: Database, _ deal: Deal, expectedVersion: Int?, writing fields: Set<DealPart>) throws {
        guard let expectedVersion, expectedVersion != deal.version else { return }
        let since = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM deal_change WHERE deal_id = ? AND version > ? ORDER BY id"),
            arguments: [deal.id, expectedVersion]
        ).map(DealChange.init(row:))
        if let stale = StaleWrite.check(dealID: deal.id, seen: expectedVersion, current: deal.version, writing: fields, since: since) {
            throw StoreError.changedElsewhere(dealID: deal.id, stale: stale)
        }
    }
}
