import Foundation
import FunnelTestSupport
import Testing

/// Issue 18 "Who" on the command line: `funnel whoami`, new deals owned by their creator, `--owner me`, and
/// today's review of my deals unless `--all`.
@Suite("Who: whoami, owners and my deals, end to end")
struct WhoEndToEndTests {
    let folder = TemporaryDirectory()

    /// A funnel run as `user` (FUNNEL_USER; nil leaves it unset) with no config file unless one is written.
    func funnel(user: String? = "Li Wei") -> FunnelProcess {
        FunnelProcess(
            databasePath: folder.path("funnel.sqlite"), now: "2026-11-29T09:00:00Z",
            environment: ["TZ": "UTC", "FUNNEL_USER": user ?? "", "FUNNEL_CONFIG": "", "XDG_CONFIG_HOME": folder.path("config")])
    }

    /// The name the password database gives this process's user: GECOS before its first comma, else the login.
    static var systemName: String {
        guard let entry = getpwuid(getuid()) else { return ProcessInfo.processInfo.environment["USER"] ?? "" }
        let gecos = entry.pointee.pw_gecos.flatMap { String(validatingCString: $0) } ?? ""
        let fullName = String(gecos.split(separator: ",", omittingEmptySubsequences: false).first ?? "").trimmingCharacters(in: .whitespaces)
        return fullName.isEmpty ? entry.pointee.pw_name.flatMap { String(validatingCString: $0) } ?? "" : fullName
    }

