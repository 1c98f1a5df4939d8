import ArgumentParser
import Foundation
import Interop
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel list`: deals as an aligned table or a JSON array.
    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: Text.abstractList.string) }

        @Option(help: ArgumentHelp(CommandText.listPipeline.string, valueName: "name"))
        var pipeline: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.listStage.string, valueName: "stage"))
        var stage: String?
        @Option(help: ArgumentHelp(CommandText.listStatus.string, valueName: "status"))
        var status: String = "open"
        @Option(help: ArgumentHelp(CommandText.listOwner.string, valueName: "name"))
        var owner: String?
        @Flag(help: ArgumentHelp(CommandText.listJSON.string))
        var json = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let statuses: Set<DealStatus> = status.lowercased() == "all"
                ? Set(DealStatus.allCases)
                : [try DealStatus.parseListFilter(status)]
            let owner = try DealTextField.owner.valid(owner.map(Salesperson.owner(given:)))
            let now = try Clock.now()
            let store = try store.open(onlyReads: true)
            var query = DealQuery(statuses: statuses, owner: owner)
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
                let status = statuses.count == 3 ? nil : statuses.first!.shownName.string
                // With --owner, the owner is named: "no deals" alone would read as an empty database.
                let none: Text = switch (owner.map(TerminalText.visible), status) {
                case let (owner?, status?): .cliOwnerHasNoDealsOfStatus(owner: owner, status: status)
                case let (owner?, nil): .cliOwnerHasNoDeals(owner: owner)
                case let (nil, status?): .cliNoDealsOfStatus(status: status)
                case (nil, nil): .cliNoDeals
                }
                print(none.string)
                return
            }
            var table = PageTable(
                headers: Text.cliListHeaders.string.components(separatedBy: "|"),
                alignments: [.right, .left, .left, .left, .right, .left, .right],
                maxWidths: [10, 40, 20, 6, .max, 30, .max],
                // On a narrow terminal: organization and title are cut first, then organization,
                // status, days and stage give way; id, title and value stay.
                minWidths: [nil, 16, 10, nil, nil, 10, nil], dropOrder: [5, 3, 6, 2])
            for deal in deals {
                guard let pipeline = byID[deal.pipelineID] else { continue }
                table.append([
                    String(deal.id), deal.title, pipeline.stage(id: deal.stageID)?.name ?? "?", deal.status.shownName.string,
                    deal.value.formatted, deal.organization ?? "", String(deal.daysInStage(now: now)),
                ])
            }
            print(table.lines(fitting: TerminalWidth.forTables).joined(separator: "\n"))
        }
    }

    /// `funnel show`: one deal with every field and its stage history.
    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: Text.abstractShow.string) }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var id: Int64
        @Flag(help: ArgumentHelp(CommandText.showJSON.string))
        var json = false
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open(onlyReads: true)
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
            let temperature = deal.temperature.shownName.string
            var lines: [(Text, String?)] = [
                // Each piece of user text is made visible on its own, so a mark opening it gets its own base.
                (.showDeal, "\(deal.id) · \(TerminalText.visible(deal.title))"),
                (.showPipeline, Text.showPipelineLine(pipeline: pipeline.name, stage: stageName, days: deal.daysInStage(now: now)).string),
                (.showStatus, deal.status == .lost
                    ? Text.showLostStatus(reason: TerminalText.visible(deal.lostReason ?? "")).string : deal.status.shownName.string),
                (.showValue, deal.value.formatted),
                (.showProbability, Funnel.probability(deal, stage: pipeline.stage(id: deal.stageID))),
                (.showOrganization, deal.organization),
                (.showPerson, [deal.person.name, deal.person.jobTitle].compactMap { $0.map(TerminalText.visible) }.joined(separator: ", ")),
                (.showEmail, deal.person.email),
                (.showPhone, deal.person.phone),
                (.showSource, deal.source?.shown(in: Language.current)),
                (.showOwner, deal.owner),
                (.showTemperature, deal.temperatureSetByHand ? Text.showSetByHand(temperature: temperature).string : temperature),
                (.showPriority, deal.priority > 0 ? String(deal.priority) : nil),
                (.showCloseDate, deal.expectedClose.map(dates.day)),
                (.showCreated, dates.moment(deal.createdAt)),
            ]
            if let closedAt = deal.closedAt { lines.append((.showClosed, dates.moment(closedAt))) }
            let timeZone = Clock.timeZone
            let q = deal.qualification
            lines.append((.showBANT, Text.showQualification(
                budget: q.budget.shownName.string, authority: q.authority.shownName.string, need: q.need.shownName.string,
                timing: q.timing.shownName.string).string))
            if deal.status == .open {
                let stage = pipeline.stage(id: deal.stageID)
                let stalled = stage.map { StallRule(stage: $0).isStalled(deal, now: now, timeZone: timeZone) } ?? false
                let idle = StallRule.idleDays(deal, now: now)
                let stallDays = stage?.stallDays ?? 0
                let idleText: Text = stallDays == 0 ? .showIdleNeverStalls(days: idle)
                    : stalled ? .showIdleStalled(days: idle, stallDays: stallDays) : .showIdleStallsAfter(days: idle, stallDays: stallDays)
                lines.append((.showIdle, idleText.string))
                lines.append((.showNextStep, nextActivity.map { ActivityText.line($0, now: now, timeZone: timeZone, dates: dates) } ?? Text.showNone.string))
            }
            if let until = deal.snoozedUntil {
                lines.append((.showSnoozed, deal.snoozeReason.map { Text.showSnoozedUntilBecause(day: dates.day(until), reason: $0).string }
                    ?? Text.showSnoozedUntil(day: dates.day(until)).string))
            }
            if let revisitOn = deal.revisitOn { lines.append((.showRevisitOn, dates.day(revisitOn))) }
            // Labels are padded to the widest label of the language, at least 13 columns as before.
            let labelWidth = max(13, lines.map { DisplayWidth.of($0.0.string) + 1 }.max() ?? 0)
            for (label, value) in lines {
                guard let value, !value.isEmpty else { continue }
                print(DisplayWidth.padded(label.string, to: labelWidth) + TerminalText.visible(value))
            }
            if let notes = deal.notes {
                print(Text.showNotes.string)
                for line in TerminalText.visibleLines(notes) { print("  " + line) }
            }
            if !activities.isEmpty {
                print(Text.showActivities.string)
                for activity in activities {
                    let line = ActivityText.line(activity, now: now, timeZone: timeZone, dates: dates)
                    print("  " + (activity.by.map { Text.showBy(entry: line, name: TerminalText.visible($0)).string } ?? line))
                }
            }
            print(Text.showHistory.string)
            for change in history {
                let from = change.fromStageName.map { TerminalText.visible($0) + " → " } ?? ""
                let stages = "\(from)\(TerminalText.visible(change.toStageName))"
                let entry = change.by.map { Text.showBy(entry: stages, name: TerminalText.visible($0)).string } ?? stages
                let kind = DisplayWidth.padded(change.kind.shownName.string, to: 8)
                print("  \(dates.moment(change.at))  \(kind)  \(change.undone ? Text.showUndone(entry: entry).string : entry)")
            }
        }
    }

    /// `funnel show`'s probability line: the deal's own over its stage's, with the weighted value.
    static func probability(_ deal: Deal, stage: Stage?) -> String {
        let stageProbability = stage?.probability ?? 0
        let weighted = deal.weightedValue(stageProbability: stageProbability).formatted
        guard let own = deal.probabilityOverride else { return Text.showProbabilityOfStage(percent: stageProbability, weighted: weighted).string }
        return Text.showProbabilityOwn(percent: own, stagePercent: stageProbability, weighted: weighted).string
    }

    /// `funnel summary`: each stage's open deals, value and weighted value.
    struct Summary: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "summary", abstract: Text.abstractSummary.string) }

        @Option(help: ArgumentHelp(CommandText.optionPipeline.string, valueName: "name"))
        var pipeline: String?
        @Flag(help: ArgumentHelp(CommandText.summaryJSON.string))
        var json = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open(onlyReads: true)
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
            print(Text.cliSummaryPipeline(name: TerminalText.visible(chosen.name)).string)
            var table = PageTable(
                headers: Text.cliSummaryHeaders.string.components(separatedBy: "|"),
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
            append("", Text.cliSummaryOpenRow.string, open)
            print(table.lines(fitting: TerminalWidth.forTables).joined(separator: "\n"))
        }
    }
}

extension Temperature {
    /// hot, warm or cold in the run's language.
    var shownName: Text {
        switch self {
        case .hot: .temperatureHot
        case .warm: .temperatureWarm
        case .cold: .temperatureCold
        }
    }
}

extension DealStatus {
    /// Parses a `--status` filter, naming `all` among the accepted words.
    static func parseListFilter(_ text: String) throws(PipelineError) -> DealStatus {
        guard let status = DealStatus(rawValue: text.trimmingWhitespace().lowercased()) else {
            throw .invalidValue(ErrorText.statusFilterInvalid(value: text).string)
        }
        return status
    }
}
