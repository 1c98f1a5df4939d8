import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import StoreEngines
import Testing

/// What users type reaches the server only as bound parameters, never inside a statement's text: with the server
/// logging every statement, no logged statement holds any of the typed values, and each comes back exactly.
@Suite("User text is bound, never written into SQL", .requiresPostgres)
struct BoundParameterServerTests {
    /// Values with quotes, semicolons, placeholders, backslashes and an injection attempt; each carries "Quokka",
    /// so any of them, whole or in part, is found in the server's log by it.
    static let hostile = [
        "Quokka O'Brien \"Quoted\" Ltd",
        "Quokka semi;colon; deal",
        "Quokka price $1 and $2",
        #"Quokka back\slash \\ and \' end"#,
        "Quokka'); DROP TABLE deal; --",
    ]

    @Test func noTypedValueReachesAStatementsText() throws {
        let cluster = try PostgresTestCluster.running()
        let url = try cluster.createDatabase()
        let database = String(url.split(separator: "/").last ?? "")
        // Every statement of a new session on this database is logged, without its parameters' values.
        try cluster.psql("ALTER DATABASE \(database) SET log_statement = 'all'")
        try cluster.psql("ALTER DATABASE \(database) SET log_parameter_max_length = 0")
        try cluster.psql("ALTER DATABASE \(database) SET log_parameter_max_length_on_error = 0")
        let log = cluster.folder.appendingPathComponent("server.log").path

        let store = try StoreLocation(given: url, environment: [:], loginName: "sam", warning: { _ in }).open()
        defer { try? store.close() }
        let pipeline = try store.pipeline(named: nil)
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        var ids: [Int64] = []
        for (index, text) in Self.hostile.enumerated() {
            let deal = try store.addDeal(Deal(
                title: text, value: Money(minorUnits: 1_000, currency: .usd), pipelineID: pipeline.id, stageID: pipeline.stages[0].id,
                owner: text, organization: text, person: ContactPerson(name: text, jobTitle: text, email: "q\(index)@example.com"),
                notes: text, createdAt: now)).value
            ids.append(deal.id)
            _ = try store.editDeal(id: deal.id, now: now, expectedVersion: deal.version, moveTo: nil) { $0.notes = text + " edited" }
            _ = try store.logActivity(
                ActivityLog(dealID: deal.id, done: Activity(dealID: deal.id, kind: .call, subject: text, doneAt: now, note: text, createdAt: now)),
                now: now)
        }
        _ = try store.markLost(id: ids[0], reason: Self.hostile[4], now: now, expectedVersion: nil)
        _ = try store.addStage(pipelineID: pipeline.id, name: Self.hostile[2], after: nil, probability: nil, stallDays: nil)

        // Each value comes back exactly, and each finds its deal as a filter (the board's `/`, `list --owner`).
        for (index, text) in Self.hostile.enumerated() {
            let deal = try store.deal(id: ids[index])
            #expect(deal.title == text)
            #expect(deal.organization == text)
            #expect(deal.owner == text)
            #expect(deal.person.name == text)
            #expect(deal.notes == text + " edited")
            let activity = try #require(try store.activities(dealID: ids[index]).first)
            #expect(activity.subject == text)
            #expect(activity.note == text)
            let byText = try store.deals(DealQuery(statuses: [], text: text))
            #expect(byText.map(\.id) == [ids[index]], "the filter '\(text)' found \(byText.map(\.id))")
            let byOwner = try store.deals(DealQuery(statuses: [], owner: text))
            #expect(byOwner.map(\.id) == [ids[index]], "the owner '\(text)' found \(byOwner.map(\.id))")
            let lanes = try store.filteredLanes(
                pipelineID: pipeline.id, text: text, stalledAt: nil, summariesOf: pipeline.id,
                pages: [LanePageRequest(stageID: pipeline.stages[0].id, start: .first, limit: 10)])
            if index != 0 { #expect(lanes.pages.first?.deals.map(\.id) == [ids[index]], "the board's filter '\(text)'") }
        }
        #expect(try store.deal(id: ids[0]).lostReason == Self.hostile[4])
        #expect(try store.pipeline(id: pipeline.id).stages.contains { $0.name == Self.hostile[2] })

        // The check can fail: a literal in a statement's text is in the log (waited for, so the log is written).
        try cluster.psql("SELECT 'canary literal ' || 1", database: database)
        let logged = try Polling.value("the server's log to show the canary statement", timeout: 30) { () -> String? in
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return text.contains("canary literal") ? text : nil
        }
        #expect(logged.contains("INSERT INTO deal"), "the store's statements are not in the log: the check would prove nothing")
        let leaks = logged.split(separator: "\n").filter { $0.lowercased().contains("quokka") || $0.contains("DROP TABLE") }
        #expect(leaks.isEmpty, "user text in a statement's text: \(leaks.prefix(3))")
    }
}
