import GRDB

extension Schema {
    /// Migration "filter: owner in the trigram search" (issue 15 item 10): `/Sam Patel` matched nothing, since
    /// only the title, organization and person were indexed. `deal_search` and its trigram index are made again
    /// with a fourth folded text, the owner, and the three triggers with it (an owner change now re-indexes the
    /// deal); then filled from the open deals.
    ///
    /// Frozen: the body is the SQL as shipped, written out, so no later change to a helper can change what this
    /// migration did. `refillDealSearch` is today's rebuild of the same table (bulk loads).
    static func addOwnerToDealSearch(_ db: Database) throws {
        try db.execute(sql: """
                DROP TRIGGER deal_search_after_insert;
                DROP TRIGGER deal_search_after_delete;
                DROP TRIGGER deal_search_after_update;
                DROP TABLE deal_search_trigram;
                DROP TABLE deal_search;
                CREATE TABLE deal_search (
                    deal_id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL,
                    organization TEXT NOT NULL,
                    person TEXT NOT NULL,
                    owner TEXT NOT NULL
                );
                CREATE VIRTUAL TABLE deal_search_trigram USING fts5(
                    title, organization, person, owner,
                    content = 'deal_search', content_rowid = 'deal_id', tokenize = 'trigram case_sensitive 1'
                );
                CREATE TRIGGER deal_search_after_insert AFTER INSERT ON deal WHEN new.status = 'open' BEGIN
                    INSERT INTO deal_search (deal_id, title, organization, person, owner)
                        SELECT new.id,
                            CASE WHEN new.title GLOB '*[^ -~]*' THEN funnel_lower(new.title) ELSE lower(coalesce(new.title, '')) END,
                            CASE WHEN new.organization GLOB '*[^ -~]*' THEN funnel_lower(new.organization) ELSE lower(coalesce(new.organization, '')) END,
                            CASE WHEN new.person GLOB '*[^ -~]*' THEN funnel_lower(new.person) ELSE lower(coalesce(new.person, '')) END,
                            CASE WHEN new.owner GLOB '*[^ -~]*' THEN funnel_lower(new.owner) ELSE lower(coalesce(new.owner, '')) END
                        WHERE new.status = 'open';
                    INSERT INTO deal_search_trigram (rowid, title, organization, person, owner)
                        SELECT deal_id, title, organization, person, owner FROM deal_search WHERE deal_id = new.id;
                END;
                CREATE TRIGGER deal_search_after_delete AFTER DELETE ON deal WHEN old.status = 'open' BEGIN
                    INSERT INTO deal_search_trigram (deal_search_trigram, rowid, title, organization, person, owner)
                        SELECT 'delete', deal_id, title, organization, person, owner FROM deal_search WHERE deal_id = old.id;
                    DELETE FROM deal_search WHERE deal_id = old.id;
                END;
                CREATE TRIGGER deal_search_after_update AFTER UPDATE OF id, title, organization, person, owner, status ON deal
                WHEN (old.status = 'open' OR new.status = 'open')
                    AND (old.id IS NOT new.id OR old.title IS NOT new.title OR old.organization IS NOT new.organization
                         OR old.person IS NOT new.person OR old.owner IS NOT new.owner OR old.status IS NOT new.status)
                BEGIN
                    INSERT INTO deal_search_trigram (deal_search_trigram, rowid, title, organization, person, owner)
                        SELECT 'delete', deal_id, title, organization, person, owner FROM deal_search WHERE deal_id = old.id;
                    DELETE FROM deal_search WHERE deal_id = old.id;
                    INSERT INTO deal_search (deal_id, title, organization, person, owner)
                        SELECT new.id,
                            CASE WHEN new.title GLOB '*[^ -~]*' THEN funnel_lower(new.title) ELSE lower(coalesce(new.title, '')) END,
                            CASE WHEN new.organization GLOB '*[^ -~]*' THEN funnel_lower(new.organization) ELSE lower(coalesce(new.organization, '')) END,
                            CASE WHEN new.person GLOB '*[^ -~]*' THEN funnel_lower(new.person) ELSE lower(coalesce(new.person, '')) END,
                            CASE WHEN new.owner GLOB '*[^ -~]*' THEN funnel_lower(new.owner) ELSE lower(coalesce(new.owner, '')) END
                        WHERE new.status = 'open';
                    INSERT INTO deal_search_trigram (rowid, title, organization, person, owner)
                        SELECT deal_id, title, organization, person, owner FROM deal_search WHERE deal_id = new.id;
                END;
                INSERT INTO deal_search (deal_id, title, organization, person, owner)
                    SELECT id,
                        CASE WHEN title GLOB '*[^ -~]*' THEN funnel_lower(title) ELSE lower(coalesce(title, '')) END,
                        CASE WHEN organization GLOB '*[^ -~]*' THEN funnel_lower(organization) ELSE lower(coalesce(organization, '')) END,
                        CASE WHEN person GLOB '*[^ -~]*' THEN funnel_lower(person) ELSE lower(coalesce(person, '')) END,
                        CASE WHEN owner GLOB '*[^ -~]*' THEN funnel_lower(owner) ELSE lower(coalesce(owner, '')) END
                    FROM deal WHERE status = 'open';
                INSERT INTO deal_search_trigram (deal_search_trigram) VALUES ('rebuild');
                """)
    }

    /// Refills the search index (title, organization, person and owner of every open deal) from scratch: the
    /// derived table's rebuild after a bulk load.
    static func refillDealSearch(_ db: Database) throws {
        try db.execute(sql: """
                DELETE FROM deal_search;
                INSERT INTO deal_search (deal_id, title, organization, person, owner)
                    SELECT id,
                        CASE WHEN title GLOB '*[^ -~]*' THEN funnel_lower(title) ELSE lower(coalesce(title, '')) END,
                        CASE WHEN organization GLOB '*[^ -~]*' THEN funnel_lower(organization) ELSE lower(coalesce(organization, '')) END,
                        CASE WHEN person GLOB '*[^ -~]*' THEN funnel_lower(person) ELSE lower(coalesce(person, '')) END,
                        CASE WHEN owner GLOB '*[^ -~]*' THEN funnel_lower(owner) ELSE lower(coalesce(owner, '')) END
                    FROM deal WHERE status = 'open';
                INSERT INTO deal_search_trigram (deal_search_trigram) VALUES ('rebuild');
                """)
    }
}
