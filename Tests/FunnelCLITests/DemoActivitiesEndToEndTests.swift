import Foundation
import FunnelTestSupport
import Testing

/// Issue 15 item 6: `funnel demo` made no activities, so every card showed `○`, 30 of 40 open deals were stalled
/// and the review held all 40. A fresh 80-deal demo now reads like a healthy team's pipeline in every command.
@Suite("A demo looks like a healthy team's pipeline, end to end")
struct DemoActivitiesEndToEndTests {
    let folder = TemporaryDirectory()
    /// Sunday 2026-11-29 09:00 UTC.
    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, named: "demo", now: "2026-11-29T09:00:00Z", environment: ["TZ": "UTC"])
    }

    func jsonArray(_ arguments: [String], on funnel: FunnelProcess) throws -> [[String: Any]] {
        try #require(try funnel.run(arguments).json() as? [[String: Any]], "\(arguments)")
    }

    @Test("most open deals have a next step (some overdue, some today), a minority is stalled, the review holds fewer than half", arguments: CLIEngine.all)
    func healthyDemo(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["demo", "--deals", "80"])
        let open = try jsonArray(["list", "--json"], on: funnel)
        #expect(open.count >= 30)
        let withNextStep = open.filter { ($0["next_activity_state"] as? String) != "none" }
        #expect(withNextStep.count * 4 >= open.count * 3, "\(withNextStep.count) of \(open.count) open deals have a next step")
        #expect(open.allSatisfy { $0["last_activity_at"] is String && $0["last_contact_at"] is String })

        // The planned activities are those next steps: one per deal, some overdue, some due today.
        let planned = try jsonArray(["activity", "list", "--json"], on: funnel)
        #expect(Set(planned.compactMap { $0["deal_id"] as? Int }) == Set(withNextStep.compactMap { $0["id"] as? Int }))
        #expect(planned.count == withNextStep.count)
        let states = planned.compactMap { $0["state"] as? String }
        #expect(states.contains("overdue") && states.contains("today") && states.contains("upcoming"))
        #expect(states.filter { $0 == "upcoming" }.count * 2 > states.count)

        // A minority is stalled, and `stalled` lists the same deals as the list's flags.
        let stalledInList = Set(open.filter { $0["stalled"] as? Bool == true }.compactMap { $0["id"] as? Int })
        let stalled = Set(try jsonArray(["stalled", "--json"], on: funnel).compactMap { $0["id"] as? Int })
        #expect(stalled == stalledInList)
        #expect(!stalled.isEmpty && stalled.count * 4 <= open.count, "\(stalled.count) of \(open.count) open deals stalled")

        // The whole team's review (the demo's deals are its salespeople's) holds a handful: fewer than half of the open deals, but some.
        let header = try #require(try funnel.succeed(["review", "--print", "--all"]).split(separator: "\n").first.map(String.init))
        let toDo = try #require(header.split(separator: ":").last?.split(separator: " ").first.flatMap { Int($0) }, "\(header)")
        #expect(toDo > 0 && toDo * 2 < open.count, "\(header)")
    }

    @Test("a deal's history of done calls, e-mails and meetings matches its last activity; closed deals plan nothing", arguments: CLIEngine.all)
    func historyOfDoneActivities(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["demo", "--deals", "80"])
        let deals = try funnel.deals()
        var kinds = Set<String>()
        for deal in deals {
            let id = try #require(deal["id"] as? Int)
            let activities = try jsonArray(["activity", "list", "--deal", "\(id)", "--all", "--json"], on: funnel)
            let done = activities.filter { $0["done"] as? Bool == true }
            #expect(!done.isEmpty)
            kinds.formUnion(activities.compactMap { $0["kind"] as? String })
            #expect(deal["last_activity_at"] as? String == done.compactMap { $0["done_at"] as? String }.max())
            if deal["status"] as? String != "open" {
                #expect(done.count == activities.count, "deal \(id) is closed but plans a step")
            }
        }
        #expect(kinds == ["call", "email", "meeting"])
    }
}
