import Foundation
import FunnelTestSupport
import Testing

/// Right after leaving another CRM: the sample exports imported, then `report` and `plan` read as a sales guide
/// expects. The imported deals still sit in the stage they were created in, so no stage has a rate yet (not
/// 0%), and the plan works from the stages' probabilities and says so.
@Suite("report and plan right after an import, end to end")
struct ImportedPipelinePlanTests {
    let folder = TemporaryDirectory()
    static let now = "2026-12-07T09:00:00Z"

    static func environment(_ language: String) -> [String: String] {
        ["TZ": "UTC", "LANG": language, "LC_ALL": "", "LC_MESSAGES": ""]
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("After importing a sample, the report has no 0% rates and the plan reaches the goal from the stage probabilities", arguments: CLIEngine.all)
    func importedSamplesCanBePlanned(engine: CLIEngine) throws {
        for sample in ["pipedrive-deals.csv", "hubspot-deals.csv"] {
            var funnel = try FunnelProcess(engine, in: folder, named: sample, environment: Self.environment("en_US.UTF-8"))
            funnel.environment["FUNNEL_CONFIG"] = folder.path("none.toml")
            _ = try funnel.succeed(["import", SampleFile.path(sample)], now: Self.now)

            let report = try json(try funnel.succeed(["report", "--json"], now: Self.now))
            let stages = try #require(report["stages"] as? [[String: Any]])
            let waiting = stages.filter { ($0["entered"] as? Int ?? 0) >= 5 && ($0["advanced"] as? Int) == 0 }
            #expect(!waiting.isEmpty, "\(sample): a stage with imported deals that have not moved yet")
            for stage in waiting {
                #expect(stage["conversion_rate"] is NSNull, "\(sample) \(stage["stage"] ?? ""): no rate before deals leave it, not 0%")
            }
            let page = try funnel.succeed(["report"], now: Self.now)
            #expect(!page.contains("0% moved on"), "\(sample): \(page)")

            let plan = try funnel.run(["plan", "--goal", "250k", "--by", "2027-03-31", "--json"], now: Self.now)
            #expect(plan.status == 0, "\(sample): \(plan.stderr)")
            let planned = try json(plan.stdout)
            #expect(planned["basis"] as? String == "probabilities", "\(sample)")
            let steps = try #require(planned["stages"] as? [[String: Any]])
            #expect(steps.count == 5 && steps.allSatisfy { ($0["conversion_rate"] as? Double ?? 0) > 0 }, "\(sample): \(steps)")

            let text = try funnel.succeed(["plan", "--goal", "250k", "--by", "2027-03-31"], now: Self.now)
            #expect(text.contains("Rates from stage probabilities (too little history: fewer than 5 deals have left a stage)"), "\(text)")
            var chinese = FunnelProcess(databasePath: funnel.databasePath, environment: Self.environment("zh_CN.UTF-8"))
            chinese.environment["FUNNEL_CONFIG"] = folder.path("none.toml")
            let chineseText = try chinese.succeed(["plan", "--goal", "250k", "--by", "2027-03-31"], now: Self.now)
            #expect(chineseText.contains("比例取自阶段赢率（历史太少：有阶段离开过的商机不足 5 个）"), "\(chineseText)")
        }
    }
}
