import FunnelStore

extension PostgresPipelineStore {
    /// Puts right the report's stage stays (`stage_stay`, `stage_stay_seconds`, `stage_stay_days`) of the deals a
    /// bulk load (`importDeals`, `insertDemo`, a restore) just wrote, in its transaction: a large load rebuilds the
    /// tables once at the end (`StageStayUpkeep.rebuildAtEnd`), a small one adds the new deals' stays; deals an
    /// import updates were noted when it locked them.
    static func rebuildStageStays(_ session: ServerSession, dealIDs: [Int64]) throws {
        guard let stays = session.stageStays else { return }
        if dealIDs.count >= ServerBulkLoad.minimumDealsToRebuildIndexes {
            stays.rebuildAtEnd()
        } else {
            stays.willCreate(dealIDs: dealIDs)
        }
    }
}
