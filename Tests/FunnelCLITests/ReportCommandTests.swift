import Foundation
import FunnelTestSupport
import Testing

/// `funnel report` and `funnel plan` over a pipeline built through the CLI on chosen dates,
/// with every figure worked out by hand in the comments.
///
/// The fixture (default stages Prospecting 10%, Qualifying 25%, Contact 40%, Relationship 60%,
/// Closing 80%; every deal created 2026-09-01 09:00 UTC except D10; now 2026-11-29):
///
/// | deal | value      | path (day of September unless noted)                    | end          |
/// |------|------------|---------------------------------------------------------|--------------|
/// | D1   | 10,000 USD | P → Q 3 → C 7 → R 8 → Cl 10                              | won 15       |
/// | D2   | 20,000 USD | P → Q 5 → C 8 → R 12 → Cl 13                             | won 20       |
/// | D3   | 30,000 EUR | P → Q 2 → C 4 → R 6 → Cl 10                              | won 12       |
/// | D4   |  5,000 USD | P → Q 6                                                  | lost 16 price|
/// | D5   |  8,000 USD | P                                                        | lost 4 timing|
/// | D6   | 12,000 USD | P → Q 3 → C 5 → Q 9 (backwards) → C 11                   | open in C    |
/// | D7   | 40,000 USD | P → Q 4 → C 6 → R 10 → Cl 12, probability 50, close 12-10 | open in Cl   |
/// | D8   |  6,000 USD | P, close 2027-01-20                                      | open in P    |
/// | D9   |  9,000 USD | P → Q 2 → C 3                                            | lost 8 price |
/// | D10  |  7,000 CNY | created Oct 1, P → Q Oct 11, close 2026-11-30            | open in Q    |
@Suite struct ReportCommandTests {
    let directory = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess { try FunnelProcess(engine, in: directory) }

    static let now = "2026-11-29T09:00:00Z"

    func day(_ text: String) -> String { text.count == 5 ? "2026-\(text)T09:00:00Z" : "\(text)T09:00:00Z" }

    /// Builds the fixture through the CLI and returns nothing; ids are 1...10 in order.
    func buildFixture(on funnel: FunnelProcess) throws {
        let created = day("09-01")
        func add(_ title: String, _ value: String, _ extra: [String] = [], at: String? = nil) throws {
            _ = try funnel.succeed(["add", title, "--value", value] + extra, now: at ?? created)
        }
        try add("D1", "10k", ["--owner", "Ann", "--source", "referral"])
        try add("D2", "20k", ["--owner", "Ann", "--source", "referral"])
        try add("D3", "30k", ["--currency", "EUR", "--owner", "Bob", "--source", "website"])
        try add("D4", "5k", ["--owner", "Ann"])
        try add("D5", "8k", ["--owner", "Bob"])
        // Unowned: a new deal is its creator's unless --owner says otherwise.
        try add("D6", "12k", ["--owner", ""])
        try add("D7", "40k", ["--close-date", "2026-12-10", "--probability", "50", "--owner", ""])
        try add("D8", "6k", ["--close-date", "2027-01-20", "--owner", ""])
        try add("D9", "9k", ["--owner", "Bob"])
        try add("D10", "7k", ["--currency", "CNY", "--close-date", "2026-11-30", "--owner", ""], at: day("10-01"))

        func move(_ id: Int, _ stage: String, _ date: String) throws {
            _ = try funnel.succeed(["move", String(id), stage], now: day(date))
        }
        for (stage, date) in [("Qualifying", "09-03"), ("Contact", "09-07"), ("Relationship", "09-08"), ("Closing", "09-10")] { try move(1, stage, date) }
        _ = try funnel.succeed(["won", "1"], now: day("09-15"))
        for (stage, date) in [("Qualifying", "09-05"), ("Contact", "09-08"), ("Relationship", "09-12"), ("Closing", "09-13")] { try move(2, stage, date) }
        _ = try funnel.succeed(["won", "2"], now: day("09-20"))
        for (stage, date) in [("Qualifying", "09-02"), ("Contact", "09-04"), ("Relationship", "09-06"), ("Closing", "09-10")] { try move(3, stage, date) }
        _ = try funnel.succeed(["won", "3"], now: day("09-12"))
        try move(4, "Qualifying", "09-06")
        _ = try funnel.succeed(["lost", "4", "--reason", "price"], now: day("09-16"))
        _ = try funnel.succeed(["lost", "5", "--reason", "timing"], now: day("09-04"))
        for (stage, date) in [("Qualifying", "09-03"), ("Contact", "09-05"), ("Qualifying", "09-09"), ("Contact", "09-11")] { try move(6, stage, date) }
        for (stage, date) in [("Qualifying", "09-04"), ("Contact", "09-06"), ("Relationship", "09-10"), ("Closing", "09-12")] { try move(7, stage, date) }
        for (stage, date) in [("Qualifying", "09-02"), ("Contact", "09-03")] { try move(9, stage, date) }
        _ = try funnel.succeed(["lost", "9", "--reason", "price"], now: day("09-08"))
        try move(10, "Qualifying", "10-11")
    }

