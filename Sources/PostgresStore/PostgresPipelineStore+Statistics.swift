import PostgresNIO

extension PostgresPipelineStore {
    /// Has the server look at the tables again after a load of many rows (a demo, an import, a restore), once it
    /// committed.
    ///
    /// The server plans each query from what it last measured of the tables; its own autovacuum measures them again
    /// only a minute or more after a load. Until then a lane of ten thousand deals just loaded looks like a lane of
    /// one, and the bottom of a lane (a move's place) was found by sorting the lane: 10 ms a move instead of 0.1.
    /// Only measures (`ANALYZE`): nothing is written that a user sees, no lock a writer waits for, and a failure is
    /// left to autovacuum.
    func refreshStatistics() {
        _ = try? liveSession().execute("ANALYZE deal, stage_change, activity, deal_change")
    }
}
