import Foundation
import FunnelTestSupport
import Testing

/// The config file as the command line uses it.
@Suite("funnel config, end to end")
struct ConfigEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, environment: ["XDG_CONFIG_HOME": folder.path("xdg")])
    }

    @Test("funnel add takes the config's default currency; --currency still wins", arguments: CLIEngine.all)
    func defaultCurrency(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try FileManager.default.createDirectory(atPath: folder.path("xdg/funnel"), withIntermediateDirectories: true)
        _ = try folder.write("xdg/funnel/config.toml", Data("default_currency = \"JPY\"\n".utf8))
        let yen = try funnel.succeed(["add", "Yen deal", "--value", "5000"])
        let dollars = try funnel.succeed(["add", "Dollar deal", "--value", "5000", "--currency", "USD"])
        let deals = try funnel.deals()
        #expect(deals.first { $0["id"] as? Int == Int(yen) }?["currency"] as? String == "JPY")
        #expect(deals.first { $0["id"] as? Int == Int(dollars) }?["currency"] as? String == "USD")
    }

    @Test("date_format shapes the days people read; week_starts_on decides 'next week'; JSON stays ISO", arguments: CLIEngine.all)
    func datesAndWeeks(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        // FUNNEL_NOW is Sunday 2026-11-29.
        let config = try folder.write("dates.toml", Data("date_format = \"DD/MM/YYYY\"\nweek_starts_on = \"sunday\"\n".utf8))
        let env = ["FUNNEL_CONFIG": config, "TZ": "UTC"]
        let id = try funnel.succeed(["add", "Dated deal", "--close-date", "2026-12-24"])
        func run(_ arguments: [String], _ environment: [String: String] = env) throws -> String {
            let result = try funnel.run(arguments, extraEnvironment: environment)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            return result.stdout
        }
        #expect(try run(["activity", "add", id, "--kind", "call", "--due", "next week 10:30"]) == "1\n")
        #expect(try run(["activity", "add", id, "--kind", "email", "--due", "next week"], ["TZ": "UTC"]) == "2\n")
        #expect(try run(["snooze", id, "--until", "next fri"]) == "Snoozed deal \(id) (Dated deal) until 11/12/2026\n")
        let show = try run(["show", id])
        #expect(show.contains("Close date   24/12/2026\n"), "\(show)")
        #expect(show.contains("Created      29/11/2026 09:00\n"), "\(show)")
        #expect(show.contains("Snoozed      until 11/12/2026\n"), "\(show)")
        #expect(show.contains("#1 call \"Call\" due 06/12/2026 10:30 (upcoming)"), "\(show)")
        #expect(show.contains("#2 email \"Email\" due 30/11/2026 (upcoming)"), "\(show)")
        #expect(show.contains("  29/11/2026 09:00  created "), "\(show)")
        #expect(try run(["activity", "list"]).contains("06/12/2026 10:30"))
        // Without the config: the human form people read (issue 15 item 12).
        let plain = try run(["show", id], ["TZ": "UTC"])
        #expect(plain.contains("Close date   24 Dec 2026\n") && plain.contains("due 6 Dec 2026 10:30 (upcoming)"), "\(plain)")
        #expect(plain.contains("Created      29 Nov 2026 09:00\n") && plain.contains("  29 Nov 2026 09:00  created "), "\(plain)")
        // date_format = "YYYY-MM-DD" gives ISO days and wall-clock minutes.
        let iso = try folder.write("iso.toml", Data("date_format = \"YYYY-MM-DD\"\n".utf8))
        let isoShow = try run(["show", id], ["FUNNEL_CONFIG": iso, "TZ": "UTC"])
        #expect(isoShow.contains("Close date   2026-12-24\n") && isoShow.contains("due 2026-12-06T10:30 (upcoming)"), "\(isoShow)")
        #expect(isoShow.contains("Created      2026-11-29 09:00\n"), "\(isoShow)")
        // JSON keeps ISO whatever the config says.
        let json = try run(["show", "--json", id])
        #expect(json.contains("\"expected_close\":\"2026-12-24\"") || json.contains("\"expected_close\": \"2026-12-24\""), "\(json)")
        #expect(json.contains("2026-12-06T10:30"))
        #expect(try run(["review", "--print"]).hasPrefix("Review for 29/11/2026: "))
    }

    @Test("A bad line never stops Funnel: it is reported on stderr and the rest applies", arguments: CLIEngine.all)
    func badLineWarns(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let config = try folder.write("bad.toml", Data("colour_scheme = 1\ndefault_currency = \"EUR\"\n".utf8))
        let result = try funnel.run(["add", "Euro deal"], extraEnvironment: ["FUNNEL_CONFIG": config])
        #expect(result.status == 0)
        #expect(result.stderr == "funnel: config \(config): line 1: unknown setting 'colour_scheme': use one of default_currency, decimal_separator, date_format, week_starts_on, card_fields, colors, keys, language, database, user (ignored)\n")
        #expect(try funnel.deals().first?["currency"] as? String == "EUR")
    }

    @Test("config check lists each problem by line and exits 1; a good file exits 0", arguments: CLIEngine.all)
    func check(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let bad = try folder.write("bad.toml", Data("[keys]\nmove_next = [\"n\"]\npick_up = [\"n\"]\n[colors]\nhot = \"hotpink\"\n".utf8))
        let result = try funnel.run(["config", "check", "--config", bad])
        #expect(result.status == 1)
        #expect(result.stdout == """
            \(bad):3: two actions on one key: 'n' is bound to move_next (line 2) and to pick_up; keep one
            \(bad):5: bad colour 'hotpink' for hot: use one of black, red, green, yellow, blue, magenta, cyan, white, bright_black, bright_red, bright_green, bright_yellow, bright_blue, bright_magenta, bright_cyan, bright_white or a number from 0 to 255

            """)
        #expect(result.stderr == "funnel: 2 problems in '\(bad)'; those lines are ignored, the rest applies\n")

        let defaults = try funnel.succeed(["config", "--print-defaults"])
        #expect(defaults.contains("move_next = [\"L\", \">\", \"shift-right\"]  # send the deal to the end of the next stage"))
        let good = try folder.write("good.toml", Data(defaults.utf8))
        let checked = try funnel.run(["config", "check", "--config", good])
        #expect(checked.status == 0)
        #expect(checked.stdout == "'\(good)' is fine\n")

        let missing = try funnel.run(["config", "check"])
        #expect(missing.status == 0)
        #expect(missing.stdout.contains("no config file at '\(folder.path("xdg"))/funnel/config.toml'"))
        #expect(try funnel.run(["config", "check", "--config", folder.path("nope.toml")]).status == 1)
    }
}
