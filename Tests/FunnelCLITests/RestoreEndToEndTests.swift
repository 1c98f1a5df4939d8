import Foundation
import FunnelTestSupport
import Testing

/// `funnel import FILE.json`: restoring an export exactly, and refusing hostile archives by path.
@Suite("funnel import of a JSON export, end to end")
struct RestoreEndToEndTests {
    let folder = TemporaryDirectory()
    var environment: [String: String] { ["TZ": "UTC", "XDG_CONFIG_HOME": folder.path("config")] }

    func database(_ name: String, on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, named: name, environment: environment)
    }

    @Test("A demo database's export restores into an empty database and exports again byte for byte", arguments: CLIEngine.all)
    func demoRoundTrip(engine: CLIEngine) throws {
        let source = try database("demo", on: engine)
        _ = try source.succeed(["demo", "--deals", "300"])
        let open = try source.deals().filter { $0["status"] as? String == "open" }.compactMap { $0["id"] as? Int }.map(String.init)
        _ = try source.succeed(["activity", "add", open[0], "--kind", "call", "--subject", "回电话", "--due", "2026-12-01T10:30"])
        _ = try source.succeed(["snooze", open[1], "--until", "2026-12-24", "--reason", "on holiday 🎄"])
        _ = try source.succeed(["park", open[2], "--until", "2027-01-15"])
        _ = try source.succeed(["settings", "park-after-days", "45"])
        let file = folder.path("demo.json")
        _ = try source.succeed(["export", "--out", file])
        let copy = try database("copy", on: engine)
        let result = try copy.run(["import", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Restored '\(file)': "))
        #expect(try copy.succeed(["export", "--format", "json"]) == (try String(contentsOfFile: file, encoding: .utf8)).trimmingCharacters(in: .newlines))
        #expect(try copy.fingerprint() == (try source.fingerprint()))
    }

    /// A hostile change to a good export, and the JSON path its refusal must name.
    struct Hostile: CustomTestStringConvertible, Sendable {
        var name: String
        var path: String
        var mentions: String
        var change: @Sendable (inout [String: Any]) -> Void
        var testDescription: String { name }
    }

    static func changingDeal(_ index: Int, _ key: String, to value: any Sendable) -> @Sendable (inout [String: Any]) -> Void {
        { object in
            var deals = object["deals"] as! [[String: Any]]
            deals[index][key] = value
            object["deals"] = deals
        }
    }

    static func changingStage(_ index: Int, _ key: String, to value: any Sendable) -> @Sendable (inout [String: Any]) -> Void {
        { object in
            var pipelines = object["pipelines"] as! [[String: Any]]
            var stages = pipelines[0]["stages"] as! [[String: Any]]
            stages[index][key] = value
            pipelines[0]["stages"] = stages
            object["pipelines"] = pipelines
        }
    }

    static let hostile: [Hostile] = [
        Hostile(name: "a 1,000,000-character title", path: "deals[3].title", mentions: "use at most 200 characters",
                change: changingDeal(3, "title", to: String(repeating: "t", count: 1_000_000))),
        Hostile(name: "ESC in a stage name", path: "pipelines[0].stages[2].name", mentions: "control characters are not allowed",
                change: changingStage(2, "name", to: "Con\u{1B}[31mtact")),
        Hostile(name: "created_at 9999-01-01", path: "deals[1].created_at", mentions: "2199-12-31T23:59:59Z",
                change: changingDeal(1, "created_at", to: "9999-01-01T00:00:00Z")),
        Hostile(name: "created_at 2026-02-30", path: "deals[1].created_at", mentions: "use a real date",
                change: changingDeal(1, "created_at", to: "2026-02-30T09:00:00Z")),
        Hostile(name: "NUL in a title", path: "deals[2].title", mentions: "NUL", change: changingDeal(2, "title", to: "Cut\u{0}short")),
        Hostile(name: "NUL in notes", path: "deals[0].notes", mentions: "NUL", change: changingDeal(0, "notes", to: "a\u{0}b")),
        Hostile(name: "probability 101", path: "pipelines[0].stages[1].probability", mentions: "from 0 to 100",
                change: changingStage(1, "probability", to: 101)),
        Hostile(name: "stall days -1", path: "pipelines[0].stages[0].stall_days", mentions: "from 0 (never stalls) to 3650",
                change: changingStage(0, "stall_days", to: -1)),
        Hostile(name: "two deals with one id", path: "deals[1].id", mentions: "the id of another deal",
                change: { object in
                    var deals = object["deals"] as! [[String: Any]]
                    deals[1]["id"] = deals[0]["id"]
                    object["deals"] = deals
                }),
    ]

    @Test("A hostile archive is refused with exit 2, one line naming the JSON path, and nothing written", arguments: CLIEngine.all, hostile)
    func hostileArchive(engine: CLIEngine, _ hostile: Hostile) throws {
        let source = try database("source", on: engine)
        _ = try source.succeed(["demo", "--deals", "6"])
        _ = try source.succeed(["edit", "1", "--notes", "Call after lunch"])
        var object = try JSONSerialization.jsonObject(with: Data(try source.succeed(["export", "--format", "json"]).utf8)) as! [String: Any]
        hostile.change(&object)
        let file = folder.path("hostile.json")
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: file))
        let target = try database("target", on: engine)
        let before = try target.fingerprint()
        let result = try target.run(["import", file])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("funnel: '\(file)': \(hostile.path) "), "\(result.stderr)")
        #expect(result.stderr.contains(hostile.mentions), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("; nothing was written\n"), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!result.stderr.contains("database error") && !result.stderr.contains("constraint"))
        #expect(try target.fingerprint() == before)
    }
}