    /// Writes the config file a run reads (`$XDG_CONFIG_HOME/funnel/config.toml`).
    func writeConfig(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: folder.path("config/funnel"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.path("config/funnel/config.toml")))
    }

    // MARK: - whoami

    @Test("whoami: the config's user, else FUNNEL_USER, else the login's full name or login name; --json says which")
    func whoami() throws {
        #expect(try funnel(user: "王芳").succeed(["whoami"]) == "王芳")
        let json = try #require(try funnel(user: "王芳").run(["whoami", "--json"]).json() as? [String: String])
        #expect(json == ["name": "王芳", "source": "FUNNEL_USER"])

        #expect(try funnel(user: nil).succeed(["whoami"]) == Self.systemName)
        let system = try #require(try funnel(user: nil).run(["whoami", "--json"]).json() as? [String: String])
        #expect(["full name", "login"].contains(system["source"] ?? ""))

        try writeConfig("user = \"Li Wei\"\n")
        let configured = try #require(try funnel(user: "王芳").run(["whoami", "--json"]).json() as? [String: String])
        #expect(configured == ["name": "Li Wei", "source": "config"])
    }

    @Test("a bad user line is a one-line warning naming it; the next candidate is used")
    func badConfigUser() throws {
        try writeConfig("user = 42\n")
        let result = try funnel(user: "王芳").run(["whoami"])
        #expect(result.status == 0)
        #expect(result.stdout == "王芳\n")
        #expect(result.stderr.contains("line 1: invalid user 42"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("control characters in FUNNEL_USER never reach the terminal: the name is refused, shown visible")
    func controlsInTheName() throws {
        let result = try funnel(user: " Evil\u{1B}[2J ").run(["whoami"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("funnel: invalid FUNNEL_USER 'Evil␛[2J'"))
    }

    // MARK: - Owners

    @Test("a new deal is its creator's unless --owner says otherwise; me and 我 are the user; empty leaves it unowned")
    func newDealOwner() throws {
        let funnel = funnel()
        let mine = try funnel.succeed(["add", "Mine"])
        let me = try funnel.succeed(["add", "Me", "--owner", "me"])
        let wo = try funnel.succeed(["add", "我的", "--owner", "我"])
        let sams = try funnel.succeed(["add", "Sam's", "--owner", "Sam Patel"])
        let nobody = try funnel.succeed(["add", "Nobody's", "--owner", ""])
        let owners = Dictionary(uniqueKeysWithValues: try funnel.deals().map { ("\($0["id"]!)", $0["owner"] as? String) })
        #expect(owners == [mine: "Li Wei", me: "Li Wei", wo: "Li Wei", sams: "Sam Patel", nobody: nil])
        _ = try funnel.succeed(["edit", sams, "--owner", "me"])
        #expect(try funnel.deals().first { "\($0["id"]!)" == sams }?["owner"] as? String == "Li Wei")
    }

    @Test("an activity's --owner me is the user")
    func activityOwner() throws {
        let funnel = funnel()
        let id = try funnel.succeed(["add", "Acme"])
        _ = try funnel.succeed(["activity", "add", id, "--kind", "call", "--owner", "me", "--due", "2026-12-01"])
        let shown = try #require(try funnel.run(["show", id, "--json"]).json() as? [String: Any])
        #expect((shown["activities"] as? [[String: Any]])?.first?["owner"] as? String == "Li Wei")
    }

    @Test("list --owner me lists my deals (any case); report --owner me reports on them")
    func listAndReport() throws {
        let funnel = funnel()
        _ = try funnel.succeed(["add", "Mine", "--value", "1k"])
        _ = try funnel.succeed(["add", "Mine too", "--value", "2k", "--owner", "LI WEI"])
        _ = try funnel.succeed(["add", "Sam's", "--value", "4k", "--owner", "Sam"])
        _ = try funnel.succeed(["add", "Nobody's", "--value", "8k", "--owner", ""])
        let listed = try #require(try funnel.run(["list", "--owner", "me", "--json"]).json() as? [[String: Any]])
        #expect(Set(listed.compactMap { $0["title"] as? String }) == ["Mine", "Mine too"])
        let sams = try #require(try funnel.run(["list", "--owner", "sam", "--json"]).json() as? [[String: Any]])
        #expect(sams.compactMap { $0["title"] as? String } == ["Sam's"])
        let report = try #require(try funnel.run(["report", "--owner", "me", "--json"]).json() as? [String: Any])
        #expect((report["filters"] as? [String: Any])?["owner"] as? String == "Li Wei")
    }

    @Test("an owner past 200 characters is refused with status 2 wherever it is given, nothing written", arguments: [
        ["list", "--owner"], ["report", "--owner"], ["add", "X", "--owner"],
    ])
    func longOwnerRefused(command: [String]) throws {
        let funnel = funnel()
        _ = try funnel.succeed(["add", "Acme"])
        let before = try funnel.fingerprint()
        let result = try funnel.run(command + [String(repeating: "x", count: 201)])
        #expect(result.status == 2)
        #expect(result.stderr.contains("owner"))
        #expect(try funnel.fingerprint() == before)
    }

    // MARK: - Review

    @Test("today's review is of my deals and the unowned by default; --all reviews everyone's")
    func reviewMineByDefault() throws {
        let funnel = funnel()
        let old = "2026-11-01T09:00:00Z"
        // Stalled deals (a month in Contact), one per owner.
        _ = try funnel.succeed(["add", "Mine", "--stage", "contact"], now: old)
        _ = try funnel.succeed(["add", "Sam's", "--stage", "contact", "--owner", "Sam"], now: old)
        _ = try funnel.succeed(["add", "Nobody's", "--stage", "contact", "--owner", ""], now: old)
        func titles(_ arguments: [String]) throws -> Set<String> {
            let items = try #require(try funnel.run(arguments).json() as? [[String: Any]])
            return Set(items.compactMap { $0["title"] as? String })
        }
        #expect(try titles(["review", "--json"]) == ["Mine", "Nobody's"])
        #expect(try titles(["review", "--json", "--all"]) == ["Mine", "Sam's", "Nobody's"])
        let printed = try funnel.succeed(["review", "--print"])
        #expect(printed.contains("Mine") && !printed.contains("Sam's"))
        #expect(try funnel.succeed(["review", "--print", "--all"]).contains("Sam's"))
        // Sam reviews Sam's and the unowned one.
        #expect(try titles(["review", "--json"]).count == 2)
        let samsFunnel = self.funnel(user: "sam")
        let samsItems = try #require(try samsFunnel.run(["review", "--json"]).json() as? [[String: Any]])
        #expect(Set(samsItems.compactMap { $0["title"] as? String }) == ["Sam's", "Nobody's"])
    }
}
