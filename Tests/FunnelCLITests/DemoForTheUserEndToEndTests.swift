import Foundation
import FunnelTestSupport
import Testing

/// The trial's `funnel demo` whose deals all belonged to made-up owners, so the user's own views were empty
/// right after it: the user running it (as `whoami` prints) now owns a fair share, the same for a seed, on both
/// engines.
@Suite("The demo gives the user their share, end to end")
struct DemoForTheUserEndToEndTests {
    let folder = TemporaryDirectory()

    func funnel(_ database: String, user: String = "Li Wei", lang: String = "en_US.UTF-8") -> FunnelProcess {
        FunnelProcess(
            databasePath: database,
            environment: [
                "TZ": "UTC", "FUNNEL_USER": user, "FUNNEL_CONFIG": "", "XDG_CONFIG_HOME": folder.path("config"),
                "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "",
            ])
    }

    /// Each deal's id and owner, in id order.
    func owners(_ funnel: FunnelProcess) throws -> [String] {
        try funnel.deals().map { "\($0["id"] ?? "")=\($0["owner"] as? String ?? "")" }.sorted()
    }

    @Test("after demo, list --owner me, review and the user's activities have deals; a seed gives the same owners", arguments: CLIEngine.all)
    func theUserOwnsAShare(engine: CLIEngine) throws {
        let funnel = funnel(try engine.database(in: folder))
        _ = try funnel.succeed(["demo", "--deals", "80", "--seed", "3"])
        let all = try funnel.deals()
        let mine = try #require(try funnel.run(["list", "--owner", "me", "--status", "all", "--json"]).json() as? [[String: Any]])
        // One of four owners: about a fifth to a third of 80 deals, not all and not none.
        #expect((12...32).contains(mine.count), "\(mine.count) of \(all.count)")
        #expect(Set(all.compactMap { $0["owner"] as? String }).count == 4)
        let myOpen = try #require(try funnel.run(["list", "--owner", "me", "--json"]).json() as? [[String: Any]])
        #expect(myOpen.count >= 5)
        #expect(Set(myOpen.compactMap { $0["stage"] as? String }).count >= 3, "my open deals spread over the stages")
        // Today's review, mine by default, has work in it.
        let review = try #require(try funnel.run(["review", "--json"]).json() as? [[String: Any]])
        #expect(!review.isEmpty)
        // The activities of my deals are mine too.
        let first = try #require(myOpen.first?["id"])
        let shown = try #require(try funnel.run(["show", "--json", "\(first)"]).json() as? [String: Any])
        let activities = try #require(shown["activities"] as? [[String: Any]])
        #expect(!activities.isEmpty && activities.allSatisfy { $0["owner"] as? String == "Li Wei" })

        // The same seed, another database of the engine: the very same owners.
        let again = self.funnel(try engine.database(in: folder, named: "again"))
        _ = try again.succeed(["demo", "--deals", "80", "--seed", "3"])
        #expect(try owners(again) == owners(funnel))
    }

    @Test("a user already among the demo's owners keeps the team as it is; a Chinese demo takes the user too", arguments: CLIEngine.all)
    func theTeam(engine: CLIEngine) throws {
        let sam = funnel(try engine.database(in: folder), user: "sam patel")
        _ = try sam.succeed(["demo", "--deals", "60", "--seed", "3"])
        #expect(Set(try sam.deals().compactMap { $0["owner"] as? String }) == ["Alex Rivera", "Sam Patel", "王芳", "Jordan Lee"])
        #expect((try sam.run(["list", "--owner", "me", "--json"]).json() as? [Any])?.isEmpty == false)

        let chinese = funnel(try engine.database(in: folder, named: "chinese"), user: "Li Wei", lang: "zh_CN.UTF-8")
        _ = try chinese.succeed(["demo", "--deals", "60", "--seed", "3"])
        #expect(Set(try chinese.deals().compactMap { $0["owner"] as? String }) == ["Li Wei", "李明", "张伟", "陈晓"])
    }
}
