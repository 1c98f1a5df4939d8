import Foundation
import FunnelTestSupport
import Testing

/// `funnel export` and its round trips through `funnel import`.
@Suite("funnel export, end to end")
struct ExportEndToEndTests {
    let folder = TemporaryDirectory()
    var environment: [String: String] { ["TZ": "UTC", "XDG_CONFIG_HOME": folder.path("config")] }

    func database(_ name: String, on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, named: name, environment: environment)
    }

    @Test("A CSV export printed on a terminal shows controls as placeholders; to a pipe its bytes are exact", arguments: CLIEngine.all)
    func csvOnATerminalShowsNoControls(engine: CLIEngine) throws {
        let funnel = try database("tty", on: engine)
        try funnel.succeed(["add", "Clipboard \u{1B}]52;c;aGk=\u{07} deal"])
        #expect(try funnel.run(["export"]).stdout.contains("\u{1B}]52;c;aGk=\u{07}"))
        // `script` gives the export a pseudo-terminal as its standard output.
        let output = folder.path("tty.out")
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        script.arguments = ["-qec", "\(FunnelProcess.executableURL.path) export", output]
        var environment = ProcessInfo.processInfo.environment
        environment["FUNNEL_DB"] = funnel.databasePath
        environment["FUNNEL_NOW"] = "2026-11-29T09:00:00Z"
        script.environment = environment
        script.standardInput = FileHandle.nullDevice
        script.standardOutput = FileHandle.nullDevice
        try script.run()
        try FunnelProcess.waitForExit(script, named: "script funnel export", timeout: 60)
        #expect(script.terminationStatus == 0)
        let shown = try String(contentsOfFile: output, encoding: .utf8)
        #expect(shown.contains("Clipboard ␛]52;c;aGk=␇ deal"), "\(shown)")
        #expect(!shown.contains("\u{1B}]52"))
        // Rows stay rows: each CSV row's CRLF is a line break, not ␍␊ running the export into one line.
        #expect(!shown.contains("␍") && !shown.contains("␊"), "\(shown)")
        // (`script` may add lines of its own before and after.)
        let lines = Array(shown.split(whereSeparator: \.isNewline).drop { !$0.hasPrefix("id,title,") })
        #expect(lines.count >= 2 && lines[1].hasPrefix("1,Clipboard"), "\(shown)")
    }

    /// A database with imported deals that were then moved, won, lost, edited and reopened.
    func workedDatabase(on engine: CLIEngine) throws -> FunnelProcess {
        let funnel = try database("a", on: engine)
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

    @Test("CSV export reads back through import without flags, every deal field equal", arguments: CLIEngine.all)
    func csvRoundTrip(engine: CLIEngine) throws {
        let source = try workedDatabase(on: engine)
        let file = folder.path("deals.csv")
        _ = try source.succeed(["export", "--out", file])
        let header = try String(contentsOfFile: file, encoding: .utf8).prefix(while: { $0 != "\r\n" })
        #expect(header == "id,title,pipeline,stage,status,value,currency,organization,person,job_title,email,phone,source,owner,temperature,temperature_set_by_hand,budget,authority,need,timing,priority,probability,expected_close,notes,created_at,stage_entered_at,updated_at,closed_at,lost_reason")
        let copy = try database("b", on: engine)
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

    @Test("JSON export restores exactly into an empty database: deals, history, stages and their settings", arguments: CLIEngine.all)
    func jsonRoundTrip(engine: CLIEngine) throws {
        let source = try workedDatabase(on: engine)
        _ = try source.succeed(["stages", "set", "Contact", "--probability", "55", "--stall-days", "3"])
        _ = try source.succeed(["pipelines", "add", "Partners", "--stages", "Intro,Pilot,Signed"])
        let file = folder.path("all.json")
        _ = try source.succeed(["export", "--out", file])
        let copy = try database("c", on: engine)
        let result = try copy.run(["import", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Restored '\(file)': 3 pipelines, 61 deals, \(try historyCount(file)) history entries, 0 activities\n")
        #expect(try copy.succeed(["export", "--format", "json"]) == (try String(contentsOfFile: file, encoding: .utf8)).trimmingCharacters(in: .newlines))
        #expect(try copy.fingerprint() == (try source.fingerprint()))
        // A second restore into the now full database is refused and writes nothing.
        let before = try copy.fingerprint()
        let again = try copy.run(["import", file])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds 61 deals: a JSON export is restored only into an empty database"))
        #expect(try copy.fingerprint() == before)
    }

    /// The worked database plus follow-up: done and planned activities with notes and owners,
    /// a snoozed deal, a parked deal with a revisit day, qualification, review decisions and a setting.
    func followedUpDatabase(on engine: CLIEngine) throws -> FunnelProcess {
        let funnel = try workedDatabase(on: engine)
        let open = try funnel.deals().filter { $0["status"] as? String == "open" }.compactMap { $0["id"] as? Int }.map(String.init)
        _ = try funnel.succeed(["activity", "add", open[0], "--kind", "meeting", "--subject", "Kickoff 🚀", "--done", "--note", "会议记录, \"notes\""])
        _ = try funnel.succeed(["activity", "add", open[0], "--kind", "call", "--subject", "回电话", "--due", "tue 10:30"])
        _ = try funnel.succeed(["activity", "add", open[1], "--kind", "email", "--due", "2026-11-20"])
        let planned = try funnel.succeed(["activity", "add", open[2], "--kind", "demo", "--due", "+3d"])
        _ = try funnel.succeed(["activity", "done", planned], now: "2026-11-29T15:30:00Z")
        _ = try funnel.succeed(["snooze", open[3], "--until", "2026-12-24", "--reason", "on holiday 🎄"])
        _ = try funnel.succeed(["park", open[4], "--until", "2027-01-15"])
        _ = try funnel.succeed(["qualify", open[5], "--budget", "yes", "--authority", "no"])
        _ = try funnel.succeed(["settings", "park-after-days", "45"])
        _ = try funnel.run(["review", "--all"], stdin: "s\ns\nq\n")
        return funnel
    }

    @Test("JSON export carries activities, snoozes, parking, qualification, review progress and settings; import restores them byte for byte", arguments: CLIEngine.all)
    func jsonRoundTripWithFollowUp(engine: CLIEngine) throws {
        let source = try followedUpDatabase(on: engine)
        let file = folder.path("follow-up.json")
        _ = try source.succeed(["export", "--out", file])
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
        let activities = object["activities"] as! [[String: Any]]
        #expect(activities.count == 4)
        #expect(activities.filter { $0["done_at"] is String }.count == 2)
        #expect(activities.contains { $0["subject"] as? String == "回电话" && $0["due"] as? String == "2026-12-01T10:30" && $0["done_at"] is NSNull })
        #expect(activities.contains { $0["note"] as? String == "会议记录, \"notes\"" })
        let deals = object["deals"] as! [[String: Any]]
        #expect(deals.contains { $0["snoozed_until"] as? String == "2026-12-24" && $0["snooze_reason"] as? String == "on holiday 🎄" })
        #expect(deals.contains { $0["parked"] as? Bool == true && $0["revisit_on"] as? String == "2027-01-15" })
        #expect((object["review_progress"] as! [[String: Any]]).count == 2)
        #expect((object["settings"] as! [String: Any])["park_after_days"] as? String == "45")

        let copy = try database("f", on: engine)
        let result = try copy.run(["import", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix(", 4 activities\n"))
        #expect(try copy.succeed(["export", "--format", "json"]) == (try String(contentsOfFile: file, encoding: .utf8)).trimmingCharacters(in: .newlines))
        #expect(try copy.fingerprint() == (try source.fingerprint()))
        #expect(try copy.succeed(["activity", "list", "--json"]) == (try source.succeed(["activity", "list", "--json"])))
        #expect(try copy.succeed(["stalled", "--json"]) == (try source.succeed(["stalled", "--json"])))
        #expect(try copy.succeed(["review", "--json"]) == (try source.succeed(["review", "--json"])))
        #expect(try copy.succeed(["settings"]) == (try source.succeed(["settings"])))
        // New ids continue after the restored ones.
        let deal = try copy.deals()[0]["id"] as! Int
        #expect(try copy.succeed(["activity", "add", String(deal), "--kind", "note", "--done"]) == "5")
    }

    @Test("A deal's pipeline export has no Revisit pipeline: the restored database gets one, so parking works", arguments: CLIEngine.all)
    func pipelineExportGetsRevisit(engine: CLIEngine) throws {
        let source = try followedUpDatabase(on: engine)
        let file = folder.path("sales.json")
        _ = try source.succeed(["export", "--pipeline", "Sales", "--out", file])
        let copy = try database("g", on: engine)
        #expect(try copy.run(["import", file]).status == 0)
        let pipelines = try JSONSerialization.jsonObject(with: Data(try copy.succeed(["pipelines", "--json"]).utf8)) as! [[String: Any]]
        #expect(pipelines.map { $0["name"] as? String } == ["Sales", "Revisit"])
        let open = try copy.deals().first { $0["status"] as? String == "open" }!["id"] as! Int
        #expect(try copy.run(["park", String(open)]).status == 0)
    }

    @Test("Bad follow-up sections are refused by path, and nothing is written", arguments: CLIEngine.all)
    func followUpRefusals(engine: CLIEngine) throws {
        let source = try followedUpDatabase(on: engine)
        let good = try source.succeed(["export", "--format", "json"])
        let funnel = try database("h", on: engine)
        let before = try funnel.fingerprint()
        let cases: [(String, String, String)] = [
            ("\"kind\": \"meeting\"", "\"kind\": \"lunch\"", "activities[0].kind is wrong: invalid activity kind 'lunch'"),
            ("\"park_after_days\": \"45\"", "\"park_after_days\": \"0\"", "settings.park_after_days is wrong"),
            ("\"park_after_days\": \"45\"", "\"mood\": \"45\"", "settings.mood is a setting this Funnel does not know"),
            ("\"decision\": \"skipped\"", "\"decision\": \"ignored\"", "review_progress[0].decision must be one of"),
            ("\"parked\": true", "\"parked\": false", ".parked is false but pipeline"),
        ]
        for (find, replace, message) in cases {
            #expect(good.contains(find), "\(find)")
            let name = "bad-\(message.prefix(8).filter(\.isLetter)).json"
            let path = try folder.write(name, Data(good.replacingOccurrences(of: find, with: replace).utf8))
            let result = try funnel.run(["import", path])
            #expect(result.status == 2, "\(message): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try funnel.fingerprint() == before)
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

    @Test("A JSON file from a newer Funnel, or with a section this one does not know, is refused", arguments: CLIEngine.all)
    func jsonRefusals(engine: CLIEngine) throws {
        let funnel = try database("d", on: engine)
        let before = try funnel.fingerprint()
        let newer = try folder.write("newer.json", Data(#"{"funnel_export": 9, "pipelines": [], "deals": []}"#.utf8))
        let unknown = try folder.write("unknown.json", Data(#"{"funnel_export": 2, "pipelines": [], "deals": [], "forecasts": []}"#.utf8))
        let broken = try folder.write("broken.json", Data(#"{"funnel_export": 1, "pipelines": [], "deals": [{"id": "x"}]}"#.utf8))
        #expect(try funnel.run(["import", newer]).stderr.contains("was exported by a newer Funnel (format 9, this one reads 2)"))
        #expect(try funnel.run(["import", unknown]).stderr.contains("has a section 'forecasts' this Funnel does not know"))
        let brokenResult = try funnel.run(["import", broken])
        #expect(brokenResult.status == 2)
        #expect(brokenResult.stderr == "funnel: '\(broken)': deals[0].id must be a whole number; nothing was written\n")
        #expect(try funnel.fingerprint() == before)
    }

    @Test("--status and --pipeline choose the deals; --out files are private", arguments: CLIEngine.all)
    func filters(engine: CLIEngine) throws {
        let funnel = try workedDatabase(on: engine)
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

    // MARK: - The file --out names (issue 14)

    @Test("export --out over last week's file replaces it whole, 0600, and leaves nothing else beside it", arguments: CLIEngine.all)
    func exportReplacesAnExistingFile(engine: CLIEngine) throws {
        let funnel = try database("weekly", on: engine)
        _ = try funnel.succeed(["add", "First week", "--value", "1k"])
        let file = folder.path("deals.csv")
        let lastWeek = try folder.write("deals.csv", Data("last week's deals\n".utf8))
        chmod(lastWeek, 0o644)
        for week in ["Second week", "Third week"] {
            _ = try funnel.succeed(["add", week, "--value", "2k"])
            let result = try funnel.run(["export", "--out", file])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try String(contentsOfFile: file, encoding: .utf8) == (try funnel.run(["export"]).stdout))
            #expect(try String(contentsOfFile: file, encoding: .utf8).contains(week))
            #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
            #expect(FileWriteFaults.partials(in: folder.url.path) == [])
        }
    }

    // SQLite only: links to the database file and its other spellings
    @Test("export --out naming the database under any name, a folder or a device is refused and writes nothing")
    func exportRefusesWhatIsNoExportFile() throws {
        let funnel = try database("live", on: .sqlite)
        _ = try funnel.succeed(["add", "Precious", "--value", "5k"])
        let before = try funnel.fingerprint()
        let link = folder.path("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: funnel.databasePath)
        let hard = folder.path("hard.csv")
        try FileManager.default.linkItem(atPath: funnel.databasePath, toPath: hard)
        let databaseBytes = try FileWriteFaults.bytes(funnel.databasePath)
        let cases: [(String, Int32, String)] = [
            (link, 2, "invalid --out '\(link)': that is the database itself"),
            (hard, 2, "invalid --out '\(hard)': that is the database itself"),
            (folder.url.path + "/./live.sqlite", 2, "that is the database itself"),
            (folder.url.path, 2, "cannot write '\(folder.url.path)': it is a folder; give the path of a file"),
            (folder.path("nowhere/deals.csv"), 2, "the folder '\(folder.path("nowhere"))' does not exist"),
        ]
        for (out, status, message) in cases {
            let result = try funnel.run(["export", "--out", out])
            #expect(result.status == status, "\(out): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(out): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try FileWriteFaults.bytes(funnel.databasePath) == databaseBytes)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == funnel.databasePath)
        #expect(try funnel.fingerprint() == before)
        #expect(FileWriteFaults.partials(in: folder.url.path) == [])
    }

    @Test("export on a disk that refuses to grow the file says the disk is full, exits 1, and keeps the old file byte for byte", arguments: CLIEngine.all)
    func exportOnAFullDisk(engine: CLIEngine) throws {
        var funnel = try database("full", on: engine)
        funnel.environment["FUNNEL_AUTO_BACKUP"] = "0"
        _ = try funnel.succeed(["demo", "--deals", "400"])
        let file = try folder.write("deals.csv", Data("last week's deals: keep me\n".utf8))
        let old = try FileWriteFaults.bytes(file)
        // The export is over 40 KB; the shell's file size limit refuses it as a full disk or quota would.
        #expect(try funnel.run(["export"]).stdout.utf8.count > 60_000)
        let err = folder.path("export.err")
        let process = try funnel.launchShell(
            "trap '' XFSZ; ulimit -f 80; \"$FUNNEL\" export --out '\(file)'; echo \"export $?\" >&2",
            stdoutPath: folder.path("export.out"), stderrPath: err)
        FileWriteFaults.waitForExit(process)
        let lines = (try String(contentsOfFile: err, encoding: .utf8)).split(separator: "\n").map(String.init)
        #expect(lines == [
            "funnel: cannot write '\(file)': the disk is full (or over quota or a file size limit); a file already there is left as it was",
            "export 1",
        ])
        #expect(try FileWriteFaults.bytes(file) == old)
        #expect(FileWriteFaults.partials(in: folder.url.path) == [])
    }
}
