import FunnelStore
import GRDB

extension Schema {
    /// The four triggers that keep a table of open-deal counts in step with `deal`: a deal inserted
    /// or deleted while open, and an update of one of `columns` that leaves (`_after_update_old`)
    /// or enters (`_after_update_new`) a row when `changed` holds.
    ///
    /// `add` and `subtract` give the statements for a deal row named `new` or `old`. Every trigger
    /// is restricted with WHEN to open deals, so closed history costs nothing extra.
    static func openDealTriggers(
        _ table: String, columns: String, changed: String, add: (String) -> String, subtract: (String) -> String
    ) -> String {
        """
        CREATE TRIGGER \(table)_after_insert AFTER INSERT ON deal WHEN new.status = 'open'
        BEGIN
            \(add("new"))
        END;

        CREATE TRIGGER \(table)_after_delete AFTER DELETE ON deal WHEN old.status = 'open'
        BEGIN
            \(subtract("old"))
        END;

        CREATE TRIGGER \(table)_after_update_old
        AFTER UPDATE OF \(columns) ON deal
        WHEN old.status = 'open' AND \(changed)
        BEGIN
            \(subtract("old"))
        END;

        CREATE TRIGGER \(table)_after_update_new
        AFTER UPDATE OF \(columns) ON deal
        WHEN new.status = 'open' AND \(changed)
        BEGIN
            \(add("new"))
        END;
        """
    }
}
