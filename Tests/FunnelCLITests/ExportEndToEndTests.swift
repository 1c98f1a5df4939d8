import Foundation
import FunnelTestSupport
import Testing

/// `funnel export` and its round trips through `funnel import`.
@Suite("funnel export, end to end")
struct ExportEndToEndTests {
    let folder = TemporaryDirectory()
    var environment: [String: String] { ["TZ": "UTC", "XDG_CONFIG_HOME": folder.path("config")] }

    func database(_ name: String) -> FunnelProcess {
        FunnelProcess(databasePath: folder.path("\(name).sqlite"), environment: environment)
    }

    /// A database with imported deals that were then moved, won, lost, edited and reopened.
    func workedDatabase() throws -> FunnelProcess {
        let funnel = database("a")
        _ = try funnel.succeed(["import", SampleFile.path("pipedrive-deals.csv")])
        let ids = try funnel.deals().compactMap { $0["status"] as? String == "open" ? $0["id"] as? Int : nil }
        _ = try funnel.succeed(["move", String(ids[0]), "Closing"])
        _ = try funnel.succeed(["lost", String(ids[1]), "--reason", "价格太高, \"budget\""])
        _ = try funnel.succeed(["won", String(ids[2])])
        _ = try funnel.succeed(["reopen", String(ids[2]), "--stage", "Contact"])
        _ = try funnel.succeed(["edit", String(ids[3]), "--temperature", "hot", "--priority", "2", "--source", "referral", "--job-title", "CTO"])
        _ = try funnel.succeed(["add", "Notes with\nline breaks, commas and \"quotes\"", "--value", "1.5m", "--currency", "JPY", "--notes", "😀 emoji"])
        return funnel
    }

    @Test("CSV export reads back through import without flags, every deal field equal")
    func csvRoundTrip() throws {
        let source = try workedDatabase()
        let file = folder.path("deals.csv")
        _ = try source.succeed(["export", "--out", file])
        let header = try String(contentsOfFile: file, encoding: .utf8).prefix(while: { $0 != "\r\n" })
        #expect(header == "id,title,pipeline,stage,status,value,currency,organization,person,job_title,email,phone,source,owner,temperature,temperature_set_by_hand,budget,authority,need,timing,priority,probability,expected_close,notes,created_at,stage_entered_at,updated_at,closed_at,lost_reason")
        let copy = database("b")
        let result = try copy.run(["import", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("(funnel): 61 created"))
        let expected = try source.deals()
        let actual = try copy.deals()
        #expect(actual.count == expected.count)
        for (want, got) in zip(expected, actual) {
            for (key, value) in want where key != "id" && key != "version" {
                #expect(canonical(value) == canonical(got[key] ?? "missing"), "\(want["title"] ?? "") field \(key)")
            }
        }
        // Importing the export again changes nothing.
        #expect(try copy.run(["import", file]).stdout.contains("0 created, 0 updated, 61 unchanged"))
    }

    @Test("JSON export restores exactly into an empty database: deals, history, stages and their settings")
    func jsonRoundTrip() throws {
        let source = try workedDatabase()
        _ = try source.succeed(["stages", "set", "Contact", "--probability", "55", "--stall-days", "3"])
        _ = try source.succeed(["pipelines", "add", "Partners", "--stages", "Intro,Pilot,Signed"])
        let file = folder.path("all.json")
        _ = try source.succeed(["export", "--out", file])
        let copy = database("c")
        let result = try copy.run(["import", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Restored '\(file)': 2 pipelines, 61 deals, \(try historyCount(file)) history entries\n")
        #expect(try copy.succeed(["export", "--format", "json"]) == (try String(contentsOfFile: file, encoding: .utf8)).trimmingCharacters(in: .newlines))
        #expect(try copy.fingerprint() == (try source.fingerprint()))
        // A second restore into the now full database is refused and writes nothing.
        let before = try copy.fingerprint()
        let again = try copy.run(["import", file])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds 61 deals: a JSON export is restored only into an empty database"))
        #expect(try copy.fingerprint() == before)
    }

    /// A JSON value as text with sorted keys, so two parsed values compare field by field.
    func canonical(_ value: Any) -> String {
        let data = try! JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    func historyCount(_ file: String) throws -> Int {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
        return (object["stage_history"] as! [Any]).count
    }

    @Test("A JSON file from a newer Funnel, or with a section this one does not know, is refused")
    func jsonRefusals() throws {
        let funnel = database("d")
        let before = try funnel.fingerprint()
        let newer = try folder.write("newer.json", Data(#"{"funnel_export": 9, "pipelines": [], "deals": []}"#.utf8))
        let unknown = try folder.write("unknown.json", Data(#"{"funnel_export": 1, "pipelines": [], "deals": [], "activities": []}"#.utf8))
        let broken = try folder.write("broken.json", Data(#"{"funnel_export": 1, "pipelines": [], "deals": [{"id": "x"}]}"#.utf8))
        #expect(try funnel.run(["import", newer]).stderr.contains("was exported by a newer Funnel (format 9, this one reads 1)"))
        #expect(try funnel.run(["import", unknown]).stderr.contains("has a section 'activities' this Funnel does not know"))
        let brokenResult = try funnel.run(["import", broken])
        #expect(brokenResult.status == 2)
        #expect(brokenResult.stderr == "funnel: '\(broken)': deals[0].currency is wrong: must be a text; nothing was written\n")
        #expect(try funnel.fingerprint() == before)
    }

    @Test("--status and --pipeline choose the deals; --out files are private")
    func filters() throws {
        let funnel = try workedDatabase()
        let won = try funnel.succeed(["export", "--status", "won"])
        let lines = won.split(separator: "\r\n")
        let wonCount = try funnel.deals().filter { $0["status"] as? String == "won" }.count
        #expect(lines.count == wonCount + 1)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",won,") })
        let openLost = try funnel.succeed(["export", "--status", "open,lost", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(openLost.utf8)) as! [String: Any]
        #expect((object["deals"] as! [[String: Any]]).allSatisfy { $0["status"] as? String != "won" })
        #expect(try funnel.run(["export", "--status", "maybe"]).status == 2)
        #expect(try funnel.run(["export", "--pipeline", "Nope"]).status == 1)
        let out = folder.path("private.csv")
        _ = try funnel.succeed(["export", "--out", out])
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as! Int
        #expect(mode == 0o600)
    }
}
