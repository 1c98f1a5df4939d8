import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
@testable import PostgresStore
import Testing

/// What the PostgreSQL engine's speed rests on, counted in statements (each a round trip to the server): a filter
/// key after the first is worked out from the matches it kept, and a bulk load sends one array per column.
@Suite("PostgreSQL engine: round trips of a filter key and of a bulk load", .requiresPostgres)
struct ServerRoundTripTests {
    /// The statements `body` sent on `store`'s connection.
    static func statements(_ store: PostgresPipelineStore, _ body: () throws -> Void) rethrows -> Int {
        let before = store.session.statementsSent
        try body()
        return store.session.statementsSent - before
    }

    @Test("a key typed or deleted after the first sends three statements (the snapshot and the change counter), until someone writes")
    func filterKeysAfterTheFirst() throws {
        let fresh = try FreshEngineStore(.postgres)
        let store = try #require(fresh.store as? PostgresPipelineStore)
        for number in 0..<40 { try fresh.addDeal("Acme renewal \(number)", stage: number % 5) }
        let pipeline = try fresh.sales
        func key(_ text: String) throws -> Int {
            try Self.statements(store) { _ = try FilterConformanceTests.shown(store, pipeline, text) }
        }
        #expect(try key("a") > 3)
        // Typed: narrowed from "a"; deleted: kept. BEGIN, the counter, COMMIT.
        for text in ["ac", "acm", "acme", "acm", "ac", "a"] {
            #expect(try key(text) == 3, "filter \(text)")
        }
        // Another connection's write moves the counter: the next key reads the matches again, and sees the change.
        let other = try fresh.store.location.open()
        defer { try? other.close() }
        try other.addDeal(Deal(
            title: "Acme new", value: Money(minorUnits: 1, currency: .usd), pipelineID: pipeline.id, stageID: pipeline.stages[0].id,
            createdAt: fresh.now))
        #expect(try key("ac") > 3)
        #expect(try FilterConformanceTests.shown(store, pipeline, "acme").count == 41)
    }

