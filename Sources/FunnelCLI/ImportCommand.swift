import ArgumentParser
import Foundation
import FunnelConfig
import Interop
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel import`: deals from a Pipedrive, HubSpot or other CSV file, or a Funnel JSON export.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import deals from a CSV file (Pipedrive, HubSpot, Funnel, any) or restore a JSON export.",
            discussion: """
                All or nothing: any bad row stops the import before anything is written and every bad row \
                is listed by line, column and reason (--skip-bad imports the good ones). Importing the same \
                file again updates its deals instead of adding them twice, and never undoes a change made in \
                Funnel since: a field changed in both is listed as a conflict and keeps Funnel's value \
                (--overwrite takes the file's). Rows without ids that an earlier import brought are refused \
                (--allow-duplicates imports them again).
                """)

        @Argument(help: "The file to import.")
        var file: String
        @Option(help: ArgumentHelp("csv or json (default: from the file's extension, else csv).", valueName: "format"))
        var format: String?
        @Option(help: ArgumentHelp("pipedrive, hubspot, generic or funnel (default: recognised from the header row).", valueName: "system"))
        var from: String?
        @Option(name: .customLong("map"), help: ArgumentHelp("Read a field from a column, e.g. --map title=\"Opportunity\" (repeatable).", valueName: "FIELD=COLUMN"))
        var maps: [String] = []
        @Option(name: .customLong("stage-map"), help: ArgumentHelp("Put deals of the file's stage FROM in stage TO (repeatable).", valueName: "FROM=TO"))
        var stageMaps: [String] = []
        @Flag(name: .customLong("create-stages"), help: "Add the file's unknown stages at the end of the pipeline.")
        var createStages = false
        @Option(help: ArgumentHelp("Import every deal into this pipeline (default: the file's pipeline column for Funnel files, else the first sales pipeline).", valueName: "name"))
        var pipeline: String?
        @Flag(name: .customLong("dry-run"), help: "Print what would be created, updated and refused; write nothing.")
        var dryRun = false
        @Flag(name: .customLong("skip-bad"), help: "Import the good rows and list the bad ones.")
        var skipBad = false
        @Flag(help: "On a field changed both in Funnel and in the file since its last import, take the file's value.")
        var overwrite = false
        @Flag(name: .customLong("allow-duplicates"), help: "Import rows without ids even when an earlier import brought the same rows.")
        var allowDuplicates = false
        @OptionGroup var configOptions: ConfigOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let format = try chosenFormat()
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure.runtime(CommandText.fileUnreadable(file: file).string)
            }
            if format == "json" {
                try restoreExport(data)
                return
            }
            try importCSV(data)
        }

        func chosenFormat() throws -> String {
            if let format {
                let word = format.lowercased()
                guard word == "csv" || word == "json" else { throw CommandFailure.usage(CommandText.formatInvalid(value: format).string) }
                return word
            }
            return file.lowercased().hasSuffix(".json") ? "json" : "csv"
        }

        // MARK: - CSV

        func importCSV(_ data: Data) throws {
            let config = configOptions.load()
            let now = try Clock.now()
            let document = try CSVDocument.parse(data, name: file)
            let source = try from.map { text throws(ImportError) in try ImportSource.parse(text) } ?? ImportSource.recognise(header: document.header)
            let mapping = try ColumnMapping(header: document.header, source: source, overrides: maps, fileName: file)
            let stageMap = try StageMap(stageMaps)
            let reader = DealDraftReader(
                mapping: mapping, defaultCurrency: config.defaultCurrency, decimalSeparator: config.decimalSeparator, timeZone: Clock.timeZone, now: now)
            let (drafts, rowProblems) = reader.readAll(document.records)
            var problems = rowProblems
            let store = try store.open()
            let pipelines = try store.pipelines()
            let target = try pipeline.map { name in try store.pipeline(named: name) }
            let plan = try ImportPlan.make(
                drafts: drafts, pipelines: pipelines, target: target, stageMap: stageMap, createStages: createStages, now: now)
            problems.append(contentsOf: plan.problems)
            problems.sort { $0.line < $1.line }
            let badLines = Set(problems.map(\.line))
            if !problems.isEmpty && !skipBad && !dryRun {
                for problem in problems { FunnelMain.printError(problem.description) }
                throw CommandFailure.usage(CommandText.importRefused(badRows: badLines.count, file: file, goodRows: plan.items.count).string)
            }
            let imports = plan.items.map { item in
                DealImport(
                    line: item.line, source: source.recordName, externalID: item.externalID, deal: item.deal,
                    stageName: item.stageName, createdAtGiven: item.createdAtGiven, stageEnteredAtGiven: item.stageEnteredAtGiven,
                    updatedAtGiven: item.updatedAtGiven, closedAtGiven: item.closedAtGiven, fields: mapping.importedFields)
            }
            let progress = ImportProgress(total: imports.count)
            let outcome: ImportOutcome
            do {
                outcome = try store.importDeals(
                    imports, newStages: plan.newStages.map { ($0.pipelineID, $0.name) }, dryRun: dryRun, overwrite: overwrite,
                    run: ImportRun(file: file, at: now), allowDuplicates: allowDuplicates, progress: progress.update)
            } catch let before as RowsImportedBefore {
                progress.finish()
                throw CommandFailure.usage(TerminalText.visible(refusal(before)))
            }
            progress.finish()
            if dryRun {
                printDryRun(outcome, plan: plan, problems: problems, source: source)
                return
            }
            for conflict in outcome.conflicts { print(TerminalText.visible(Self.sentence(conflict))) }
            for problem in problems { FunnelMain.printError(CommandText.importSkipped(problem: problem.description).string) }
            let summary = CommandText.imported(
                file: file, source: source.rawValue, created: outcome.count(.created), updated: outcome.count(.updated),
                unchanged: outcome.count(.unchanged), skipped: problems.isEmpty ? 0 : badLines.count,
                addedStages: outcome.createdStages.joined(separator: ", "))
            print(TerminalText.visible(summary.string))
            if let note = conflictNote(outcome.conflicts) { print(note) }
        }

        /// One conflict, as a sentence about the deal: `deal 12 'Acme renewal': stage — Funnel has
        /// Contact, the file has Qualifying`, and what became of it.
        static func sentence(_ conflict: ImportConflict) -> String {
            let title = DisplayWidth.truncate(conflict.title, to: 40)
            let field = conflict.field.label
            return conflict.overwritten
                ? "deal \(conflict.dealID) '\(title)': \(field) — Funnel had \(conflict.funnelValue), the file has \(conflict.fileValue), which replaced it (--overwrite)"
                : "deal \(conflict.dealID) '\(title)': \(field) — Funnel has \(conflict.funnelValue), the file has \(conflict.fileValue)"
        }

        /// What the conflicts listed above mean, or nil when there were none.
        func conflictNote(_ conflicts: [ImportConflict]) -> String? {
            guard !conflicts.isEmpty else { return nil }
            if overwrite {
                return conflicts.count == 1
                    ? "1 field changed both in Funnel and in the file since its last import took the file's value (--overwrite)."
                    : "\(conflicts.count) fields changed both in Funnel and in the file since its last import took the file's values (--overwrite)."
            }
            return conflicts.count == 1
                ? "1 field changed both in Funnel and in the file since its last import kept Funnel's value; add --overwrite to take the file's."
                : "\(conflicts.count) fields changed both in Funnel and in the file since its last import kept Funnel's values; add --overwrite to take the file's."
        }

        /// The refusal of rows an earlier import brought.
        func refusal(_ before: RowsImportedBefore) -> String {
            let dates = DateFormat.dayMonthName
            let latest = before.earlier.first ?? ImportRun(file: file, at: Date())
            let day = dates.format(CalendarDay(latest.at, in: Clock.timeZone))
            switch (before.count == 1, before.earlier.count <= 1) {
            case (true, _):
                return "this row was already imported on \(day) from \(latest.file); add --allow-duplicates to import it again; nothing was written"
            case (false, true):
                return "these \(before.count) rows were already imported on \(day) from \(latest.file); add --allow-duplicates to import them again; nothing was written"
            case (false, false):
                return "these \(before.count) rows were already imported by \(before.earlier.count) earlier imports, the latest on \(day) from \(latest.file); add --allow-duplicates to import them again; nothing was written"
            }
        }

        func printDryRun(_ outcome: ImportOutcome, plan: ImportPlan, problems: [RowProblem], source: ImportSource) {
            let titles = Dictionary(plan.items.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
            var lines: [(Int, String)] = []
            for result in outcome.results {
                guard let item = titles[result.line] else { continue }
                let title = DisplayWidth.truncate(TerminalText.visible(item.deal.title), to: 40)
                let place = "\(item.stageName)\(item.deal.status == .open ? "" : " (\(item.deal.status.rawValue))")"
                switch result.action {
                case .created: lines.append((result.line, "create     line \(result.line): \(title) -> \(place)"))
                case .updated: lines.append((result.line, "update     line \(result.line): deal \(result.dealID) \(title) -> \(place)"))
                case .unchanged: lines.append((result.line, "unchanged  line \(result.line): deal \(result.dealID) \(title)"))
                }
            }
            for problem in problems { lines.append((problem.line, "refuse     \(problem)")) }
            print(TerminalText.visible(CommandText.importDryRunHeading(file: file, source: source.rawValue).string))
            for (_, text) in lines.sorted(by: { $0.0 < $1.0 }) { print(TerminalText.visible(text)) }
            for conflict in outcome.conflicts { print(TerminalText.visible(Self.sentence(conflict))) }
            let refused = Set(problems.map(\.line)).count
            let out = CommandText.importWouldDo(
                created: outcome.count(.created), updated: outcome.count(.updated), unchanged: outcome.count(.unchanged), refused: refused,
                addedStages: outcome.createdStages.joined(separator: ", "))
            print(TerminalText.visible(out.string))
            if let note = conflictNote(outcome.conflicts) { print(note) }
        }

        // MARK: - JSON

        func restoreExport(_ data: Data) throws {
            if from != nil || !maps.isEmpty || !stageMaps.isEmpty || createStages || pipeline != nil || skipBad {
                throw CommandFailure.usage("a JSON export is restored as it is: --from, --map, --stage-map, --create-stages, --pipeline and --skip-bad are for CSV files")
            }
            let archive = try ArchiveJSON.decode(data, name: file)
            let store = try store.open()
            if dryRun {
                let count = try store.dealCount(DealQuery(statuses: Set(DealStatus.allCases)))
                guard count == 0 else {
                    throw PipelineError.refused(CommandText.restoreNeedsEmptyDatabase(path: store.location.description, deals: count).string)
                }
                print(CommandText.restoreDryRun(
                    file: TerminalText.visible(file), pipelines: archive.pipelines.count, deals: archive.deals.count,
                    history: archive.history.count, activities: archive.activities.count).string)
                return
            }
            try store.restore(archive)
            print(CommandText.restored(
                file: TerminalText.visible(file), pipelines: archive.pipelines.count, deals: archive.deals.count,
                history: archive.history.count, activities: archive.activities.count).string)
        }
    }
}
