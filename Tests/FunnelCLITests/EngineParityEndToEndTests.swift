import Foundation
import FunnelTestSupport
import Testing

/// The same day of a salesperson's commands on a database file and on a PostgreSQL server prints the same
/// `--json`, ids and moments aside: the engines are interchangeable behind every command.
@Suite("The same commands on SQLite and on PostgreSQL", .requiresPostgres)
struct EngineParityEndToEndTests {
    /// The samples shipped beside the project (`../shared/samples`), found from this file.
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/samples")

    /// A day of work: adds, moves, edits, won, lost, reopen, activities, park, review decisions, imports.
    static let script: [(arguments: [String], stdin: String?)] = [
        (["add", "Acme rollout", "--value", "12000", "--org", "Acme", "--owner", "Sam"], nil),
        (["add", "北京 试点", "--value", "8万", "--currency", "CNY", "--owner", "李雷"], nil),
        (["add", "Globex pilot", "--value", "5000", "--org", "Globex"], nil),
        (["add", "Initech seats", "--value", "7000"], nil),
        (["move", "1", "Qualifying"], nil),
        (["move", "3", "Contact"], nil),
        (["edit", "3", "--value", "6000", "--owner", "Kim"], nil),
        (["won", "2"], nil),
        (["lost", "3", "--reason", "Budget cut"], nil),
        (["reopen", "3"], nil),
        (["activity", "add", "1", "--kind", "call", "--subject", "Call Bob", "--due", "2026-11-30"], nil),
        (["activity", "add", "4", "--kind", "email", "--done"], nil),
        (["activity", "done", "1"], nil),
        (["snooze", "4", "--until", "2026-12-10", "--reason", "on holiday"], nil),
        (["park", "3", "--until", "2027-01-15"], nil),
        (["unpark", "3"], nil),
        (["review"], "s\nn\nq\n"),
        (["import", samples.appendingPathComponent("pipedrive-deals.csv").path], nil),
        (["import", samples.appendingPathComponent("hubspot-deals.csv").path], nil),
        (["won", "5"], nil),
        (["won", "1"], nil),
    ] + wonThroughEveryStage

    /// Four deals taken through every stage and won, so the report and the plan have history to work from.
    static let wonThroughEveryStage: [(arguments: [String], stdin: String?)] = {
        var steps: [(arguments: [String], stdin: String?)] = []
        for id in ["4", "6", "7", "8"] {
            for stage in ["Qualifying", "Contact", "Relationship", "Closing"] { steps.append((["move", id, stage], nil)) }
            steps.append((["won", id], nil))
        }
        return steps
    }()

    /// What is compared after the script: every deal, each deal's history and activities, the report, a plan, the
    /// review and the whole JSON archive.
    static let readings: [[String]] = [
        ["list", "--status", "all", "--json"],
        ["show", "1", "--json"],
        ["show", "3", "--json"],
        ["activity", "list", "--deal", "1", "--all", "--json"],
        ["report", "--json"],
        ["plan", "--goal", "50000", "--json"],
        ["review", "--json"],
        ["stalled", "--json"],
        ["export", "--format", "json", "--status", "open", "--status", "won", "--status", "lost"],
    ]

    @Test func aDayOfCommandsPrintsTheSameOnBothEngines() throws {
        let directory = TemporaryDirectory()
        let file = FunnelProcess(databasePath: directory.path("funnel.sqlite"))
        let server = FunnelProcess(databasePath: try PostgresTestCluster.createDatabase())
        for step in Self.script {
            let onFile = try file.run(step.arguments, stdin: step.stdin)
            let onServer = try server.run(step.arguments, stdin: step.stdin)
            #expect(onFile.status == onServer.status, "\(step.arguments.joined(separator: " ")): exit \(onFile.status) on SQLite, \(onServer.status) on PostgreSQL: \(onServer.stderr)")
            #expect(Self.normalized(onFile.stdout) == Self.normalized(onServer.stdout), "\(step.arguments.joined(separator: " ")) printed differently")
        }
        for reading in Self.readings {
            let onFile = try file.run(reading)
            let onServer = try server.run(reading)
            // A refusal (a plan no number of deals reaches) must be the same refusal on both.
            #expect(onFile.status == onServer.status, "\(reading.joined(separator: " ")): \(onFile.stderr) \(onServer.stderr)")
            #expect(onFile.stderr == onServer.stderr, "\(reading.joined(separator: " ")) refused differently")
            guard onFile.status == 0, onServer.status == 0 else { continue }
            #expect(try Self.comparable(onFile.stdout) == Self.comparable(onServer.stdout), "\(reading.joined(separator: " ")) differs between the engines")
        }
        // The plan reads as a whole: a goal the day's won deals can reach.
        let plan = ["plan", "--goal", "20000", "--currency", "USD", "--json"]
        let planOnFile = try file.run(plan)
        #expect(planOnFile.status == 0, "\(planOnFile.stderr)")
        #expect(try Self.comparable(planOnFile.stdout) == Self.comparable(try server.run(plan).stdout))
    }

    /// Text output with the database's name taken out (the one thing that differs by design).
    static func normalized(_ text: String) -> String { text }

    /// JSON with ids and moments taken out: every key named `id`, ending in `_id` or `_at`, and `exported_at`.
    static func comparable(_ json: String) throws -> String {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                var kept: [String: Any] = [:]
                for (key, inner) in object where !(key == "id" || key.hasSuffix("_id") || key.hasSuffix("_at") || key.hasSuffix("_ids")) {
                    kept[key] = strip(inner)
                }
                return kept
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let data = try JSONSerialization.data(withJSONObject: strip(value), options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }
}
