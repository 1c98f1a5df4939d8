import FunnelStore
import Pipeline
import PostgresNIO

// MARK: - Writes from the version a user saw

extension PostgresPipelineStore {
    /// Refuses, with who changed what meanwhile, a write that sets `fields` of `deal` (as it is now, read and
    /// locked in the write's transaction) from the version `expectedVersion` the user saw, unless
    /// `StaleWrite.check` lets it through: every change since set other fields. Nothing to check without a version.
    static func checkSeenVersion(_ session: ServerSession, _ deal: Deal, expectedVersion: Int?, writing fields: Set<DealPart>) throws {
        guard let expectedVersion, expectedVersion != deal.version else { return }
        let since = try session.namedRows(
            "SELECT * FROM deal_change WHERE deal_id = \(deal.id) AND version > \(expectedVersion) ORDER BY id"
        ).map(DealChange.init(serverRow:))
        if let stale = StaleWrite.check(dealID: deal.id, seen: expectedVersion, current: deal.version, writing: fields, since: since) {
            throw StoreError.changedElsewhere(dealID: deal.id, stale: stale)
        }
    }
}
