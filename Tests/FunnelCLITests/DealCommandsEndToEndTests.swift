import Foundation
import Pipeline
import Testing
import FunnelTestSupport

/// Runs the built binary the way a user's shell would and checks output, exit status and what was saved.
@Suite("Deal commands, end to end")
struct DealCommandsEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess { try FunnelProcess(engine, in: folder) }

    @Test(arguments: CLIEngine.all) func addPrintsTheIdAloneAndSavesEveryField(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let id = try funnel.succeed([
            "add", "北京星云科技 新采购", "--value", "12,000.50", "--currency", "cny", "--stage", "qualifying",
            "--org", "北京星云科技有限公司", "--person", "王伟", "--job-title", "采购经理", "--email", "wang@example.com",
            "--phone", "+86 10 5555 0101", "--source", "cold-call", "--owner", "Alex Rivera", "--close-date", "2026-12-31",
            "--temperature", "hot", "--priority", "2", "--notes", "asked for a demo",
        ])
        #expect(id == "1")
        let deal = try #require(try funnel.deals().first)
        #expect(deal["title"] as? String == "北京星云科技 新采购")
        #expect(deal["value"] as? String == "12000.50")
        #expect(deal["currency"] as? String == "CNY")
        #expect(deal["stage"] as? String == "Qualifying")
        #expect(deal["pipeline"] as? String == "Sales")
        #expect(deal["status"] as? String == "open")
        #expect(deal["organization"] as? String == "北京星云科技有限公司")
        #expect(deal["person"] as? String == "王伟")
        #expect(deal["job_title"] as? String == "采购经理")
        #expect(deal["email"] as? String == "wang@example.com")
        #expect(deal["phone"] as? String == "+86 10 5555 0101")
        #expect(deal["source"] as? String == "cold call")
        #expect(deal["owner"] as? String == "Alex Rivera")
        #expect(deal["expected_close"] as? String == "2026-12-31")
        #expect(deal["temperature"] as? String == "hot")
        #expect(deal["priority"] as? Int == 2)
        #expect(deal["notes"] as? String == "asked for a demo")
        #expect(deal["created_at"] as? String == "2026-11-29T09:00:00Z")
        #expect(deal["stage_entered_at"] as? String == "2026-11-29T09:00:00Z")
        #expect(deal["closed_at"] is NSNull)
        #expect(deal["lost_reason"] is NSNull)
    }

    @Test(arguments: CLIEngine.all) func moveByNameOrNumberRecordsHistoryAtFunnelNow(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let id = try funnel.succeed(["add", "Acme renewal", "--value", "12k"])
        let moved = try funnel.run(["move", id, "CONTACT"], now: "2026-12-01T10:30:00Z")
        #expect(moved.status == 0)
        #expect(moved.stdout == "Moved deal 1 (Acme renewal) to Contact\n")
        try funnel.succeed(["move", id, "5"], now: "2026-12-02T08:00:00Z")
        let same = try funnel.run(["move", id, "closing"])
        #expect(same.status == 0)
        #expect(same.stdout.contains("already in Closing; nothing changed"))
        let show = try #require(try funnel.run(["show", id, "--json"]).json() as? [String: Any])
        let history = try #require(show["history"] as? [[String: Any]])
        #expect(history.map { $0["from"] as? String } == [nil, "Prospecting", "Contact"])
        #expect(history.map { $0["to"] as? String } == ["Prospecting", "Contact", "Closing"])
        #expect(history.map { $0["at"] as? String } == ["2026-11-29T09:00:00Z", "2026-12-01T10:30:00Z", "2026-12-02T08:00:00Z"])
        #expect(show["stage_entered_at"] as? String == "2026-12-02T08:00:00Z")
    }

    @Test(arguments: CLIEngine.all) func aMovedDealJoinsTheEndOfItsNewLaneAsOnTheBoard(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let waiting = try funnel.succeed(["add", "Waiting", "--stage", "contact"])
        let first = try funnel.succeed(["add", "First"])
        let second = try funnel.succeed(["add", "Second"])
        try funnel.succeed(["move", first, "contact"])
        try funnel.succeed(["move", second, "3"])
        let contact = try funnel.deals().filter { $0["stage"] as? String == "Contact" }
        #expect(contact.map { $0["id"] as? Int } == [waiting, first, second].map { Int($0) })
    }

    @Test(arguments: CLIEngine.all) func wonLostReopenAndDelete(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let a = try funnel.succeed(["add", "A"])
        let b = try funnel.succeed(["add", "B"])
        try funnel.succeed(["won", a])
        try funnel.succeed(["lost", b, "--reason", "price"])
        let statuses = Dictionary(uniqueKeysWithValues: try funnel.deals().map { ($0["title"] as? String ?? "", $0["status"] as? String ?? "") })
        #expect(statuses == ["A": "won", "B": "lost"])
        #expect(try funnel.succeed(["list"]).hasPrefix("No open deals"))
        let won = try funnel.run(["list", "--status", "won", "--json"]).json() as? [[String: Any]]
        #expect(won?.map { $0["title"] as? String } == ["A"])
        let lost = try #require(try funnel.deals().first { $0["title"] as? String == "B" })
        #expect(lost["lost_reason"] as? String == "price")
        #expect(lost["closed_at"] as? String == "2026-11-29T09:00:00Z")
        try funnel.succeed(["reopen", b, "--stage", "contact"])
        let reopened = try #require(try funnel.deals().first { $0["title"] as? String == "B" })
        #expect(reopened["status"] as? String == "open")
        #expect(reopened["stage"] as? String == "Contact")
        #expect(reopened["lost_reason"] is NSNull)

        let refused = try funnel.run(["delete", a])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--yes"))
        #expect(try funnel.deals().count == 2)
        try funnel.succeed(["delete", a, "--yes"])
        #expect(try funnel.deals().map { $0["title"] as? String } == ["B"])
    }

    @Test(arguments: CLIEngine.all) func editChangesFieldsClearsOnEmptyAndMovesWithStage(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let id = try funnel.succeed(["add", "Acme", "--org", "Acme Corp", "--value", "100"])
        try funnel.succeed(["edit", id, "--title", "Acme 2027", "--org", "", "--value", "1.5k", "--stage", "3"], now: "2026-12-03T00:00:00Z")
        let deal = try #require(try funnel.deals().first)
        #expect(deal["title"] as? String == "Acme 2027")
        #expect(deal["organization"] is NSNull)
        #expect(deal["value"] as? String == "1500.00")
        #expect(deal["stage"] as? String == "Contact")
        #expect(deal["updated_at"] as? String == "2026-12-03T00:00:00Z")
        #expect(deal["version"] as? Int == 3)
        #expect(deal["probability"] is NSNull)
        try funnel.succeed(["edit", id, "--probability", "65%"])
        #expect(try funnel.deals().first?["probability"] as? Int == 65)
        try funnel.succeed(["edit", id, "--probability", ""])
        #expect(try funnel.deals().first?["probability"] is NSNull)
    }

    @Test(arguments: CLIEngine.all) func listTableLinesUpChineseText(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["add", "北京星云 新采购", "--value", "500", "--org", "北京星云"])
        try funnel.succeed(["add", "Acme renewal", "--value", "80000", "--org", "Acme"])
        let lines = try funnel.succeed(["list"]).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        // Every row's "Stage" column starts at the same display column.
        let columns = lines.map { line -> Int in
            let prefix = line.components(separatedBy: line.contains("Prospecting") ? "Prospecting" : "Stage")[0]
            return prefix.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x4E00 && $1.value <= 0x9FFF ? 2 : 1) }
        }
        #expect(Set(columns).count == 1)
    }

    @Test(arguments: CLIEngine.all) func theDatabaseComesFromDbThenFunnelDb(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let other = try engine.database(in: folder, named: "other")
        try funnel.succeed(["add", "in FUNNEL_DB"])
        try funnel.succeed(["add", "in --db", "--db", other])
        #expect(try funnel.deals().map { $0["title"] as? String } == ["in FUNNEL_DB"])
        let viaFlag = try funnel.run(["list", "--json", "--db", other]).json() as? [[String: Any]]
        #expect(viaFlag?.map { $0["title"] as? String } == ["in --db"])
    }

    // SQLite only: the default place is a file under XDG_DATA_HOME
    @Test func defaultDatabaseLivesUnderXdgDataHome() throws {
        var process = FunnelProcess(databasePath: "")
        process.environment = ["XDG_DATA_HOME": folder.path("xdg")]
        try process.succeed(["add", "Default place"])
        #expect(FileManager.default.fileExists(atPath: folder.path("xdg/funnel/funnel.sqlite")))
    }

    @Test(arguments: CLIEngine.all) func summaryIsTheDefaultCommandUntilTheBoardArrives(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["add", "A", "--value", "1000", "--stage", "contact"])
        let out = try funnel.succeed(["summary"])
        #expect(out.contains("Contact"))
        #expect(out.contains("$1,000"))
        #expect(out.contains("$400"))  // weighted at 40%
    }

    @Test("summary prints totals in many currencies whole, never cut with an ellipsis", arguments: CLIEngine.all)
    func summaryNeverCutsMoney(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let currencies = ["USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD"]
        for (index, currency) in currencies.enumerated() {
            try funnel.succeed(["add", "Deal \(index)", "--value", "1234567", "--currency", currency])
        }
        let out = try funnel.succeed(["summary"])
        #expect(!out.contains("…"))
        // One line per currency under "Open", each amount whole: never added across currencies.
        let lines = out.split(separator: "\n")
        let open = try #require(lines.firstIndex { $0.contains("Open") })
        let totals = lines[open...]
        #expect(totals.count == currencies.count)
        #expect(totals.contains { $0.contains("$1,234,567") })
        #expect(totals.contains { $0.contains("CHF") })
    }

    @Test("show prints the deal's own probability beside its stage's, and times on the user's clock, never raw UTC", arguments: CLIEngine.all)
    func showsProbabilityAndLocalTimes(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let own = try funnel.succeed(["add", "Acme renewal", "--value", "10k", "--probability", "35"])
        let staged = try funnel.succeed(["add", "Globex pilot", "--value", "10k"])
        let shanghai = try funnel.run(["show", own], extraEnvironment: ["TZ": "Asia/Shanghai"]).stdout
        #expect(shanghai.contains("Probability  35% (its own; the stage's is 10%) · weighted $3,500.00"), "\(shanghai)")
        #expect(shanghai.contains("Created      29 Nov 2026 17:00"), "\(shanghai)")
        #expect(!shanghai.contains("T09:00:00Z"))
        let utc = try funnel.run(["show", staged], extraEnvironment: ["TZ": "UTC"]).stdout
        #expect(utc.contains("Probability  10% (the stage's) · weighted $1,000.00"), "\(utc)")
        #expect(utc.contains("29 Nov 2026 09:00"))
        // JSON keeps ISO 8601 UTC.
        #expect(try funnel.show(Int(own)!)["created_at"] as? String == "2026-11-29T09:00:00Z")
    }

    @Test("Tables fit the terminal's width, dropping the least important columns first; summary --json", arguments: CLIEngine.all)
    func tablesFitTheTerminal(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["demo", "--deals", "120", "--seed", "4"])
        let open = try #require(try funnel.deals().first { $0["status"] as? String == "open" }?["id"] as? Int)
        try funnel.succeed(["activity", "add", String(open), "--kind", "meeting", "--subject", "Quarterly business review with the whole buying committee", "--due", "tomorrow 10:00"])
        for width in [60, 80, 100] {
            for arguments in [["summary"], ["list"], ["stalled"], ["activity", "list"], ["stage"]] {
                let out = try funnel.run(arguments, extraEnvironment: ["COLUMNS": String(width)])
                #expect(out.status == 0, "\(arguments): \(out.stderr)")
                for line in out.stdout.split(separator: "\n") {
                    #expect(DisplayWidth.of(String(line)) <= width, "\(arguments) at \(width): \(line)")
                }
            }
        }
        let narrow = try funnel.run(["list"], extraEnvironment: ["COLUMNS": "60"]).stdout
        let header = try #require(narrow.split(separator: "\n").first)
        #expect(header.contains("ID") && header.contains("Title") && header.contains("Value"))
        #expect(!header.contains("Organization"))
        // A pipe without COLUMNS gets every column, for scripts.
        let piped = try funnel.run(["list"], extraEnvironment: ["COLUMNS": ""]).stdout
        #expect(piped.split(separator: "\n").first?.contains("Organization") == true)
        // summary --json: the same figures as the deals themselves, per stage and currency.
        let summary = try #require(try funnel.run(["summary", "--json"]).json() as? [String: Any])
        let stages = try #require(summary["stages"] as? [[String: Any]])
        let openDeals = try funnel.deals().filter { $0["status"] as? String == "open" && $0["pipeline"] as? String == "Sales" }
        for stage in stages {
            let here = openDeals.filter { $0["stage"] as? String == stage["stage"] as? String }
            #expect(stage["deals"] as? Int == here.count)
            for total in stage["value"] as? [[String: Any]] ?? [] {
                let currency = total["currency"] as? String
                let sum = here.filter { $0["currency"] as? String == currency }.map { Decimal(string: $0["value"] as! String)! }.reduce(0, +)
                #expect(Decimal(string: total["value"] as! String) == sum, "\(stage["stage"] ?? "") \(currency ?? "")")
            }
        }
        #expect((summary["open"] as? [String: Any])?["deals"] as? Int == openDeals.count)
    }

    @Test(arguments: CLIEngine.all) func demoFillsAnEmptyDatabaseAndRefusesAFullOne(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        #expect(try funnel.succeed(["demo", "--deals", "120", "--seed", "4"]) == "Added 120 demo deals to Sales")
        let all = try funnel.deals()
        #expect(all.count == 120)
        // One currency, the config's default (USD without one): issue 15 item 6.
        #expect(Set(all.compactMap { $0["currency"] as? String }) == ["USD"])
        #expect(all.contains { ($0["title"] as? String ?? "").unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
        #expect(all.contains { $0["status"] as? String == "lost" && $0["lost_reason"] is String })
        let before = try funnel.fingerprint()
        let again = try funnel.run(["demo"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("--force"))
        #expect(try funnel.fingerprint() == before)
        try funnel.succeed(["demo", "--deals", "5", "--force"])
        #expect(try funnel.deals().count == 125)
    }

    /// Issue 15 item 6: five currencies crowded every lane header of the demo.
    @Test(arguments: CLIEngine.all) func demoSellsInOneCurrencyUnlessAskedForSeveral(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let euros = try FunnelProcess(engine, in: folder, named: "eur")
        try euros.succeed(["demo", "--deals", "60", "--currency", "eur"])
        #expect(Set(try euros.deals().compactMap { $0["currency"] as? String }) == ["EUR"])
        let several = try FunnelProcess(engine, in: folder, named: "several")
        try several.succeed(["demo", "--deals", "60", "--currencies", "USD,EUR,CNY"])
        #expect(Set(try several.deals().compactMap { $0["currency"] as? String }) == ["USD", "EUR", "CNY"])
        for (arguments, mention) in [
            (["--currency", "EUR", "--currencies", "USD,EUR"], "not both"), (["--currencies", "USD,,EUR"], "'USD,,EUR'"),
            (["--currency", "EUU"], "'EUU'"), (["--currencies", "USD,XXQ"], "'XXQ'"),
        ] {
            let refused = try funnel.run(["demo"] + arguments)
            #expect(refused.status == 2, "\(arguments)")
            #expect(refused.stderr.contains(mention), "\(arguments): \(refused.stderr)")
        }
        #expect(try funnel.deals().isEmpty)
    }
}