    func report(_ arguments: [String] = [], on funnel: FunnelProcess) throws -> [String: Any] {
        let text = try funnel.succeed(["report", "--json"] + arguments, now: Self.now)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func plan(_ arguments: [String], on funnel: FunnelProcess) throws -> [String: Any] {
        let text = try funnel.succeed(["plan", "--json"] + arguments, now: Self.now)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: - Report

    @Test(arguments: CLIEngine.all) func stagesCountEveryEntryAndTimeEveryFinishedStay(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try buildFixture(on: funnel)
        let json = try report(on: funnel)
        let stages = try #require(json["stages"] as? [[String: Any]])
        #expect(stages.map { $0["stage"] as? String } == ["Prospecting", "Qualifying", "Contact", "Relationship", "Closing"])
        // Prospecting: all 10 entered; 8 moved on (not D5 lost, not D8 open); D1-D3 won.
        // Finished stays (days): 2 4 1 5 3 2 3 1 10 -> sorted 1 1 2 2 3 3 4 5 10: median 3, mean 31/9.
        try expectStage(stages[0], entered: 10, advanced: 8, won: 3, conversion: 0.8, median: 3, mean: 31.0 / 9, now: 1)
        // Qualifying: D6 entered twice, so 9 entries; 7 moved on to Contact (D4 lost, D10 open).
        // Stays: 4 3 2 10 2 2 2 1 -> 1 2 2 2 2 3 4 10: median 2, mean 26/8.
        try expectStage(stages[1], entered: 9, advanced: 7, won: 3, conversion: 7.0 / 9, median: 2, mean: 3.25, now: 1)
        // Contact: 7 entries; D6's first stay went backwards, D9 was lost, D6's second is open: 4 moved on.
        // Stays: 1 4 2 4 4 5 -> median 4, mean 20/6.
        try expectStage(stages[2], entered: 7, advanced: 4, won: 3, conversion: 4.0 / 7, median: 4, mean: 20.0 / 6, now: 1)
        // Relationship: 4 entries, all moved on, but 4 deals are too few for a rate. Stays 2 1 4 2.
        try expectStage(stages[3], entered: 4, advanced: 4, won: 3, conversion: nil, median: 2, mean: 2.25, now: 0)
        // Closing: 4 entries, 3 won (advanced means won for the last stage); stays 5 7 2.
        try expectStage(stages[4], entered: 4, advanced: 3, won: 3, conversion: nil, median: 5, mean: 14.0 / 3, now: 1)
        #expect(stages[4]["value_now"] as? [[String: String]] == [["currency": "USD", "value": "40000.00"]])
        // D7's own 50% wins over Closing's 80%.
        #expect(stages[4]["weighted_now"] as? [[String: String]] == [["currency": "USD", "value": "20000.00"]])
        #expect(stages[1]["value_now"] as? [[String: String]] == [["currency": "CNY", "value": "7000.00"]])
    }

    func expectStage(
        _ stage: [String: Any], entered: Int, advanced: Int, won: Int, conversion: Double?, median: Double, mean: Double, now: Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(stage["entered"] as? Int == entered, sourceLocation: sourceLocation)
        #expect(stage["advanced"] as? Int == advanced, sourceLocation: sourceLocation)
        #expect(stage["won"] as? Int == won, sourceLocation: sourceLocation)
        if let conversion {
            let actual = try #require(stage["conversion_rate"] as? Double, sourceLocation: sourceLocation)
            #expect(abs(actual - conversion) < 1e-9, sourceLocation: sourceLocation)
        } else {
            #expect(stage["conversion_rate"] is NSNull, "too little history is null", sourceLocation: sourceLocation)
        }
        let actualMedian = try #require(stage["median_days"] as? Double, sourceLocation: sourceLocation)
        #expect(abs(actualMedian - median) < 1e-9, sourceLocation: sourceLocation)
        let actualMean = try #require(stage["mean_days"] as? Double, sourceLocation: sourceLocation)
        #expect(abs(actualMean - mean) < 1e-9, sourceLocation: sourceLocation)
        #expect(stage["deals_now"] as? Int == now, sourceLocation: sourceLocation)
    }

    @Test(arguments: CLIEngine.all) func winRateMoneyPerCurrencyAndVelocity(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try buildFixture(on: funnel)
        let json = try report(on: funnel)
        #expect(json["deals"] as? Int == 10)
        #expect(json["won"] as? Int == 3)
        #expect(json["lost"] as? Int == 3)
        #expect(json["win_rate"] as? Double == 0.5)  // 3 won of 6 closed
        let currencies = try #require(json["currencies"] as? [[String: Any]])
        #expect(currencies.map { $0["currency"] as? String } == ["CNY", "EUR", "USD"])
        let usd = currencies[2]
        #expect(usd["won_deals"] as? Int == 2)
        #expect(usd["lost_deals"] as? Int == 3)
        #expect(usd["won_value"] as? String == "30000.00")
        #expect(usd["average_won_value"] as? String == "15000.00")
        #expect(usd["median_won_value"] as? String == "15000.00")
        #expect(usd["median_cycle_days"] as? Double == 16.5)  // D1 14 days, D2 19 days
        #expect(usd["open_deals"] as? Int == 3)
        #expect(usd["open_value"] as? String == "58000.00")
        // 3 open × 3/6 × 1,500,000 cents / 16.5 days = 136,363.6 cents a day.
        #expect(usd["velocity_per_day"] as? String == "1363.64")
        let eur = currencies[1]
        #expect(eur["average_won_value"] as? String == "30000.00")
        #expect(eur["median_cycle_days"] as? Double == 11)
        #expect(eur["velocity_per_day"] as? String == "0.00")  // nothing open in EUR
        let cny = currencies[0]
        #expect(cny["average_won_value"] is NSNull)
        #expect(cny["velocity_per_day"] is NSNull)
    }

    @Test(arguments: CLIEngine.all) func forecastBucketsByCloseMonthWithWeights(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try buildFixture(on: funnel)
        let forecast = try #require(try report(on: funnel)["forecast"] as? [String: Any])
        let months = try #require(forecast["months"] as? [[String: Any]])
        #expect(months.map { $0["month"] as? String } == ["2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04"])
        // D10: 7,000 CNY in Qualifying (25%).
        #expect(months[0]["deals"] as? Int == 1)
        #expect(months[0]["value"] as? [[String: String]] == [["currency": "CNY", "value": "7000.00"]])
        #expect(months[0]["weighted"] as? [[String: String]] == [["currency": "CNY", "value": "1750.00"]])
        // D7: 40,000 USD at its own 50%.
        #expect(months[1]["value"] as? [[String: String]] == [["currency": "USD", "value": "40000.00"]])
        #expect(months[1]["weighted"] as? [[String: String]] == [["currency": "USD", "value": "20000.00"]])
        // D8: 6,000 USD in Prospecting (10%).
        #expect(months[2]["weighted"] as? [[String: String]] == [["currency": "USD", "value": "600.00"]])
        for month in months[3...] { #expect(month["deals"] as? Int == 0) }
        // D6 has no close date: 12,000 USD in Contact (40%).
        let undated = try #require(forecast["undated"] as? [String: Any])
        #expect(undated["deals"] as? Int == 1)
        #expect(undated["weighted"] as? [[String: String]] == [["currency": "USD", "value": "4800.00"]])
        #expect((forecast["overdue"] as? [String: Any])?["deals"] as? Int == 0)
    }

    @Test(arguments: CLIEngine.all) func paretoOwnersSourcesAndLostReasons(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try buildFixture(on: funnel)
        let json = try report(on: funnel)
        let pareto = try #require(json["pareto"] as? [[String: Any]])
        #expect(pareto.map { $0["currency"] as? String } == ["CNY", "USD"])
        // USD: 3 open deals; the top 20% rounds up to 1 deal (D7); too few deals for a share.
        #expect(pareto[1]["open_deals"] as? Int == 3)
        #expect(pareto[1]["top_deals"] as? Int == 1)
        #expect(pareto[1]["top_value"] as? String == "40000.00")
        #expect(pareto[1]["total_value"] as? String == "58000.00")
        #expect(pareto[1]["share"] is NSNull)
        #expect((pareto[1]["deals"] as? [[String: Any]])?.map { $0["title"] as? String } == ["D7"])

        let owners = try #require(json["owners"] as? [[String: Any]])
        #expect(owners.map { $0["owner"] as? String } == ["Ann", "Bob", nil])
        #expect(owners[0]["deals"] as? Int == 3)
        #expect(owners[0]["won"] as? Int == 2)
        #expect(owners[0]["lost"] as? Int == 1)
        #expect(owners[0]["win_rate"] is NSNull)
        #expect(owners[0]["won_value"] as? [[String: String]] == [["currency": "USD", "value": "30000.00"]])
        #expect(owners[1]["won_value"] as? [[String: String]] == [["currency": "EUR", "value": "30000.00"]])
        #expect(owners[2]["deals"] as? Int == 4)

        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(sources.map { $0["source"] as? String } == ["referral", "website", nil])
        #expect(sources[2]["deals"] as? Int == 7)
        #expect(sources[2]["lost"] as? Int == 3)

        let reasons = try #require(json["lost_reasons"] as? [[String: Any]])
        #expect(reasons.map { $0["reason"] as? String } == ["price", "timing"])
        #expect(reasons[0]["deals"] as? Int == 2)
        #expect(reasons[0]["value"] as? [[String: String]] == [["currency": "USD", "value": "14000.00"]])
    }

    @Test(arguments: CLIEngine.all) func filtersByOwnerAndCreationWindow(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try buildFixture(on: funnel)
        // Ann: D1, D2, D4. Prospecting: 3 entries, 3 moved on; too few for a rate.
        let ann = try report(["--owner", "ANN"], on: funnel)
        #expect(ann["deals"] as? Int == 3)
        let annStages = try #require(ann["stages"] as? [[String: Any]])
        #expect(annStages[0]["entered"] as? Int == 3)
        #expect(annStages[0]["conversion_rate"] is NSNull)
        #expect(ann["win_rate"] is NSNull)
        // Only D10 was created in October.
        let october = try report(["--since", "2026-10-01", "--until", "2026-10-31"], on: funnel)
        #expect(october["deals"] as? Int == 1)
        #expect((october["stages"] as? [[String: Any]])?[0]["entered"] as? Int == 1)
        #expect((october["filters"] as? [String: Any])?["since"] as? String == "2026-10-01")
        // --until is inclusive: everything created on 2026-09-01.
        #expect(try report(["--until", "2026-09-01"], on: funnel)["deals"] as? Int == 9)
    }

    @Test(arguments: CLIEngine.all) func textReportDrawsBarsWithBlocksAndSaysWhenHistoryIsThin(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try buildFixture(on: funnel)
        let result = try funnel.run(["report"], now: Self.now, extraEnvironment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let text = result.stdout
        #expect(text.contains("Win rate: 50% (3 won, 3 lost)"))
        #expect(text.contains("↓ 80% moved on (8 of 10) · 30% won in the end"))
        #expect(text.contains("↓ 4 of 4 moved on: too little history for a rate"))
        // The largest funnel bar fills its column with full blocks; smaller ones end in eighths.
        let prospecting = try #require(text.split(separator: "\n").first { $0.hasPrefix("Prospecting ") })
        #expect(prospecting.contains(String(repeating: "█", count: 20)))
        #expect(text.contains("░"), "the forecast shades the unweighted part")
        #expect(!text.contains("NaN"))
        #expect(!text.contains("\u{1B}"), "no escape sequences: readable without colour")
    }

    @Test(arguments: CLIEngine.all) func emptyDatabaseReportsTooLittleHistoryNotZero(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try funnel.succeed(["board", "--snapshot"])  // makes the empty database: `report` only reads
        let json = try report(on: funnel)
        #expect(json["deals"] as? Int == 0)
        #expect(json["win_rate"] is NSNull)
        let stages = try #require(json["stages"] as? [[String: Any]])
        #expect(stages.count == 5)
        for stage in stages {
            #expect(stage["entered"] as? Int == 0)
            #expect(stage["conversion_rate"] is NSNull)
            #expect(stage["median_days"] is NSNull)
        }
        #expect((json["pareto"] as? [Any])?.isEmpty == true)
        let text = try funnel.succeed(["report"], now: Self.now)
        #expect(text.contains("Win rate: too little history (0 won, 0 lost)"))
        #expect(!text.contains("NaN") && !text.contains(" 0%"))
    }

    @Test(arguments: CLIEngine.all) func badFiltersAreRefusedWithExitStatus2(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try buildFixture(on: funnel)
        let before = try funnel.fingerprint()
        for (arguments, message) in [
            (["report", "--since", "2026-13-01"], "invalid --since date '2026-13-01'"),
            (["report", "--since", "2026-10-02", "--until", "2026-10-01"], "invalid --until '2026-10-01'"),
            (["plan", "--goal=-5"], "invalid amount '-5'"),
            (["plan", "--goal", "0"], "invalid goal '0'"),
            (["plan", "--goal", "10k", "--currency", "USS"], "unknown currency 'USS'"),
            (["plan", "--goal", "10k", "--by", "2026-11-28"], "invalid --by '2026-11-28'"),
            (["plan", "--goal", "100k EUR", "--currency", "USD"], "it names EUR but the currency given is USD"),
        ] {
            let result = try funnel.run(arguments, now: Self.now)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        let unknown = try funnel.run(["report", "--pipeline", "Nope"], now: Self.now)
        #expect(unknown.status == 1)
        #expect(try funnel.fingerprint() == before)
    }

    // MARK: - Plan

    @Test(arguments: CLIEngine.all) func planFallsBackToProbabilitiesWhenAStageHasTooLittleHistory(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try buildFixture(on: funnel)
        // Average won USD deal 15,000: 60,000 needs 4 won deals. Relationship and Closing have 4
        // entries each, so the stage probabilities give the rates: 10/25, 25/40, 40/60, 60/80, 80/100.
        // USD deals now: Prospecting D8, Contact D6, Closing D7.
        // Closing 4 × 100/80 = 5, gap 4; Relationship 4 × 80/60 = 5.33 -> 6, gap 6;
        // Contact 6 × 60/40 = 9, gap 8; Qualifying 8 × 40/25 = 12.8 -> 13, gap 13;
        // Prospecting 13 × 25/10 = 32.5 -> 33, gap 32.
        let json = try plan(["--goal", "60k", "--by", "2027-03-31"], on: funnel)
        #expect(json["goal"] as? String == "60000.00")
        #expect(json["currency"] as? String == "USD")
        #expect(json["average_won_value"] as? String == "15000.00")
        #expect(json["won_deals_needed"] as? Int == 4)
        #expect(json["basis"] as? String == "probabilities")
        let stages = try #require(json["stages"] as? [[String: Any]])
        #expect(stages.map { $0["stage"] as? String } == ["Prospecting", "Qualifying", "Contact", "Relationship", "Closing"])
        #expect(stages.map { $0["conversion_rate"] as? Double } == [0.4, 0.625, 40.0 / 60, 0.75, 0.8])
        #expect(stages.map { $0["deals_needed"] as? Int } == [33, 13, 9, 6, 5])
        #expect(stages.map { $0["deals_now"] as? Int } == [1, 0, 1, 0, 1])
        #expect(stages.map { $0["gap"] as? Int } == [32, 13, 8, 6, 4])
        #expect(json["new_deals_needed_at_top"] as? Int == 32)
        // Median days 3 + 2 + 4 + 2 + 5 = 16: deals added today close around 2026-12-15;
        // to close by 2027-03-31 they must enter by 2027-03-15.
        #expect(json["days_through_pipeline"] as? Double == 16)
        #expect(json["earliest_close"] as? String == "2026-12-15")
        #expect(json["enter_top_by"] as? String == "2027-03-15")

        let text = try funnel.succeed(["plan", "--goal", "60k", "--by", "2027-03-31"], now: Self.now)
        #expect(text.contains("Rates from stage probabilities"))
        #expect(text.contains("Add 32 new deals to Prospecting by 2027-03-15 to close by 2027-03-31"))
    }

    @Test("plan accepts the money text the board's planner does: a code before or after the amount", arguments: CLIEngine.all)
    func planGoalWithItsCurrency(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try buildFixture(on: funnel)
        let apart = try funnel.run(["plan", "--goal", "60k", "--currency", "EUR", "--json"], now: Self.now)
        for text in ["60k EUR", "EUR 60k", "60k eur"] {
            let together = try funnel.run(["plan", "--goal", text, "--json"], now: Self.now)
            #expect(together.status == apart.status, "\(text): \(together.stderr)")
            #expect(together.stdout == apart.stdout && together.stderr == apart.stderr, "\(text)")
        }
        #expect(apart.status == 0, "\(apart.stderr)")
    }

    @Test(arguments: CLIEngine.all) func planInACurrencyWithoutWinsIsRefused(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try buildFixture(on: funnel)
        let result = try funnel.run(["plan", "--goal", "10k", "--currency", "CNY"], now: Self.now)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no deal in CNY has been won yet"))
    }

    @Test(arguments: CLIEngine.all) func planInEurosUsesTheEuroAverage(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        try buildFixture(on: funnel)
        // One EUR deal won at 30,000: 45,000 needs 2 won deals; no EUR deal is open.
        // Closing 2 × 100/80 = 2.5 -> 3; Relationship 3 × 80/60 = 4; Contact 4 × 60/40 = 6;
        // Qualifying 6 × 40/25 = 9.6 -> 10; Prospecting 10 × 25/10 = 25.
        let json = try plan(["--goal", "45000", "--currency", "eur"], on: funnel)
        #expect(json["won_deals_needed"] as? Int == 2)
        #expect((json["stages"] as? [[String: Any]])?.map { $0["deals_needed"] as? Int } == [25, 10, 6, 4, 3])
        #expect(json["new_deals_needed_at_top"] as? Int == 25)
        #expect(json["by"] is NSNull)
        #expect(json["enter_top_by"] is NSNull)
    }
}
