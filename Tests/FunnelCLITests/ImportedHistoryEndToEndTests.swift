import Foundation
import FunnelTestSupport
import Testing

/// Issue 15 item 12: an imported deal showed `created Qualifying` then `moved Qualifying` with `from: null`,
/// a move that never happened.
@Suite("The history of imported deals, end to end")
struct ImportedHistoryEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, environment: ["TZ": "UTC", "XDG_CONFIG_HOME": folder.path("config")])
    }

    func history(_ id: Int, on funnel: FunnelProcess) throws -> [[String: Any]] {
        let json = try funnel.succeed(["show", "--json", String(id)])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["history"] as? [[String: Any]] ?? []
    }

    func importOneDeal(on funnel: FunnelProcess) throws -> Int {
        let file = try folder.write("deals.csv", Data("""
            title,stage,created_at,stage_entered_at
            Nordwind fleet,Qualifying,2026-09-20 16:08,2026-09-22 16:08

            """.utf8))
        _ = try funnel.succeed(["import", file])
        return try #require(try funnel.deals().first?["id"] as? Int)
    }

    @Test("An import writes one created entry in the deal's stage; the stage-entry time keeps the file's date", arguments: CLIEngine.all)
    func oneCreatedEntry(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let id = try importOneDeal(on: funnel)
        let entries = try history(id, on: funnel)
        #expect(entries.map { $0["kind"] as? String } == ["created"])
        #expect(entries.first?["to"] as? String == "Qualifying")
        #expect(entries.first?["at"] as? String == "2026-09-20T16:08:00Z")
        #expect(try funnel.deals().first?["stage_entered_at"] as? String == "2026-09-22T16:08:00Z")
        let text = try funnel.succeed(["show", String(id)])
        #expect(!text.contains("moved"), "\(text)")
    }

    @Test("A database an older import left with the phantom move: show prints the creation only, real moves stay", arguments: CLIEngine.all)
    func olderDatabases(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let id = try importOneDeal(on: funnel)
        // What imports before the fix wrote: a move from no stage into the stage, at the stage-entry time.
        try engine.execute("""
            INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at)
            SELECT deal_id, NULL, to_stage_id, NULL, to_stage, 'moved', at + 172800 FROM stage_change WHERE kind = 'created'
            """, in: funnel.databasePath)
        #expect(try history(id, on: funnel).map { $0["kind"] as? String } == ["created"])
        _ = try funnel.succeed(["move", String(id), "Contact"])
        let entries = try history(id, on: funnel)
        #expect(entries.map { $0["kind"] as? String } == ["created", "moved"])
        #expect(entries.last?["from"] as? String == "Qualifying")
        let text = try funnel.succeed(["show", String(id)])
        #expect(text.components(separatedBy: "moved").count == 2, "\(text)")
        #expect(text.contains("Qualifying → Contact"), "\(text)")
    }
}
