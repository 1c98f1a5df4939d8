import FunnelStore
import GRDB

extension Schema {
    /// The board's `o` (issue 18): an index of the open deals' folded owners in `deal_search`, so "my deals"
    /// (`FilterMatches.readMine`: the owner folded as the user's name, or empty) are found without a pass over
    /// every open deal. `deal_search` already holds each open deal's owner in Unicode lower case, kept by its
    /// triggers and bulk loads' refill.
    ///
    /// Frozen when it shipped (a migration never calls code that may change after it): edit it never; a change is a new migration.
    static let ownerIndexMigration = """
        CREATE INDEX deal_search_on_owner ON deal_search (owner);
        """
}
