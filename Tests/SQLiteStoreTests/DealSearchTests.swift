import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import PropertyBased
import FunnelStore
@testable import SQLiteStore
import Testing

@Suite("Store: the board's filter through the search index")
struct DealSearchTests {
    static let now = StoreFixture.at("2026-11-29T09:00:00Z")

    /// Titles, organizations and people in many scripts and cases, with LIKE's and FTS5's special characters.
    static let samples: [(title: String, organization: String?, person: String?)] = [
        ("ACME Corp Renewal", "Acme Corp", "Bob Smith"),
        ("acme corp expansion", nil, "bob SMITH"),
        ("北京星云科技有限公司 系统升级", "北京星云科技有限公司", "张敏"),
        ("東京システム 扩容", "東京システム", "Yuki Tanaka"),
        ("🚀 Launch 🎉", "Rocket 🚀 Ltd", nil),
        ("Family 👨‍👩‍👧 plan", "🇯🇵 Imports", "Ana 👍🏽"),
        ("Café Lumière upgrade", "Café Lumière", "Chloé Martin"),
        ("ÉCOLE ÉLAN", "Müller & Söhne", "JÜRGEN Öst"),
        ("İSTANBUL Lojistik", "ΣΟΦΙΑ Trading", "ᏣᎳᎩ Nation"),
        ("STRASSE Bau", "Straße GmbH", "ẞIGRID"),
        ("50% off_deal", "back\\slash Inc", "\"Quoted\" person"),
        ("Plain deal", "", "  "),
    ]

    /// Filters to try: whole words, parts, other cases, one and two characters, and characters
    /// that mean something to LIKE (`%`, `_`, `\`) or to FTS5 queries (`"`, `*`, `:`, `-`, `(`).
    static let needles = [
        "acme", "ACME CORP", "corp r", "corp renewal ", "bob", "a", "ac", "x", "zzz", " ", "  ",
        "北京", "北", "科技有", "京星云科技", "张敏", "システム", "扩容",
        "🚀", "🎉", "🚀 l", "👨‍👩‍👧", "👩", "🇯🇵", "👍🏽", "👍",
        "é", "É", "café", "CAFÉ LUM", "lumière", "école", "müller &", "ö", "Ö",
        "i̇stanbul", "İSTANBUL", "istanbul", "İ", "σοφ", "ΣΟΦΙΑ", "ꮳꮃ", "ᏣᎳᎩ", "ß", "straße", "STRASSE", "ẞ",
        "%", "50%", "_", "off_", "f_d", "\\", "back\\", "\"", "\"quoted\"", "\"q", "*", "acme*", "corp:", "-", "(", "deal)",
    ]

    /// Adds the samples as open deals, plus closed copies that must never match.
    func addSamples(_ fixture: StoreFixture) throws -> [Deal] {
        var open: [Deal] = []
        for (index, sample) in Self.samples.enumerated() {
            let deal = try fixture.addDeal(sample.title, stage: "\(index % 5 + 1)", value: Int64(100 * (index + 1)))
            try fixture.store.editDeal(id: deal.id, now: Self.now) { deal in
                deal.organization = sample.organization
                deal.person.name = sample.person
                deal.owner = ["Rémi Thoret", "王芳", nil][index % 3]
            }
            open.append(try fixture.store.deal(id: deal.id))
            let closed = try fixture.addDeal(sample.title, stage: "1")
            try fixture.store.markWon(id: closed.id, now: Self.now)
        }
        return open
    }

    /// What the filter found before the index: `funnel_lower(field) LIKE '%' || lower(text) || '%'` over open deals.
    func oldMatches(_ store: SQLitePipelineStore, _ text: String) throws -> Set<Int64> {
        Set(try store.deals(DealQuery(statuses: [.open], text: text)).map(\.id))
    }

    /// What the board's lanes show now, every stage of the pipeline.
    func boardMatches(_ store: SQLitePipelineStore, _ text: String) throws -> Set<Int64> {
        let pipeline = try store.pipeline(named: nil)
        let pages = try store.readFilteredLanes(pipelineID: pipeline.id, text: text) { lanes in
            try pipeline.stages.map { try lanes.lanePage(stageID: $0.id, pivot: nil, skip: 0, limit: 500, stalledAt: nil).deals.map(\.id) }
        }
        // One lane at a time, as scrolling loads them, finds the same.
        for (stage, page) in zip(pipeline.stages, pages) {
            #expect(try store.lanePage(stageID: stage.id, text: text, pivot: nil, skip: 0, limit: 500).deals.map(\.id) == page)
        }
        return Set(pages.joined())
    }

