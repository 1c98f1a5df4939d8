import FunnelStore

extension PostgresPipelineStore {
    /// Works out the report's stage stays (`stage_stay`, `stage_stay_seconds`, `stage_stay_days`) of the deals a
    /// bulk load (`importDeals`, `insertDemo`) just wrote, in its transaction.
    ///
    /// PLACEHOLDER, does nothing yet: the stays are the engine's to keep, and their writer and rebuild are being
    /// written on branch `pg-reports` (issue 16/17). When that branch lands, this body calls its rebuild of the
    /// given deals' stays (or this file goes, if it brings a function of the same name). The bulk loads already
    /// call it at the right place: after every row is in, before commit. With `pg-reports`' `StageStayUpkeep`
    /// (seen at its commit 66badcb) the body would be: `rebuildAtEnd()` for a load of at least
    /// `ServerBulkLoad.minimumDealsToRebuildIndexes` deals, else `willCreate(dealIDs:)` (deals an import updates
    /// are already noted, as `applyImport` reads them with `fetchDeal(locking: true)`).
    static func rebuildStageStays(_ session: ServerSession, dealIDs: [Int64]) throws {}
}