    @Test("a move of an open deal from the version it has waits on the server four times: the lock, the reads, the writes, the commit")
    func aMoveInFourExchanges() throws {
        let fresh = try FreshEngineStore(.postgres)
        let store = try #require(fresh.store as? PostgresPipelineStore)
        let pipeline = try fresh.sales
        let deal = try fresh.addDeal("Acme renewal", stage: 0)
        _ = try fresh.addDeal("Globex pilot", stage: 2)
        let exchanges = store.session.exchanges
        let sent = try Self.statements(store) {
            _ = try store.moveDeal(id: deal.id, toStageID: pipeline.stages[2].id, now: fresh.now, expectedVersion: deal.version)
        }
        #expect(store.session.exchanges - exchanges == 4)
        // BEGIN, then the advisory lock with the commit's mark; the deal, its history, its stages with the lane's
        // bottom; the update with its history and change-log entries; the stage stays handed to the commit, COMMIT.
        #expect(sent == 8)
        let moved = try store.deal(id: deal.id)
        #expect(moved.stageID == pipeline.stages[2].id)
        #expect(moved.lanePosition > (try store.deals(DealQuery()).first { $0.title == "Globex pilot" }?.lanePosition ?? .infinity),
                "the moved deal goes to the bottom of its new lane")
        // From an older version, refused as soon as the change log names the move since: the lock, the reads, the
        // change log, ROLLBACK; nothing saved.
        let stale = store.session.exchanges
        do {
            try store.moveDeal(id: deal.id, toStageID: pipeline.stages[1].id, now: fresh.now, expectedVersion: deal.version)
            Issue.record("a move from an older version was saved")
        } catch StoreError.changedElsewhere(_, let since) {
            #expect(since?.change?.kind == .moved, "the refusal names the move made since")
        }
        #expect(store.session.exchanges - stale == 4)
        #expect(try store.deal(id: deal.id).stageID == pipeline.stages[2].id)
    }

    @Test("after an import the server has measured the tables, and finds the bottom of a large lane from the lane index, not by sorting it")
    func anImportIsMeasured() throws {
        let fresh = try FreshEngineStore(.postgres)
        let store = try #require(fresh.store as? PostgresPipelineStore)
        let pipeline = try fresh.sales
        let rows = BulkLoadConformanceTests().rows(pipeline, count: 3_000, now: fresh.now).map { row -> DealImport in
            var open = row
            open.deal.stageID = pipeline.stages[0].id
            open.stageName = pipeline.stages[0].name
            open.deal.status = .open
            open.deal.lostReason = nil
            open.deal.closedAt = nil
            return open
        }
        _ = try store.importDeals(rows, newStages: [], dryRun: false)
        let plan = try store.write(rollingBack: true) { session in
            let analyzed = try session.value(
                "SELECT last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'deal'", as: Bool.self)
            #expect(analyzed == true, "the deal table was measured after the import")
            return try session.rows("""
                EXPLAIN SELECT lane_position FROM deal WHERE stage_id = \(pipeline.stages[0].id) AND status = 'open' AND id <> 0
                ORDER BY lane_position DESC, id DESC LIMIT 1
                """).map { try $0.decode(String.self) }.joined(separator: "\n")
        }
        #expect(plan.contains("deal_on_open_lane"), "\(plan)")
        #expect(!plan.contains("Sort"), "\(plan)")
    }

    @Test("Funnel's connections name themselves to the server, so an operator can tell them apart")
    func connectionsSayTheyAreFunnel() throws {
        let fresh = try FreshEngineStore(.postgres)
        let store = try #require(fresh.store as? PostgresPipelineStore)
        let name = try store.write(rollingBack: true) { session in
            try session.value("SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()", as: String.self)
        }
        #expect(name == "funnel")
    }

    @Test("a bulk insert sends one array per column, 10,000 rows to a statement; every value reads back as bound, and ids follow the rows' order")
    func bulkInsertArrays() throws {
        let fresh = try FreshEngineStore(.postgres)
        let store = try #require(fresh.store as? PostgresPipelineStore)
        let texts = ["", "it's", "a \"quote\"; DROP TABLE deal; --", "back\\slash", "{braces, commas}", "NULL", "北京 🎉 e\u{301}", "tab\tand\nline"]
        struct Row: Equatable {
            var number: Int64
            var text: String?
            var real: Double?
            var flag: Bool?
            var small: Int?
        }
        func row(_ number: Int) -> Row {
            let value: Int64 = number == 0 ? Int64.min : number == 1 ? Int64.max : Int64(number)
            let text: String? = number % 9 == 8 ? nil : texts[number % texts.count] + "\(number)"
            let real: Double? = number % 5 == 4 ? nil : number == 3 ? -Double.greatestFiniteMagnitude : Double(number) / 3
            let flag: Bool? = number % 7 == 6 ? nil : number % 2 == 0
            let small: Int? = number % 4 == 3 ? nil : number % 101 - 50
            return Row(number: value, text: text, real: real, flag: flag, small: small)
        }
        let rows = (0..<25_001).map(row)
        var sent = 0
        let read: [Row] = try store.write(rollingBack: true) { session in
            try session.execute("CREATE TEMPORARY TABLE bulk_probe (id bigint GENERATED ALWAYS AS IDENTITY, number bigint, text text, real double precision, flag boolean, small integer)")
            sent = try Self.statements(store) {
                try session.insertAll(into: "bulk_probe", columns: ["number", "text", "real", "flag", "small"], rows) { (row: Row, values: inout ServerColumnArrays) -> [String] in
                    let number = values.bind(row.number)
                    let text = values.bind(row.text)
                    let real = values.bind(row.real)
                    let flag = values.bind(row.flag)
                    return [number, text, real, flag, values.bind(row.small)]
                }
            }
            return try session.rows("SELECT number, text, real, flag, small FROM bulk_probe ORDER BY id").map { row in
                let (number, text, real, flag, small) = try row.decode((Int64, String?, Double?, Bool?, Int?).self)
                return Row(number: number, text: text, real: real, flag: flag, small: small)
            }
        }
        #expect(sent == 3)
        try #require(read.count == rows.count)
        let difference = rows.indices.first { read[$0] != rows[$0] }
        #expect(difference == nil, "row \(difference ?? 0) read back as \(read[difference ?? 0]), bound as \(rows[difference ?? 0])")
    }
}
