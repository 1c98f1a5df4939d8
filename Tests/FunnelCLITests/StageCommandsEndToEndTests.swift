import Foundation
import Testing
import FunnelTestSupport

@Suite("Stage and pipeline commands, end to end")
struct StageCommandsEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess { try FunnelProcess(engine, in: folder) }

    func stages(_ pipeline: String? = nil, on funnel: FunnelProcess) throws -> [[String: Any]] {
        var arguments = ["stages", "--json"]
        if let pipeline { arguments += ["--pipeline", pipeline] }
        return try funnel.run(arguments).json() as? [[String: Any]] ?? []
    }

    @Test(arguments: CLIEngine.all) func listsDefaultStages(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        // The board makes a new database; a command that only reads makes none.
        try funnel.succeed(["board", "--snapshot"])
        let list = try stages(on: funnel)
        #expect(list.map { $0["name"] as? String } == ["Prospecting", "Qualifying", "Contact", "Relationship", "Closing"])
        #expect(list.map { $0["probability"] as? Int } == [10, 25, 40, 60, 80])
        #expect(list.map { $0["stall_days"] as? Int } == [14, 10, 7, 21, 10])
        let table = try funnel.succeed(["stages"]).split(separator: "\n")
        let relationship = try #require(table.first { $0.contains("Relationship") })
        #expect(relationship.split(separator: " ").map(String.init) == ["4", "Relationship", "60%", "21", "days", "0"])
    }

    @Test(arguments: CLIEngine.all) func addRenameMoveSetRemove(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["stages", "add", "Demo", "--after", "qualifying", "--probability", "30", "--stall-days", "5"])
        try funnel.succeed(["stages", "rename", "demo", "Product demo"])
        try funnel.succeed(["stages", "move", "Product demo", "--to", "2"])
        try funnel.succeed(["stages", "set", "2", "--stall-days", "0"])
        var list = try stages(on: funnel)
        #expect(list.map { $0["name"] as? String } == ["Prospecting", "Product demo", "Qualifying", "Contact", "Relationship", "Closing"])
        #expect(list[1]["probability"] as? Int == 30)
        #expect(list[1]["stall_days"] as? Int == 0)
        let id = try funnel.succeed(["add", "Acme", "--stage", "product demo"])
        let refused = try funnel.run(["stages", "remove", "Product demo"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--move-deals-to"))
        try funnel.succeed(["stages", "remove", "Product demo", "--move-deals-to", "Qualifying"])
        list = try stages(on: funnel)
        #expect(list.count == 5)
        let deal = try #require(try funnel.deals().first { "\($0["id"] ?? "")" == id })
        #expect(deal["stage"] as? String == "Qualifying")
    }

    @Test(arguments: CLIEngine.all) func pipelines(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["pipelines", "add", "Partners", "--stages", "Lead,Pitch,Signed"])
        try funnel.succeed(["pipelines", "rename", "partners", "Channel"])
        let list = try funnel.run(["pipelines", "--json"]).json() as? [[String: Any]]
        #expect(list?.map { $0["name"] as? String } == ["Sales", "Channel", "Revisit"])
        #expect(try stages("channel", on: funnel).map { $0["name"] as? String } == ["Lead", "Pitch", "Signed"])
        try funnel.succeed(["add", "Reseller deal", "--pipeline", "Channel", "--stage", "pitch"])
        let deal = try #require(try funnel.deals().first)
        #expect(deal["pipeline"] as? String == "Channel")
        #expect(deal["stage"] as? String == "Pitch")
    }
}