    @Test("the index finds exactly what funnel_lower + LIKE found, in CJK, emoji, accents and mixed case")
    func sameResultsAsBefore() throws {
        let fixture = try StoreFixture()
        let open = try addSamples(fixture)
        for needle in Self.needles {
            let expected = try oldMatches(fixture.store, needle)
            #expect(try boardMatches(fixture.store, needle) == expected, "filter '\(needle)'")
            // Lane totals count the same deals.
            let pipeline = try fixture.store.pipeline(named: nil)
            let summaries = try fixture.store.stageSummaries(pipelineID: pipeline.id, text: needle)
            let expectedCounts = pipeline.stages.map { stage in open.filter { expected.contains($0.id) && $0.stageID == stage.id }.count }
            #expect(summaries.map(\.dealCount) == expectedCounts, "filter '\(needle)'")
        }
        // A few that must match, so the comparison above is not between two empty sets.
        #expect(try boardMatches(fixture.store, "科技有").count == 1)
        #expect(try boardMatches(fixture.store, "CAFÉ LUM").count == 1)
        #expect(try boardMatches(fixture.store, "👍🏽").count == 1)
        #expect(try boardMatches(fixture.store, "acme").count == 2)
        #expect(try boardMatches(fixture.store, "İSTANBUL").count == 1)
        #expect(try boardMatches(fixture.store, "ꮳꮃ").count == 1)
        #expect(try boardMatches(fixture.store, "50%").count == 1)
        #expect(try boardMatches(fixture.store, "\"q").count == 1)
        #expect(try boardMatches(fixture.store, "a").count == 11)
        #expect(try boardMatches(fixture.store, "zzz").isEmpty)
        #expect(try boardMatches(fixture.store, "rémi th").count == 4)
        #expect(try boardMatches(fixture.store, "芳").count == 4)
    }

    @Test("random texts and filters: the index and the old LIKE agree")
    func randomTextsAgree() async {
        // Pieces that exercise folding (upper and lower, accents, İ, ß), CJK, emoji with modifiers, spaces and specials.
        let pieces = ["a", "A", "b", "é", "É", "e\u{301}", "İ", "i", "ß", "ẞ", "北", "京", "🎉", "👍🏽", "👍", " ", "%", "_", "\"", "\\", "Σ", "σ"]
        await propertyCheck(count: 20, input: Gen.int(in: 0...999_999).array(of: 4...40)) { codes in
            do {
                let fixture = try StoreFixture()
                func text(_ code: Int, length: Int) -> String {
                    (0..<length).map { pieces[(code / (1 + $0 * 7)) % pieces.count] }.joined()
                }
                for (index, code) in codes.enumerated() {
                    let deal = try fixture.addDeal(text(code, length: 1 + code % 9) + "x", stage: "\(index % 5 + 1)")
                    if code % 3 == 0 {
                        try fixture.store.editDeal(id: deal.id, now: Self.now) { $0.organization = text(code / 3, length: code % 5) }
                    }
                    if code % 4 == 1 { try fixture.store.markLost(id: deal.id, reason: "price", now: Self.now) }
                }
                for code in codes.prefix(12) {
                    let needle = text(code / 11, length: 1 + code % 4)
                    #expect(try boardMatches(fixture.store, needle) == oldMatches(fixture.store, needle), "filter '\(needle)'")
                }
            } catch {
                Issue.record("unexpected error: \(error)")
            }
        }
    }

