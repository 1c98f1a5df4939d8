extension ServerSchema {
    /// The board's `o` (issue 18): open deals by owner, so "my deals" are found without a pass over every open
    /// deal and the distinct owners are walked one probe each (`MineScope`). Deals without an owner are in it too
    /// (`owner IS NULL` reads the same index).
    ///
    /// Frozen when it shipped: edit it never; a change is a new migration.
    static let ownerIndex = """
        CREATE INDEX deal_on_open_owner ON deal (owner, stage_id) WHERE status = 'open';
        """
}
