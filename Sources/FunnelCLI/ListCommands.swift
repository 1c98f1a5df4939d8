import ArgumentParser
import Foundation
import Pipeline
import PipelineStore

extension Funnel {
    /// `funnel list`: deals as an aligned table or a JSON array.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List deals (open ones by default).")

        @Option(help: ArgumentHelp("Only this pipeline.", valueName: "name"))
        var pipeline: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Only this stage (name or number; needs the pipeline, default the first).", valueName: "stage"))
        var stage: String?
        @Option(help: ArgumentHelp("open, won, lost or all.", valueName: "status"))
        var status: String = "open"
        @Flag(help: "Print a JSON array of deals.")
        var json = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let statuses: Set<DealStatus> = status.lowercased() == "all"
                ? Set(DealStatus.allCases)
                : [try DealStatus.parseListFilter(status)]
            let now = try Clock.now()
            let store = try store.open()
            var query = DealQuery(statuses: statuses)
            if pipeline != nil || stage != nil {
                let chosen = try store.pipeline(named: pipeline)
                query.pipelineID = chosen.id
                if let stage { query.stageID = try chosen.stage(named: stage).id }
            }
            // One snapshot: every deal's pipeline is there, whatever another process does meanwhile.
            let (deals, pipelines) = try store.dealsWithPipelines(query)
            let byID = Dictionary(uniqueKeysWithValues: pipelines.map { ($0.id, $0) })
            if json {
                let timeZone = Clock.timeZone
                let planned = try store.activities(dealIDs: deals.filter { $0.nextActivityDue != nil }.map(\.id), plannedOnly: true)
                let items = deals.compactMap { deal -> JSONValue? in
                    guard let pipeline = byID[deal.pipelineID] else { return nil }
                    return JSONValue.object(
                        DealJSON.deal(deal, pipeline: pipeline)
                            + DealJSON.followUp(deal, pipeline: pipeline, nextActivity: planned[deal.id]?.min(by: Activity.dueOrder), now: now, timeZone: timeZone))
                }
                print(JSONValue.array(items).serialized())
                return
            }
            if deals.isEmpty {
                print("No \(statuses.count == 3 ? "" : status.lowercased() + " ")deals. Add one with: funnel add \"Acme renewal\" --value 12k")
                return
            }
            var table = PageTable(
                headers: ["ID", "Title", "Stage", "Status", "Value", "Organization", "Days"],
                alignments: [.right, .left, .left, .left, .right, .left, .right],
                maxWidths: [10, 40, 20, 6, .max, 30, .max],
                // On a narrow terminal: organization and title are cut first, then organization,
                // status, days and stage give way; id, title and value stay.
                minWidths: [nil, 16, 10, nil, nil, 10, nil], dropOrder: [5, 3, 6, 2])
            for deal in deals {
                guard let pipeline = byID[deal.pipelineID] else { continue }
                table.append([
                    String(deal.id), deal.title, pipeline.stage(id: deal.stageID)?.name ?? "?", deal.status.rawValue,
                    deal.value.formatted, deal.organization ?? "", String(deal.daysInStage(now: now)),
                ])
            }
            print(table.lines(fitting: TerminalWidth.forTables).joined(separator: "\n"))
        }
    }

    /// `funnel show`: one deal with every field and its stage history.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a deal with its stage history.")

        @Argument(help: "The deal's id.")
        var id: Int64
        @Flag(help: "Print the deal as JSON with its history.")
        var json = false
        @OptionGroup var configOptions: ConfigOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            let deal = try store.deal(id: id)
            let pipeline = try store.pipeline(id: deal.pipelineID)
            let history = StageChange.shown(try store.history(dealID: id))
            let activities = try store.activities(dealID: id)
            let nextActivity = activities.filter(\.isPlanned).min(by: Activity.dueOrder)
            if json {
                var object = DealJSON.deal(deal, pipeline: pipeline)
                object += DealJSON.followUp(deal, pipeline: pipeline, nextActivity: nextActivity, now: now, timeZone: Clock.timeZone)
                object.append(("activities", .array(activities.map { DealJSON.activity($0, now: now, timeZone: Clock.timeZone) })))
                object.append(("history", .array(history.map(DealJSON.change))))
                print(JSONValue.object(object).serialized())
                return
            }
            let dates = configOptions.dateText()
            let stageName = pipeline.stage(id: deal.stageID)?.name ?? "?"
            var lines: [(String, String?)] = [
                // Each piece of user text is made visible on its own, so a mark opening it gets its own base.
                ("Deal", "\(deal.id) · \(TerminalText.visible(deal.title))"),
                ("Pipeline", "\(pipeline.name) › \(stageName) (\(deal.daysInStage(now: now)) days in stage)"),
                ("Status", deal.status == .lost ? "lost: \(TerminalText.visible(deal.lostReason ?? ""))" : deal.status.rawValue),
                ("Value", deal.value.formatted),
                ("Probability", Funnel.probability(deal, stage: pipeline.stage(id: deal.stageID))),
                ("Organization", deal.organization),
                ("Person", [deal.person.name, deal.person.jobTitle].compactMap { $0.map(TerminalText.visible) }.joined(separator: ", ")),
                ("Email", deal.person.email),
                ("Phone", deal.person.phone),
                ("Source", deal.source?.name),
                ("Owner", deal.owner),
                ("Temperature", deal.temperature.rawValue + (deal.temperatureSetByHand ? " (set by hand)" : "")),
                ("Priority", deal.priority > 0 ? String(deal.priority) : nil),
                ("Close date", deal.expectedClose.map(dates.day)),
                ("Created", dates.moment(deal.createdAt)),
            ]
            if let closedAt = deal.closedAt { lines.append(("Closed", dates.moment(closedAt))) }
            let timeZone = Clock.timeZone
            let q = deal.qualification
            lines.append(("BANT", "budget \(q.budget.rawValue), authority \(q.authority.rawValue), need \(q.need.rawValue), timing \(q.timing.rawValue)"))
            if deal.status == .open {
                let stage = pipeline.stage(id: deal.stageID)
                let stalled = stage.map { StallRule(stage: $0).isStalled(deal, now: now, timeZone: timeZone) } ?? false
                let threshold = (stage?.stallDays ?? 0) > 0 ? " (stalls after \(stage!.stallDays))" : " (never stalls here)"
                lines.append(("Idle", "\(StallRule.idleDays(deal, now: now)) days\(threshold)\(stalled ? " ⚑ stalled" : "")"))
                lines.append(("Next step", nextActivity.map { ActivityText.line($0, now: now, timeZone: timeZone, dates: dates) } ?? "none"))
            }
            if let until = deal.snoozedUntil {
                lines.append(("Snoozed", "until \(dates.day(until))" + (deal.snoozeReason.map { ": " + $0 } ?? "")))
            }
            if let revisitOn = deal.revisitOn { lines.append(("Revisit on", dates.day(revisitOn))) }
            for (label, value) in lines {
                guard let value, !value.isEmpty else { continue }
                print(DisplayWidth.padded(label, to: 13) + TerminalText.visible(value))
            }
            if let notes = deal.notes {
                print("Notes")
                for line in TerminalText.visibleLines(notes) { print("  " + line) }
            }
            if !activities.isEmpty {
                print("Activities")
                for activity in activities { print("  " + ActivityText.line(activity, now: now, timeZone: timeZone, dates: dates)) }
            }
            print("History")
            for change in history {
                let from = change.fromStageName.map { TerminalText.visible($0) + " → " } ?? ""
                let undone = change.undone ? " (undone)" : ""
                print("  \(dates.moment(change.at))  \(change.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))  \(from)\(TerminalText.visible(change.toStageName))\(undone)")
            }
        }
    }

    /// `funnel show`'s probability line: the deal's own over its stage's, with the weighted value.
    static func probability(_ deal: Deal, stage: Stage?) -> String {
        let stageProbability = stage?.probability ?? 0
        let weighted = deal.weightedValue(stageProbability: stageProbability).formatted
        guard let own = deal.probabilityOverride else { return "\(stageProbability)% (the stage's) · weighted \(weighted)" }
        return "\(own)% (its own; the stage's is \(stageProbability)%) · weighted \(weighted)"
    }

    /// `funnel summary`: each stage's open deals, value and weighted value.
    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "summary", abstract: "Print the pipeline: open deals and value per stage.")

        @Option(help: ArgumentHelp("The pipeline (default: the first sales pipeline).", valueName: "name"))
        var pipeline: String?
        @Flag(help: "Print JSON: each stage's open deals, and their value and weighted value per currency.")
        var json = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline)
            let summaries = try store.stageSummaries(pipelineID: chosen.id)
            var open = StageSummary(stageID: 0)
            for summary in summaries {
                open.dealCount += summary.dealCount
                try open.total.add(summary.total)
                try open.weighted.add(summary.weighted)
            }
            if json {
                func figures(_ summary: StageSummary) -> [(String, JSONValue)] {
                    [("deals", .int(summary.dealCount)), ("value", ReportJSON.totals(summary.total)), ("weighted", ReportJSON.totals(summary.weighted))]
                }
                print(JSONValue.object([
                    ("pipeline", .string(chosen.name)),
                    ("stages", .array(zip(chosen.stages, summaries).map { stage, summary in
                        .object([("position", .int(stage.position + 1)), ("stage", .string(stage.name))] + figures(summary))
                    })),
                    ("open", .object(figures(open))),
                ]).serialized())
                return
            }
            print("Pipeline \(TerminalText.visible(chosen.name))")
            var table = PageTable(
                headers: ["#", "Stage", "Deals", "Value", "Weighted"],
                alignments: [.right, .left, .right, .right, .right],
                // Money is never cut: one line per currency, never added across currencies.
                maxWidths: [3, 30, 9, .max, .max], minWidths: [nil, 10, nil, nil, nil])
            func append(_ number: String, _ name: String, _ summary: StageSummary) {
                let amounts = summary.total.amounts
                table.append([number, name, String(summary.dealCount), amounts.first?.compact ?? "0", weighted(amounts.first, summary)])
                for amount in amounts.dropFirst() { table.append(["", "", "", amount.compact, weighted(amount, summary)]) }
            }
            func weighted(_ amount: Money?, _ summary: StageSummary) -> String {
                guard let amount else { return "0" }
                return Money(minorUnits: summary.weighted.byCurrency[amount.currency] ?? 0, currency: amount.currency).compact
            }
            for (stage, summary) in zip(chosen.stages, summaries) { append(String(stage.position + 1), stage.name, summary) }
            append("", "Open", open)
            print(table.lines(fitting: TerminalWidth.forTables).joined(separator: "\n"))
        }
    }
}

extension DealStatus {
    /// Parses a `--status` filter, naming `all` among the accepted words.
    static func parseListFilter(_ text: String) throws(PipelineError) -> DealStatus {
        guard let status = DealStatus(rawValue: text.trimmingWhitespace().lowercased()) else {
            throw .invalidValue("invalid status '\(text)': use one of open, won, lost, all")
        }
        return status
    }
}
