import Foundation
import FunnelTestSupport
import Testing

/// `funnel pipeline remove`, and the singular nouns with their plural aliases.
@Suite("Pipeline removal and command nouns, end to end")
struct PipelineRemovalEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess { try FunnelProcess(engine, in: folder) }

    func pipelineNames(on funnel: FunnelProcess) throws -> [String] {
        let list = try funnel.run(["pipeline", "list", "--json"]).json() as? [[String: Any]] ?? []
        return list.compactMap { $0["name"] as? String }
    }

    @Test(arguments: CLIEngine.all) func singularNounsAndTheirPluralAliasesDoTheSame(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["pipeline", "add", "Partners", "--stages", "Lead,Pitch,Signed"])
        #expect(try funnel.succeed(["pipelines"]) == funnel.succeed(["pipeline"]))
        #expect(try funnel.succeed(["stages", "--json"]) == funnel.succeed(["stage", "--json"]))
        try funnel.succeed(["stage", "add", "Demo", "--after", "Qualifying"])
        try funnel.succeed(["stages", "rename", "Demo", "Product demo"])
        let id = try funnel.succeed(["add", "Acme"])
        try funnel.succeed(["activity", "add", id, "--kind", "call", "--subject", "Intro"])
        #expect(try funnel.succeed(["activities", "list"]) == funnel.succeed(["activity", "list"]))
        #expect(try pipelineNames(on: funnel).contains("Partners"))
    }

    @Test(arguments: CLIEngine.all) func anEmptyPipelineIsRemovedWithYes(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["pipeline", "add", "Partners", "--stages", "Lead,Pitch,Signed"])
        let before = try funnel.fingerprint()
        let unconfirmed = try funnel.run(["pipeline", "remove", "Partners"])
        #expect(unconfirmed.status == 2)
        #expect(unconfirmed.stderr.contains("--yes"))
        #expect(try funnel.fingerprint() == before)
        #expect(try funnel.succeed(["pipeline", "remove", "partners", "--yes"]) == "Removed pipeline Partners")
        #expect(try pipelineNames(on: funnel).contains("Partners") == false)
    }

    @Test(arguments: CLIEngine.all) func aPipelineWithDealsIsRemovedOnlyWhenTheyMove(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["pipeline", "add", "Partners", "--stages", "Lead,Pitch,Signed"])
        let open = try funnel.succeed(["add", "Channel deal", "--pipeline", "Partners", "--stage", "Pitch", "--value", "5k"])
        let won = try funnel.succeed(["add", "Reseller", "--pipeline", "Partners", "--value", "3k"])
        try funnel.succeed(["won", won])
        let before = try funnel.fingerprint()
        let refused = try funnel.run(["pipeline", "remove", "Partners", "--yes"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("holds 2 deals") && refused.stderr.contains("--move-deals-to"))
        for bad in [["--move-deals-to", "Nowhere"], ["--move-deals-to", "Partners"], ["--move-deals-to", "Revisit"],
                    ["--move-deals-to", "Sales", "--stage", "Nowhere"], ["--stage", "Contact"]] {
            let result = try funnel.run(["pipeline", "remove", "Partners", "--yes"] + bad)
            #expect(result.status != 0, "\(bad)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(bad): \(result.stderr)")
        }
        #expect(try funnel.fingerprint() == before)
        let done = try funnel.succeed(["pipeline", "remove", "Partners", "--yes", "--move-deals-to", "Sales", "--stage", "Contact"])
        #expect(done == "Removed pipeline Partners; its 2 deals moved to Sales")
        let deals = try funnel.deals()
        let moved = try #require(deals.first { ($0["id"] as? Int).map(String.init) == open })
        #expect(moved["stage"] as? String == "Contact")
        #expect(moved["pipeline"] as? String == "Sales")
        let closed = try #require(deals.first { ($0["id"] as? Int).map(String.init) == won })
        #expect(closed["status"] as? String == "won")
        #expect(closed["pipeline"] as? String == "Sales")
        let shown = try funnel.succeed(["show", open])
        #expect(shown.contains("Pitch") && shown.contains("Contact"))
    }

    @Test(arguments: CLIEngine.all) func theRevisitPipelineAndTheLastSalesPipelineStay(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let revisit = try funnel.run(["pipeline", "remove", "Revisit", "--yes"])
        #expect(revisit.status == 1)
        #expect(revisit.stderr.contains("parked"))
        let last = try funnel.run(["pipeline", "remove", "Sales", "--yes"])
        #expect(last.status == 1)
        #expect(last.stderr.contains("only sales pipeline"))
    }
}