    /// The index rows as they should be: one per open deal, each text folded.
    func expectIndexInStep(_ store: SQLitePipelineStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try store.dbWriter.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT deal_id, title, organization, person, owner FROM deal_search ORDER BY deal_id")
            let open = try Row.fetchAll(db, sql: "SELECT id, title, organization, person, owner FROM deal WHERE status = 'open' ORDER BY id")
            #expect(rows.map { $0["deal_id"] as Int64 } == open.map { $0["id"] as Int64 }, sourceLocation: sourceLocation)
            for (row, deal) in zip(rows, open) {
                #expect(row["title"] as String == (deal["title"] as String).lowercased(), sourceLocation: sourceLocation)
                #expect(row["organization"] as String == ((deal["organization"] as String?) ?? "").lowercased(), sourceLocation: sourceLocation)
                #expect(row["person"] as String == ((deal["person"] as String?) ?? "").lowercased(), sourceLocation: sourceLocation)
                #expect(row["owner"] as String == ((deal["owner"] as String?) ?? "").lowercased(), sourceLocation: sourceLocation)
            }
        }
        // FTS5 checks its index against the rows it was built from.
        try store.dbWriter.write { db in
            try db.execute(sql: "INSERT INTO deal_search_trigram (deal_search_trigram) VALUES ('integrity-check')")
        }
    }

    @Test("the triggers keep the index in step with adds, edits, closing, reopening, deleting and undo")
    func triggersKeepTheIndexInStep() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let deal = try fixture.addDeal("Northwind Renewal", stage: "1")
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "northwind") == [deal.id])

        try store.editDeal(id: deal.id, now: Self.now) { $0.title = "Contoso 续约"; $0.organization = "Contoso" }
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "northwind").isEmpty)
        #expect(try boardMatches(store, "续约") == [deal.id])

        try store.editDeal(id: deal.id, now: Self.now) { $0.organization = nil; $0.person.name = "Zoë" }
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "zoë") == [deal.id])

        // A move changes no text: the index row stays as it was.
        let pipeline = try store.pipeline(named: nil)
        try store.moveDeal(id: deal.id, toStageID: pipeline.stages[3].id, now: Self.now)
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "contoso") == [deal.id])

        try store.markWon(id: deal.id, now: Self.now)
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "contoso").isEmpty)
        try store.reopen(id: deal.id, stage: nil, now: Self.now)
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "contoso") == [deal.id])
        let before = try store.deal(id: deal.id)
        let lost = try store.markLost(id: deal.id, reason: "price", now: Self.now).value
        try expectIndexInStep(store)
        try store.undo(change: lost, restoring: before, expectedVersion: try store.deal(id: deal.id).version)
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "contoso") == [deal.id])

        // Issue 15 item 10: the owner is found too, and an owner change re-indexes the deal.
        try store.editDeal(id: deal.id, now: Self.now) { $0.owner = "Sam Patel" }
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "sam patel") == [deal.id])
        #expect(try boardMatches(store, "Sa") == [deal.id])
        try store.editDeal(id: deal.id, now: Self.now) { $0.owner = "王芳" }
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "sam patel").isEmpty)
        #expect(try boardMatches(store, "王") == [deal.id])

        let other = try fixture.addDeal("Contoso two", stage: "2")
        try store.deleteDeal(id: deal.id)
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "contoso") == [other.id])
    }

    @Test("a bulk load with the derived tables' triggers off leaves the index and the lane totals rebuilt and the triggers back")
    func bulkWritesRebuildTheIndex() throws {
        let fixture = try StoreFixture()
        let kept = try fixture.addDeal("Kept 北京 deal", stage: "1")
        let sales = try fixture.store.pipeline(named: nil)
        try fixture.store.dbWriter.write { db in
            // Announced as a large load, so `BulkLoad` suspends the triggers of every derived table.
            let load = try BulkLoad.begin(db, newDeals: BulkLoad.minimumDealsToRebuildIndexes)
            #expect(!load.triggers.isEmpty)
            for index in 1...60 {
                try db.execute(sql: """
                    INSERT INTO deal (title, organization, value, currency, pipeline_id, stage_id, status, closed_at, created_at, stage_entered_at, updated_at)
                    VALUES (?, ?, 100, 'USD', ?, ?, ?, ?, 1700000000, 1700000000, 1700000000)
                    """, arguments: [
                        "Bulk Ünïcode \(index)", index % 2 == 0 ? "Acme" : nil, sales.id, sales.stages[index % 5].id,
                        index % 3 == 0 ? "won" : "open", index % 3 == 0 ? 1700000000 : nil,
                    ])
            }
            try db.execute(sql: "UPDATE deal SET title = 'Renamed 北京' WHERE id = ?", arguments: [kept.id])
            try load.finish(db)
        }
        try expectIndexInStep(fixture.store)
        let totals = try fixture.store.dbWriter.read { db in
            (try SQLitePipelineStore.fetchStageTotals(db, pipelineID: sales.id), try SQLitePipelineStore.scannedStageTotals(db, pipelineID: sales.id))
        }
        #expect(totals.0 == totals.1)
        #expect(totals.0.reduce(0) { $0 + $1.dealCount } == 41)
        #expect(try boardMatches(fixture.store, "renamed 北") == [kept.id])
        #expect(try boardMatches(fixture.store, "bulk ünï").count == 40)
        // The triggers are back.
        try fixture.store.editDeal(id: kept.id, now: Self.now) { $0.title = "Again" }
        try expectIndexInStep(fixture.store)
        #expect(try boardMatches(fixture.store, "renamed").isEmpty)
    }

    @Test("a database made before the index gets it filled with its open deals on opening")
    func migrationFillsTheIndex() throws {
        let older = try OlderDatabase(.interop) { db in
            for (title, status) in [("北京 Renewal", "open"), ("Won 北京 deal", "won"), ("ÉCOLE", "open")] {
                try db.execute(sql: """
                    INSERT INTO deal (title, value, currency, pipeline_id, stage_id, status, closed_at, created_at, stage_entered_at, updated_at)
                    VALUES (?, 500, 'EUR', 1, 1, ?, ?, 1700000000, 1700000000, 1700000000)
                    """, arguments: [title, status, status == "open" ? nil : 1700000000])
            }
        }
        let store = try SQLitePipelineStore.open(path: older.path)
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "北京") == [1])
        #expect(try boardMatches(store, "éco") == [3])
    }

    /// Issue 15 item 10: `/Sam Patel` matched nothing on a database indexed before the owner was.
    @Test("a database indexed before the owner was gets the owners of its open deals indexed on opening")
    func ownerMigrationIndexesOwners() throws {
        let older = try OlderDatabase(.beforeCancellation) { db in
            for (title, owner, status) in [("Renewal", "Sam Patel", "open"), ("Pilot", "王芳", "open"), ("Old", "Sam Patel", "won")] {
                try db.execute(sql: """
                    INSERT INTO deal (title, owner, value, currency, pipeline_id, stage_id, status, closed_at, created_at, stage_entered_at, updated_at)
                    VALUES (?, ?, 500, 'EUR', 1, 1, ?, ?, 1700000000, 1700000000, 1700000000)
                    """, arguments: [title, owner, status, status == "open" ? nil : 1700000000])
            }
        }
        let store = try SQLitePipelineStore.open(path: older.path)
        try expectIndexInStep(store)
        #expect(try boardMatches(store, "sam patel") == [1])
        #expect(try boardMatches(store, "Sa") == [1])
        #expect(try boardMatches(store, "王芳") == [2])
        #expect(try boardMatches(store, "renewal") == [1])
    }

    @Test("the filtered board queries go through the search index and their matches, never a scan of every deal")
    func queryPlans() throws {
        let fixture = try StoreFixture()
        _ = try addSamples(fixture)
        let store = fixture.store
        let pipeline = try store.pipeline(named: nil)
        let check = StallCheck(now: Self.now, timeZone: StoreFixture.utc)
        func scansDeals(_ plan: [String]) -> Bool {
            plan.contains { $0 == "SCAN deal" || $0.hasPrefix("SCAN deal USING") }
        }
        for text in ["acme corp", "北"] {
            try store.dbWriter.read { db in
                func plan(_ query: (sql: String, arguments: StatementArguments)) throws -> [String] {
                    try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments).map { $0["detail"] as String }
                }
                // Finding the matches: the trigram index (or the folded texts for one or two characters), then
                // each match's lane key and money from the covering index by id.
                let matchesPlan = try plan(FilteredLanes.matchesSQL(text, pipelineID: pipeline.id, stalled: false))
                #expect(!scansDeals(matchesPlan), "\(matchesPlan)")
                #expect(matchesPlan.contains { $0.contains(text.count >= 3 ? "VIRTUAL TABLE INDEX" : "SCAN deal_search") }, "\(matchesPlan)")
                #expect(matchesPlan.contains { $0.hasPrefix("SEARCH deal USING COVERING INDEX deal_open_card (id=?") }, "\(matchesPlan)")
                // Under the stalled filter too: each match's row by primary key for its idle time.
                var stalled = FilteredLanes.matchesSQL(text, pipelineID: pipeline.id, stalled: true)
                stalled.arguments += StatementArguments(check.arguments)
                let stalledMatchesPlan = try plan(stalled)
                #expect(!scansDeals(stalledMatchesPlan), "\(stalledMatchesPlan)")
                #expect(stalledMatchesPlan.contains { $0.hasPrefix("SEARCH deal USING INTEGER PRIMARY KEY") }, "\(stalledMatchesPlan)")
            }
        }
        // A page's cards: each by primary key.
        let pagePlan = try store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + FilteredLanes.dealsSQL(count: 3), arguments: [1, 2, 3]).map { $0["detail"] as String }
        }
        #expect(pagePlan == ["SEARCH deal USING INTEGER PRIMARY KEY (rowid=?)"], "\(pagePlan)")
        let stalledPlan = try store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + SQLitePipelineStore.stalledSummariesSQL, arguments: StatementArguments([pipeline.id] + check.arguments))
                .map { $0["detail"] as String }
        }
        #expect(!scansDeals(stalledPlan), "\(stalledPlan)")
        // The idle-since index, or the covering `deal_on_open_idle` that starts with the same two columns.
        #expect(stalledPlan.contains { $0.contains("deal_on_open_idle") }, "\(stalledPlan)")
    }

    @Test("a filtered lane pages like the whole lane: from a pivot, skipping up or down, and the last page")
    func filteredPagesFollowTheLane() throws {
        let fixture = try StoreFixture()
        // A lane of 30, every third one a match; newest on top.
        for index in 1...30 { try fixture.addDeal(index % 3 == 0 ? "Renewal \(index)" : "Other \(index)", stage: "2") }
        let sales = try fixture.store.pipeline(named: nil)
        let stageID = sales.stages[1].id
        let lane = try fixture.store.lanePage(stageID: stageID, text: nil, pivot: nil, skip: 0, limit: 100).deals
        let matches = lane.filter { $0.title.hasPrefix("Renewal") }
        #expect(matches.count == 10)
        func key(_ deal: Deal) -> LaneKey { LaneKey(lanePosition: deal.lanePosition, id: deal.id) }
        func page(_ pivot: LaneKey?, _ skip: Int, _ limit: Int) throws -> ([Int64], Int) {
            let page = try fixture.store.lanePage(stageID: stageID, text: "renewal", pivot: pivot, skip: skip, limit: limit)
            return (page.deals.map(\.id), page.firstIndex)
        }
        let ids = matches.map(\.id)
        #expect(try page(nil, 0, 4) == (Array(ids[0..<4]), 0))
        #expect(try page(nil, 3, 4) == (Array(ids[3..<7]), 3))
        #expect(try page(key(matches[5]), 0, 3) == (Array(ids[5..<8]), 5))
        #expect(try page(key(matches[5]), -2, 4) == (Array(ids[3..<7]), 3))
        #expect(try page(key(matches[1]), -3, 4) == (Array(ids[0..<4]), 0))
        #expect(try page(key(matches[8]), 1, 5) == (Array(ids[9..<10]), 9))
        #expect(try page(key(matches[9]), 2, 5) == ([], 0))
        // A pivot that is not a match (a card the filter hides) starts at the next match below it.
        let hidden = lane.first { !$0.title.hasPrefix("Renewal") && $0.lanePosition > matches[2].lanePosition }!
        let next = matches.firstIndex { ($0.lanePosition, $0.id) >= (hidden.lanePosition, hidden.id) }!
        #expect(try page(key(hidden), 0, 2) == (Array(ids[next..<(next + 2)]), next))
        let last = try fixture.store.lastLanePage(stageID: stageID, text: "renewal", limit: 4)
        #expect(last.deals.map(\.id) == Array(ids[6..<10]))
        #expect(last.firstIndex == 6)
    }

    @Test("stalled lane totals under a filter count the stalled matches only")
    func stalledSummariesUnderAFilter() throws {
        let fixture = try StoreFixture()
        let now = StoreFixture.at("2026-11-29T09:00:00Z")
        let utc = StoreFixture.utc
        _ = try fixture.addDeal("Old 北京 deal", stage: "3", value: 300, created: "2026-11-01T09:00:00Z")
        _ = try fixture.addDeal("Old Berlin deal", stage: "3", value: 200, created: "2026-11-01T09:00:00Z")
        _ = try fixture.addDeal("New 北京 deal", stage: "3", value: 100, created: "2026-11-28T09:00:00Z")
        let sales = try fixture.store.pipeline(named: nil)
        let filtered = try fixture.store.stalledSummaries(pipelineID: sales.id, text: "北京", now: now, timeZone: utc)
        #expect(filtered.map(\.dealCount) == [0, 0, 1, 0, 0])
        #expect(filtered[2].total.amounts == [Money(minorUnits: 300, currency: .usd)])
        let all = try fixture.store.stalledSummaries(pipelineID: sales.id, text: nil, now: now, timeZone: utc)
        #expect(all.map(\.dealCount) == [0, 0, 2, 0, 0])
        #expect(all[2].total.amounts == [Money(minorUnits: 500, currency: .usd)])
    }
}
