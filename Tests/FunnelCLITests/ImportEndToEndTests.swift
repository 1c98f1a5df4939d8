import Foundation
import FunnelTestSupport
import Interop
import Testing

/// `funnel import` run as a user would: the real binary, a temporary database, the sample exports.
@Suite("funnel import, end to end")
struct ImportEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, environment: ["TZ": "UTC", "XDG_CONFIG_HOME": folder.path("config")])
    }

    // MARK: - The two sample shapes

    @Test("The Pipedrive sample imports without flags: stages, values, dates, notes with line breaks, history", arguments: CLIEngine.all)
    func pipedriveSample(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let result = try funnel.run(["import", SampleFile.path("pipedrive-deals.csv")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("60 created, 0 updated, 0 unchanged"))
        let deals = try funnel.deals()
        #expect(deals.count == 60)
        let acme = try #require(deals.first { $0["title"] as? String == "Acme Corp renewal" && $0["value"] as? String == "80000.00" })
        #expect(acme["currency"] as? String == "CNY")
        #expect(acme["stage"] as? String == "Qualifying")
        #expect(acme["notes"] as? String == "Call back after budget review,\nasked for \"enterprise\" tier")
        #expect(acme["created_at"] as? String == "2026-09-20T16:08:00Z")
        #expect(acme["stage_entered_at"] as? String == "2026-09-22T16:08:00Z")
        #expect(acme["expected_close"] as? String == "2026-12-29")
        #expect(acme["email"] as? String == "contact2@example.com")
        let history = try funnel.show(acme["id"] as! Int)["history"] as! [[String: Any]]
        // One entry (issue 15 item 12): no phantom `moved` from no stage into the stage it was created in.
        #expect(history.map { $0["kind"] as! String } == ["created"])
        #expect(history.map { $0["at"] as! String } == ["2026-09-20T16:08:00Z"])
        #expect(history.first?["to"] as? String == "Qualifying")
        // Won and lost deals keep their outcome; Chinese titles arrive intact.
        let won = try #require(deals.first { $0["title"] as? String == "北京星云科技有限公司 新采购" && $0["status"] as? String == "won" })
        #expect(won["closed_at"] as? String == "2026-10-27T00:00:00Z")
        #expect(won["temperature"] as? String == "warm")
        #expect(deals.filter { $0["status"] as? String == "lost" }.allSatisfy { $0["closed_at"] is String })
        // Days in stage are right from the first day: `list` counts from the last stage change.
        let table = try funnel.succeed(["list", "--stage", "Qualifying"])
        let row = try #require(table.split(separator: "\n").first { $0.contains("Acme Corp renewal") && $0.contains("80,000") })
        #expect(row.hasSuffix(" 67"))  // 2026-09-22T16:08 to 2026-11-29T09:00
    }

    @Test("HubSpot's standard stages map onto the default pipeline out of the box; Closed Won/Lost become won and lost", arguments: CLIEngine.all)
    func hubspotSample(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let result = try funnel.run(["import", SampleFile.path("hubspot-deals.csv")])
        #expect(result.status == 0, "\(result.stderr)")
        // The same as mapping every stage by hand.
        let mappedByHand = try FunnelProcess(engine, in: folder, named: "by-hand")
        try mappedByHand.succeed(["import", SampleFile.path("hubspot-deals.csv")] + hubspotStageMap)
        #expect(comparable(try funnel.deals()) == comparable(try mappedByHand.deals()))
        // A --stage-map still wins over the standard mapping.
        let overridden = try FunnelProcess(engine, in: folder, named: "overridden")
        try overridden.succeed(["import", SampleFile.path("hubspot-deals.csv"), "--stage-map", "Contract Sent=Relationship"])
        #expect(try overridden.deals().contains { $0["stage"] as? String == "Closing" && $0["status"] as? String == "open" } == false)
        let deals = try funnel.deals()
        #expect(deals.count == 60)
        #expect(deals.filter { $0["status"] as? String == "won" }.count == 11)
        #expect(deals.filter { $0["status"] as? String == "lost" }.count == 7)
        #expect(deals.allSatisfy { $0["currency"] as? String == "USD" })
        let obrien = try #require(deals.first { $0["title"] as? String == "O'Brien Partners renewal" && $0["value"] as? String == "4999.50" })
        #expect(obrien["stage"] as? String == "Contact")
        #expect(obrien["person"] as? String == "Liam O'Neil")
        #expect(obrien["created_at"] as? String == "2026-06-16T18:50:00Z")
        #expect(obrien["expected_close"] as? String == "2026-08-28")
    }

    @Test("--create-stages adds the unknown stages at the end of the pipeline", arguments: CLIEngine.all)
    func createStages(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        // A pipeline without the default stages: HubSpot's stages are unknown there.
        try funnel.succeed(["pipeline", "add", "Partners", "--stages", "Lead,Pitch"])
        let before = try funnel.fingerprint()
        let refused = try funnel.run(["import", SampleFile.path("hubspot-deals.csv"), "--pipeline", "Partners"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("unknown stages in pipeline 'Partners': 'Qualified To Buy' (10 rows, first on line 3)"))
        #expect(refused.stderr.contains("--stage-map") && refused.stderr.contains("--create-stages"))
        #expect(refused.stderr.contains("nothing was written"))
        #expect(try funnel.fingerprint() == before)
        let result = try funnel.run(["import", SampleFile.path("hubspot-deals.csv"), "--pipeline", "Partners", "--create-stages"])
        #expect(result.status == 0, "\(result.stderr)")
        let stages = try JSONSerialization.jsonObject(with: Data(try funnel.succeed(["stage", "--json", "--pipeline", "Partners"]).utf8)) as! [[String: Any]]
        #expect(stages.map { $0["name"] as! String } == [
            "Lead", "Pitch",
            "Qualified To Buy", "Presentation Scheduled", "Decision Maker Bought-In", "Contract Sent", "Appointment Scheduled",
        ])
    }

    @Test("The config's default currency applies to rows without one", arguments: CLIEngine.all)
    func defaultCurrency(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let config = try folder.write("config.toml", Data("default_currency = \"EUR\"\n".utf8))
        let result = try funnel.run(["import", SampleFile.path("hubspot-deals.csv"), "--config", config] + hubspotStageMap)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try funnel.deals().allSatisfy { $0["currency"] as? String == "EUR" })
    }

    // MARK: - Variants real files have

    @Test("Shuffled and extra columns, a BOM and CRLF line ends import exactly like the plain file", arguments: CLIEngine.all)
    func variants(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let plain = try funnel.run(["import", SampleFile.path("pipedrive-deals.csv")])
        #expect(plain.status == 0)
        let expected = comparable(try funnel.deals())
        let sample = try SampleFile("pipedrive-deals.csv")
        for (name, data) in [
            ("shuffled.csv", sample.shuffledWithExtraColumns().data()),
            ("bom-crlf.csv", sample.data(bom: true, newline: "\r\n")),
            ("all.csv", sample.shuffledWithExtraColumns().data(bom: true, newline: "\r\n")),
        ] {
            let other = try FunnelProcess(engine, in: folder, named: name, environment: funnel.environment)
            let result = try other.run(["import", try folder.write(name, data)])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(comparable(try other.deals()) == expected, "\(name)")
        }
    }

    @Test("A generic file maps with --map; empty values and Chinese text are fine", arguments: CLIEngine.all)
    func genericWithMap(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let file = try folder.write("crm.csv", Data("""
            Opportunity,Amount (EUR),Phase,Company,Ref
            上海明德教育 平台升级,"12,000.50",Contact,上海明德教育,A-1
            Empty everything,,,,
            """.utf8))
        let result = try funnel.run([
            "import", file, "--map", "title=Opportunity", "--map", "value=Amount (EUR)", "--map", "stage=Phase",
            "--map", "organization=Company", "--map", "external_id=Ref",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let chinese = try #require(try funnel.deal(titled: "上海明德教育 平台升级"))
        #expect(chinese["value"] as? String == "12000.50")
        #expect(chinese["stage"] as? String == "Contact")
        #expect(chinese["organization"] as? String == "上海明德教育")
        let empty = try #require(try funnel.deal(titled: "Empty everything"))
        #expect(empty["value"] as? String == "0.00")
        #expect(empty["stage"] as? String == "Prospecting")
        #expect(empty["organization"] is NSNull)
        #expect(empty["created_at"] as? String == "2026-11-29T09:00:00Z")
        // The same file again: the row with an id is updated, not added twice (the row without one
        // is refused as already imported unless --allow-duplicates: ReimportEndToEndTests).
        let again = try funnel.run(["import", file, "--map", "title=Opportunity", "--map", "external_id=Ref", "--map", "stage=Phase", "--map", "value=Amount (EUR)", "--map", "organization=Company", "--allow-duplicates"])
        #expect(again.stdout.contains("1 created, 0 updated, 1 unchanged"))
    }

    // MARK: - Refusals

    @Test("Bad rows stop the import: each listed by line, column and reason, nothing written", arguments: CLIEngine.all)
    func badRowsRefused(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        _ = try funnel.succeed(["add", "Already here"])
        let before = try funnel.fingerprint()
        var sample = try SampleFile("pipedrive-deals.csv")
        sample.set(row: 1, "Deal - Value", "lots")           // Acme: its notes span two lines
        sample.set(row: 4, "Deal - Title", "")
        sample.set(row: 4, "Deal - Currency", "XXQ")
        sample.set(row: 9, "Deal - Deal created", "2026-13-40")
        let lines = sample.rowLines
        #expect(lines[1] == 3 && lines[4] == 7)  // row 1 starts on line 3 and ends on 4: row 4 is on line 7
        let file = try folder.write("bad.csv", sample.data())
        let result = try funnel.run(["import", file])
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors == [
            "funnel: line 3, column \"Deal - Value\": invalid amount 'lots': it is not a number; use a form like 12000, 12000.50, 12,000.50, 12k, 1.5m, 12万 or 3亿",
            "funnel: line 7, column \"Deal - Title\": the title is empty: every deal needs a title",
            "funnel: line 7, column \"Deal - Currency\": unknown currency 'XXQ': use a three-letter ISO 4217 code such as USD, EUR, CNY or JPY",
            "funnel: line \(lines[9]), column \"Deal - Deal created\": invalid created date '2026-13-40': use YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or ISO 8601 such as 2026-11-29T09:00:00Z",
            "funnel: import refused: 3 bad rows in '\(file)'; nothing was written (fix them, or --skip-bad imports the other 57 rows)",
        ])
        #expect(try funnel.fingerprint() == before)

        // --dry-run writes nothing and says what would happen to every row.
        let dry = try funnel.run(["import", file, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("refuse     line 3, column \"Deal - Value\""))
        #expect(dry.stdout.contains("create     line 2: 北京星云科技有限公司 新采购 -> Closing (won)"))
        #expect(dry.stdout.contains("Would create 57, update 0, leave 0 unchanged, refuse 3"))
        #expect(try funnel.fingerprint() == before)

        // --skip-bad imports the good rows and lists the bad ones.
        let skipped = try funnel.run(["import", file, "--skip-bad"])
        #expect(skipped.status == 0)
        #expect(skipped.stdout.contains("57 created, 0 updated, 0 unchanged, 3 bad rows skipped"))
        #expect(skipped.stderr.contains("funnel: skipped line 3, column \"Deal - Value\""))
        #expect(try funnel.deals().count == 58)
    }

    @Test("Usage mistakes are refused before anything is read into the database", arguments: CLIEngine.all)
    func usageRefusals(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let before = try funnel.fingerprint()
        let sample = SampleFile.path("pipedrive-deals.csv")
        let cases: [([String], Int32, String)] = [
            (["import", folder.path("missing.csv")], 1, "cannot read '\(folder.path("missing.csv"))': no such file"),
            (["import", sample, "--format", "xml"], 2, "invalid --format 'xml': use csv or json"),
            (["import", sample, "--from", "salesforce"], 2, "invalid --from 'salesforce': use pipedrive, hubspot, generic or funnel"),
            (["import", sample, "--map", "size=Deal - Value"], 2, "unknown field 'size' in --map"),
            (["import", sample, "--map", "title=Nope"], 2, "invalid --map 'title=Nope': '\(sample)' has no column 'Nope'"),
            (["import", sample, "--stage-map", "Closing"], 2, "invalid --stage-map 'Closing': use FROM=TO"),
            (["import", sample, "--stage-map", "Closing=Nowhere"], 2, "pipeline 'Sales' has no stage 'Nowhere'"),
            (["import", sample, "--pipeline", "Nope"], 1, "no pipeline 'Nope'"),
        ]
        for (arguments, status, message) in cases {
            let result = try funnel.run(arguments)
            #expect(result.status == status, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try funnel.fingerprint() == before)
    }

    // MARK: - Importing again

    @Test("Importing the same file twice creates no duplicates; a changed row updates its deal with history", arguments: CLIEngine.all)
    func reimport(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let file = SampleFile.path("pipedrive-deals.csv")
        _ = try funnel.succeed(["import", file])
        let first = try funnel.deals()
        let again = try funnel.run(["import", file])
        #expect(again.stdout.contains("0 created, 0 updated, 60 unchanged"))
        #expect(try funnel.deals().count == 60)

        var sample = try SampleFile("pipedrive-deals.csv")
        sample.set(row: 1, "Deal - Value", "90000")
        sample.set(row: 1, "Deal - Stage", "Closing")
        sample.set(row: 1, "Deal - Last stage change", "2026-11-20 10:00:00")
        let changed = try funnel.run(["import", try folder.write("changed.csv", sample.data())])
        #expect(changed.stdout.contains("0 created, 1 updated, 59 unchanged"), "\(changed.stdout)\(changed.stderr)")
        let deals = try funnel.deals()
        #expect(deals.count == 60)
        let acme = try #require(deals.first { $0["value"] as? String == "90000.00" })
        #expect(first.contains { $0["id"] as? Int == acme["id"] as? Int })
        #expect(acme["stage"] as? String == "Closing")
        #expect(acme["stage_entered_at"] as? String == "2026-11-20T10:00:00Z")
        let history = try funnel.show(acme["id"] as! Int)["history"] as! [[String: Any]]
        #expect(history.map { $0["kind"] as! String } == ["created", "moved"])
        #expect(history.last?["from"] as? String == "Qualifying")
        #expect(history.last?["to"] as? String == "Closing")
    }
}

/// Re-imports that must not undo work done in Funnel (issue 14, items 17 to 20).
@Suite("funnel import again, after work in Funnel")
struct ReimportEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, environment: ["TZ": "UTC", "XDG_CONFIG_HOME": folder.path("config")])
    }

    /// The id of the deal with this title and value.
    func id(_ title: String, value: String, on funnel: FunnelProcess) throws -> Int {
        try #require(try funnel.deals().first { $0["title"] as? String == title && $0["value"] as? String == value }?["id"] as? Int)
    }

    @Test("Re-importing the Pipedrive file keeps a move, a win and notes made in Funnel; a field changed on both sides is a conflict", arguments: CLIEngine.all)
    func reimportKeepsWhatWasChangedInFunnel(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let file = SampleFile.path("pipedrive-deals.csv")
        _ = try funnel.succeed(["import", file])
        let acme = try id("Acme Corp renewal", value: "80000.00", on: funnel)
        let obrien = try id("O'Brien Partners renewal", value: "4999.50", on: funnel)
        let sample = try SampleFile("pipedrive-deals.csv")
        let thirdTitle = sample.rows[3][sample.column("Deal - Title")]
        let third = try id(thirdTitle, value: try #require(try funnel.deals().first { $0["title"] as? String == thirdTitle }?["value"] as? String), on: funnel)
        _ = try funnel.succeed(["move", String(acme), "Contact"])
        _ = try funnel.succeed(["won", String(obrien)])
        _ = try funnel.succeed(["edit", String(third), "--notes", "Met them in Funnel"])
        let versions = try funnel.deals().map { "\($0["id"]!) \($0["version"]!)" }

        let again = try funnel.run(["import", file])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("0 created, 0 updated, 60 unchanged"), "\(again.stdout)")
        #expect(try funnel.show(acme)["stage"] as? String == "Contact")
        #expect(try funnel.show(obrien)["status"] as? String == "won")
        #expect(try funnel.show(third)["notes"] as? String == "Met them in Funnel")
        #expect(try funnel.deals().map { "\($0["id"]!) \($0["version"]!)" } == versions)

        // The file changes too: Acme's stage (changed on both sides), O'Brien's value (in the file only).
        var changed = sample
        changed.set(row: 1, "Deal - Stage", "Closing")
        changed.set(row: 2, "Deal - Value", "5100")
        let path = try folder.write("changed.csv", changed.data())
        let conflict = "deal \(acme) 'Acme Corp renewal': stage — Funnel has Contact, the file has Closing"
        let kept = try funnel.run(["import", path])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stdout.contains(conflict), "\(kept.stdout)")
        #expect(kept.stdout.contains("0 created, 1 updated, 59 unchanged"), "\(kept.stdout)")
        #expect(kept.stdout.contains("1 field changed both in Funnel and in the file since its last import kept Funnel's value; add --overwrite to take the file's."))
        #expect(try funnel.show(acme)["stage"] as? String == "Contact")
        let obrienNow = try funnel.show(obrien)
        #expect(obrienNow["value"] as? String == "5100.00")
        #expect(obrienNow["status"] as? String == "won")

        // The conflict stays one until resolved; --overwrite takes the file's stage, with its history entry.
        let overwritten = try funnel.run(["import", path, "--overwrite"])
        #expect(overwritten.status == 0, "\(overwritten.stderr)")
        #expect(overwritten.stdout.contains("deal \(acme) 'Acme Corp renewal': stage — Funnel had Contact, the file has Closing, which replaced it (--overwrite)"), "\(overwritten.stdout)")
        let acmeNow = try funnel.show(acme)
        #expect(acmeNow["stage"] as? String == "Closing")
        let history = acmeNow["history"] as! [[String: Any]]
        #expect(history.last?["kind"] as? String == "moved")
        #expect(history.last?["from"] as? String == "Contact")
        #expect(history.last?["to"] as? String == "Closing")
        let settled = try funnel.run(["import", path])
        #expect(settled.stdout.contains("0 created, 0 updated, 60 unchanged"), "\(settled.stdout)")
    }

    @Test("Funnel's CSV export of deals from Pipedrive, HubSpot and Funnel imports back: unchanged is 0 updated, no version moves", arguments: CLIEngine.all)
    func exportOfImportedDealsImportsBack(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        _ = try funnel.succeed(["import", SampleFile.path("pipedrive-deals.csv")])
        _ = try funnel.succeed(["import", SampleFile.path("hubspot-deals.csv")] + hubspotStageMap)
        _ = try funnel.succeed(["add", "Made in Funnel", "--value", "1200"])
        let export = folder.path("deals.csv")
        _ = try funnel.succeed(["export", "--format", "csv", "--out", export])
        let before = try funnel.deals().map { "\($0["id"]!) \($0["version"]!)" }.sorted()

        let dry = try funnel.run(["import", export, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Would create 0, update 0, leave 121 unchanged, refuse 0"), "\(dry.stdout)")
        let back = try funnel.run(["import", export])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("0 created, 0 updated, 121 unchanged"), "\(back.stdout)")
        #expect(try funnel.deals().map { "\($0["id"]!) \($0["version"]!)" }.sorted() == before)

        // Edited in a spreadsheet: a Pipedrive deal's notes and a HubSpot deal's value.
        let document = try CSVDocumentFile(path: export)
        var sheet = SampleFile(header: document.header, rows: document.rows)
        let acmes = try funnel.deals().filter { $0["title"] as? String == "Acme Corp renewal" && $0["value"] as? String == "80000.00" }
        let pipedrive = try #require(acmes.first { $0["currency"] as? String == "CNY" }?["id"] as? Int)
        let hubspot = try #require(acmes.first { $0["currency"] as? String == "USD" }?["id"] as? Int)
        let pipedriveRow = try #require(sheet.rows.firstIndex { $0[0] == String(pipedrive) })
        let hubspotRow = try #require(sheet.rows.firstIndex { $0[0] == String(hubspot) })
        sheet.set(row: pipedriveRow, "notes", "Edited in the sheet")
        sheet.set(row: hubspotRow, "value", "81000")
        let edited = try funnel.run(["import", try folder.write("edited.csv", sheet.data())])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stdout.contains("0 created, 2 updated, 119 unchanged"), "\(edited.stdout)")
        #expect(try funnel.show(pipedrive)["notes"] as? String == "Edited in the sheet")
        #expect(try funnel.show(hubspot)["value"] as? String == "81000.00")
        #expect(try funnel.deals().count == 121)
    }

    @Test("A file without ids imported twice is refused the second time unless --allow-duplicates", arguments: CLIEngine.all)
    func rowsWithoutIDsImportedTwiceAreRefused(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let file = try folder.write("leads.csv", Data("""
            title,value,organization
            Lead one,100,Acme
            Lead two,200,Globex
            Lead three,300,
            """.utf8))
        let first = try funnel.run(["import", file])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("3 created"))
        let before = try funnel.fingerprint()
        let second = try funnel.run(["import", file], now: "2026-12-06T10:00:00Z")
        #expect(second.status == 2)
        #expect(second.stderr == "funnel: these 3 rows were already imported on 29 Nov 2026 from \(file); add --allow-duplicates to import them again; nothing was written\n")
        #expect(try funnel.fingerprint() == before)
        // A new row alone is welcome; the old ones among it are not.
        let grown = try folder.write("grown.csv", Data("""
            title,value,organization
            Lead two,200,Globex
            Lead four,400,Initech
            """.utf8))
        let partly = try funnel.run(["import", grown])
        #expect(partly.status == 2)
        #expect(partly.stderr.contains("this row was already imported on 29 Nov 2026 from \(file); add --allow-duplicates to import it again"))
        let allowed = try funnel.run(["import", file, "--allow-duplicates"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.contains("3 created"))
        #expect(try funnel.deals().count == 6)
    }

    @Test("No refusal of an import or any other command speaks SQLite: no 'database error:', no constraint wording", arguments: CLIEngine.all)
    func noRefusalSpeaksSQLite(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        _ = try funnel.succeed(["import", SampleFile.path("pipedrive-deals.csv")])
        let export = folder.path("deals.csv")
        _ = try funnel.succeed(["export", "--format", "csv", "--out", export])
        let hostile: [[String]] = [
            ["import", export, "--dry-run"], ["import", export], ["import", export, "--overwrite"],
            ["import", SampleFile.path("pipedrive-deals.csv"), "--from", "funnel"],
            ["import", SampleFile.path("hubspot-deals.csv"), "--create-stages"],
            ["import", SampleFile.path("hubspot-deals.csv"), "--create-stages"],
            ["stages", "add", "qualifying"], ["stages", "rename", "Contact", "QUALIFYING"], ["pipelines", "add", "sales"],
            ["pipelines", "rename", "Sales", "revisit"], ["stages", "remove", "Qualifying"],
            ["activity", "add", "9999", "--kind", "call", "--subject", "Hi"], ["move", "9999", "Contact"],
        ]
        for arguments in hostile {
            let result = try funnel.run(arguments)
            for line in (result.stdout + result.stderr).split(separator: "\n") {
                let text = line.lowercased()
                #expect(!text.hasPrefix("database error:") && !text.hasPrefix("funnel: database error:"), "\(arguments): \(line)")
                #expect(!text.contains("constraint failed") && !text.contains("sqlite error"), "\(arguments): \(line)")
            }
        }
    }
}

/// A CSV file read back into header and rows, for editing an export as a spreadsheet would.
struct CSVDocumentFile {
    var header: [String]
    var rows: [[String]]

    init(path: String) throws {
        let document = try CSVDocument.parse(try Data(contentsOf: URL(fileURLWithPath: path)), name: path)
        header = document.header
        rows = document.records.map(\.fields)
    }
}
