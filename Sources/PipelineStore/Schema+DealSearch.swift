import GRDB

extension Schema {
    /// The board's `/` filter index: the folded title, organization and person of every OPEN deal, with a
    /// trigram full-text index over them, kept in step with `deal` by triggers.
    ///
    /// - `deal_search`: one row per open deal (`deal_id` = `deal.id`), each text through `funnel_lower`
    ///   (Swift's Unicode lower case, the filter's meaning since v1), `''` for none. Short filters (one or
    ///   two characters, too short for trigrams) scan it with `instr` in C.
    /// - `deal_search_trigram`: FTS5 over `deal_search` (external content), `trigram case_sensitive 1`: the
    ///   text is folded already, and FTS5's own folding (`case_sensitive 0`) differs from Swift's for some
    ///   letters (`İ`, Cherokee), which would change what a filter finds.
    /// - Triggers on `deal`: insert, delete, and updates of `title`, `organization`, `person` or `status`
    ///   that change them. Moves (stage, position) and money edits do not fire them.
    /// - `deal_open_card`: a covering index of each open deal's lane key and money by id, so what a
    ///   filter found is placed in its lane and summed without reading whole deal rows (one B-tree of small
    ///   entries instead of a 600-byte row per match).
    ///
    /// Closed deals are left out: the board never shows them, and `demo`/`import` of mostly closed history
    /// pay nothing for them.
    static func createDealSearch(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE deal_search (
                deal_id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                organization TEXT NOT NULL,
                person TEXT NOT NULL
            );
            CREATE INDEX deal_open_card
                ON deal (id, pipeline_id, stage_id, lane_position, currency, value, probability_override, status)
                WHERE status = 'open';
            CREATE VIRTUAL TABLE deal_search_trigram USING fts5(
                title, organization, person,
                content = 'deal_search', content_rowid = 'deal_id', tokenize = 'trigram case_sensitive 1'
            );
            """)
        try createDealSearchTriggers(db)
        try rebuildDealSearch(db)
    }

    /// The triggers that keep `deal_search` and its trigram index in step with `deal`.
    static func createDealSearchTriggers(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TRIGGER deal_search_after_insert AFTER INSERT ON deal WHEN new.status = 'open' BEGIN
                \(insertSearchRow(for: "new"))
            END;
            CREATE TRIGGER deal_search_after_delete AFTER DELETE ON deal WHEN old.status = 'open' BEGIN
                \(deleteSearchRow(for: "old"))
            END;
            CREATE TRIGGER deal_search_after_update AFTER UPDATE OF id, title, organization, person, status ON deal
            WHEN (old.status = 'open' OR new.status = 'open')
                AND (old.id IS NOT new.id OR old.title IS NOT new.title OR old.organization IS NOT new.organization
                     OR old.person IS NOT new.person OR old.status IS NOT new.status)
            BEGIN
                \(deleteSearchRow(for: "old"))
                \(insertSearchRow(for: "new"))
            END;
            """)
    }

    /// Fills the three-text search index of this migration from the open deals, from scratch. Later code uses
    /// `refillDealSearch` (the owner is indexed since migration "filter: owner in the trigram search").
    static func rebuildDealSearch(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM deal_search;
            INSERT INTO deal_search (deal_id, title, organization, person)
                SELECT id, \(folded("title")), \(folded("organization")), \(folded("person")) FROM deal WHERE status = 'open';
            INSERT INTO deal_search_trigram (deal_search_trigram) VALUES ('rebuild');
            """)
    }

    /// A deal text column as the filter compares it: Unicode lower case, `''` for none.
    ///
    /// Printable ASCII is folded by SQLite's `lower` (the same as Swift's for those characters); anything
    /// else goes through `funnel_lower`, a call into Swift that cost ten times the rest of indexing a deal.
    private static func folded(_ column: String) -> String {
        "CASE WHEN \(column) GLOB '*[^ -~]*' THEN funnel_lower(\(column)) ELSE lower(coalesce(\(column), '')) END"
    }

    /// Trigger statements that index the `new` or `old` row when it is open.
    private static func insertSearchRow(for row: String) -> String {
        """
        INSERT INTO deal_search (deal_id, title, organization, person)
                    SELECT \(row).id, \(folded("\(row).title")), \(folded("\(row).organization")), \(folded("\(row).person"))
                    WHERE \(row).status = 'open';
                INSERT INTO deal_search_trigram (rowid, title, organization, person)
                    SELECT deal_id, title, organization, person FROM deal_search WHERE deal_id = \(row).id;
        """
    }

    /// Trigger statements that take a row out of the index with the text it was indexed with.
    private static func deleteSearchRow(for row: String) -> String {
        """
        INSERT INTO deal_search_trigram (deal_search_trigram, rowid, title, organization, person)
                    SELECT 'delete', deal_id, title, organization, person FROM deal_search WHERE deal_id = \(row).id;
                DELETE FROM deal_search WHERE deal_id = \(row).id;
        """
    }
}
